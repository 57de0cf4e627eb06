import { describe, expect, it } from "vitest";
import { applyEdits } from "@report-lint/formatter";
import { parseReport } from "@report-lint/core";
import { getBuiltinProfile, type Profile } from "@report-lint/schema";
import { itemOfMessage, planSectionInsertion, sectionMatches, templateHeading } from "../src/sections.js";
import { REPORT, seed, withoutSection } from "./helpers/fixtures.js";

const profile = getBuiltinProfile("fazhi-zhengfu-annual") as Profile;
const item = (id: string) => profile.items.find((i) => i.id === id)!;

function topHeadings(text: string, format: "text" | "markdown" = "text"): string[] {
  const m = parseReport(text, format);
  return m.sections.filter((s) => s.parent === null).map((s) => `${s.marker?.text ?? ""}${s.title}`);
}

describe("planSectionInsertion", () => {
  it("inserts a missing middle item before the first section of a later item, taking its number and moving the rest up", () => {
    const text = withoutSection(REPORT, "存在的不足和原因");
    const plan = planSectionInsertion(text, parseReport(text, "text"), profile, item("shortcomings"));
    expect(plan.heading).toBe("三、2023年推进法治政府建设存在的不足和原因");
    const out = applyEdits(text, plan.edits);
    expect(topHeadings(out)).toEqual([
      "一、2023年推进法治政府建设的主要举措和成效",
      "二、党政主要负责人履行推进法治建设第一责任人职责情况",
      "三、2023年推进法治政府建设存在的不足和原因",
      "四、2024年工作安排",
    ]);
    // Paragraphs stay separated by blank lines, as in the rest of the document.
    expect(out).toContain("\n\n三、2023年推进法治政府建设存在的不足和原因\n\n四、2024年工作安排\n");
  });

  it("appends a missing last item after the outline, before the signature, with the next top-level number", () => {
    const text = withoutSection(REPORT, "2024年工作安排");
    const plan = planSectionInsertion(text, parseReport(text, "text"), profile, item("plans"));
    expect(plan.heading).toBe("四、2024年推进法治政府建设的主要安排");
    const out = applyEdits(text, plan.edits);
    expect(out).toContain("二是执法人员专业素质有待提高。\n\n四、2024年推进法治政府建设的主要安排\n\n中共新华镇委员会");
    expect(topHeadings(out).at(-1)).toBe("四、2024年推进法治政府建设的主要安排");
  });

  it("inserts the first item before everything when it is missing", () => {
    const text = withoutSection(REPORT, "主要举措和成效");
    const plan = planSectionInsertion(text, parseReport(text, "text"), profile, item("measures"));
    const out = applyEdits(text, plan.edits);
    expect(topHeadings(out)).toEqual([
      "一、2023年推进法治政府建设的主要举措和成效",
      "二、党政主要负责人履行推进法治建设第一责任人职责情况",
      "三、存在的不足和原因",
      "四、2024年工作安排",
    ]);
  });

  it("uses the document's Markdown heading level and CRLF line ends", () => {
    const md = withoutSection(REPORT, "存在的不足和原因")
      .replace(/^([一二三四五六七八九十]、)/gmu, "## $1")
      .replace(/^关于/mu, "# 关于")
      .replace(/\n/gu, "\r\n");
    const plan = planSectionInsertion(md, parseReport(md, "markdown"), profile, item("shortcomings"));
    const out = applyEdits(md, plan.edits);
    expect(out).toContain("\r\n\r\n## 三、2023年推进法治政府建设存在的不足和原因\r\n\r\n## 四、2024年工作安排\r\n");
  });

  it("works on a real report: seed 000 without its 存在问题 section", () => {
    const original = seed("000_097b919b0604076e.txt");
    const text = original.replace(/六、存在问题\n\n一是履行推进法治建设第一责任人职责意识不够强。[^\n]*\n\n/u, "").replace("七、下步打算", "六、下步打算");
    expect(text).not.toBe(original);
    const plan = planSectionInsertion(text, parseReport(text, "text"), profile, item("shortcomings"));
    expect(plan.heading).toBe("六、2023年推进法治政府建设存在的不足和原因");
    const out = applyEdits(text, plan.edits);
    expect(topHeadings(out).slice(-2)).toEqual(["六、2023年推进法治政府建设存在的不足和原因", "七、下步打算"]);
  });
});

describe("itemOfMessage", () => {
  it("finds the item a required-sections message names", () => {
    expect(itemOfMessage(profile, "缺少必备内容“推进法治政府建设存在的不足和原因”（《法治政府建设与责任落实督察工作规定》），应补充相应章节", 2023)?.id).toBe(
      "shortcomings",
    );
    expect(itemOfMessage(profile, "缺少必备内容“下一年度推进法治政府建设的主要安排”，应补充相应章节", 2023)?.id).toBe("plans");
    expect(itemOfMessage(profile, "“思想思想”重复，应删除重复的“思想”", 2023)).toBeUndefined();
  });

  it("fills {year} and {nextYear} in template headings", () => {
    expect(templateHeading(item("plans"), 2023)).toBe("2024年推进法治政府建设的主要安排");
    expect(templateHeading(item("other"), 2023)).toBe("其他需要报告的情况");
  });

  it("matches headings the way the profile's patterns say", () => {
    const m = parseReport(REPORT, "text");
    const tops = m.sections.filter((s) => s.parent === null);
    expect(tops.map((s) => profile.items.filter((i) => sectionMatches(i, s)).map((i) => i.id))).toEqual([
      ["measures"],
      ["responsibility"],
      ["shortcomings"],
      ["plans"],
    ]);
  });
});
