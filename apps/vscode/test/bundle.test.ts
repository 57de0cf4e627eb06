// The bundle that goes into the .vsix (dist/, built by `pnpm build`): self-contained,
// with a server that starts on its own and segments Chinese with the dictionary in dist/jieba/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { configSchema } from "@report-lint/schema";
import { fileUri, startClient } from "@report-lint/test-support/lsp-client";
import { activateWithStub, DUPLICATED, loadExtension, smokeTestServer } from "../scripts/smoke.mjs";
import { nodeBuiltinsIn, usesDom } from "../scripts/web-bundle.mjs";
import { COMMANDS } from "../src/ids.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const scratch = mkdtempSync(join(tmpdir(), "report-lint-bundle-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the bundle", () => {
  it("holds the client, the server and the segmenter's dictionary, and the config schema for jsonValidation", () => {
    for (const f of ["extension.js", "server.js", "jieba/dict.bin", "jieba/hmm.bin", "jieba/LICENSE", "jieba/lm.bin", "jieba/LM-NOTICE", "jieba/confusion.bin", "jieba/CONFUSION-NOTICE", "jieba/places.bin", "jieba/PLACES-NOTICE"]) {
      expect(existsSync(join(dist, f)), f).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(dist, "config.schema.json"), "utf8"))).toEqual(configSchema);
  });

  it("holds the web extension and its server worker, neither needing Node, the worker no DOM", () => {
    const client = readFileSync(join(dist, "web", "extension.js"), "utf8");
    const server = readFileSync(join(dist, "web", "server.js"), "utf8");
    expect(nodeBuiltinsIn(client)).toEqual([]);
    expect(nodeBuiltinsIn(server)).toEqual([]);
    expect(usesDom(server)).toBe(false);
    // The check sees what it looks for: the Node bundles do require Node built-ins.
    expect(nodeBuiltinsIn(readFileSync(join(dist, "server.js"), "utf8"))).toEqual(expect.arrayContaining(["node:worker_threads", "fs"]));
    // The web client requires only vscode (CommonJS, as VS Code loads a web extension).
    expect(new Set([...client.matchAll(/\brequire\("([^"]+)"\)/gu)].map((m) => m[1]))).toEqual(new Set(["vscode"]));
  });

  it("starts the server from a copy of dist/ alone (no node_modules) and it segments Chinese: a duplicated word is found", async () => {
    const alone = join(scratch, "extension", "dist");
    cpSync(dist, alone, { recursive: true });
    const r = await smokeTestServer(join(alone, "server.js"));
    expect(r.initialize.serverInfo?.name).toBe("report-lint-language-server");
    expect(r.initialize.capabilities.textDocumentSync).toBeDefined();
    const dup = r.diagnostics.filter((d) => d.code === "duplicated-word");
    expect(dup.map((d) => d.message)).toEqual(["“思想思想”重复，应删除重复的“思想”"]);
    expect(dup[0]?.range.start.character).toBe(DUPLICATED.indexOf("思想思想") + 2);
    // wrong-character reads the language model and the confusion set from the same directory, and offers its suggestion.
    const wrong = r.diagnostics.filter((d) => d.code === "wrong-character");
    expect(wrong.map((d) => d.message)).toEqual(["“白发布”疑为“自发布”（形近字），请核对"]);
    expect((wrong[0]?.data as { suggestions?: Array<{ text: string }> }).suggestions?.map((s) => s.text)).toEqual(["自"]);
    // The lint ran in the worker thread, which is the same bundled file.
    expect(r.stats.runner.jobs).toBeGreaterThanOrEqual(1);
    expect(r.stats.runner.failed).toBe(0);
  });

  it("the bundled server checks a report-looking document without any config file, and leaves unrelated Markdown alone", async () => {
    const ws = join(scratch, "no-config");
    mkdirSync(ws, { recursive: true });
    const client = await startClient({ serverPath: join(dist, "server.js"), workspaceFolder: ws });
    try {
      const report = fileUri(join(ws, "报告.md"));
      const unrelated = fileUri(join(ws, "周报.md"));
      const wait = client.waitForDiagnostics(report, 1, 60_000);
      client.open(unrelated, `# 周报\n\n${DUPLICATED}`, "markdown");
      client.open(report, `# 某镇人民政府2024年法治政府建设情况报告\n\n${DUPLICATED}`, "markdown");
      const published = await wait;
      expect(published.diagnostics.filter((d) => d.code === "duplicated-word")).toHaveLength(1);
      // The two are looked at concurrently: in either order, once each.
      for (let i = 0; i < 200 && client.statuses.length < 2; i++) await new Promise((r) => setTimeout(r, 25));
      expect(client.statuses).toHaveLength(2);
      expect(client.statuses).toEqual(
        expect.arrayContaining([
          { uri: unrelated, enabled: false },
          { uri: report, enabled: true, reason: "report" },
        ]),
      );
      expect(client.history.filter((p) => p.uri === unrelated)).toEqual([]);
    } finally {
      await client.shutdown();
    }
  });

  it("loads the client bundle (vscode stubbed) and it exports activate/deactivate", () => {
    const ext = loadExtension(join(dist, "extension.js"));
    expect(typeof ext.activate).toBe("function");
    expect(typeof ext.deactivate).toBe("function");
  });

  it("registers every command the manifest declares when activated, before it starts the language client", async () => {
    const { registered } = await activateWithStub(join(dist, "extension.js"));
    expect(registered).toEqual([...COMMANDS]);
  });
});
