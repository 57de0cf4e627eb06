// A small LSP client over stdio for the tests and the benchmark: it starts the
// BUILT server as a child process and plays the editor's part (documents,
// workspace/configuration, workspace/applyEdit).
import { spawn } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";

// The language server as built (packages/language-server/dist).
export const SERVER_PATH = fileURLToPath(new URL("../packages/language-server/dist/server.js", import.meta.url));

export function fileUri(path) {
  return pathToFileURL(path).href;
}

/**
 * Start a server and initialize it.
 * @param {{ serverPath?: string, args?: string[], settings?: object, workspaceFolder?: string, initializationOptions?: object, capabilities?: object }} [options]
 */
export async function startClient(options = {}) {
  const child = spawn(process.execPath, [options.serverPath ?? SERVER_PATH, ...(options.args ?? ["--stdio"])], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
    if (stderr.length > 100_000) stderr = stderr.slice(-50_000);
  });
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

  const docs = new Map();
  const published = new Map();
  const history = [];
  const waiters = new Set();
  const applied = [];
  const registrations = [];
  const statuses = [];
  const client = {
    connection,
    child,
    exited,
    settings: options.settings ?? {},
    docs,
    published,
    history,
    applied,
    registrations,
    statuses,
    get stderr() {
      return stderr;
    },
  };

  connection.onNotification("textDocument/publishDiagnostics", (p) => {
    const at = performance.now();
    published.set(p.uri, p);
    history.push({ ...p, at });
    for (const w of [...waiters]) {
      if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) {
        waiters.delete(w);
        clearTimeout(w.timer);
        w.resolve({ ...p, at });
      }
    }
  });
  connection.onNotification("window/logMessage", () => undefined);
  connection.onNotification("reportLint/status", (p) => statuses.push(p));
  connection.onRequest("workspace/configuration", (p) => p.items.map(() => client.settings));
  connection.onRequest("client/registerCapability", (p) => {
    registrations.push(...p.registrations);
    return null;
  });
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.onRequest("workspace/applyEdit", (p) => {
    applied.push(p);
    client.applyWorkspaceEdit(p.edit);
    return { applied: true };
  });
  connection.listen();

  const folder = options.workspaceFolder;
  const capabilities = options.capabilities ?? {
    workspace: {
      configuration: true,
      didChangeWatchedFiles: { dynamicRegistration: true },
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true },
      workspaceFolders: true,
    },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll"] } },
        resolveSupport: { properties: ["edit"] },
        dataSupport: true,
      },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      formatting: {},
    },
  };
  client.initializeResult = await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: folder === undefined ? null : fileUri(folder),
    workspaceFolders: folder === undefined ? null : [{ uri: fileUri(folder), name: "ws" }],
    capabilities,
    initializationOptions: options.initializationOptions,
  });
  connection.sendNotification("initialized", {});

  /** Resolve with the next publishDiagnostics for `uri` (of `version`, when given). */
  client.waitForDiagnostics = (uri, version, timeoutMs = 60_000) =>
    new Promise((resolve, reject) => {
      const w = { uri, version, resolve, timer: null };
      w.timer = setTimeout(() => {
        waiters.delete(w);
        reject(new Error(`no diagnostics for ${uri}${version === undefined ? "" : ` v${version}`} within ${timeoutMs} ms\n${stderr}`));
      }, timeoutMs);
      waiters.add(w);
    });

  client.open = (uri, text, languageId = "plaintext", version = 1) => {
    docs.set(uri, TextDocument.create(uri, languageId, version, text));
    connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version, text } });
    return version;
  };

  /** Replace [start, end) by `text` (offsets into the current text); returns the new version. */
  client.change = (uri, edits) => {
    const doc = docs.get(uri);
    const version = doc.version + 1;
    // contentChanges apply in order, each to the result of the previous one.
    const next = TextDocument.create(uri, doc.languageId, version, doc.getText());
    const changes = [];
    for (const e of edits) {
      const range = { start: next.positionAt(e.start), end: next.positionAt(e.end) };
      changes.push({ range, text: e.text });
      TextDocument.update(next, [{ range, text: e.text }], version);
    }
    docs.set(uri, next);
    connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: changes });
    return version;
  };

  client.text = (uri) => docs.get(uri).getText();
  client.version = (uri) => docs.get(uri).version;
  client.close = (uri) => {
    docs.delete(uri);
    connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  };
  client.save = (uri) => connection.sendNotification("textDocument/didSave", { textDocument: { uri } });

  /** Apply LSP TextEdits to a document as an editor would, and tell the server. */
  client.applyTextEdits = (uri, edits) => {
    const doc = docs.get(uri);
    const text = TextDocument.applyEdits(doc, edits);
    const version = doc.version + 1;
    const changes = [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) }, text }];
    docs.set(uri, TextDocument.update(doc, changes, version));
    connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: changes });
    return version;
  };

  client.applyWorkspaceEdit = (edit) => {
    for (const dc of edit.documentChanges ?? []) {
      if (dc.textDocument.version !== null && dc.textDocument.version !== docs.get(dc.textDocument.uri)?.version) {
        throw new Error(`edit for version ${dc.textDocument.version}, document is at ${docs.get(dc.textDocument.uri)?.version}`);
      }
      client.applyTextEdits(dc.textDocument.uri, dc.edits);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) client.applyTextEdits(uri, edits);
  };

  client.request = (method, params) => connection.sendRequest(method, params);

  client.shutdown = async () => {
    try {
      await Promise.race([connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 5000))]);
      connection.sendNotification("exit");
    } catch {
      // already gone
    }
    const done = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 5000))]);
    if (done === null) child.kill("SIGKILL");
    connection.dispose();
  };

  return client;
}
