import { describe, expect, it } from "vitest";
import rule from "../../src/rules/duplicated-word.js";
import { kernelOf, runRuleCases } from "../helpers/cases.js";
import { withoutModel } from "../helpers/without-model.js";
import cases from "./duplicated-word.cases.js";

runRuleCases("duplicated-word", rule, cases);

describe("duplicated-word: what --fix deletes and what it only offers", () => {
  it("offers the deletion of a copy only the model's judgement finds, and fixes one it all but rules out", async () => {
    const text = "镇党委将深入入学习贯彻习近平法治思想，全面推进依法法行政。";
    const { messages } = await kernelOf("duplicated-word", rule).lint(text);
    expect(messages.map((m) => [m.range, m.fix !== undefined])).toEqual([
      [[6, 7], false],
      [[25, 26], true],
    ]);
    // 入入 (5.2 without the copy): the deletion of exactly the second copy, as the editor's quick fix.
    expect(messages[0]!.suggestions).toHaveLength(1);
    expect(messages[0]!.suggestions![0]).toMatchObject({ message: "删去重复的“入”", fix: { range: [6, 7], text: "" } });
    // 法法 (10.4): deleted by --fix.
    expect(messages[1]!.fix).toEqual({ range: [25, 26], text: "" });
    const fixed = await kernelOf("duplicated-word", rule).fix(text);
    expect(fixed.output).toBe("镇党委将深入入学习贯彻习近平法治思想，全面推进依法行政。");
  });

  it("leaves correct text the model reads poorly as it is under --fix", async () => {
    // A local word, then a word that begins with its last character: each reads to the model about as a slip does
    // (黄龙病|病株 4.6, 调解|解心结 4.7, 金果果 6.5), so each is at most offered, never deleted.
    for (const text of ["督促清除黄龙病病株1.7万株，守护柑橘产业。", "2.用调解解心结。针对低保纠纷，逐户上门。", "砂糖橘是果农增收致富的“金果果”。"]) {
      expect((await kernelOf("duplicated-word", rule).fix(text)).output).toBe(text);
    }
    // A law's words before a longer word that opens with them (本规定|规定的 4.1, 上一年度|年度报告 2.2): offered, not deleted.
    const law = "有关单位应当履行本规定规定的职责，按时报送上一年度年度报告。";
    const { messages } = await kernelOf("duplicated-word", rule).lint(law);
    expect(messages.every((m) => m.fix === undefined)).toBe(true);
    expect((await kernelOf("duplicated-word", rule).fix(law)).output).toBe(law);
  });

  it("offers a copy across a line break the same way", async () => {
    const text = "全镇扎实开展普法工作，组织党员干部深入\n入学习贯彻习近平法治思想。\n";
    const { messages } = await kernelOf("duplicated-word", rule).lint(text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toBe("上一行末尾的“入”与下一行开头的“入”疑为重复输入，如是，应删去一个“入”");
    expect(messages[0]!.fix).toBeUndefined();
    expect(messages[0]!.suggestions?.[0]?.fix).toEqual({ range: [20, 21], text: "" });
  });

  it("fixes what the rules find without a model as before, where there is none", async () => {
    await withoutModel(
      () => import("../../src/rules/duplicated-word.js"),
      async (bare) => {
        const text = "进一步加强对法律法规法规的学习，全面推进依法依法行政，召开会议3次次。";
        const { messages } = await kernelOf("duplicated-word", bare).lint(text);
        expect(messages.length).toBeGreaterThan(0);
        expect(messages.every((m) => m.fix !== undefined)).toBe(true);
      },
    );
  });
});
