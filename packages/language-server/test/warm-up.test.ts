// The lint thread's warm-up (src/warm-up.ts): the texts it checks, and the BUILT server doing it over
// a real LSP connection — in idle time after the first lint, never in the way of the user's own
// lints, and without changing what they find.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { fileUri, startClient, type TestClient } from "@report-lint/test-support/lsp-client";
import { seed } from "@report-lint/test-support/reports";
import { WARM_UP_CHARS, WARM_UP_TEXTS, warmUpTexts } from "../src/warm-up.js";

const SEED = "004_157b345b01cbe403.txt";

interface Stats {
  runner: { jobs: number; warmUps: number; warmUpsLeft: number; failed: number; warmUpStoppedSlow: boolean };
}

describe("warmUpTexts", () => {
  const text = seed(SEED);

  it("gives the document's start with one line changed, a different line or change each time", () => {
    const texts = warmUpTexts(text);
    expect(texts).toHaveLength(WARM_UP_TEXTS);
    const prefix = text.slice(0, WARM_UP_CHARS).split("\n");
    const changedLines = new Set<number>();
    for (const t of texts) {
      const lines = t.split("\n");
      expect(lines).toHaveLength(prefix.length);
      const changed = lines.flatMap((l, i) => (l === prefix[i] ? [] : [i]));
      expect(changed).toHaveLength(1);
      const [i] = changed as [number];
      changedLines.add(i);
      // One character doubled or deleted, or one comma typed half-width.
      const before = prefix[i]!;
      const after = lines[i]!;
      expect(Math.abs(after.length - before.length) <= 1).toBe(true);
      if (after.length === before.length) expect([...after].filter((c, k) => c !== [...before][k])).toEqual([","]);
    }
    expect(new Set(texts).size).toBeGreaterThan(0.9 * texts.length);
    expect(changedLines.size).toBeGreaterThan(10);
  });

  it("never splits a character outside the BMP, and gives nothing for a blank document", () => {
    const rare = `${"𠀀".repeat(30)}\n${"𠀀的".repeat(15)}，𠀀`;
    // In Unicode mode a pair is one code point: only a lone half matches.
    const loneSurrogate = /[\ud800-\udfff]/u;
    const texts = warmUpTexts(rare, 12);
    expect(texts).toHaveLength(12);
    for (const t of texts) expect(loneSurrogate.test(t)).toBe(false);
    expect(warmUpTexts("")).toEqual([]);
    expect(warmUpTexts(" \n\n　\n")).toEqual([]);
    expect(warmUpTexts("短\n")).toHaveLength(WARM_UP_TEXTS);
  });
});

describe("the server warms its lint thread up", () => {
  let ws: string;
  let warm: TestClient;
  let cold: TestClient;

  beforeAll(async () => {
    ws = mkdtempSync(join(tmpdir(), "report-lint-ls-warm-"));
    writeFileSync(join(ws, ".reportlintrc.json"), "{}\n");
    [warm, cold] = await Promise.all([
      startClient({ workspaceFolder: ws }),
      startClient({ workspaceFolder: ws, initializationOptions: { warmUp: false } }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([warm?.shutdown(), cold?.shutdown()]);
    rmSync(ws, { recursive: true, force: true });
  });

  const key = (d: Diagnostic): string => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;

  it("after its first lint, in idle time; a lint sent meanwhile finds what a server without warm-up finds", async () => {
    const uri = fileUri(join(ws, "报告.txt"));
    const text = seed(SEED);
    const edited = text.replace("法治政府", "法治法治政府");
    expect(edited).not.toBe(text);
    const results: Diagnostic[][] = [];
    for (const c of [warm, cold]) {
      const opened = c.waitForDiagnostics(uri, 1);
      c.open(uri, text);
      await opened;
      // At once, while the warm-up has only begun.
      const at = text.indexOf("法治政府");
      const next = c.waitForDiagnostics(uri, 2);
      c.change(uri, [{ start: at, end: at, text: "法治" }]);
      results.push((await next).diagnostics);
      expect(c.text(uri)).toBe(edited);
    }
    const [withWarmUp, without] = results as [Diagnostic[], Diagnostic[]];
    expect(withWarmUp.map(key).sort()).toEqual(without.map(key).sort());
    expect(withWarmUp.some((d) => d.code === "duplicated-word")).toBe(true);

    // The warm-up runs to its end, and is not counted among the user's lints.
    let s = await warm.request<Stats>("reportLint/stats");
    for (let waited = 0; s.runner.warmUpsLeft > 0 && waited < 60_000; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      s = await warm.request<Stats>("reportLint/stats");
    }
    expect(s.runner).toMatchObject({ jobs: 2, warmUpsLeft: 0, failed: 0 });
    // Every text, unless one took longer than WARM_UP_STEP_MAX_MS (a busy machine: CI runs the fuzzer
    // beside this), which ends the warm-up by design (runner.test.ts checks that on its own).
    if (s.runner.warmUpStoppedSlow) expect(s.runner.warmUps).toBeGreaterThanOrEqual(1);
    else expect(s.runner.warmUps).toBe(WARM_UP_TEXTS);
    const off = await cold.request<Stats>("reportLint/stats");
    expect(off.runner).toMatchObject({ jobs: 2, warmUps: 0, warmUpsLeft: 0 });

    // Linting after it finds the same again.
    const back = warm.waitForDiagnostics(uri, 3);
    const at = edited.indexOf("法治法治");
    warm.change(uri, [{ start: at, end: at + 2, text: "" }]);
    const after = (await back).diagnostics;
    const fresh = cold.waitForDiagnostics(uri, 3);
    cold.change(uri, [{ start: at, end: at + 2, text: "" }]);
    expect(after.map(key).sort()).toEqual((await fresh).diagnostics.map(key).sort());
    expect(after.some((d) => d.code === "duplicated-word" && String(d.message).includes("法治法治"))).toBe(false);
  });
});
