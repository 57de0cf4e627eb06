import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixText, lintText } from "../src/index.js";

/**
 * Replays every input in fuzz/corpus/ (the committed interesting inputs, and
 * anything scripts/fuzz.mjs saved because it threw, hung, broke a range or
 * broke idempotence): linting never throws, every range lies inside the text
 * without splitting a surrogate pair, and fixing reaches a fixed point that a
 * second fix leaves alone — each within 5 s.
 */
const CORPUS = new URL("../../../fuzz/corpus/", import.meta.url);
const files = readdirSync(CORPUS).filter((f) => /\.(txt|md)$/u.test(f)).sort();

function splitsPair(text: string, i: number): boolean {
  const lo = text.charCodeAt(i);
  const hi = text.charCodeAt(i - 1);
  return i > 0 && i < text.length && lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
}

describe("fuzz corpus replay", () => {
  it("holds the committed interesting inputs", () => {
    for (const name of ["seed-debris.txt", "mixed-encodings.txt", "huge-line.txt", "deep-numbering.txt", "lone-surrogates.txt", "rtl-marks.txt", "combining.txt"]) {
      expect(files).toContain(name);
    }
  });
  for (const name of files) {
    it(name, async () => {
      const text = readFileSync(new URL(name, CORPUS), "utf8");
      const filePath = name.endsWith(".md") ? "r.md" : "r.txt";
      const lint = await lintText(text, { filePath });
      for (const m of lint.messages) {
        const [s, e] = m.range;
        expect(0 <= s && s <= e && e <= text.length, `${m.ruleId} [${s},${e}] in ${text.length}`).toBe(true);
        expect(splitsPair(text, s) || splitsPair(text, e), `${m.ruleId} splits a surrogate pair`).toBe(false);
      }
      const once = await fixText(text, { filePath });
      expect(once.converged).toBe(true);
      expect((await fixText(once.output, { filePath })).output).toBe(once.output);
    });
  }
});
