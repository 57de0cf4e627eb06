import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rules } from "textlint-rule-preset-gov-report";
import { mutateLines, seedTexts } from "../../../test-support/seeds.js";
import { applyEdits, fixText, fixTextOnce, lintText } from "../src/index.js";

/**
 * Properties of the engine users run (lintText / fixText), over arbitrary
 * Unicode (lone surrogates, RTL marks, combining characters included) and over
 * the seed reports mutated with converter debris:
 * - fixing is idempotent: fixText(fixText(x).output).output === fixText(x).output, and it converges;
 * - one fixing pass of a rule changes nothing outside the spans that rule reported;
 * - the edits fixText returns reproduce its output;
 * - every finding's range lies inside the text and on UTF-16 boundaries.
 */
const seeds = seedTexts();

/** Debris a converter or a hurried editor leaves in a report. */
const debris = fc.constantFrom(
  "一、", "（一）", "(二)", "1.", "1、", "（1）", "二是", "第一，", "思想思想", "的的", "。。", ",", ";", ":", "(", "）", "“", "\"",
  "《治安处罚法》", "法制建设", "金发【2024】2号", "2021 年度", " and ", "[bookmark: _GoBack]", "\u200b", "\ufeff", "\ufffd", "\u00a0",
  "\n- 3 -\n", "\n", "\r\n", "\r", "\n\n", "　　", "  ", "\t", "😀", "【待填写】", "XX县", "\u202e", "\u200f", "e\u0301", "\ud800", "\udc00",
  "#", "## ", "```", "<!-- report-lint-disable -->", "> ", "- ", "|a|b|",
);

/** Arbitrary text: any code points, lone surrogates, and strings built from debris. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: fc.constantFrom("\ud800", "\udfff", "\u202e", "\u0301", "。", "，", ",", "一", "、", "\n", "1", ".", " "), maxLength: 120 }),
  fc.array(debris, { maxLength: 40 }).map((a) => a.join("")),
);

/** A seed report with lines deleted, duplicated, swapped, prefixed or suffixed with debris. */
const mutatedSeed = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), debris), { maxLength: 12 }))
  .map(([k, ops]) => mutateLines(seeds[k]!, ops));

const filePath = fc.constantFrom("r.txt", "r.md");

function isLowSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const h = text.charCodeAt(i - 1);
  // A pair is split only between a high and a low surrogate (a lone surrogate splits nothing).
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff && h >= 0xd800 && h <= 0xdbff;
}

async function fixIsIdempotent(text: string, path: string): Promise<void> {
  const once = await fixText(text, { filePath: path });
  expect(once.converged, "fixText reaches a fixed point").toBe(true);
  expect(applyEdits(text, once.edits)).toBe(once.output);
  const twice = await fixText(once.output, { filePath: path });
  expect(twice.output).toBe(once.output);
  expect(twice.applied).toEqual([]);
  // What is left after fixing has nothing fixable.
  expect(once.remaining.filter((m) => m.fix !== undefined).map((m) => m.ruleId)).toEqual([]);
}

/** The fixable rules of the preset; each property case takes one, so no other rule's fix can follow it. */
const fixableRules = Object.entries(rules)
  .filter(([, r]) => (r as { meta: { fixable: boolean } }).meta.fixable)
  .map(([id]) => id);
const oneRule = (id: string): Record<string, { severity: "off" } | undefined> => Object.fromEntries(Object.keys(rules).map((r) => [r, r === id ? undefined : { severity: "off" as const }]));

/**
 * One fixing pass of one rule changes nothing outside the spans that rule
 * reported: the output is text[0,s1) + X1 + text[e1,s2) + … + text[en,end)
 * for some replacements Xi, where [si,ei) are the reported ranges and fix
 * ranges, merged. (With the whole preset a later rule may then tidy what an
 * earlier fix left next to it — a “(” that is now in Chinese context — which
 * is a new finding, not damage; the idempotence property covers the whole.)
 */
