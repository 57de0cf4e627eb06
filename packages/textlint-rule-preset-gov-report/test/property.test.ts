import { mutateLines, seedTexts } from "../../../test-support/seeds.js";
import fc from "fast-check";
import { TextlintKernel } from "@textlint/kernel";
import textPlugin from "@textlint/textlint-plugin-text";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import { describe, expect, it } from "vitest";
import { rules } from "../src/index.js";

/**
 * Properties of the whole preset, run through textlint's kernel as users run it:
 * linting never throws; every range lies inside the text and on UTF-16 boundaries;
 * every fix replaces a span inside the text, next to the finding it belongs to.
 */
function interop<T extends object>(mod: T): T {
  return "Processor" in mod ? mod : ((mod as { default?: T }).default ?? mod);
}
const kernel = new TextlintKernel();
const plugins = [
  { pluginId: "text", plugin: interop(textPlugin) },
  { pluginId: "markdown", plugin: interop(markdownPlugin) },
];
const ruleList = Object.entries(rules).map(([ruleId, rule]) => ({ ruleId, rule }));

const seeds = seedTexts();

const pieces = fc.constantFrom(
  "一、", "（一）", "(二)", "1.", "1、", "二是", "思想思想", "的的", "。。", ",", "(", "）", "“", "《治安处罚法》", "法制建设",
  "金发【2024】2号", "2021 年度", " and ", "[bookmark: _GoBack]", "\u200b", "\ufffd", "\n- 3 -\n", "\n", "\r\n", "\n\n", "　　", "😀", "【待填写】",
);

const mutatedSeed = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), pieces), { maxLength: 10 }))
  .map(([k, ops]) => mutateLines(seeds[k]!, ops));

function isLowSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff;
}

async function check(text: string, ext: ".txt" | ".md"): Promise<void> {
  const result = await kernel.lintText(text, { ext, plugins, rules: ruleList });
  for (const m of result.messages) {
    const [s, e] = m.range;
    expect(0 <= s && s < e && e <= Math.max(text.length, 1), `${m.ruleId} range [${s},${e}] in ${text.length}`).toBe(true);
    expect(isLowSurrogateAt(text, s) || isLowSurrogateAt(text, e), `${m.ruleId} splits a surrogate pair`).toBe(false);
    if (m.fix) {
      const [fs, fe] = m.fix.range;
      expect(0 <= fs && fs <= fe && fe <= text.length, `${m.ruleId} fix range`).toBe(true);
      expect(isLowSurrogateAt(text, fs) || isLowSurrogateAt(text, fe), `${m.ruleId} fix splits a surrogate pair`).toBe(false);
      // A fix is local to its finding: the replaced span overlaps or touches the reported span.
      expect(fs <= e && fe >= s, `${m.ruleId} fix [${fs},${fe}] far from its finding [${s},${e}]`).toBe(true);
    }
  }
  // textlint's fixer runs rule by rule on intermediate texts, so it must not throw either.
  await kernel.fixText(text, { ext, plugins, rules: ruleList });
}

describe("preset properties", () => {
  it("arbitrary strings: no throw, sound ranges, fixes stay in their spans", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.array(pieces, { maxLength: 40 }).map((a) => a.join(""))), fc.constantFrom(".txt" as const, ".md" as const), check),
      { numRuns: 120 },
    );
  });
  it("mutated seeds: no throw, sound ranges, fixes stay in their spans", async () => {
    await fc.assert(fc.asyncProperty(mutatedSeed, fc.constantFrom(".txt" as const, ".md" as const), check), { numRuns: 40 });
  });
});
