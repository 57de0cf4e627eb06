import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BOUND_CHARACTERS } from "../src/bound.generated.js";
import { confusables } from "../src/confusion.js";
import { findSpellingSuspects } from "../src/spelling.js";
import { CORPUS, HAVE_CORPUS, rebuild } from "./rebuild.js";

const COMMITTED = fileURLToPath(new URL("../src/bound.generated.ts", import.meta.url));
/** Segmenting 19.4 M characters takes ~10 s alone; a guard against a hang on a busy machine, not a budget. */
const BUILD_TIMEOUT = 5 * 60_000;

describe("build-bound.mjs", () => {
  it.skipIf(!HAVE_CORPUS)(
    `reproduces src/bound.generated.ts byte for byte from the corpus${HAVE_CORPUS ? "" : ` (skipped: no corpus at ${CORPUS})`}`,
    async () => {
      const built = await rebuild("build-bound.mjs", [CORPUS], BUILD_TIMEOUT);
      expect(built.toString("utf8")).toBe(readFileSync(COMMITTED, "utf8"));
    },
    BUILD_TIMEOUT + 60_000,
  );
});

describe("the bound characters", () => {
  it("are parts of words, not words of their own, each once in code-unit order", () => {
    const list = Array.from(BOUND_CHARACTERS);
    // Parts of words (政府, 规范, 设计, 责任) …
    for (const c of "府范计任") expect(list).toContain(c);
    // … not what official prose writes alone (市, 于, 须, 年, 内, 且), nor 设 (alone in 0.36 % of its 101,982).
    for (const c of "市于须年内且设") expect(list).not.toContain(c);
    expect(list.every((c, k) => k === 0 || c.charCodeAt(0) > list[k - 1]!.charCodeAt(0))).toBe(true);
  });
});

describe("a word's first character dropped before a bound character", () => {
  const insertions = (text: string) =>
    findSpellingSuspects(text, { candidates: confusables })
      .filter((s) => s.kind === "missing")
      .map((s) => [s.index, s.replacement]);

  it("is restored where the segmenter leaves the bound character alone", () => {
    // 顶层|计 → 顶层设计, 落实|任 → 落实责任, 技防|施 → 技防设施: the insertion clears the margin less ORPHAN_RELIEF.
    expect(insertions("坚持顶层计、协调发展。")).toEqual([[4, "设计"]]);
    expect(insertions("各有关部门要进一步分解细化任务，落实任分工，狠抓各项政策措施的贯彻落实。")).toEqual([[18, "责任"]]);
    expect(insertions("（四）配备寄递安全物防、技防施，适当增加安全生产经费投入；")).toEqual([[14, "设施"]]);
  });

  it("is not proposed in the same sentences as written", () => {
    expect(insertions("坚持顶层设计、协调发展。")).toEqual([]);
    expect(insertions("各有关部门要进一步分解细化任务，落实责任分工，狠抓各项政策措施的贯彻落实。")).toEqual([]);
    expect(insertions("（四）配备寄递安全物防、技防设施，适当增加安全生产经费投入；")).toEqual([]);
  });
});
