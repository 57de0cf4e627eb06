import { describe, expect, it } from "vitest";
import rule from "../../src/rules/wrong-character.js";
import type { RuleModule } from "../../src/define-rule.js";
import { kernelOf, runRuleCases } from "../helpers/cases.js";
import { withoutModel } from "../helpers/without-model.js";
import cases from "./wrong-character.cases.js";

// The table holds what text can produce: `suspect`. `modelMissing` needs the model files gone,
// which no text can do; it is covered below with the model mocked as missing.
const { modelMissing: _missing, ...textMessages } = rule.meta.messages;
const tableRule = Object.assign((...args: unknown[]) => (rule as unknown as (...a: unknown[]) => unknown)(...args), {
  meta: { ...rule.meta, messages: textMessages },
}) as unknown as RuleModule;

runRuleCases("wrong-character", tableRule, cases);

describe("wrong-character: suggestions", () => {
  it("offers the replacement as a suggestion, never as an automatic fix", async () => {
    const single = await kernelOf("wrong-character", rule).lint("坚持以习近平法治思想为指导，持旭推进法治政府建设各项工作。");
    expect(single.messages).toHaveLength(1);
    expect(single.messages[0]!.suggestions?.[0]?.fix.text).toBe("续");
    expect(single.messages[0]!.suggestions?.[0]?.fix.range).toEqual([15, 16]);
    expect(single.messages[0]!.fix).toBeUndefined();

    const pair = await kernelOf("wrong-character", rule).lint("对涉及群众切身利益的重大行政决策，严格开展社会稳定风险平谷。");
    expect(pair.messages).toHaveLength(1);
    expect(pair.messages[0]!.suggestions?.[0]?.fix.text).toBe("评估");
    expect(pair.messages[0]!.fix).toBeUndefined();

    const extra = await kernelOf("wrong-character", rule).lint("深化政务公开，及时回应社会关和切。");
    expect(extra.messages).toHaveLength(1);
    expect(extra.messages[0]!.suggestions?.[0]?.fix).toEqual({ range: [14, 15], text: "" });
    expect(extra.messages[0]!.suggestions?.[0]?.message).toBe("删去“和”");
    expect(extra.messages[0]!.fix).toBeUndefined();

    const fixed = await kernelOf("wrong-character", rule).fix("坚持以习近平法治思想为指导，持旭推进法治政府建设各项工作。");
    expect(fixed.output).toBe("坚持以习近平法治思想为指导，持旭推进法治政府建设各项工作。");
  });
});

describe("wrong-character: model files missing", () => {
  it("says so once instead of checking, and asks for a reinstall", async () => {
    const messages = await withoutModel(
      () => import("../../src/rules/wrong-character.js"),
      async (broken) => (await kernelOf("wrong-character", broken).lint("坚持以习近平法治思想为指导，持旭推进法治政府建设各项工作。")).messages,
    );
    expect(messages.map((m) => [m.message, m.range])).toEqual([["语言模型 lm.bin 缺失，本次未检查错别字；请重新安装 report-lint", [0, 1]]]);
  });
});
