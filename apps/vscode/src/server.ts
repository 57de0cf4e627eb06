// The bundled language server. One file serves as both the server (main thread) and its
// lint worker (worker thread), so the .vsix carries the engine once.
import { pathToFileURL } from "node:url";
import { isMainThread } from "node:worker_threads";
import { runLintWorker, runServer } from "@report-lint/language-server";

if (isMainThread) runServer({ workerUrl: pathToFileURL(__filename) });
else runLintWorker();
