import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { segment, wordPathLogProb, wordFrequency } from "../src/index.js";
import { seedTexts } from "../../../test-support/seeds.js";

// jieba-rs compiled to WebAssembly: the reference our segmenter must equal (a dev dependency only).
const jieba = createRequire(import.meta.url)("jieba-wasm") as { cut(text: string, hmm: boolean): string[] };

const FIXTURES = new URL("../../../test-support/correct-sentences/", import.meta.url);
const EXAMPLE = new URL("../../../examples/sample-report.md", import.meta.url);

/** Clauses as duplicated-word cuts them: runs of Chinese characters, letters and digits. */
function clauses(texts: string[]): string[] {
  const all = new Set<string>();
  for (const t of texts) for (const c of t.split(/[^\p{Script=Han}\p{L}\p{N}]+/u)) if (c !== "") all.add(c);
  return [...all];
}

describe("segment", () => {
  it("cuts as jieba does where duplicated-word depends on it", () => {
    expect(segment("深入学习习近平法治思想")).toEqual(["深入", "学习", "习近平", "法治", "思想"]);
    expect(segment("严格规范公正文明执法")).toEqual(["严格", "规范", "公正", "文明执法"]);
    expect(segment("执行行政")).toEqual(["执行", "行政"]);
    // The repeated 所 belongs to 所长 on the right: not a doubled character.
    expect(segment("司法所所长")).toEqual(["司法", "所", "所长"]);
    expect(segment("层层压实责任")).toEqual(["层层", "压实", "责任"]);
    expect(segment("思想思想")).toEqual(["思想", "思想"]);
  });

  it("gives back its input, character for character, whatever the text", () => {
    for (const text of ["", " ", "a b\r\nc", "2023年GDP增长5.2%", "𠮷野家，ＡＢＣ１２３", "\u200b零宽\u00a0空格", "中文English混排mixed123"]) {
      expect(segment(text).join("")).toBe(text);
    }
  });

  it("equals jieba-rs (jieba-wasm) on every clause of the seeds, the example and the false-positive fixtures", () => {
    const texts = [...seedTexts(), readFileSync(EXAMPLE, "utf8")];
    for (const f of readdirSync(FIXTURES)) texts.push(readFileSync(new URL(f, FIXTURES), "utf8"));
    const all = clauses(texts);
    expect(all.length).toBeGreaterThan(3000);
    const differ = all.filter((c) => segment(c).join("|") !== jieba.cut(c, true).join("|"));
    expect(differ.map((c) => `${c}: ${segment(c).join("|")} ≠ ${jieba.cut(c, true).join("|")}`)).toEqual([]);
  });
});

describe("segment on long runs", () => {
  // The HMM copied its four candidate paths at every character: 32,000 unknown characters in a row took 146 s.
  it("32,000 characters the dictionary does not know, in a row", () => {
    const run = "龘".repeat(32_000);
    expect(segment(run)).toEqual(jieba.cut(run, true));
  });
});

describe("wordPathLogProb", () => {
  // A character no dictionary word has cuts the text in two: the best cut's score is then the sum of the parts'.
  const apart = ["\u{e000}", "𠀀"];

  it("scores a character of two code units as one character the dictionary does not know", () => {
    expect(wordFrequency("𠀀")).toBe(0);
    expect(wordPathLogProb("𠀀")).toBe(wordPathLogProb("\u{e000}"));
    expect(wordPathLogProb("𠀀𠀀")).toBeCloseTo(2 * wordPathLogProb("\u{e000}"), 9);
  });

  it("adds up across a character that begins and ends no word, whichever way the text is read", () => {
    for (const x of apart) {
      for (const [a, b] of [
        ["依法行政", "法治政府建设"],
        ["数据安全法", "持续推进"],
        ["", "国务院"],
      ] as const) {
        expect(wordPathLogProb(a + x + b)).toBeCloseTo(wordPathLogProb(a) + wordPathLogProb(x) + wordPathLogProb(b), 9);
      }
    }
  });

  it("prefers the words as written to a wrong character, and scores a text the same after a longer one", () => {
    expect(wordPathLogProb("持续推进")).toBeGreaterThan(wordPathLogProb("持旭推进"));
    const before = wordPathLogProb("依法行政");
    wordPathLogProb("法治政府建设".repeat(40));
    expect(wordPathLogProb("依法行政")).toBe(before);
  });
});
