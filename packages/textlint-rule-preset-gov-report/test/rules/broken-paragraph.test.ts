import { TextlintKernel } from "@textlint/kernel";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import textPlugin from "@textlint/textlint-plugin-text";
import { describe, expect, it } from "vitest";
import rule from "../../src/rules/broken-paragraph.js";
import { kernelOf, runRuleCases } from "../helpers/cases.js";
import { withoutModel } from "../helpers/without-model.js";
import cases from "./broken-paragraph.cases.js";

runRuleCases("broken-paragraph", rule, cases);

function interop<T extends object>(mod: T): T {
  return "Processor" in mod ? mod : ((mod as { default?: T }).default ?? mod);
}

// The report is parsed as Markdown only when the file name says so, which textlint-tester cannot
// give: these cases run through the kernel with a file path.
async function lintMarkdown(text: string): Promise<Array<{ message: string; range: readonly [number, number] }>> {
  const result = await new TextlintKernel().lintText(text, {
    ext: ".md",
    filePath: "/reports/2023年度法治政府建设情况报告.md",
    plugins: [{ pluginId: "markdown", plugin: interop(markdownPlugin) }],
    rules: [{ ruleId: "broken-paragraph", rule }],
  });
  return result.messages.map((m) => ({ message: m.message, range: m.range }));
}

describe("broken-paragraph in Markdown", () => {
  it("flags a sentence split into two Markdown paragraphs by a blank line", async () => {
    const text = "## 三、存在的不足\n\n部分执法人员缺乏系统持续的法律和业务培训，导致在执法过程中存在难以准确理解和适用法律\n\n现象。\n";
    expect(await lintMarkdown(text)).toEqual([{ message: "段落在“律”与“现”之间被断开（疑为分页残留），应合并为一段", range: [53, 57] }]);
  });
  it("leaves a soft line break inside one paragraph alone: it renders joined", async () => {
    const text = "部分执法人员缺乏系统持续的法律和业务培训，导致在执法过程中存在难以准确理解和适用法律\n现象。\n";
    expect(await lintMarkdown(text)).toEqual([]);
  });
  it("never runs a table's last row into the paragraph after the table (a row ends without punctuation)", async () => {
    const table =
      "2025年林草行政执法主要指标见下表。\n\n| 指标 | 2024年 | 2025年 | 同比变化 |\n| --- | --- | --- | --- |\n| 立案查处林草行政案件（件） | 79 | 64 | 下降19.0% |\n| 收回被非法占用林地（公顷） | 58.2 | 41.7 | 下降28.4% |\n\n案件数量和罚没款同比下降，主要是我局持续加强源头管控和普法宣传，施业区内破坏森林资源违法行为总体呈下降态势。\n";
    expect(await lintMarkdown(table)).toEqual([]);
    // The same table typed into a plain-text report.
    const result = await new TextlintKernel().lintText(table, { ext: ".txt", filePath: "/reports/a.txt", plugins: [{ pluginId: "text", plugin: interop(textPlugin) }], rules: [{ ruleId: "broken-paragraph", rule }] });
    expect(result.messages).toEqual([]);
  });
  it("leaves list items and code alone", async () => {
    const list = "- 部分执法人员缺乏系统持续的法律和业务培训，导致在执法过程中存在难以准确理解和适用法律\n\n- 现象。\n";
    const code = "```\n部分执法人员缺乏系统持续的法律和业务培训，导致在执法过程中存在难以准确理解和适用法律\n\n现象。\n```\n";
    expect(await lintMarkdown(list)).toEqual([]);
    expect(await lintMarkdown(code)).toEqual([]);
  });
  it("leaves a # title and its heading alone", async () => {
    const text = "# 槐店回族镇人民政府关于2023年度法治政府建设情况的报告\n\n## 一、主要举措和成效\n\n我镇不断健全完善镇村公共法律服务体系，强化村级公共法律服务的建设。\n";
    expect(await lintMarkdown(text)).toEqual([]);
  });
});

describe("broken-paragraph without the language model", () => {
  it("cannot tell a word cut short, so adds the 。 as before", async () => {
    const text = "（一）完善制度建设\n我镇制定了多项制度，持续完善公共法律服务体系建\n（二）强化监督\n严格执行。\n";
    const output = await withoutModel(
      () => import("../../src/rules/broken-paragraph.js"),
      async (rule) => (await kernelOf("broken-paragraph", rule).fix(text)).output,
    );
    expect(output).toBe(text.replace("体系建\n", "体系建。\n"));
  });
});
