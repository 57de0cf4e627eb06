import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The preset works inside a plain textlint setup: the real `textlint` CLI, a
 * `.textlintrc.json` that names the preset, run on a seed report. Needs the
 * preset's dist (built by turbo before `test`).
 */
const pkgDir = fileURLToPath(new URL("..", import.meta.url));
const textlintBin = join(pkgDir, "node_modules", "textlint", "bin", "textlint.js");
const seed = fileURLToPath(new URL("../../../../shared/corpus/seeds/000_097b919b0604076e.txt", import.meta.url));

describe("the preset inside the textlint CLI", () => {
  it("reports seed 000's faults through .textlintrc.json", () => {
    expect(existsSync(join(pkgDir, "dist", "index.js")), "build the preset first").toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "preset-textlint-"));
    // A project that installed textlint and the preset: node_modules/textlint-rule-preset-gov-report → this package.
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(pkgDir, join(dir, "node_modules", "textlint-rule-preset-gov-report"), "dir");
    writeFileSync(join(dir, ".textlintrc.json"), JSON.stringify({ rules: { "preset-gov-report": true } }));
    copyFileSync(seed, join(dir, "report.txt"));
    const r = spawnSync(process.execPath, [textlintBin, "--format", "json", "report.txt"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    const results = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
    const found = results[0]!.messages.map((m) => `${m.ruleId}: ${m.message}`);
    expect(found).toContain("gov-report/duplicated-word: “思想思想”重复，应删除重复的“思想”");
    expect(found).toContain("gov-report/duplicated-word: “普法普法”重复，应删除重复的“普法”");
    expect(found.some((f) => f.startsWith("gov-report/document-number: ") && f.includes("【2024】"))).toBe(true);
    expect(found.filter((f) => f.startsWith("gov-report/broken-paragraph: "))).toHaveLength(2);
    // Correct Chinese stays unflagged there too: 学习|习近平.
    expect(found.some((f) => f.includes("习习"))).toBe(false);
    expect(r.status).toBe(1);
  });
});
