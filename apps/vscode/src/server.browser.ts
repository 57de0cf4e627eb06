// The bundled language server for VS Code for the Web: a web worker script (dist/web/server.js).
import { runBrowserServer } from "@report-lint/language-server/browser";

runBrowserServer();
