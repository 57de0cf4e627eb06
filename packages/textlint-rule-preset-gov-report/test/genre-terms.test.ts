import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { termSlips } from "../src/lexicon/genre-terms.js";
import { GENRE_TERMS } from "../src/lexicon/genre-terms.generated.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const corpus = join(here, "..", "..", "..", "..", "shared", "corpus", "lm");

describe("src/lexicon/genre-terms.generated.ts", () => {
  it.skipIf(!existsSync(join(corpus, "lawrefbook_laws", "laws.txt")))("is what scripts/build-genre-terms.mjs derives from data/genre-terms.txt and the corpus, byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "genre-terms-"));
    try {
      const out = join(dir, "genre-terms.generated.ts");
      execFileSync(process.execPath, [join(here, "..", "scripts", "build-genre-terms.mjs"), corpus, out], { stdio: "pipe" });
      expect(readFileSync(out).equals(readFileSync(join(here, "..", "src", "lexicon", "genre-terms.generated.ts")))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // (It reads the corpus's 56 MB: seconds on a machine at rest, a minute on a busy CI runner.)
  }, 120_000);

  it("holds every listed term once, with the shorter forms the corpus never writes", () => {
    const listed = readFileSync(join(here, "..", "data", "genre-terms.txt"), "utf8")
      .split("\n")
      .map((l) => l.replace(/#.*$/u, "").trim())
      .filter((l) => l !== "");
    const lines = GENRE_TERMS.split("\n").map((l) => l.split("\t"));
    expect(lines.map(([t]) => t).sort()).toEqual([...new Set(listed)].sort());
    const places = new Map(lines.map(([t, p]) => [t, p]));
    // 出庭应率 (出庭应诉率 without 诉) is a slip; 行政处 (行政处罚 without its last character) is written by the laws.
    expect(places.get("出庭应诉率")).toContain("3");
    expect(places.get("行政处罚")).not.toContain("3");
  });
});

describe("termSlips", () => {
  const slips = (text: string) => termSlips(text).map((s) => `${text.slice(s.start, s.start + s.length)}→${s.term} ${s.kind} ${s.index}`);

  it("finds a term with a character left out, put in or changed for one alike", () => {
    expect(slips("负责人出庭应率达到100%")).toContain("出庭应率→出庭应诉率 missing 6");
    expect(slips("满意度率均为100%")).toContain("满意度率→满意率 extra 2");
    expect(slips("执法记录议配备率")).toContain("执法记录议→执法记录仪 homophone 4");
  });

  it("weighs a term's last character changed as well as the term without it (诉调对按 reads as 诉调对 + 按 too)", () => {
    expect(slips("设立诉调对按工作室6个")).toEqual(expect.arrayContaining(["诉调对→诉调对接 missing 5", "诉调对按→诉调对接 shape 5"]));
  });

  it("does not take a term written whole, a shorter form that reads on into a word, or a mark put in", () => {
    expect(slips("行政机关负责人出庭应诉率达到100%")).toEqual([]);
    expect(slips("部分地方性规定与上位法衔接")).toEqual([]);
    expect(slips("执法督导8次")).toEqual([]);
    expect(slips("执法，检查")).toEqual([]);
  });

  it("leaves a phrase that another listed term covers as written (河湖长制 beside 河长制)", () => {
    expect(slips("全面推行河湖长制")).toEqual([]);
  });
});
