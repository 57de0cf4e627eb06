// gapCompletions (the 错别字 search's dropped-character proposals) reads, after a one-character
// prefix, the completions scripts/build-dict.mjs stored with each dictionary block. What it
// proposes must be what jieba's dictionary itself says, read here from its text.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { gapCompletions } from "../src/index.js";
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

describe("gapCompletions after one character", () => {
  it("proposes what jieba's dictionary says, at every place of the seed reports", () => {
    const d = dictionary();
    let places = 0;
    let proposals = 0;
    for (const text of seedTexts()) {
      for (let i = 0; i + 1 < text.length; i++) {
        const prefix = text[i]!;
        if (!/\p{Script=Han}/u.test(prefix)) continue;
        const after = text.slice(i + 1, i + 7);
        const got = gapCompletions(prefix, after, 10);
        expect(got, `${prefix}|${after}`).toEqual(expected(d, prefix, after, 10));
        places++;
        proposals += got.length;
      }
    }
    // The seeds are five reports: thousands of places, most with something to propose.
    expect(places).toBeGreaterThan(5000);
    expect(proposals).toBeGreaterThan(places);
  });

  it("proposes nothing after a character that begins no word", () => {
    expect(gapCompletions("\u{e000}", "法治政府", 10)).toEqual([]);
  });
});
