import { parseReport } from "@report-lint/core";
import { REPORT } from "@report-lint/test-support/reports";
import { seedTexts } from "../../../test-support/seeds.js";
import { describe, expect, it } from "vitest";
import { looksLikeReport } from "../src/index.js";

const looks = (text: string, format: "markdown" | "text" = "text") => looksLikeReport(parseReport(text, format));

describe("looksLikeReport (what the editor lints without a config file)", () => {
  it("recognises every seed report and the short test report", () => {
    for (const text of seedTexts()) expect(looks(text)).toBe(true);
    expect(looks(REPORT)).toBe(true);
  });

  it("recognises a title alone, in Markdown and in plain text, before anything is written under it", () => {
    expect(looks("# 某镇人民政府2024年法治政府建设情况报告\n", "markdown")).toBe(true);
    expect(looks("某县司法局关于2024年度法治政府建设工作情况的报告\n")).toBe(true);
    expect(looks("# 青城镇2022年度法治建设工作报告\n\n正文待写。\n", "markdown")).toBe(true);
  });

  it("recognises a draft without a title by its 一、 sections that satisfy the profile's items", () => {
    const draft = "一、主要举措和成效\n\n加强组织领导。\n\n二、存在的不足和原因\n\n宣传形式单一。\n\n三、下一步工作安排\n\n深化普法。\n";
    expect(looks(draft)).toBe(true);
  });

  it("leaves unrelated Markdown and Chinese prose alone, however many headings it has", () => {
    expect(looks("# README\n\n## Install\n\nnpm i\n\n## Usage\n\nRun it.\n", "markdown")).toBe(false);
    expect(looks("# 周报\n\n## 本周完成\n\n修复了三个问题。\n\n## 下周计划\n\n发布新版本。\n", "markdown")).toBe(false);
    expect(looks("一、项目背景\n\n本项目始于去年。\n\n二、技术路线\n\n采用前后端分离。\n")).toBe(false);
    expect(looks("会议纪要\n\n讨论了法治政府建设的宣传方案。\n")).toBe(false);
    expect(looks("")).toBe(false);
  });
});
