// The BUILT server under abuse: malformed messages, a 1 MB document, a burst of 500 edits.
// After each, it must still answer, and its memory must stay bounded.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import type { Diagnostic, DocumentSymbol } from "vscode-languageserver-protocol";
import { fileUri, startClient, type TestClient } from "@report-lint/test-support/lsp-client";
import { REPORT, seed } from "@report-lint/test-support/reports";

interface Stats {
  rss: number;
  runner: { jobs: number; cancelled: number; workerRestarts: number; failed: number; busy: boolean };
}

const MB = 2 ** 20;
let ws: string;
let client: TestClient;

beforeAll(async () => {
  ws = mkdtempSync(join(tmpdir(), "report-lint-ls-robust-"));
  writeFileSync(join(ws, ".reportlintrc.json"), "{}\n");
  client = await startClient({ workspaceFolder: ws });
});

afterAll(async () => {
  await client?.shutdown();
  rmSync(ws, { recursive: true, force: true });
});

const stats = () => client.request<Stats>("reportLint/stats");

/**
 * Send `edits` edits as fast as the client can: type `typed` one character at a time at `at`,
 * and every `deleteEvery`-th edit delete the last `deleteLength` characters, as a drafter does.
 * Returns the document's last version.
 */
function typeBurst(c: TestClient, uri: string, at: number, typed: string, o: { edits: number; deleteEvery: number; deleteLength: number }): number {
  let v = 1;
  for (let i = 0; i < o.edits; i++) {
    if (i % o.deleteEvery === o.deleteEvery - 1) {
      v = c.change(uri, [{ start: at - o.deleteLength, end: at, text: "" }]);
      at -= o.deleteLength;
    } else {
      v = c.change(uri, [{ start: at, end: at, text: typed[i % typed.length]! }]);
      at++;
    }
  }
  return v;
}

function key(d: Diagnostic): string {
  return `${d.code}@${d.range.start.line}:${d.range.start.character} ${d.message}`;
}

/**
 * After a burst: `final` (the last version's diagnostics of `uri`) equals what a fresh document `name`
 * with the same text gets. Returns the fresh document's URI (left open).
 */
async function expectSameAsFresh(c: TestClient, uri: string, final: Diagnostic[], name: string): Promise<string> {
  const fresh = fileUri(join(ws, name));
  const freshWait = c.waitForDiagnostics(fresh, 1);
  c.open(fresh, c.text(uri));
  expect(final.map(key)).toEqual((await freshWait).diagnostics.map(key));
  return fresh;
}

describe("malformed input", () => {
  it("survives a frame that is not JSON, a message that is not JSON-RPC, an unknown method and bad params", async () => {
    const body = Buffer.from('{"jsonrpc":"2.0","id":1,"method":', "utf8");
    client.child.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    client.child.stdin!.write(body);
    const notRpc = Buffer.from(JSON.stringify({ hello: "世界" }), "utf8");
    client.child.stdin!.write(`Content-Length: ${notRpc.length}\r\n\r\n`);
    client.child.stdin!.write(notRpc);

    await expect(client.request("report-lint/no-such-method", {})).rejects.toMatchObject({ code: -32601 });
    const bad = await client.request("textDocument/documentSymbol", { textDocument: { uri: 42 } }).catch((e: unknown) => e);
    expect(bad === null || Array.isArray(bad) || (bad as { code?: number }).code !== undefined).toBe(true);
    await expect(client.request("textDocument/codeAction", null)).rejects.toBeDefined();
    await expect(client.request("textDocument/formatting", { textDocument: { uri: "file:///nowhere.txt" }, options: {} })).resolves.toBeNull();

    const uri = fileUri(join(ws, "after-malformed.txt"));
    const wait = client.waitForDiagnostics(uri, 1);
    client.open(uri, REPORT);
    expect((await wait).version).toBe(1);
    expect(client.child.exitCode).toBeNull();
  });
});

describe("a huge document (1 MB)", () => {
  it("is linted off the request path: the server answers at once while it works, then publishes; memory stays bounded", async () => {
    // Stop a stale lint however briefly it has run, so what is tested does not depend on how fast a lint is.
    const client = await startClient({ workspaceFolder: ws, initializationOptions: { cancelAfterMs: 0 } });
    onTestFinished(() => client.shutdown());
    const stats = () => client.request<Stats>("reportLint/stats");
    const unit = [seed("001_4330d7e75e127816.txt"), seed("004_157b345b01cbe403.txt")].join("\n\n");
    const huge = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const small = fileUri(join(ws, "small.txt"));
    const smallWait = client.waitForDiagnostics(small, 1);
    client.open(small, REPORT);
    await smallWait;

    const uri = fileUri(join(ws, "huge.txt"));
    const done = client.waitForDiagnostics(uri, undefined, 170_000);
    client.open(uri, huge);
    // While the worker lints 1 MB, requests on the main thread are answered promptly.
    let during = await stats();
    for (let i = 0; i < 50 && !during.runner.busy; i++) during = await stats();
    // The answer was made while the worker was linting the huge document: the main thread is free.
    expect(during.runner.busy).toBe(true);
    const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: small } });
    expect(symbols.length).toBeGreaterThan(3);
    // Still busy after the outline was answered: it did not wait for the lint.
    expect((await stats()).runner.busy).toBe(true);

    // Edits while it is being linted (it was busy just above) supersede that work: the long-running
    // lint of the opened text is stopped, the queued lint of the first edit is dropped, only the
    // last version is published. (No pause between the edits: how long a lint takes is not assumed.)
    const v2 = client.change(uri, [{ start: 0, end: 0, text: "标题\n" }]);
    const v = client.change(uri, [{ start: 0, end: 2, text: "报告" }]);
    expect(v).toBe(v2 + 1);
    const published = await done;
    const final = published.version === v ? published : await client.waitForDiagnostics(uri, v, 170_000);
    expect(final.version).toBe(v);
    expect(final.diagnostics.length).toBeGreaterThan(100);
    expect(client.history.filter((h) => h.uri === uri).map((h) => h.version)).toEqual([v]);

    const after = await stats();
    expect(after.runner.workerRestarts + after.runner.cancelled).toBeGreaterThan(0);
    expect(after.rss).toBeLessThan(1536 * MB);
    client.close(uri);
    const symbolsAfter = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: small } });
    expect(symbolsAfter.length).toBe(symbols.length);
  }, 240_000);
});

