// The language server in a browser (dist/browser.js, `@report-lint/language-server/browser`): the
// same server, in a web worker, over the worker's messages — VS Code for the Web starts it with
// `new Worker(…)` and speaks LSP to it with vscode-languageclient/browser. What differs from Node is
// platform.browser.ts (built in platform.ts's place): lint in this thread, files through the client,
// the engine's data fetched from initializationOptions.dataUrl.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from "vscode-languageserver/browser";
import { startServer, type ServerOptions } from "./language-server.js";

/** Start the server on the messages of the worker it runs in (`self`). */
export function runBrowserServer(options: ServerOptions = {}): void {
  const scope = (globalThis as { self?: unknown }).self as ConstructorParameters<typeof BrowserMessageReader>[0];
  startServer(createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)), options);
}

export { startServer, type ServerOptions } from "./language-server.js";
export * from "./protocol.js";
export type { DirectoryEntry } from "./host.js";
