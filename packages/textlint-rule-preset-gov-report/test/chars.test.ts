import { describe, expect, it } from "vitest";
import { matchesWhere } from "../src/chars.js";

describe("matchesWhere", () => {
  const PLENUMS = /(十八|十九|二十)届([一二三四五六七八九]中、?)+全会/gu;
  const texts = ["深入学习贯彻党的二十届三中全会精神。", "全会", "十九届四中、五中全会和二十届二中全会", "没有要找的词。", ""];

  it("gives what matchAll gives wherever the text holds what every match needs", () => {
    for (const t of texts) {
      const expected = [...t.matchAll(PLENUMS)].map((m) => [m.index, m[0]]);
      expect([...matchesWhere(t, PLENUMS, "全会")].map((m) => [m.index, m[0]])).toEqual(expected);
      expect([...matchesWhere(t, PLENUMS, ["届", "全会"])].map((m) => [m.index, m[0]])).toEqual(expected);
    }
  });

  it("does not run the pattern where the text lacks it (one of several, if given several)", () => {
    let ran = 0;
    const counting = new Proxy(PLENUMS, {
      get(target, key) {
        if (key === Symbol.matchAll) ran++;
        const v = Reflect.get(target, key, target);
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
    expect([...matchesWhere("没有要找的词。", counting, "全会")]).toEqual([]);
    expect([...matchesWhere("没有要找的词。", counting, ["全会", "届"])]).toEqual([]);
    expect(ran).toBe(0);
    expect([...matchesWhere("二十届三中全会", counting, ["届", "没有"])]).toHaveLength(1);
    expect(ran).toBe(1);
  });
});
