// The web extension's language server for real, as far as it runs without VS Code: Debian's Chromium
// (puppeteer-core) loads dist/web/server.js from a local web server as a Web Worker, and a page speaks
// LSP to it with vscode-jsonrpc's browser connection (test/web/lsp-page.mjs), answering its file
// requests from an in-memory workspace as the extension answers them from vscode.workspace.fs. What it
// publishes, offers and formats must be what the Node server (dist/server.js) does for the same files.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver-protocol";
import { configTemplate, type LintWorkspaceResult } from "@report-lint/language-server";
import { CHROMIUM_ARGS, chromiumPath } from "@report-lint/test-support/chromium";
import { fileUri, startClient, type TestClient } from "@report-lint/test-support/lsp-client";
import { SEEDS_DIR } from "@report-lint/test-support/reports";
import { vscodeApiNames } from "../scripts/smoke.mjs";
import { COMMANDS, SERVER_FIX_ALL } from "../src/ids.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const chromium = chromiumPath();

const SEED = readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort()[0]!;
/**
 * The seed report with one wrong character typed in (推进 → 推近), so that the language model shows it came with the
 * data files whatever the seed itself holds (its one wrong-character finding, 警务助理 → 处理, was a false one, gone).
 */
const TEXT = readFileSync(join(SEEDS_DIR, SEED), "utf8").replace("推进", "推近");
/** The config file at the workspace's root: the document is one folder down, so the server walks up to find it. */
const CONFIG = `${JSON.stringify({ rules: { "heading-punctuation": "off" } }, null, 2)}\n`;
const ROOT = "vscode-vfs://github/report-lint/demo";
const FOLDER = encodeURIComponent("报告");
const DOC = `${ROOT}/${FOLDER}/${SEED}`;

/** What the two servers are compared on: everything a diagnostic carries but its related-information URIs. */
function comparable(d: Diagnostic): unknown {
  return { code: d.code, range: d.range, severity: d.severity, message: d.message, source: d.source };
}