async function fixStaysInSpans(text: string, path: string, ruleId: string): Promise<void> {
  const options = { filePath: path, rules: oneRule(ruleId) };
  const lint = await lintText(text, options);
  for (const m of lint.messages) {
    const [s, e] = m.range;
    expect(0 <= s && s <= e && e <= text.length, `${m.ruleId} range [${s},${e}] in ${text.length}`).toBe(true);
    expect(isLowSurrogateAt(text, s) || isLowSurrogateAt(text, e), `${m.ruleId} splits a surrogate pair`).toBe(false);
  }
  const spans = lint.messages.filter((m) => m.fix !== undefined).flatMap((m) => [m.range, m.fix!.range]);
  const once = await fixTextOnce(text, options);
  if (spans.length === 0) {
    expect(once.output).toBe(text);
    return;
  }
  const merged = [...spans].sort((a, b) => a[0] - b[0]).reduce<Array<[number, number]>>((acc, [s, e]) => {
    const last = acc[acc.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else acc.push([s, e]);
    return acc;
  }, []);
  expect(once.output.startsWith(text.slice(0, merged[0]![0])), "text before the first finding is kept").toBe(true);
  let at = merged[0]![0];
  for (let i = 1; i < merged.length; i++) {
    const kept = text.slice(merged[i - 1]![1], merged[i]![0]);
    const found = once.output.indexOf(kept, at);
    expect(found, `text between findings [${merged[i - 1]![1]},${merged[i]![0]}) is kept`).toBeGreaterThanOrEqual(0);
    at = found + kept.length;
  }
  const tail = text.slice(merged[merged.length - 1]![1]);
  expect(once.output.endsWith(tail) && once.output.length - tail.length >= at, "text after the last finding is kept").toBe(true);
}

describe("engine properties (lintText / fixText)", () => {
  it("fixing is idempotent and converges: arbitrary Unicode", async () => {
    await fc.assert(fc.asyncProperty(anyText, filePath, fixIsIdempotent), { numRuns: 100 });
  });
  it("fixing is idempotent and converges: mutated seeds", async () => {
    await fc.assert(fc.asyncProperty(mutatedSeed, filePath, fixIsIdempotent), { numRuns: 30 });
  });
  it("a fix changes nothing outside the reported spans; ranges are sound: arbitrary Unicode", async () => {
    await fc.assert(fc.asyncProperty(anyText, filePath, fc.constantFrom(...fixableRules), fixStaysInSpans), { numRuns: 100 });
  });
  it("a fix changes nothing outside the reported spans; ranges are sound: mutated seeds", async () => {
    await fc.assert(fc.asyncProperty(mutatedSeed, filePath, fc.constantFrom(...fixableRules), fixStaysInSpans), { numRuns: 30 });
  });
});

describe("found by these properties", () => {
  it("a leading U+FEFF is kept by fixing and offsets count it", async () => {
    const text = "\ufeff思想思想为指导。";
    const lint = await lintText(text, { filePath: "r.txt" });
    expect(lint.messages.map((m) => [m.ruleId, m.range, m.column])).toEqual([["duplicated-word", [3, 5], 4]]);
    expect((await fixText(text, { filePath: "r.txt" })).output).toBe("\ufeff思想为指导。");
    expect((await fixTextOnce("\ufeff", { filePath: "r.txt" })).output).toBe("\ufeff");
  });
  it("two leading U+FEFF (a file saved twice with a BOM): textlint drops both, and a fix still lands on its character (found by the fuzzer: each pass deleted the character before a form feed)", async () => {
    const text = "\ufeff\ufeff全面推进依法行政\f。";
    const lint = await lintText(text, { filePath: "r.txt" });
    expect(lint.messages.map((m) => [m.ruleId, m.range, m.column])).toEqual([["conversion-artifact", [10, 11], 11]]);
    expect((await fixText(text, { filePath: "r.txt" })).output).toBe("\ufeff\ufeff全面推进依法行政。");
  });
});
