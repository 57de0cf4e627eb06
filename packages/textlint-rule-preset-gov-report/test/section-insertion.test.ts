import { describe, expect, it } from "vitest";
import { parseReport } from "@report-lint/core";
import { REPORT, seed, withoutSection } from "@report-lint/test-support/reports";
import { TextlintKernel } from "@textlint/kernel";
import textPlugin from "@textlint/textlint-plugin-text";
import { collectDetails, detailsKey, rules } from "../src/index.js";
import { matches, resolveProfile } from "../src/profile.js";
import { planSectionInsertion, templateHeading } from "../src/section-insertion.js";

const profile = resolveProfile("fazhi-zhengfu-annual");
const item = (id: string) => profile.items.find((c) => c.item.id === id)!;

/** The text with non-overlapping edits applied (an insertion before a replacement at the same offset). */
function applyEdits(text: string, edits: ReadonlyArray<{ range: [number, number]; text: string }>): string {
  let out = text;
  const inOrder = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  for (const e of inOrder.reverse()) out = out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]);
  return out;
}

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

const kernel = new TextlintKernel();

/** The required-sections findings of `text` as textlint's kernel reports them, with the details the rule gave. */
async function missing(text: string) {
  const take = collectDetails(text);
  const rule = rules["required-sections"]!;
  const result = await kernel.lintText(text, { ext: ".txt", plugins: [{ pluginId: "text", plugin: textPlugin }], rules: [{ ruleId: "required-sections", rule }] });
  const details = take();
  return result.messages.map((m) => ({ message: m.message, ...details.get(detailsKey(m.ruleId, m.range, m.message)) }));
}

describe("the required-sections finding", () => {
  it("carries the insertion as an action, so no caller reads the item out of the message", async () => {
    const text = withoutSection(REPORT, "存在的不足和原因");
    const found = await missing(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.actions).toEqual([{ title: "插入章节标题“三、2023年推进法治政府建设存在的不足和原因”", edits: planSectionInsertion(text, parseReport(text, "text"), profile, item("shortcomings")).edits }]);
  });

  it("is planned with the profile the rule judged by: a department's report gets the department's heading", async () => {
    const text = withoutSection(REPORT, "第一责任人职责情况").replace("中共新华镇委员会 新华镇人民政府", "新华县司法局").replace("关于2023年度法治政府建设情况的报告", "新华县司法局关于2023年度法治政府建设情况的报告");
    const found = await missing(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.actions?.[0]?.title).toBe("插入章节标题“二、2023年部门主要负责人履行推进法治建设第一责任人职责情况”");
  });

  it("is computed only when someone collects the details", async () => {
    const text = withoutSection(REPORT, "存在的不足和原因");
    await missing(text);
    const result = await kernel.lintText(text, { ext: ".txt", plugins: [{ pluginId: "text", plugin: textPlugin }], rules: [{ ruleId: "required-sections", rule: rules["required-sections"]! }] });
    expect(result.messages).toHaveLength(1);
    // Nobody asked: nothing was kept for this text (a second collector starts empty).
    const take = collectDetails(text);
    expect(take().size).toBe(0);
  });
});

describe("section insertion helpers", () => {
  it("fills {year} and {nextYear} in template headings", () => {
    expect(templateHeading(item("plans"), 2023)).toBe("2024年推进法治政府建设的主要安排");
    expect(templateHeading(item("other"), 2023)).toBe("其他需要报告的情况");
  });

  it("matches headings the way the profile's patterns say", () => {
    const m = parseReport(REPORT, "text");
    const tops = m.sections.filter((s) => s.parent === null);
    expect(tops.map((s) => profile.items.filter((c) => matches(c, s)).map((c) => c.item.id))).toEqual([
      ["measures"],
      ["responsibility"],
      ["shortcomings"],
      ["plans"],
    ]);
  });
});