describe.skipIf(chromium === null)("the web extension's server in Chromium (a Web Worker)", () => {
  const scratch = mkdtempSync(join(tmpdir(), "report-lint-web-ext-"));
  let server: Server;
  let browser: Browser;
  let page: Page;
  let node: TestClient;
  let nodeDoc: string;
  let origin: string;
  let started: { initialize: { serverInfo?: { name: string }; capabilities: Record<string, unknown> }; initializeMs: number };
  let opened: { diagnostics: Diagnostic[]; ms: number };
  let nodeDiagnostics: Diagnostic[];

  beforeAll(async () => {
    await esbuild.build({
      entryPoints: [join(root, "test", "web", "lsp-page.mjs")],
      outfile: join(scratch, "page.js"),
      bundle: true,
      platform: "browser",
      format: "iife",
      conditions: ["browser"],
      logLevel: "warning",
    });
    writeFileSync(join(scratch, "index.html"), '<!doctype html><meta charset="utf-8"><script src="page.js"></script>');
    copyFileSync(join(root, "test", "web", "extension-host.js"), join(scratch, "extension-host.js"));
    // The built extension directory at /ext/, the test page at /test/.
    const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript" };
    server = createServer((req, res) => {
      const url = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const [base, rest] = url.startsWith("/ext/") ? [root, url.slice(5)] : url.startsWith("/test/") ? [scratch, url.slice(6)] : [null, ""];
      const path = base === null ? null : join(base, rest);
      if (path === null || !path.startsWith(base!) || !existsSync(path)) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await puppeteer.launch({ executablePath: chromium!, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    await page.goto(`${origin}/test/index.html`, { waitUntil: "load" });

    // The Node server on the same tree, on disk.
    const ws = join(scratch, "ws");
    mkdirSync(join(ws, "报告"), { recursive: true });
    writeFileSync(join(ws, ".reportlintrc.json"), CONFIG);
    writeFileSync(join(ws, "报告", SEED), TEXT);
    node = await startClient({ serverPath: join(dist, "server.js"), workspaceFolder: ws });
    nodeDoc = fileUri(join(ws, "报告", SEED));
    const wait = node.waitForDiagnostics(nodeDoc, 1, 90_000);
    node.open(nodeDoc, TEXT);
    nodeDiagnostics = (await wait).diagnostics;
  }, 120_000);

  afterAll(async () => {
    await node?.shutdown();
    await browser?.close();
    server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("starts from the built extension's dist/web/server.js and answers initialize", async () => {
    started = await page.evaluate(
      (o) => (globalThis as unknown as { startLanguageServer(o: unknown): Promise<typeof started> }).startLanguageServer(o),
      { serverUrl: `${origin}/ext/dist/web/server.js`, dataUrl: `${origin}/ext/dist/jieba/`, rootUri: ROOT, files: { [`${ROOT}/.reportlintrc.json`]: CONFIG, [DOC]: TEXT } },
    );
    expect(started.initialize.serverInfo?.name).toBe("report-lint-language-server");
    expect(Object.keys(started.initialize.capabilities)).toEqual(expect.arrayContaining(["textDocumentSync", "codeActionProvider", "documentFormattingProvider"]));
    console.log(`web server worker: initialize answered ${started.initializeMs.toFixed(0)} ms after new Worker()`);
  });

  it("publishes for a seed report what the Node server publishes (rule, range, severity, message), with the config file found through the client", async () => {
    opened = await page.evaluate((uri, text) => (globalThis as unknown as { lsp: { open(u: string, t: string): Promise<typeof opened> } }).lsp.open(uri, text), DOC, TEXT);
    console.log(`web server worker: first diagnostics ${opened.ms.toFixed(0)} ms after didOpen (data files fetched, engine loaded), ${opened.diagnostics.length} findings`);
    expect(opened.diagnostics.length).toBeGreaterThan(3);
    expect(opened.diagnostics.map(comparable)).toEqual(nodeDiagnostics.map(comparable));
    const codes = opened.diagnostics.map((d) => d.code);
    // The language model and the segmenter came with the data files; the config file's "off" was read.
    expect(codes).toContain("wrong-character");
    expect(codes).toContain("duplicated-word");
    expect(codes).not.toContain("heading-punctuation");
    const asked = await page.evaluate(() => (globalThis as unknown as { lsp: { asked: string[] } }).lsp.asked);
    expect(asked).toContain(`${ROOT}/.reportlintrc.json`);
  });

  it("offers the same quick fixes and formats the document with the same edits", async () => {
    const target = opened.diagnostics.find((d) => d.code === "duplicated-word")!;
    const nodeTarget = nodeDiagnostics.find((d) => d.code === "duplicated-word")!;
    const ask = (uri: string, d: Diagnostic) => ({ textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const web = await page.evaluate((p) => (globalThis as unknown as { lsp: { request(m: string, p: unknown): Promise<CodeAction[]> } }).lsp.request("textDocument/codeAction", p), ask(DOC, target));
    const nodeActions = await node.request<CodeAction[]>("textDocument/codeAction", ask(nodeDoc, nodeTarget));
    const titles = (actions: CodeAction[]) => actions.map((a) => [a.title, a.kind]);
    expect(titles(web).length).toBeGreaterThan(0);
    expect(titles(web)).toEqual(titles(nodeActions));

    const formatting = (uri: string) => ({ textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const webEdits = await page.evaluate((p) => (globalThis as unknown as { lsp: { request(m: string, p: unknown): Promise<TextEdit[]> } }).lsp.request("textDocument/formatting", p), formatting(DOC));
    const nodeEdits = await node.request<TextEdit[]>("textDocument/formatting", formatting(nodeDoc));
    expect(webEdits.length).toBeGreaterThan(0);
    expect(webEdits).toEqual(nodeEdits);
  });

  it("lints the workspace and creates a config file through the client's files, as the Node server does on disk", async () => {
    const request = <R>(method: string, params: unknown) =>
      page.evaluate((m, p) => (globalThis as unknown as { lsp: { request(m: string, p: unknown): Promise<unknown> } }).lsp.request(m, p), method, params) as Promise<R>;
    const web = await request<LintWorkspaceResult>("reportLint/lintWorkspace", {});
    expect(web).toEqual(await node.request<LintWorkspaceResult>("reportLint/lintWorkspace", {}));
    expect(web.files).toBe(1);

    const created = await request<{ uri: string; created: boolean }>("reportLint/createConfig", { folderUri: `${ROOT}/${FOLDER}` });
    expect(created).toEqual({ uri: `${ROOT}/${FOLDER}/.reportlintrc.json`, created: true });
    const files = await page.evaluate(() => (globalThis as unknown as { lsp: { files: Record<string, string> } }).lsp.files);
    expect(files[created.uri]).toBe(configTemplate("json", ""));
    // Never a second one beside it.
    expect(await request("reportLint/createConfig", { folderUri: `${ROOT}/${FOLDER}` })).toEqual({ uri: created.uri, created: false });
  });

  it("activates the web extension bundle in a worker (the vscode module stubbed): its commands, and a language client that starts dist/web/server.js as a Worker and gets its initialize answer", async () => {
    const host = await page.evaluate(
      (url, message) =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          // In the page: its Worker (this file is typed without the DOM library).
          const PageWorker = (globalThis as unknown as { Worker: new (u: string) => { onmessage: (e: { data: unknown }) => void; onerror: (e: { message: string }) => void; postMessage(m: unknown): void } }).Worker;
          const w = new PageWorker(url);
          w.onmessage = (e) => resolve(e.data as Record<string, unknown>);
          w.onerror = (e) => reject(new Error(e.message));
          w.postMessage(message);
        }),
      `${origin}/test/extension-host.js`,
      { extensionUri: `${origin}/ext`, names: vscodeApiNames() },
    );
    const { registered, workers, posted, received } = host as { registered: string[]; workers: string[]; posted: Array<{ id?: number; method?: string; params?: { initializationOptions?: unknown } }>; received: Array<{ id?: number; result?: { serverInfo?: { name: string } } }> };
    expect(host.exports).toEqual(["activate", "deactivate"]);
    // The manifest's commands before the client starts; then the server's own, which the client registers from the initialize answer.
    expect(registered).toEqual([...COMMANDS, SERVER_FIX_ALL]);
    expect(host.error).toBeNull();
    expect(host.shown).toEqual([]);
    expect(workers).toEqual([`${origin}/ext/dist/web/server.js`]);
    const initialize = posted.find((m) => m.method === "initialize");
    expect(initialize?.params?.initializationOptions).toEqual({ dataUrl: `${origin}/ext/dist/jieba/` });
    expect(received.find((m) => m.id === initialize?.id)?.result?.serverInfo?.name).toBe("report-lint-language-server");
  });

  it("with a client that reads no files, checks a report with the default configuration, as the Node server does where there is no config file", async () => {
    const bare = await browser.newPage();
    const ws = join(scratch, "bare");
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(ws, SEED), TEXT);
    const nodeBare = await startClient({ serverPath: join(dist, "server.js"), workspaceFolder: ws });
    try {
      await bare.goto(`${origin}/test/index.html`, { waitUntil: "load" });
      await bare.evaluate(
        (o) => (globalThis as unknown as { startLanguageServer(o: unknown): Promise<unknown> }).startLanguageServer(o),
        { serverUrl: `${origin}/ext/dist/web/server.js`, dataUrl: `${origin}/ext/dist/jieba/`, rootUri: ROOT, files: null },
      );
      const web = await bare.evaluate((uri, text) => (globalThis as unknown as { lsp: { open(u: string, t: string): Promise<typeof opened> } }).lsp.open(uri, text), `${ROOT}/${SEED}`, TEXT);
      const uri = fileUri(join(ws, SEED));
      const wait = nodeBare.waitForDiagnostics(uri, 1, 90_000);
      nodeBare.open(uri, TEXT);
      const nodeDefault = (await wait).diagnostics;
      expect(web.diagnostics.map(comparable)).toEqual(nodeDefault.map(comparable));
      // The defaults, not a config problem: heading-punctuation is on again.
      expect(web.diagnostics.map((d) => d.code)).toContain("heading-punctuation");
    } finally {
      await nodeBare.shutdown();
      await bare.close();
    }
  });

  it("reported no error from the worker", async () => {
    expect(await page.evaluate(() => (globalThis as unknown as { lsp: { errors: string[] } }).lsp.errors)).toEqual([]);
  });
});
