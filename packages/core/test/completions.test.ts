// gapCompletions (the 错别字 search's dropped-character proposals) reads, after a one-character
// prefix, the completions scripts/build-dict.mjs stored with each dictionary block. What it
// proposes must be what jieba's dictionary itself says, read here from its text (a word's lost first
// character: its two-character words ranked by the language model of official prose, as the build ranks them).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { conditionalLogProb, gapCompletions, wordStarts } from "../src/index.js";
import { seedTexts } from "../../../test-support/seeds.js";

const DICT = join(dirname(createRequire(import.meta.url).resolve("nodejieba/package.json")), "submodules", "cppjieba", "dict", "jieba.dict.utf8");

/** The dictionary's words by their first code unit, in the order the build sorts them, and their frequencies. */
function dictionary(): { blocks: Map<string, string[]>; freq: Map<string, number> } {
  const freq = new Map<string, number>();
  for (const line of readFileSync(DICT, "utf8").split("\n")) {
    if (line === "") continue;
    const [word, f] = line.split(" ");
    freq.set(word!, (freq.get(word!) ?? 0) + Number(f));
  }
  const blocks = new Map<string, string[]>();
  for (const w of [...freq.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const list = blocks.get(w[0]!) ?? [];
    list.push(w);
    blocks.set(w[0]!, list);
  }
  return { blocks, freq };
}

/**
 * What a one-character prefix and the text after the gap propose, from the words themselves: the
 * second character of each word that runs on as the start of `after` (three characters or more),
 * in dictionary order, then those of the `twoTop` most frequent two-character words.
 */
function expected(d: ReturnType<typeof dictionary>, prefix: string, after: string, twoTop: number): number[] {
  const words = (d.blocks.get(prefix) ?? []).filter((w) => d.freq.get(w)! > 0);
  const out = new Set<number>();
  for (const w of words) if (w.length >= 3 && after.startsWith(w.slice(2))) out.add(w.charCodeAt(1));
  const twos = words.filter((w) => w.length === 2);
  const ranked = twos.map((w, i) => ({ w, i })).sort((x, y) => d.freq.get(y.w)! - d.freq.get(x.w)! || x.i - y.i);
  for (const { w } of ranked.slice(0, twoTop)) out.add(w.charCodeAt(1));
  return [...out];
}

/** Each Chinese character of the seed reports: the report's text and the character's offset in it. */
function* hanPlaces(): Generator<[text: string, at: number]> {
  for (const text of seedTexts()) for (let i = 0; i < text.length; i++) if (/\p{Script=Han}/u.test(text[i]!)) yield [text, i];
}

describe("gapCompletions after one character", () => {
  it("proposes what jieba's dictionary says, at every place of the seed reports", () => {
    const d = dictionary();
    let places = 0;
    let proposals = 0;
    for (const [text, i] of hanPlaces()) {
      if (i + 1 === text.length) continue;
      const prefix = text[i]!;
      const after = text.slice(i + 1, i + 7);
      const got = gapCompletions(prefix, after, 10);
      expect(got, `${prefix}|${after}`).toEqual(expected(d, prefix, after, 10));
      places++;
      proposals += got.length;
    }
    // The seeds are five reports: thousands of places, most with something to propose.
    expect(places).toBeGreaterThan(5000);
    expect(proposals).toBeGreaterThan(places);
  });

  it("proposes nothing after a character that begins no word", () => {
    expect(gapCompletions("\u{e000}", "法治政府", 10)).toEqual([]);
  });
});

/**
 * What a prefix of two or three characters proposes, from the words themselves, in dictionary
 * order: the next character of each word that runs on as the start of `after`; and of each word
 * that is the prefix and one character more, before punctuation (`endsWord`) always, before more
 * Chinese only if that word is more frequent than the prefix as a word of its own.
 */
function expectedLonger(d: ReturnType<typeof dictionary>, prefix: string, after: string, endsWord: boolean, ending = true): number[] {
  const k = prefix.length;
  const own = d.freq.get(prefix) ?? 0;
  const out = new Set<number>();
  for (const w of d.blocks.get(prefix[0]!) ?? []) {
    if (!w.startsWith(prefix) || w.length <= k || d.freq.get(w)! === 0) continue;
    if (w.length === k + 1 ? ending && (endsWord || d.freq.get(w)! > own) : after.startsWith(w.slice(k + 1))) out.add(w.charCodeAt(k));
  }
  return [...out];
}

describe("gapCompletions after two or three characters", () => {
  it("proposes what jieba's dictionary says, after every two and three characters of the seed reports", () => {
    const d = dictionary();
    let places = 0;
    let ending = 0;
    for (const text of seedTexts()) {
      for (let i = 0; i + 3 < text.length; i++) {
        for (const k of [2, 3]) {
          const prefix = text.slice(i, i + k);
          if (!/^\p{Script=Han}+$/u.test(prefix)) continue;
          const after = text.slice(i + k, i + k + 6);
          for (const endsWord of [false, true]) {
            const got = gapCompletions(prefix, after, 0, endsWord);
            expect(got, `${prefix}|${after} ${endsWord}`).toEqual(expectedLonger(d, prefix, after, endsWord));
            if (!endsWord) ending += got.length - expectedLonger(d, prefix, after, false, false).length;
          }
          places++;
        }
      }
    }
    expect(places).toBeGreaterThan(5000);
    // Words that end at the gap before more Chinese are among them (互联|网).
    expect(ending).toBeGreaterThan(100);
  });

  it("proposes a word ending at the gap only where it is more common than the prefix written", () => {
    const chars = (prefix: string, after: string) => gapCompletions(prefix, after, 0).map((c) => String.fromCharCode(c));
    expect(chars("互联", "信息")).toContain("网");
    expect(chars("国务", "组织")).toContain("院");
    expect(chars("湖北", "巴东")).not.toContain("省");
    expect(chars("艰巨", "和复")).not.toContain("性");
  });
});

describe("gapCompletions, edge cases", () => {
  it("proposes nothing after a character that begins no word (any prefix length)", () => {
    expect(gapCompletions("\u{e000}\u{e000}", "法治政府", 0)).toEqual([]);
    expect(gapCompletions("\u{e000}", "法治政府", 10)).toEqual([]);
  });
});

/**
 * What the text after a gap proposes as a lost first character, from the words themselves: the
 * first characters of the WORD_STARTS (5) most frequent two-character words (ties in dictionary
 * order) ending with after's first character, but none where after already begins a word of two to
 * four characters, and none that negates.
 */
let twosBySecond: Map<string, string[]> | null = null;
function twosEndingWith(d: ReturnType<typeof dictionary>, second: string): string[] {
  if (twosBySecond === null) {
    twosBySecond = new Map();
    for (const list of d.blocks.values())
      for (const w of list) {
        if (w.length !== 2 || !(d.freq.get(w)! > 0)) continue;
        const group = twosBySecond.get(w[1]!);
        if (group === undefined) twosBySecond.set(w[1]!, [w]);
        else group.push(w);
      }
  }
  return [...(twosBySecond.get(second) ?? [])];
}

function expectedStarts(d: ReturnType<typeof dictionary>, after: string): number[] {
  if (after === "" || !d.blocks.has(after[0]!)) return [];
  for (let m = 2; m <= Math.min(4, after.length); m++) if ((d.freq.get(after.slice(0, m)) ?? 0) > 0) return [];
  // The dictionary's two-character words by their second character, indexed once (scanning every word at every place
  // made this reference take 25 s, near the test's time limit on a busy machine). The sort below orders them fully,
  // so the order they are gathered in does not matter.
  const twos = twosEndingWith(d, after[0]!);
  // p(first) · p(second | first) in official prose, then jieba's frequency.
  const official = (w: string): number => {
    const units = new Uint16Array([w.charCodeAt(0), w.charCodeAt(1)]);
    return conditionalLogProb(units, 0, 0) + conditionalLogProb(units, 1, 0);
  };
  const lp = new Map(twos.map((w) => [w, official(w)]));
  twos.sort((x, y) => lp.get(y)! - lp.get(x)! || d.freq.get(y)! - d.freq.get(x)! || (x < y ? -1 : x > y ? 1 : 0));
  return [...new Set(twos.slice(0, 8).map((w) => w.charCodeAt(0)).filter((u) => !"不未无非没勿否莫".includes(String.fromCharCode(u))))];
}

describe("wordStarts (a word's first character lost before the text after a gap)", () => {
  it("proposes what jieba's dictionary says, at every place of the seed reports", () => {
    const d = dictionary();
    let places = 0;
    let proposals = 0;
    for (const [text, i] of hanPlaces()) {
      if (i === 0) continue;
      const after = text.slice(i, i + 6);
      const got = wordStarts(after);
      expect(got, `|${after}`).toEqual(expectedStarts(d, after));
      places++;
      proposals += got.length;
    }
    expect(places).toBeGreaterThan(5000);
    expect(proposals).toBeGreaterThan(0);
  });

  it("proposes 建 for 设 and nothing where the text after the gap is a word already, or where it would negate", () => {
    expect(wordStarts("设，")).toContain("建".charCodeAt(0));
    expect(wordStarts("陆生、水生")).toEqual([]);
    expect(wordStarts("\u{e000}")).toEqual([]);
    // 无法 and 不足 are among the eight words ending with 法 and 足 most likely in official prose; their negation is left out.
    expect(wordStarts("法").map((u) => String.fromCharCode(u))).toEqual(["依", "违", "执", "司", "宪", "办", "合"]);
    expect(wordStarts("足").map((u) => String.fromCharCode(u))).toEqual(["满", "补", "充", "立", "鼓", "留", "开"]);
    // Ranked by official prose, not general text: 文件 is proposed for …性|件 (jieba's frequency put 条件, 事件, 一件, 软件, 这件 first).
    expect(wordStarts("件").map((u) => String.fromCharCode(u))).toContain("文");
  });
});
