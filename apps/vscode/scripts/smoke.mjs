// Start a bundled report-lint server over stdio, as the editor does, and check that it
// answers `initialize` and lints Chinese (duplicated-word needs the segmenter's dictionary,
// wrong-character the language model and confusion set, all in dist/jieba/).
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileUri, startClient } from "@report-lint/test-support/lsp-client";

export const DUPLICATED = "　　坚持以习近平法治思想思想为指导，全面推进法治政府建设。\n　　本条例白发布之日起施行。\n";

/** Run the server at `serverPath`; resolves with what it answered. */
export async function smokeTestServer(serverPath) {
  const ws = mkdtempSync(join(tmpdir(), "report-lint-smoke-"));
  writeFileSync(join(ws, ".reportlintrc.json"), "{}\n");
  const client = await startClient({ serverPath, workspaceFolder: ws });
  try {
    const uri = fileUri(join(ws, "报告.txt"));
    const wait = client.waitForDiagnostics(uri, 1, 60_000);
    client.open(uri, DUPLICATED);
    const published = await wait;
    const stats = await client.request("reportLint/stats");
    return { initialize: client.initializeResult, diagnostics: published.diagnostics, stats, stderr: client.stderr };
  } finally {
    await client.shutdown();
    rmSync(ws, { recursive: true, force: true });
  }
}

/** Load a bundled extension.js outside VS Code (with a stub `vscode` module) and return its exports. */
export function loadExtension(extensionPath) {
  const dir = mkdtempSync(join(tmpdir(), "report-lint-vscode-stub-"));
  const stub = join(dir, "vscode.js");
  writeFileSync(
    stub,
    "module.exports = new Proxy({}, { get: (_, key) => (key === '__esModule' ? true : new Proxy(function () {}, { get: () => ({}) })) });",
  );
  const require = createRequire(join(dir, "loader.js"));
  const Module = require("node:module");
  const original = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === "vscode" ? stub : original.call(this, request, ...rest);
  };
  try {
    return require(extensionPath);
  } finally {
    Module._resolveFilename = original;
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every top-level name the VS Code API declares (@types/vscode), for a stand-in of the `vscode` module. */
export function vscodeApiNames() {
  const require = createRequire(import.meta.url);
  const types = readFileSync(require.resolve("@types/vscode/index.d.ts"), "utf8");
  return [...new Set([...types.matchAll(/^\s*export (?:namespace|class|enum|function|const|let) (\w+)/gmu)].map((m) => m[1]))];
}

/**
 * Load a bundled extension.js with a recording stand-in for the `vscode` module, call its
 * `activate`, and return the command ids it registered. The stand-in has every name the VS Code API
 * declares (read from @types/vscode); `commands.registerCommand` records, everything else is an
 * inert function. The language client cannot start on it: activate rejects after registering, and
 * that rejection is returned, not thrown.
 */
export async function activateWithStub(extensionPath) {
  const names = vscodeApiNames();
  const registered = [];
  const inert = () => new Proxy(function () {}, { get: (_, k) => (k === "then" ? undefined : inert()), apply: () => inert(), construct: () => inert() });
  const api = {};
  for (const name of names) api[name] = inert();
  api.commands = new Proxy({}, {
    get: (_, k) => (k === "registerCommand" ? (id) => (registered.push(id), { dispose() {} }) : inert()),
  });
  const dir = mkdtempSync(join(tmpdir(), "report-lint-vscode-stub-"));
  const key = `__reportLintVscodeStub${Date.now()}`;
  globalThis[key] = api;
  const stub = join(dir, "vscode.js");
  writeFileSync(stub, `module.exports = globalThis[${JSON.stringify(key)}];`);
  const load = createRequire(join(dir, "loader.js"));
  const Module = load("node:module");
  const original = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === "vscode" ? stub : original.call(this, request, ...rest);
  };
  let error = null;
  try {
    // A fresh copy, so that no module cache hands back an instance loaded with another stand-in.
    const copy = join(dir, "extension.js");
    copyFileSync(extensionPath, copy);
    const ext = load(copy);
    const context = { subscriptions: [], asAbsolutePath: (p) => join(dirname(extensionPath), "..", p) };
    try {
      await ext.activate(context);
    } catch (e) {
      error = e;
    }
    await ext.deactivate().catch(() => undefined);
  } finally {
    Module._resolveFilename = original;
    delete globalThis[key];
    rmSync(dir, { recursive: true, force: true });
  }
  return { registered, error };
}
