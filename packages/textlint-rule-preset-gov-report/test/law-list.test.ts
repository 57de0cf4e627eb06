import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import curated from "../data/law-names.json";
import derived from "../data/law-list.json";
import { LAW_LIST_JSON } from "../src/lexicon/law-list.generated.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const corpus = join(here, "..", "..", "..", "..", "shared", "corpus", "lm");
const committed = join(here, "..", "data", "law-list.json");

describe("data/law-list.json", () => {
  it.skipIf(!existsSync(join(corpus, "law-titles.tsv")))("is what scripts/build-law-list.mjs derives from the corpus, byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "law-list-"));
    try {
      const out = join(dir, "law-list.json");
      const module = join(dir, "law-list.generated.ts");
      execFileSync(process.execPath, [join(here, "..", "scripts", "build-law-list.mjs"), corpus, out, module], { stdio: "pipe" });
      expect(readFileSync(out).equals(readFileSync(committed))).toBe(true);
      expect(readFileSync(module).equals(readFileSync(join(here, "..", "src", "lexicon", "law-list.generated.ts")))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is what the rules read, as a string they parse on first use", () => {
    expect(JSON.parse(LAW_LIST_JSON)).toEqual(derived);
  });

  it("holds the kinds of titles in force, none of them repealed", () => {
    const titles = derived.titles as Record<string, string[]>;
    expect(Object.keys(titles)).toEqual(["法律", "行政法规", "司法解释", "部门规章", "地方性法规"]);
    expect(titles["法律"]).toContain("行政许可法");
    expect(titles["行政法规"]).toContain("优化营商环境条例");
    const repealed = new Set(derived.repealed.map((r) => r.name));
    for (const list of Object.values(titles)) for (const t of list) expect(repealed.has(t), t).toBe(false);
    expect(repealed.has("行政监察法")).toBe(true);
  });

  it("agrees with every curated repeal that the texts state", () => {
    const byName = new Map(derived.repealed.map((r) => [r.name, r]));
    const stated = curated.repealed.filter((r) => byName.has(r.name));
    // All but 食品卫生法, whose repeal the corpus does not state.
    expect(stated.length).toBeGreaterThanOrEqual(curated.repealed.length - 1);
    for (const r of stated) expect(byName.get(r.name), r.name).toEqual(r);
  });
});
