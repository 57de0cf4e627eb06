import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, REPO } from "./helpers.js";

/**
 * The quality bar of DESIGN.md: the built CLI passes every expectation of
 * ../shared/corpus/seeds.expected.jsonl, scored by ../shared/tools/score.py.
 * Skipped (visibly) only where ../shared or python3 is absent, e.g. a clone without it.
 */
const shared = join(REPO, "..", "shared");
const score = join(shared, "tools", "score.py");
const python = spawnSync("python3", ["--version"]).status === 0;

describe("seed expectations", () => {
  it.skipIf(!existsSync(score) || !python)("score.py reports every expectation passed", () => {
    const r = spawnSync("python3", [score, join(shared, "corpus", "seeds.expected.jsonl"), join(shared, "corpus"), "--", process.execPath, BIN], {
      encoding: "utf8",
      timeout: 120_000,
    });
    const lines = r.stdout.trim().split("\n");
    expect(lines.filter((l) => /^(MISSED|FALSE ALARM)/u.test(l))).toEqual([]);
    expect(lines.at(-1)).toMatch(/^score: \d+ passed, 0 failed$/u);
    expect(r.status).toBe(0);
  });
});
