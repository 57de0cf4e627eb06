/**
 * year-consistency — years that contradict the report year (the year named in the title):
 * a top-level section heading naming another year than the report's (the next-year plan
 * section names report year + 1), an issue date before the report year ends or more than a
 * year after it, a 普法 five-year plan (七五 2016—2020, 八五 2021—2025, 九五 2026—2030) or a
 * national five-year plan (十三五 2016—2020, 十四五 2021—2025, 十五五 2026—2030) named outside
 * its period, and a central plan cited with a wrong period in its title.
 *
 * Why: 《法治政府建设与责任落实督察工作规定》(2019) 第二十五条 asks for a report on the past
 * year and the arrangements for the next, sent in the first quarter; a stale year copied from
 * last year's draft is one of the commonest faults. GB/T 9704-2012 7.3.5 (成文日期).
 *
 * Not flagged: citing an earlier year's document (《2023年全县法治政府建设工作要点》),
 * statistics and dates inside the body, year ranges, history (“七五”普法期间). Nothing is
 * checked against the report year when the document has no title naming one.
 */
import { matchesWhere } from "../chars.js";
import { defineRule, type Finding } from "../define-rule.js";
import { sentenceEnd, sentenceStart } from "../sentence.js";
import { DASH, YEAR_SENTENCE_MARKS as SENTENCE_MARKS, lastYear, singleYears } from "../years.js";

/** 普法 five-year plans (法治宣传教育五年规划) and their periods. */
const PUFA: Readonly<Record<string, readonly [number, number]>> = {
  五五: [2006, 2010],
  六五: [2011, 2015],
  七五: [2016, 2020],
  八五: [2021, 2025],
  九五: [2026, 2030],
};

/** The national five-year plans (国民经济和社会发展五年规划) and their periods. */
const FIVE_YEAR: Readonly<Record<string, readonly [number, number]>> = {
  十一五: [2006, 2010],
  十二五: [2011, 2015],
  十三五: [2016, 2020],
  十四五: [2021, 2025],
  十五五: [2026, 2030],
};

/** Central plans whose title carries their period, with every period a published title has. */
const CENTRAL_PLANS: ReadonlyArray<{ name: string; periods: ReadonlyArray<readonly [number, number]> }> = [
  { name: "法治政府建设实施纲要", periods: [[2015, 2020], [2021, 2025]] },
  { name: "法治中国建设规划", periods: [[2020, 2025]] },
  { name: "法治社会建设实施纲要", periods: [[2020, 2025]] },
  { name: "提升行政执法质量三年行动计划", periods: [[2023, 2025]] },
];

