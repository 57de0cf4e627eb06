#!/usr/bin/env node
// How well the CLI catches a 普法 plan or a five-year plan of another period than the report's
// year — issue 14: "a report citing a five-year 普法 plan or a 五年规划 of another period than its
// year (六五/七五/八五/九五 普法; 十三五/十四五/十五五) passes" — and what it says of the same plans
// named rightly: in their period, looked back on (“七五”普法期间, “十三五”时期，我县……), or
// being prepared (谋划“九五”普法规划).
//
// Usage (from the repository root, after `npx -y pnpm@10 build`):
//   node bench/src/periods.mjs [--verbose]
//
// One report per year 2021–2026 (its title names the year); in it every sentence of the frames
// below with every plan, half of them opening with the year (2024年，我县……), half relying on the
// title. A sentence of present work names a plan outside the year's period: a fault, caught when a
// year-consistency finding lies on the plan's name; every other sentence is correct and a false
// alarm when any finding lies on it. Last line:
//   periods: caught C/N (P%), false alarms F on K correct sentences
import { lintTexts, report, requireBuilt } from "./probe.mjs";

requireBuilt("periods", []);

const PUFA = { 六五: [2011, 2015], 七五: [2016, 2020], 八五: [2021, 2025], 九五: [2026, 2030] };
const FIVE_YEAR = { 十二五: [2011, 2015], 十三五: [2016, 2020], 十四五: [2021, 2025], 十五五: [2026, 2030] };

/** Present work: the plan named must be the year's. */
const PUFA_NOW = [
  "深入开展“{p}”普法",
  "扎实推进“{p}”普法规划实施",
  "全面落实“{p}”普法规划",
  "深入实施{p}普法规划",
  "持续推进“{p}”普法工作",
  "认真贯彻“{p}”普法规划，开展法治宣传",
  "按照“{p}”普法规划要求，组织法律进机关",
];
const FIVE_YEAR_NOW = ["认真落实“{p}”规划", "扎实推进“{p}”规划重点项目", "围绕“{p}”规划目标任务", "编制实施“{p}”时期法治政府建设规划", "推动“{p}”规划各项任务落地"];
/** Looking back on an ended plan: correct whatever the year (only past plans are put in them). */
const PUFA_PAST = ["完成“{p}”普法总结验收", "在“{p}”普法中被评为先进单位", "“{p}”普法期间，累计开展宣传活动"];
const FIVE_YEAR_PAST = ["“{p}”时期，全县累计办理复议案件", "持续推进“{p}”时期遗留问题整改", "回顾“{p}”期间法治建设成效"];
/** Preparing the next plan: correct in the year before it (only the next plan is put in them). */
const PUFA_NEXT = ["谋划“{p}”普法规划", "启动“{p}”普法规划编制"];
const FIVE_YEAR_NEXT = ["启动“{p}”规划编制", "做好“{p}”规划编制的准备"];

const cases = [];
const files = [];
for (let year = 2021; year <= 2026; year++) {
  const sentences = [];
  const add = (kind, frames, plans, pick) => {
    for (const [p, [a, b]] of Object.entries(plans)) {
      const edit = pick(a, b);
      if (edit === undefined) continue;
      for (const frame of frames) {
        const own = sentences.length % 2 === 0;
        const body = frame.replace("{p}", p);
        const sentence = `${own ? `${year}年，` : ""}我县${body}，取得明显成效。`;
        const name = body.includes(`“${p}”`) ? `“${p}”` : p;
        sentences.push({ year, kind, plan: p, sentence, text: edit === null ? sentence : name, edit });
      }
    }
  };
  add("普法", PUFA_NOW, PUFA, (a, b) => (year >= a && year <= b ? null : "other period"));
  add("五年规划", FIVE_YEAR_NOW, FIVE_YEAR, (a, b) => (year >= a && year <= b ? null : "other period"));
  add("普法", PUFA_PAST, PUFA, (a, b) => (b < year ? null : undefined));
  add("五年规划", FIVE_YEAR_PAST, FIVE_YEAR, (a, b) => (b < year ? null : undefined));
  add("普法", PUFA_NEXT, PUFA, (a) => (a === year + 1 ? null : undefined));
  add("五年规划", FIVE_YEAR_NEXT, FIVE_YEAR, (a) => (a === year + 1 ? null : undefined));
  let text = `某县人民政府关于${year}年度法治政府建设情况的报告\n\n`;
  for (const s of sentences) {
    s.start = text.length + s.sentence.indexOf(s.text);
    s.end = s.start + s.text.length;
    text += s.sentence + "\n\n";
  }
  files.push({ year, text, sentences });
  cases.push(...sentences);
}

// One list of findings over all the reports: each case's offsets are moved by its file's place in it.
const perFile = lintTexts(
  "periods",
  files.map((f) => f.text),
  files.map((f) => `${f.year}.txt`),
);
const messages = [];
let base = 0;
files.forEach((f, k) => {
  for (const m of perFile[k]) messages.push({ ...m, range: [m.range[0] + base, m.range[1] + base] });
  for (const s of f.sentences) {
    s.start += base;
    s.end += base;
  }
  base += f.text.length + 1;
});

report({
  label: "periods",
  cases,
  messages,
  rules: new Set(["year-consistency"]),
  groups: (c) => ({ "by plan": c.kind, "by year": String(c.year) }),
  heading: `${files.length} reports (2021–2026), ${cases.length} sentences`,
  missed: (c) => `${c.year}: ${c.sentence}`,
  cleanName: "correct sentences",
});
