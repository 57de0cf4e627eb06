// The client side of the web test, bundled for Chromium by web.test.ts: starts a server bundle as a
// real Web Worker and speaks LSP to it over vscode-jsonrpc's browser connection (through
// vscode-languageserver-protocol/browser, as vscode-languageclient/browser does), answering the
// server's file requests from an in-memory workspace as the web extension answers them from
// vscode.workspace.fs.
import { BrowserMessageReader, BrowserMessageWriter, createProtocolConnection } from "vscode-languageserver-protocol/browser";

const toBase64 = (text) => {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
};

/**
 * Start the server at `serverUrl`. `files`: the workspace, URI → text (every file inside `rootUri`);
 * null for a client that answers no file request (the server is told the method is not found).
 * Resolves when the server has answered `initialize`, with how long that took.
 */
async function start({ serverUrl, dataUrl, rootUri, files }) {
  const t0 = performance.now();
  const worker = new Worker(serverUrl);
  const errors = [];
  worker.addEventListener("error", (e) => errors.push(e.message));
  const connection = createProtocolConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
  const published = new Map();
  const waiters = [];
  const asked = [];
  const logs = [];
  connection.onNotification("textDocument/publishDiagnostics", (p) => {
    published.set(p.uri, { ...p, at: performance.now() });
    for (const w of waiters.splice(0)) w();
  });
  connection.onNotification("window/logMessage", (p) => logs.push(p.message));
  connection.onNotification("reportLint/status", () => undefined);
  connection.onRequest("client/registerCapability", () => null);
  if (files !== null) {
    const inside = (uri) => uri === rootUri || uri.startsWith(`${rootUri}/`);
    connection.onRequest("reportLint/readFile", ({ uri, limit }) => {
      asked.push(uri);
      const text = inside(uri) ? files[uri] : undefined;
      if (text === undefined) return null;
      const size = new TextEncoder().encode(text).length;
      return size > limit ? { size } : { data: toBase64(text) };
    });
    connection.onRequest("reportLint/exists", ({ uri }) => files[uri] !== undefined || Object.keys(files).some((f) => f.startsWith(`${uri}/`)));
    connection.onRequest("reportLint/readDirectory", ({ uri }) => {
      if (!inside(uri)) return null;
      const entries = new Map();
      for (const f of Object.keys(files)) {
        if (!f.startsWith(`${uri}/`)) continue;
        const [name, ...rest] = f.slice(uri.length + 1).split("/");
        entries.set(name, rest.length > 0 ? "directory" : "file");
      }
      // Names as vscode.workspace.fs.readDirectory gives them: decoded.
      return [...entries].map(([name, kind]) => ({ name: decodeURIComponent(name), kind }));
    });
    connection.onRequest("reportLint/writeNewFile", ({ uri, text }) => {
      if (files[uri] !== undefined) return false;
      files[uri] = text;
      return true;
    });
  }
  connection.listen();
  const initialize = await connection.sendRequest("initialize", {
    processId: null,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: "demo" }],
    capabilities: { workspace: { workspaceFolders: true, workspaceEdit: { documentChanges: true } }, textDocument: { codeAction: { resolveSupport: { properties: ["edit"] } } } },
    initializationOptions: { dataUrl },
  });
  const initializeMs = performance.now() - t0;
  await connection.sendNotification("initialized", {});
  self.lsp = {
    connection,
    worker,
    errors,
    asked,
    logs,
    files,
    published,
    request: (method, params) => connection.sendRequest(method, params),
    notify: (method, params) => connection.sendNotification(method, params),
    /** Open a document; resolves with its first diagnostics and how long after didOpen they came. */
    async open(uri, text, languageId = "plaintext") {
      published.delete(uri);
      const t = performance.now();
      await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
      for (let waited = 0; !published.has(uri); ) {
        if (waited > 120_000) throw new Error(`no diagnostics for ${uri}: ${errors.join("; ")}`);
        await new Promise((r) => {
          waiters.push(r);
          setTimeout(r, 500);
        });
        waited = performance.now() - t;
      }
      const p = published.get(uri);
      return { diagnostics: p.diagnostics, ms: p.at - t };
    },
    stop() {
      connection.dispose();
      worker.terminate();
    },
  };
  return { initialize, initializeMs };
}

self.startLanguageServer = start;