const PUFA_RE = /[“"「]?([五六七八九]五)[”"」]?\s*普法/gu;
const FIVE_YEAR_RE = /(?<![一二三四五六七八九十百千万])[“"「]?(十[一二三四五]五)(?![一二三四五六七八九十])[”"」]?(?!\s*普法)/gu;
// A heading about the past year's work, or about the plan for the next.
const REVIEW = /举措|成效|情况|问题|不足|短板|差距|职责|履行|存在|回顾|总结|成绩|做法|经验|亮点/u;
const PLAN = /安排|计划|打算|思路|展望|谋划|下一步|下步|重点工作|重点任务|目标任务|工作要点/u;
// Context of a 普法 plan named as history (right after it, or anywhere in its sentence), or being prepared.
// (…and a point in the plan's period a figure is measured from: 由“十三五”末的3620万立方米增加到…, “十三五”初期.)
const HISTORY_AFTER = /^(?:规划)?(?:期间|以来|时期|实施以来|总结|验收|收官|成果|评估|先进|表彰|末|初|中期)/u;
const HISTORY_BEFORE = /(?:完成|总结|回顾|验收|圆满|收官|自)$/u;
const HISTORY_SENTENCE = /先进|表彰|荣获|被评为|获评|总结|验收|收官|回顾/u;
// (谋划实施“九五”普法 prepares the next plan; 编制实施 a plan of one's period carries it out: see PRESENT_BEFORE.)
const PREPARE_BEFORE = /(?:(?:谋划|筹备|准备|即将)(?:实施|推进|开展)?|编制|制定|启动|起草|迎接)[“"]?$/u;
/**
 * A verb of present work right before a plan (深入开展“八五”普法, 认真落实“十四五”规划): the plan
 * is the one of the sentence's year, with no year of slack around its period (a report may sum up
 * the plan that ended the year before, but does not carry it out). And a plan of a period
 * (“十三五”时期……规划) named so: 时期 after it names the period the plan covers, not history, when
 * that verb comes right before
 * (编制实施“十三五”时期法治政府建设规划); “十三五”时期，我县…… is history, and so is what the
 * period left (推进“十三五”时期遗留问题整改).
 */
const PRESENT_BEFORE = /(?:实施|落实|推进|执行|贯彻|开展|编制|围绕|按照|推动|深化|抓好|做好)[“"]?$/u;
const PERIOD_AFTER = /^(?:规划)?时期[^，、。；！？,;]{0,12}规划/u;
// (…and with the plan's own name between: “十五五”国民经济和社会发展规划纲要编制, “十五五”法治政府建设规划的起草.)
const PREPARE_AFTER = /^[”"]?(?:\p{Script=Han}{0,16}?(?:规划|纲要|建议))?(?:纲要|建议)?(?:的)?(?:编制|起草|制定|启动|筹备|前期研究|准备)/u;


function period([a, b]: readonly [number, number]): string {
  return `${a}—${b}年`;
}

export default defineRule(
  {
    id: "year-consistency",
    name: "年份一致",
    description: "检查与报告年度相矛盾的年份：章节标题、下一年度安排、成文日期、普法规划和五年规划（十四五、十五五）的期间、中央规划名称中的期间",
    summary: "Flags years that contradict the report year: section headings, the next-year plan, the issue date, the periods of 普法 plans and national five-year plans (十四五, 十五五), and central plan titles.",
    fixable: false,
    severity: "error",
    optionsSchema: { properties: {}, additionalProperties: false },
    defaults: {},
    messages: {
      headingYear: "章节标题中的“{year}年”与报告年度“{reportYear}年”不符，应改为“{reportYear}年”",
      planYear: "下一年度工作安排的标题写了“{year}年”，报告年度为“{reportYear}年”，应改为“{expected}年”",
      issueDateEarly: "成文日期“{date}”早于报告年度“{reportYear}年”结束，年度报告应在{next}年成文，建议核对日期",
      issueDateLate: "成文日期“{date}”比报告年度“{reportYear}年”晚一年以上，建议核对日期或报告年度",
      pufaPeriod: "“{plan}”普法的期间为{period}，与“{year}年”不符，应改为“{expected}”普法",
      fiveYearPeriod: "“{plan}”规划的期间为{period}，与“{year}年”不符，应改为“{expected}”",
      planTitle: "《{name}》的期间“{given}”有误，应改为“{expected}”",
    },
  },
  ({ text, model, report }) => {
    // Headings and the issue date are held against a year the title names; a year inferred from
    // elsewhere (the opening, the 发文字号, the body) serves the anachronism checks only.
    const Y = model.year;
    const titleYear = model.yearSource === undefined || model.yearSource === "title" ? Y : null;

    if (titleYear !== null) {
      for (const s of model.sections) {
        if (s.depth !== 1) continue;
        const title = text.slice(s.titleRange[0], s.titleRange[1]);
        const plan = PLAN.test(title) && !REVIEW.test(title);
        const review = REVIEW.test(title) && !PLAN.test(title);
        for (const h of singleYears(title)) {
          const range = [s.titleRange[0] + h.start, s.titleRange[0] + h.end] as const;
          // The plan section names the next year; any other section the report year.
          if (plan ? h.year !== titleYear + 1 : h.year !== titleYear && (h.year !== titleYear + 1 || review)) {
            const messageId = plan ? "planYear" : "headingYear";
            report({ range, messageId, data: { year: h.year, reportYear: titleYear, expected: plan ? titleYear + 1 : titleYear } });
          }
        }
      }

      const d = model.issueDate;
      if (d !== null && d !== undefined) {
        const date = d.text.replace(/\s*(?:印发|发布)\s*$/u, "").trim();
        const start = d.range[0] + d.text.indexOf(date);
        const range = [start, start + date.length] as const;
        const data = { date, reportYear: titleYear, next: titleYear + 1 };
        if (d.year <= titleYear) report({ range, messageId: "issueDateEarly", data });
        else if (d.year >= titleYear + 2) report({ range, messageId: "issueDateLate", data });
      }
    }

    // The next year's plan section speaks of the next year (四、2025年工作安排: 深入开展“九五”普法 in a
    // report of 2025 is right there).
    const inPlan = (p: { section: number | null }): boolean => {
      let s = p.section === null ? undefined : model.sections[p.section];
      while (s !== undefined && s.parent !== null) s = model.sections[s.parent];
      return s !== undefined && PLAN.test(s.title) && !REVIEW.test(s.title);
    };
    for (const p of model.paragraphs) {
      if (p.kind !== "body" && p.kind !== "heading" && p.kind !== "list" && p.kind !== "title") continue;
      const year = Y !== null && inPlan(p) ? Y + 1 : Y;
      checkPlanPeriod(p.text, p.range[0], year, report, PUFA_RE, "普法", PUFA, "pufaPeriod");
      checkPlanPeriod(p.text, p.range[0], year, report, FIVE_YEAR_RE, "五", FIVE_YEAR, "fiveYearPeriod");
      checkPlanTitles(p.text, p.range[0], report);
    }
  },
);

type Report = (finding: Finding) => void;

/**
 * A five-year plan (a 普法 plan by `re` and `plans` = PUFA, or a national plan by FIVE_YEAR)
 * named in a sentence whose year (or the report year) lies outside its period.
 */
function checkPlanPeriod(
  t: string,
  offset: number,
  reportYear: number | null,
  report: Report,
  re: RegExp,
  /** What every match of `re` contains. */
  needs: string,
  plans: Readonly<Record<string, readonly [number, number]>>,
  messageId: "pufaPeriod" | "fiveYearPeriod",
): void {
  for (const m of matchesWhere(t, re, needs)) {
    const name = m[1] ?? "";
    const span = plans[name];
    if (span === undefined) continue;
    // What the tests before the match look at: the few characters right before it.
    const before = t.slice(Math.max(0, m.index - 8), m.index);
    const afterStart = m.index + m[0].length;
    const after = t.slice(afterStart);
    const sentence = t.slice(sentenceStart(t, m.index, SENTENCE_MARKS), m.index);
    const rest = t.slice(afterStart, sentenceEnd(t, afterStart, SENTENCE_MARKS));
    const own = lastYear(sentence);
    const year = own ?? reportYear;
    if (year === null) continue;
    // Without a year in the sentence, a report of the year after a plan ends may still sum it up,
    // and one of the year before a plan begins may look ahead to it — but not as present work.
    const slack = own === null && !PRESENT_BEFORE.test(before) ? 1 : 0;
    if (year > span[1] + slack) {
      const presentWork = PERIOD_AFTER.test(after) && PRESENT_BEFORE.test(before);
      if (!presentWork && (HISTORY_AFTER.test(after) || HISTORY_BEFORE.test(before) || /^(?:规划)?\s*[（(]\s*\d{4}/u.test(after))) continue;
      if (HISTORY_SENTENCE.test(sentence) || HISTORY_SENTENCE.test(rest)) continue;
    } else if (year < span[0] - slack) {
      if (PREPARE_BEFORE.test(before) || PREPARE_AFTER.test(after)) continue;
    } else continue;
    const expected = Object.entries(plans).find(([, [a, b]]) => year >= a && year <= b)?.[0];
    if (expected === undefined) continue;
    report({
      range: [offset + m.index, offset + m.index + m[0].length],
      messageId,
      data: { plan: name, period: period(span), year, expected },
    });
  }
}

const PLAN_TITLES = CENTRAL_PLANS.map((plan) => ({
  ...plan,
  re: new RegExp(`${plan.name}\\s*[（(]\\s*((\\d{4})\\s*${DASH}+\\s*(\\d{4})\\s*年?)\\s*[）)]`, "gu"),
}));

/** 《法治政府建设实施纲要（2020—2025年）》: a central plan's title with a period it never had. */
function checkPlanTitles(t: string, offset: number, report: Report): void {
  for (const { name, periods, re } of PLAN_TITLES) {
    for (const m of matchesWhere(t, re, name)) {
      const a = Number(m[2]);
      const b = Number(m[3]);
      if (periods.some(([x, y]) => x === a && y === b)) continue;
      const near = periods.filter(([x, y]) => x === a || y === b);
      const expected = (near.length > 0 ? near : periods).map((p) => period(p)).join("”或“");
      const given = m[1] ?? "";
      const start = offset + m.index + m[0].indexOf(given);
      report({ range: [start, start + given.length], messageId: "planTitle", data: { name, given, expected } });
    }
  }
}
