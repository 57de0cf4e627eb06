import { describe, expect, it } from "vitest";
import rule from "../../src/rules/cjk-spacing.js";
import { lintAs, runRuleCases } from "../helpers/cases.js";
import cases from "./cjk-spacing.cases.js";

runRuleCases("cjk-spacing", rule, cases);

/** Lint as a named file, so the report model is parsed as Markdown for .md. */
const lint = (text: string, filePath: string, options?: Record<string, unknown>) => lintAs("cjk-spacing", rule, text, filePath, options);

describe("cjk-spacing in Markdown", () => {
  it("flags the space after the marker of a # heading", async () => {
    expect(await lint("## 三、 存在的不足\n\n部分干部学法的主动性不足。\n", "/reports/report.md")).toEqual([[5, 6, "序号“三、”后有多余空格，应删除"]]);
  });
  it("leaves list markers, code, inline code and hard line breaks alone", async () => {
    const text = "# 青城镇2022年度法治政府建设工作报告\n\n1. 完善重大行政决策程序\n2. 落实法律顾问制度\n\n```\n2021 年度 \n```\n\n在 `2021 年度` 字段中填写年度。\n\n青城镇人民政府  \n2023年1月10日\n";
    expect(await lint(text, "/reports/report.md")).toEqual([]);
  });
  it("leaves the padding of a table's cells alone, and still flags a space inside a cell", async () => {
    const table = "| 指标 | 2024年 | 2025年 |\n| --- | --- | --- |\n| 提取住房公积金（亿元） | 40.4 | 43.2 |\n| 查处骗提骗贷案件（件） | 19 | 23 |\n";
    expect(await lint(table, "/reports/report.md")).toEqual([]);
    expect(await lint("| 指标 | 2025年 |\n| --- | --- |\n| 查处 案件（件） | 23 |\n", "/reports/report.md")).toEqual([[33, 34, "汉字之间有多余空格，“查处 案件”应改为“查处案件”"]]);
  });
  it("still flags a trailing space before a blank line", async () => {
    expect(await lint("（一）普法教育开展情况 \n\n年初制定普法工作计划。\n", "/reports/report.md")).toEqual([[11, 12, "行末有多余空格，应删除"]]);
  });
});

describe("cjk-spacing options", () => {
  it("trailingSpaces: false leaves trailing spaces alone", async () => {
    expect(await lint("二、主要举措和成效 \n", "/reports/report.txt", { trailingSpaces: false })).toEqual([]);
    expect(await lint("二、主要举措和成效 \n", "/reports/report.txt")).toEqual([[9, 10, "行末有多余空格，应删除"]]);
  });
  it("rejects unknown options", async () => {
    await expect(lint("二、主要举措和成效\n", "/reports/report.txt", { trailing: false })).rejects.toThrow(/cjk-spacing/u);
  });
});
