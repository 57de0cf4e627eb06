import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateReportModel, type ReportModel, type Section } from "@report-lint/schema";
import { matchMarker, parseReport } from "../src/index.js";

const seedDir = new URL("../../../../shared/corpus/seeds/", import.meta.url);
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/u, ""), text: readFileSync(new URL(f, seedDir), "utf8") }));

function seed(prefix: string): { text: string; model: ReportModel } {
  const s = seeds.find((x) => x.name.startsWith(prefix));
  if (s === undefined) throw new Error(`seed ${prefix} not found in ${seedDir.pathname}`);
  return { text: s.text, model: parseReport(s.text, "text") };
}

/** The outline as a careful reader sees it: one line per section, indented by depth (the form /tmp/dump.mjs prints). */
function outline(m: ReportModel): string {
  const lines = [`title: ${m.title?.text ?? "-"} | year: ${m.year ?? "-"}`];
  for (const s of m.sections) {
    const marker = s.marker === null ? "#" : s.marker.text + (s.marker.standard ? "" : `[≠${s.marker.expected}]`);
    lines.push("  ".repeat(s.depth - 1) + `${marker} ${s.title}${s.inlineBody ? " …" : ""}`);
  }
  lines.push("enums: " + m.enumerations.map((e) => `${e.text}@s${e.section ?? "-"}`).join(" "));
  lines.push("kinds: " + m.paragraphs.map((p) => p.kind[0]! + (p.meta ? `(${p.meta})` : "")).join(" "));
  return lines.join("\n") + "\n";
}

const top = (m: ReportModel): Section[] => m.sections.filter((s) => s.parent === null);
const childrenOf = (m: ReportModel, i: number): Section[] => m.sections.filter((s) => s.parent === i);
const markers = (list: Section[]): string[] => list.map((s) => s.marker?.text ?? "#");

describe("every seed: ranges say what the model says", () => {
  it("finds the five seeds", () => {
    expect(seeds.map((s) => s.name.slice(0, 3))).toEqual(["000", "001", "002", "003", "004"]);
  });
  for (const { name, text } of seeds) {
    describe(name, () => {
      const model = parseReport(text, "text");
      it("validates against the report-model schema", () => {
        const r = validateReportModel(model);
        expect(r.ok ? [] : r.issues).toEqual([]);
      });
      it("slices every section's title, marker and heading from its ranges", () => {
        expect(model.sections.length).toBeGreaterThan(0);
        model.sections.forEach((s, i) => {
          expect(text.slice(s.titleRange[0], s.titleRange[1]), `section ${i} title`).toBe(s.title);
          const heading = model.paragraphs[s.paragraph]!;
          expect(heading.kind, `section ${i} heading paragraph`).toBe("heading");
          expect(text.slice(s.headingRange[0], s.headingRange[1])).toBe(heading.text);
          expect(s.range[0]).toBe(s.headingRange[0]);
          expect(s.range[1]).toBeGreaterThanOrEqual(s.headingRange[1]);
          if (s.marker !== null) {
            expect(text.slice(s.marker.range[0], s.marker.range[1])).toBe(s.marker.text);
            expect(s.marker.range[0]).toBe(s.headingRange[0]);
          }
          expect(s.title.length, `section ${i} has a title`).toBeGreaterThan(0);
          if (s.parent !== null) {
            const parent = model.sections[s.parent]!;
            expect(s.depth).toBe(parent.depth + 1);
            expect(s.level).toBeGreaterThan(parent.level);
            expect(s.range[1]).toBeLessThanOrEqual(parent.range[1]);
          } else {
            expect(s.depth).toBe(1);
          }
        });
      });
      it("slices every paragraph, enumeration and metadata span from its range", () => {
        model.paragraphs.forEach((p, i) => {
          expect(text.slice(p.range[0], p.range[1]), `paragraph ${i}`).toBe(p.text);
          expect(p.text.trim()).toBe(p.text);
          if (p.section !== null) {
            const s = model.sections[p.section]!;
            expect(p.range[0]).toBeGreaterThanOrEqual(s.range[0]);
            expect(p.range[1]).toBeLessThanOrEqual(s.range[1]);
          }
        });
        expect(model.enumerations.length).toBeGreaterThan(0);
        for (const e of model.enumerations) {
          expect(text.slice(e.range[0], e.range[1])).toBe(e.text);
          expect(e.text).toMatch(/^[一二三四五六七八九十]{1,3}是$/u);
          const p = model.paragraphs[e.paragraph]!;
          expect(e.range[0]).toBeGreaterThanOrEqual(p.range[0]);
          expect(e.range[1]).toBeLessThanOrEqual(p.range[1]);
          expect(e.section).toBe(p.section);
        }
        for (const span of [model.title, model.documentNumber, model.recipients, model.signatory, model.issueDate]) {
          if (span !== null) expect(text.slice(span.range[0], span.range[1]).replace(/\s+/gu, "")).toBe(span.text.replace(/\s+/gu, ""));
        }
      });
      it("matches the reviewed outline snapshot", async () => {
        await expect(outline(model)).toMatchFileSnapshot(`./__snapshots__/${name}.outline.txt`);
      });
    });
  }
});

