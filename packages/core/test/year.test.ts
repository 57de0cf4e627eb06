import { describe, expect, it } from "vitest";
import { parseReport } from "../src/model.js";
import { renderOutline } from "../src/outline.js";

const yearOf = (text: string) => {
  const m = parseReport(text, "text");
  return { year: m.year, source: m.yearSource };
};

describe("the report's year", () => {
  it("comes from the title first", () => {
    expect(yearOf("某镇人民政府2023年度法治政府建设情况报告\n\n2024年1月，我镇……\n")).toEqual({ year: 2023, source: "title" });
    expect(yearOf("某镇人民政府二〇二三年度法治政府建设情况报告\n\n一、主要举措\n")).toEqual({ year: 2023, source: "title" });
  });

  it("then from an opening sentence that names the year it sums up", () => {
    expect(yearOf("某镇法治政府建设工作报告\n\n2024年，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设。\n")).toEqual({ year: 2024, source: "opening" });
    // “2018年以来” is a span, not the year summed up; nothing else names one here.
    expect(yearOf("某镇法治政府建设工作报告\n\n2018年以来，我镇坚持以习近平法治思想为指导。\n")).toEqual({ year: null, source: undefined });
  });

  it("then from the 发文字号: a year's report is issued early in the next", () => {
    expect(yearOf("某镇法治政府建设工作报告\n某政发〔2024〕3号\n\n我镇坚持以习近平法治思想为指导，扎实推进法治政府建设。\n")).toEqual({ year: 2023, source: "document-number" });
  });

  it("then from the year the body names most, when it is at least half of them", () => {
    const body = "全年开展普法活动20场。2023年受理案件30件，较2022年下降。2023年新建调解室3个，2023年培训干部100人次。\n";
    expect(yearOf(`某镇法治政府建设工作报告\n\n我镇坚持以习近平法治思想为指导。\n${body}`)).toEqual({ year: 2023, source: "body" });
    // Two mentions are not enough; nor is a year that is not the most named by half.
    expect(yearOf("某镇法治政府建设工作报告\n\n我镇坚持以习近平法治思想为指导。\n2023年受理案件30件，较2022年下降。\n").year).toBeNull();
  });

  it("is shown with its source by the outline when not read from the title", () => {
    const text = "某镇法治政府建设工作报告\n\n2024年，我镇扎实推进法治政府建设。\n一、主要举措\n加强学习。\n";
    expect(renderOutline(parseReport(text, "text"), text)).toContain("年度：2024（由开头一句推断）");
  });
});