describe("a burst of 500 edits", () => {
  it("coalesces the work, publishes the final version's findings, and keeps memory bounded", async () => {
    const text = seed("004_157b345b01cbe403.txt");
    const uri = fileUri(join(ws, "burst.txt"));
    const first = client.waitForDiagnostics(uri, 1);
    client.open(uri, text);
    await first;
    const before = await stats();

    const typed = "推进严格规范公正文明执法，";
    const v = typeBurst(client, uri, text.indexOf("。", 1000) + 1, typed, { edits: 500, deleteEvery: 25, deleteLength: 3 });
    const final = await client.waitForDiagnostics(uri, v, 60_000);
    expect(final.version).toBe(501);

    await expectSameAsFresh(client, uri, final.diagnostics, "burst-fresh.txt");

    const after = await stats();
    // The burst did not become 500 lint jobs.
    expect(after.runner.jobs - before.runner.jobs).toBeLessThan(50);
    expect(client.history.filter((h) => h.uri === uri).length).toBeLessThan(50);
    expect(after.rss - before.rss).toBeLessThan(200 * MB);
    expect(after.runner.failed).toBe(0);
  }, 120_000);
});

describe("a 5 MB (5,000,000-character) document, 1,000 rapid edits, and memory back to baseline afterwards", () => {
  interface MemStats extends Stats {
    heapUsed: number;
    documents: number;
  }
  let c: TestClient;
  const memory = () => c.request<MemStats>("reportLint/stats", { gc: true });

  beforeAll(async () => {
    // A server of its own, able to collect garbage on request, so memory can be compared with a baseline.
    const saved = process.env["NODE_OPTIONS"];
    process.env["NODE_OPTIONS"] = `${saved ?? ""} --expose-gc`.trim();
    try {
      c = await startClient({ workspaceFolder: ws });
    } finally {
      if (saved === undefined) delete process.env["NODE_OPTIONS"];
      else process.env["NODE_OPTIONS"] = saved;
    }
  });
  afterAll(async () => {
    await c?.shutdown();
  });

  it("refuses to lint 5 MB with one clear diagnostic, answers meanwhile, survives 1,000 edits, and frees what it took", async () => {
    const warm = fileUri(join(ws, "warm.txt"));
    const warmWait = c.waitForDiagnostics(warm, 1);
    c.open(warm, REPORT);
    await warmWait;
    c.close(warm);
    const baseline = await memory();

    // 5,000,000 characters (15 MB in UTF-8): over the 2,000,000-character limit, so one diagnostic
    // on the first line says so; the outline still answers.
    const unit = [seed("001_4330d7e75e127816.txt"), seed("004_157b345b01cbe403.txt")].join("\n\n");
    const huge = unit.repeat(Math.ceil(5_000_000 / unit.length)).slice(0, 5_000_000);
    const big = fileUri(join(ws, "five-mb.txt"));
    const bigWait = c.waitForDiagnostics(big, 1, 30_000);
    c.open(big, huge);
    const published = await bigWait;
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]).toMatchObject({
      code: "too-large",
      message: "文档过大（500 万字符），超过 200 万字符的检查上限，未检查；请拆分为较小的文件后再检查",
      range: { start: { line: 0, character: 0 } },
    });
    const outline = await c.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri: big } });
    expect(outline.length).toBeGreaterThan(10);
    await expect(c.request("textDocument/formatting", { textDocument: { uri: big }, options: { tabSize: 2, insertSpaces: true } })).resolves.toEqual([]);
    c.close(big);

    // 1,000 edits as fast as the client can send them: typing, and now and then deleting.
    const text = seed("004_157b345b01cbe403.txt");
    const uri = fileUri(join(ws, "thousand.txt"));
    const first = c.waitForDiagnostics(uri, 1);
    c.open(uri, text);
    await first;
    const before = await memory();
    const typed = "全面推进依法行政，加强行政执法监督。";
    const v = typeBurst(c, uri, text.indexOf("。", 500) + 1, typed, { edits: 1000, deleteEvery: 20, deleteLength: 4 });
    expect(v).toBe(1001);
    const final = await c.waitForDiagnostics(uri, v, 60_000);
    const fresh = await expectSameAsFresh(c, uri, final.diagnostics, "thousand-fresh.txt");
    const after = await memory();
    expect(after.runner.jobs - before.runner.jobs).toBeLessThan(100);
    expect(after.runner.failed).toBe(0);
    c.close(uri);
    c.close(fresh);

    // Everything closed: the main thread's heap is back near its baseline (the 5 MB text and 1,000 versions are gone).
    const end = await memory();
    expect(end.documents).toBe(0);
    expect(end.heapUsed - baseline.heapUsed).toBeLessThan(8 * MB);
    expect(end.rss - baseline.rss).toBeLessThan(300 * MB);
    expect(c.child.exitCode).toBeNull();
  }, 60_000);
});