describe("seed outlines as a careful reader sees them", () => {
  it("000: top level 一 … 七, no subsections; 一是 runs continue across paragraphs", () => {
    const { model } = seed("000");
    expect(markers(top(model))).toEqual(["一、", "二、", "三、", "四、", "五、", "六、", "七、"]);
    expect(model.sections).toHaveLength(7);
    expect(model.sections.map((s) => s.title)).toEqual([
      "党政主要负责人履行推进法治建设第一责任人职责情况",
      "依法依规决策情况",
      "普法依法治理工作情况",
      "推进严格规范公正文明执法情况",
      "基层基础建设工作情况",
      "存在问题",
      "下步打算",
    ]);
    expect(model.sections.every((s) => !s.inlineBody && s.marker?.standard === true)).toBe(true);
    // Section 一: 一是/二是/三是 in three paragraphs of one section.
    const first = model.enumerations.filter((e) => e.section === 0);
    expect(first.map((e) => e.text)).toEqual(["一是", "二是", "三是"]);
    expect(new Set(first.map((e) => e.paragraph)).size).toBe(3);
    expect(model.title?.text).toBe("中共金屯镇委员会 金屯镇人民政府 2023年度法治政府建设报告");
    expect(model.year).toBe(2023);
  });

  it("001: （一）…（五） under 一 (the （四） behind a [bookmark] is found), （一）…（三） under 二", () => {
    const { text, model } = seed("001");
    expect(markers(top(model))).toEqual(["一、", "二、", "三、", "四、"]);
    const [one, two, three, four] = top(model).map((s) => model.sections.indexOf(s)) as [number, number, number, number];
    expect(markers(childrenOf(model, one))).toEqual(["（一）", "（二）", "（三）", "（四）", "（五）"]);
    const fourth = childrenOf(model, one)[3]!;
    expect(fourth.title).toBe("切实推进执法改革");
    expect(text.slice(fourth.headingRange[0] - 19, fourth.headingRange[0])).toBe("[bookmark: _GoBack]");
    // Section 二 starts at （一） in the source (line 13: "（一）加强组织领导，完善工作推进机制。").
    expect(markers(childrenOf(model, two))).toEqual(["（一）", "（二）", "（三）"]);
    expect(childrenOf(model, two)[0]!.title).toBe("加强组织领导，完善工作推进机制");
    expect(markers(childrenOf(model, three))).toEqual(["（一）", "（二）", "（三）"]);
    expect(markers(childrenOf(model, four))).toEqual(["（一）", "（二）", "（三）", "（四）"]);
    expect(model.sections.filter((s) => s.depth === 2).every((s) => s.inlineBody)).toBe(true);
    expect(top(model)[3]!.title).toBe("2025年法治政府建设工作计划");
  });

  it("002: the stray 二是 in section 一, a heading ending in ；, four top-level sections", () => {
    const { text, model } = seed("002");
    expect(markers(top(model))).toEqual(["一、", "二、", "三、", "四、"]);
    const one = model.sections[0]!;
    expect(one.title).toBe("政府主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况");
    expect(text[one.headingRange[1] - 1]).toBe("；");
    expect(one.inlineBody).toBe(false);
    const stray = model.enumerations.filter((e) => e.section === 0);
    expect(stray.map((e) => e.text)).toEqual(["二是"]);
    expect(text.slice(stray[0]!.range[0] - 5, stray[0]!.range[1] + 2)).toBe("日常工作。二是按照");
    expect(model.enumerations).toHaveLength(1);
    expect(markers(childrenOf(model, 1))).toEqual(["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]);
    expect(model.title?.text).toBe("槐店回族镇人民政府关于2023年度法治政府建设情况的报告");
  });

  it("003: four top-level sections, none about shortcomings or next year's plans", () => {
    const { model } = seed("003");
    expect(markers(top(model))).toEqual(["一、", "二、", "三、", "四、"]);
    expect(model.sections).toHaveLength(4);
    for (const s of model.sections) expect(s.title).not.toMatch(/不足|问题|短板|打算|计划|安排|下一步|下步/u);
    expect(model.title?.text).toBe("泉掌镇人民政府2021 年度法治建设工作报告");
    // Section 二: 一是 … 四是 over four paragraphs.
    expect(model.enumerations.filter((e) => e.section === 1).map((e) => e.number)).toEqual([1, 2, 3, 4]);
  });

  it("004: four top-level sections, （一）…（四） under 二, 四是 continuing the 三是 of the paragraph before", () => {
    const { text, model } = seed("004");
    expect(markers(top(model))).toEqual(["一、", "二、", "三、", "四、"]);
    expect(markers(childrenOf(model, 1))).toEqual(["（一）", "（二）", "（三）", "（四）"]);
    expect(model.sections.filter((s) => s.depth === 2).every((s) => !s.inlineBody)).toBe(true);
    const plan = model.sections.length - 1;
    const runs = model.enumerations.filter((e) => e.section === plan);
    expect(runs.map((e) => e.text)).toEqual(["一是", "二是", "三是", "四是"]);
    expect(runs[3]!.paragraph).toBe(runs[2]!.paragraph + 1);
    expect(text.slice(runs[3]!.range[0], runs[3]!.range[0] + 9)).toBe("四是在“法治青城”");
  });
});

describe("parseReport: the organs a title names", () => {
  it("reads bureaus, brigades, detachments and archives as organs", () => {
    const organs = (title: string) => parseReport(`${title}\n\n一、主要举措\n加强学习。\n`, "text").organs;
    expect(organs("某县司法局2024年法治政府建设工作报告")).toEqual(["某县司法局"]);
    expect(organs("枫桥县消防救援大队2024年法治政府建设年度报告")).toEqual(["枫桥县消防救援大队"]);
    expect(organs("潇湘源市交通运输综合行政执法支队2025年度法治政府建设情况报告")).toEqual(["潇湘源市交通运输综合行政执法支队"]);
    expect(organs("澄湖县档案馆2025年法治政府建设年度报告")).toEqual(["澄湖县档案馆"]);
  });
});

describe("matchMarker", () => {
  const cases: Array<[string, string, string, number, boolean, string]> = [
    ["一、存在问题", "一、", "cn", 1, true, "一、"],
    ["十二、其他", "十二、", "cn", 12, true, "十二、"],
    ["二.依法决策", "二.", "cn", 2, false, "二、"],
    ["三，普法", "三，", "cn", 3, false, "三、"],
    ["（一）加强组织领导", "（一）", "cn-paren", 1, true, "（一）"],
    ["（二）、完善制度", "（二）、", "cn-paren", 2, false, "（二）"],
    ["(三)强化宣传", "(三)", "cn-paren", 3, false, "（三）"],
    ["四）提升能力", "四）", "cn-paren", 4, false, "（四）"],
    ["1.加强学习", "1.", "num", 1, true, "1."],
    ["2、完善机制", "2、", "num", 2, false, "2."],
    ["（1）建立台账", "（1）", "num-paren", 1, true, "（1）"],
    ["(2)落实责任", "(2)", "num-paren", 2, false, "（2）"],
    ["3）规范程序", "3）", "num-paren", 3, false, "（3）"],
  ];
  for (const [line, text, style, number, standard, expected] of cases) {
    it(`reads “${line}”`, () => {
      expect(matchMarker(line)).toMatchObject({ text, style, number, standard, expected, start: 0, end: text.length });
    });
  }
  for (const line of ["一、二季度共受理案件12件。", "一、二、三等奖各1名。", "3.15消费者权益日", "12.4”国家宪法日", "3、4月份开展排查。", "1，2月份完成。", "一是加强组织领导。", "2023年，我镇…", "（2023—2025年）"]) {
    it(`reads no marker in “${line}”`, () => {
      expect(matchMarker(line)).toBeNull();
    });
  }
});

describe("parseReport: headings, run-in bodies and enumerations", () => {
  it("ends a title at a colon and marks a run-in body", () => {
    const text = "关于2023年度法治政府建设情况的报告\n一、主要举措：成立了领导小组。\n二、下步打算：\n一是加强学习。\n";
    const m = parseReport(text, "text");
    expect(m.sections.map((s) => [s.title, s.inlineBody])).toEqual([
      ["主要举措", true],
      ["下步打算", false],
    ]);
  });
  it("reads Markdown headings with and without markers", () => {
    const text = "# 2023年度法治政府建设情况报告\n\n## 一、主要举措和成效\n\n### （一）依法决策\n\n正文。\n\n## 存在的不足\n\n正文。\n";
    const m = parseReport(text, "markdown");
    expect(m.sections.map((s) => [s.marker?.text ?? "#", s.title, s.depth, s.level])).toEqual([
      ["一、", "主要举措和成效", 1, 1],
      ["（一）", "依法决策", 2, 2],
      ["#", "存在的不足", 1, 1],
    ]);
    expect(m.title?.text).toBe("2023年度法治政府建设情况报告");
  });
  it("keeps a skipped level (一、 then 1.) under its parent", () => {
    const m = parseReport("一、主要做法\n1.加强学习。\n2.完善制度。\n二、存在问题\n", "text");
    expect(m.sections.map((s) => [s.marker?.text, s.depth, s.parent])).toEqual([
      ["一、", 1, null],
      ["1.", 2, 0],
      ["2.", 2, 0],
      ["二、", 1, null],
    ]);
  });
  it("takes the numbered lines under 附件： for the attachment list, not for sections", () => {
    const text = "关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n全年开展普法宣传12次。\n附件：1.青山镇法治建设工作台账\n2.青山镇普法责任清单\n青山镇人民政府\n2024年1月9日\n";
    const m = parseReport(text, "text");
    expect(m.sections.map((s) => s.title)).toEqual(["主要举措和成效"]);
    expect(m.paragraphs.filter((p) => p.meta === "attachment").map((p) => p.text)).toEqual(["附件：1.青山镇法治建设工作台账", "2.青山镇普法责任清单"]);
    expect(text.slice(m.sections[0]!.range[0], m.sections[0]!.range[1])).toBe("一、主要举措和成效\n全年开展普法宣传12次。");
  });
  it("does not take the idiom 一是一、二是二 for an enumeration", () => {
    const m = parseReport("坚持一是一、二是二，如实报告。一是加强学习。\n", "text");
    expect(m.enumerations.map((e) => e.text)).toEqual(["一是"]);
  });
  it("finds 第一，第二， enumerations at clause starts only", () => {
    const m = parseReport("第一，加强学习；第二，完善制度。全镇排名全县第一，位居前列。\n", "text");
    expect(m.enumerations.map((e) => [e.kind, e.text, e.number])).toEqual([
      ["di", "第一", 1],
      ["di", "第二", 2],
    ]);
  });
});

describe("forgetReportModel", () => {
  it("drops the memoised models of one text and keeps the others", async () => {
    const { getReportModel, forgetReportModel } = await import("../src/index.js");
    const a = "一、总体情况\n　　全面推进依法行政。\n";
    const b = "一、主要举措\n　　加强行政执法监督。\n";
    const ma = getReportModel(a, "text");
    const mb = getReportModel(b, "text");
    expect(getReportModel(a, "text")).toBe(ma);
    forgetReportModel(a);
    expect(getReportModel(a, "text")).not.toBe(ma);
    expect(getReportModel(a, "text")).toEqual(ma);
    expect(getReportModel(b, "text")).toBe(mb);
  });
});

describe("issue date joined by dots, hyphens or slashes", () => {
  it("is read as the issue date (it names the report's year) with its year, month and day", () => {
    const m = parseReport("某某县司法局2025年法治政府建设年度报告\n\n一、主要举措\n加强组织领导。\n\n某某县司法局\n2026.1.15\n", "text");
    expect(m.issueDate).toMatchObject({ text: "2026.1.15", year: 2026, month: 1, day: 15 });
    expect(parseReport("报告\n\n一、工作\n正文。\n\n某某县司法局\n2026-01-05\n", "text").issueDate).toMatchObject({ year: 2026, month: 1, day: 5 });
  });
  it("needs one separator throughout and a month and day that exist", () => {
    expect(parseReport("报告\n\n一、工作\n正文。\n\n某某县司法局\n2026.1-15\n", "text").issueDate).toBeNull();
    expect(parseReport("报告\n\n一、工作\n正文。\n\n某某县司法局\n2026.13.15\n", "text").issueDate).toBeNull();
  });
  it("without its 日 (2026年1月15) is read as the issue date too", () => {
    expect(parseReport("报告\n\n一、工作\n正文。\n\n某某县司法局\n2026年1月15\n", "text").issueDate).toMatchObject({ text: "2026年1月15", year: 2026, month: 1, day: 15 });
    expect(parseReport("报告\n\n一、工作\n正文。\n\n某某县司法局\n2026年1月\n", "text").issueDate).toBeNull();
  });
});
