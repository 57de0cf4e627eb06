// Start a bundled report-lint server over stdio, as the editor does, and check that it
// answers `initialize` and lints Chinese (duplicated-word needs the segmenter's dictionary,
// wrong-character the language model and confusion set, all in dist/jieba/).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
