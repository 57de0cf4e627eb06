/**
 * number-usage — numbers written against GB/T 15835-2011 (出版物上数字用法) and the genre's
 * own usage, the slips a reviewer marks in red on nearly every draft:
 * - full-width digits (`召开会议１２次`): an input method left in full-width mode; a report's Arabic
 *   numerals are half-width, as its own other figures are (fixed);
 * - an approximation said twice (`约100余件`, `近200多人`, `约50人左右`): 约 / 近 already says
 *   "about", 余 / 多 / 左右 says it again — one of them goes;
 * - 余 or 多 after a number that is not a round one (`123余件`, `15.5余万元`): 余 follows a
 *   round number (`120余件`, `10余次`, `1万余人`); an exact figure takes none;
 * - an Arabic numeral joined to 千 or 百 (`3千万元`, `5百余人`): GB/T 15835-2011 lets Arabic
 *   numerals stand with 万 and 亿 only (`3000万元`, `500余人`); 千米, 千克, 百分点 are units and stay;
 * - a date that does not exist (`2023年13月`, `2月30日`, `6月31日`); a month or day with a leading
 *   zero (`2024年01月09日`: 月、日不编虚位, fixed); a zero among Chinese numerals that is not 〇
 *   (`二○二三年`, `二0二三年`, fixed); the issue date (成文日期) in Chinese numerals — GB/T 9704-2012
 *   writes it in Arabic numerals (`二〇二四年一月十日` → `2024年1月10日`, fixed).
 * Why: each is a figure a reader takes as written — a report is signed with it. What cannot change a
 * figure is fixed (full width, a leading zero, 〇, the issue date's numerals); the rest needs the
 * writer's figure, and the finding names what to write.
 * Not in code (Markdown), not in a 近…年 of time (`近10余年来`: 近 is "recent" there).
 */
import { asciiDigits, maskInlineCode } from "../chars.js";
import { defineRule } from "../define-rule.js";

const FULL_WIDTH_DIGITS = /[０-９]+(?:[．.][０-９]+)?/gu;

/** A figure as the rules below read it: Arabic (half- or full-width, with a decimal part) or Chinese. */
const ARABIC = "[0-9０-９]+(?:[.．][0-9０-９]+)?";
const CHINESE = "[一二两三四五六七八九十百千〇零]+";
/**
 * 约 or 近 as a word of approximation: not the end of another word (节约, 制约, 签约, 履约, 违约, 预约; 最近, 附近,
 * 靠近, 临近, 就近 — 附近100余户 is "more than 100 households nearby"), or one of 大约, 大概, 将近, 接近.
 */
const ABOUT = "(?:大约|大概|将近|接近|(?<![节制签履合违预公特条契简缔守誓践邀租相婉隐最附靠临亲邻贴就远逼走新浅])[约近])";
/** ABOUT + a figure (and its 万 / 亿) + 余 / 多: said twice. Captures: the word of approximation, the figure, 万/亿, 余 or 多, what follows. */
const APPROXIMATE_TWICE = new RegExp(`(${ABOUT})(${ARABIC}|${CHINESE})([万亿]?)(余|多)(\\p{Script=Han}{0,2})`, "gu");
/** 约 … 左右 (not 近: 近10年左右 is "the last ten years or so"). Captures: the word, the figure with at most three characters of its unit. */
const ABOUT_AROUND = new RegExp(`((?:大约|大概|(?<![节制签履合违预公特条契简缔守誓践邀租相婉隐])约))((?:${ARABIC}|${CHINESE})[万亿]?\\p{Script=Han}{0,3}?)左右`, "gu");
/** After 近, a span of time: 近10余年来 is "in the recent ten-odd years", not "nearly". */
const TIME_SPANS = /^(?:年|个月|月|天|日|周|季度|小时)/u;
/** An Arabic figure with 余 / 多 and the measure word after it. Captures: the figure, 余 or 多. */
const MORE_THAN = /(?<![0-9０-９.．])([0-9０-９]+(?:[.．][0-9０-９]+)?)(余|多)(?=\p{Script=Han})/gu;
/** What 多 or 余 after a figure can also begin: words, not "more than" (多元, 多样, 多部门; 余额, 余下, 余量). */
const DUO_WORDS = /^(?:多(?:元|样|种|层|方|边|极|项|重|媒体|功能|部门|渠道|领域|形式|主体|措施|举措|途径)|余(?:额|下|量|款|粮))/u;
/** An Arabic figure joined to 千 or 百, then what makes it a count (not 千米, 千克, 千瓦, 百分点). */
const ARABIC_HUNDREDS = /(?<![0-9０-９.．])([0-9０-９]+(?:[.．][0-9０-９]+)?)([千百])(?=[万亿余多元人次件个户名家场份条项起所座处台辆吨亩])/gu;
/** A date: year (optional), month, day (optional). */
const DATE = /(?:(?<![0-9０-９])([0-9０-９]{4})年)?(?<![0-9０-９\-—–~～至到])([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})[日号])?/gu;

/** A zero that is not 〇 among Chinese numerals (二○二三年, 二0二三年, 一九八○年): a white circle, a digit, a letter O. */
const FOREIGN_ZERO = /(?<=[一二三四五六七八九〇○◯])[○◯0０OＯ](?=[一二三四五六七八九〇○◯0０OＯ年])|[○◯0０OＯ](?=[一二三四五六七八九〇○◯][一二三四五六七八九〇○◯0０OＯ]*年)/gu;
/** A month or day written with a leading zero (2024年01月09日): 月、日不编虚位. Captures: what stands before, the zero's figure. */
const PADDED = /(?<=[0-9０-９]年|[0-9０-９]月)0([1-9])(?=[月日号])/gu;
/** An issue date of Arabic numerals joined by dots, hyphens or slashes (2026.1.15, 2026-01-15, 2026/1/15). */
const JOINED_DATE = /^\d{4}([.．\-－/／])\d{1,2}\1\d{1,2}/u;
/** The issue date without its 日 (2026年1月15). */
const NO_DAY_MARK_DATE = /^\d{4}年\d{1,2}月\d{1,2}(?![日号\d])/u;
/**
 * A date in running text whose day lacks its 日, before punctuation or the paragraph's end (于2026年1月15，召开): not
 * before 、至 — and any other mark of a range or a list of days (1月15、16日, 1月15—20日), whose 日 comes after the last.
 */
const DAY_WITHOUT_MARK = /(?<![0-9０-９])([0-9]{4})年([1-9][0-9]?)月([1-9][0-9]?)(?=[，。；：,;]|$)/gu;
/** A Chinese-numeral date at the start of the issue date's text (二〇二四年一月十日). */
const CHINESE_DATE = /^[〇零一二三四五六七八九十○◯0０OＯ]{2,4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日/u;
/**
 * A rate given as a bare figure before punctuation (调解成功率98.3。, 办结率为100，): its % (or ‰) left off. Not the
 * ratios that are no percentage (汇率, 容积率, 频率, 功率 …). In the model's 19.4 M characters a rate's figure is followed
 * by its unit, a range's dash or another word every time.
 */
const RATE_VERB = "(?:达到了|达到|达|为|是|约为|均为|保持在|稳定在)";
const RATE_FIGURE = new RegExp(`(\\p{Script=Han}{1,6}率)(${RATE_VERB}?\\s*)([0-9]+(?:\\.[0-9]+)?)(?=[，。；：,;]|$)`, "gu");
const NOT_PERCENT = /(?<!成|有|成本)(?:汇|容积|频|功|倍|速|效|斜|曲|概|折射)率$/u;
/** What any check below needs somewhere in a paragraph: one scan skips the paragraphs (most) that hold none of it. */
const ANYTHING = new RegExp(`[０-９○◯]|[约近][0-9一二两三四五六七八九十百千]|[0-9][余多千百月]|[一二三四五六七八九〇][0OＯ]|率${RATE_VERB}?\\s*[0-9]`, "u");

/** Is the figure a round one — an integer ending in 0 (10, 120, 3000)? */
function round(figure: string): boolean {
  return /^[0-9]*0$/u.test(figure);
}

/** The days of month `m` (1–12) of year `y` (null: unknown, so February may have 29). */
function daysIn(m: number, y: number | null): number {
  if (m === 2) return y === null || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** `figure` × `times` written out in full (3 × 1000 → 3000, 1.5 × 1000 → 1500, 2.25 × 100 → 225). */
function timesOf(figure: string, times: number): string | null {
  const [whole, part = ""] = figure.split(".");
  const zeros = times === 1000 ? 3 : 2;
  if (part.length > zeros) return null;
  const digits = (whole! + part.padEnd(zeros, "0")).replace(/^0+(?=\d)/u, "");
  return digits;
}

export default defineRule(
  {
    id: "number-usage",
    name: "数字用法",
    description:
      "检查数字用法（GB/T 15835-2011）：全角数字（“１２次”）、约数重复（“约100余件”“约50人左右”）、“余”“多”用在非整数之后（“123余件”）、阿拉伯数字与“千”“百”连用（“3千万元”），以及不存在的日期（“2月30日”）",
    summary:
      "Flags numbers written against GB/T 15835-2011: full-width digits (fixed), an approximation said twice (约100余件, 约50人左右), 余/多 after a number that is not round, an Arabic numeral joined to 千/百, and dates that do not exist.",
    fixable: true,
    severity: "error",
    optionsSchema: { properties: {}, additionalProperties: false },
    defaults: {},
    messages: {
      fullWidth: "“{text}”是全角数字，应改为半角“{fixed}”",
      approximateTwice: "“{text}”中“{about}”与“{more}”都表示约数，意思重复，应删去其一（“{withoutAbout}”或“{withoutMore}”）",
      approximateExact: "“{text}”中“{about}”与“{more}”都表示约数，意思重复；{figure}不是整数，应删去“{more}”（“{withoutMore}”）",
      aboutAround: "“{text}”中“{about}”与“左右”都表示约数，意思重复，应删去其一",
      notRound: "“{text}”：“{more}”只用在整数之后（如“{example}”），{figure}是确数，应删去“{more}”或改用整数",
      arabicHundreds: "“{text}”：阿拉伯数字不与“{unit}”连用（只可与“万”“亿”连用），应写作“{fixed}”",
      noSuchDate: "“{text}”不是存在的日期（{why}），请核对",
      zero: "汉字数字中的零应写作“〇”，不用“{given}”",
      padded: "日期中的月、日不编虚位，“{text}”应写作“{fixed}”",
      issueDate: "成文日期应使用阿拉伯数字将年、月、日标全（GB/T 9704-2012），“{text}”应写作“{fixed}”",
      dayMark: "日期“{text}”缺少“日”，应写作“{fixed}”",
      rateUnit: "“{text}”缺少单位，比率一般写作“{fixed}”，请按实际补全（千分比用“‰”）",
    },
  },
  ({ model, report }) => {
    // The issue date (成文日期) in Chinese numerals: GB/T 9704-2012 writes it in Arabic numerals.
    const issue = model.issueDate;
    const chinese = issue === null ? null : (CHINESE_DATE.exec(issue.text) ?? JOINED_DATE.exec(issue.text) ?? NO_DAY_MARK_DATE.exec(issue.text));
    if (issue !== null && chinese !== null) {
      const fixed = `${issue.year}年${issue.month}月${issue.day}日`;
      report({ range: [issue.range[0], issue.range[0] + chinese[0].length], messageId: "issueDate", data: { text: chinese[0], fixed }, fix: { text: fixed } });
    }
    // Each check runs only where a paragraph holds what it looks for (a digit before 月, 约 before a figure …): most hold none.
    const markdown = model.format === "markdown";
    for (const p of model.paragraphs) {
      if (p.kind === "code" || p.kind === "html") continue;
      // Inline code is not prose.
      if (!ANYTHING.test(p.text)) continue;
      const text = markdown ? maskInlineCode(p.text) : p.text;
      const base = p.range[0];
      if (/[０-９]/u.test(text)) {
        for (const m of text.matchAll(FULL_WIDTH_DIGITS)) {
          const fixed = asciiDigits(m[0]);
          report({ range: [base + m.index, base + m.index + m[0].length], messageId: "fullWidth", data: { text: m[0], fixed }, fix: { text: fixed } });
        }
      }
      if (/[约近][0-9０-９一二两三四五六七八九十百千]/u.test(text)) {
        for (const m of text.matchAll(APPROXIMATE_TWICE)) {
          const [whole, about, figure, unit, more, after] = m as unknown as [string, string, string, string, string, string];
          if (about.endsWith("近") && TIME_SPANS.test(after)) continue;
          if (DUO_WORDS.test(more + after)) continue;
          const start = m.index;
          const moreAt = start + about.length + figure.length + unit.length;
          // An exact figure (约156余件): only 余 / 多 can go — 156余件 would be wrong too.
          const exact = unit === "" && /^[0-9０-９.．]+$/u.test(figure) && !round(asciiDigits(figure));
          if (exact) {
            report({
              range: [base + start, base + moreAt + 1],
              messageId: "approximateExact",
              data: { text: whole.slice(0, whole.length - after.length) + after.slice(0, 1), about, more, figure: asciiDigits(figure), withoutMore: about + figure + after.slice(0, 1) },
              suggestions: [{ text: "", message: `删去“${more}”`, range: [base + moreAt, base + moreAt + 1] }],
            });
            continue;
          }
          report({
            range: [base + start, base + moreAt + 1],
            messageId: "approximateTwice",
            data: {
              text: whole.slice(0, whole.length - after.length) + after.slice(0, 1),
              about,
              more,
              withoutAbout: figure + unit + more + after.slice(0, 1),
              withoutMore: about + figure + unit + after.slice(0, 1),
            },
            suggestions: [
              { text: "", message: `删去“${about}”`, range: [base + start, base + start + about.length] },
              { text: "", message: `删去“${more}”`, range: [base + moreAt, base + moreAt + 1] },
            ],
          });
        }
        for (const m of text.matchAll(ABOUT_AROUND)) {
          const [whole, about] = m as unknown as [string, string];
          report({ range: [base + m.index, base + m.index + whole.length], messageId: "aboutAround", data: { text: whole, about } });
        }
      }
      if (/[0-9０-９][余多]/u.test(text)) {
        for (const m of text.matchAll(MORE_THAN)) {
          const [whole, written, more] = m as unknown as [string, string, string];
          if (DUO_WORDS.test(text.slice(m.index + written.length))) continue;
          const figure = asciiDigits(written);
          if (round(figure)) continue;
          // 约123余件 is approximateTwice's already.
          if (/(?:约|近)$/u.test(text.slice(0, m.index))) continue;
          const example = `${figure.includes(".") ? "10" : figure.length === 1 ? "10" : figure.slice(0, -1) + "0"}${more}`;
          report({
            range: [base + m.index, base + m.index + whole.length],
            messageId: "notRound",
            data: { text: whole + (text[m.index + whole.length] ?? ""), more, figure, example },
            suggestions: [{ text: "", message: `删去“${more}”`, range: [base + m.index + written.length, base + m.index + whole.length] }],
          });
        }
      }
      if (/[0-9０-９][千百]/u.test(text)) {
        for (const m of text.matchAll(ARABIC_HUNDREDS)) {
          const [whole, written, unit] = m as unknown as [string, string, string];
          const fixed = timesOf(asciiDigits(written), unit === "千" ? 1000 : 100);
          if (fixed === null) continue;
          report({
            range: [base + m.index, base + m.index + whole.length],
            messageId: "arabicHundreds",
            data: { text: whole, unit, fixed },
            suggestions: [{ text: fixed, message: `改为“${fixed}”` }],
          });
        }
      }
      // (Not inside the issue date in Chinese numerals: that is fixed whole above.)
      const inIssueDate = (at: number): boolean => chinese !== null && issue !== null && base + at >= issue.range[0] && base + at < issue.range[0] + chinese[0].length;
      if (/[○◯0０OＯ]/u.test(text)) {
        for (const m of text.matchAll(FOREIGN_ZERO)) {
          if (inIssueDate(m.index)) continue;
          report({ range: [base + m.index, base + m.index + 1], messageId: "zero", data: { given: m[0] }, fix: { text: "〇" } });
        }
      }
      if (/[年月]0[1-9]/u.test(text)) {
        for (const m of text.matchAll(PADDED)) {
          const unit = text[m.index + 2]!;
          report({ range: [base + m.index, base + m.index + 1], messageId: "padded", data: { text: m[0] + unit, fixed: m[1]! + unit }, fix: { text: "" } });
        }
      }
      if (/率/u.test(text)) {
        for (const m of text.matchAll(RATE_FIGURE)) {
          // (A rate of nothing needs no unit: 孕产妇死亡率为0, 发生率为0 — zero is zero in every unit.)
          if (NOT_PERCENT.test(m[1]!) || /^0(?:\.0+)?$/u.test(m[3]!)) continue;
          const end = m.index + m[0].length;
          const fixed = `${m[0]}%`;
          report({ range: [base + m.index, base + end], messageId: "rateUnit", data: { text: m[0], fixed }, suggestions: [{ text: `${m[3]}%`, message: `补上“%”：${m[3]}%`, range: [base + end - m[3]!.length, base + end] }] });
        }
      }
      if (/[0-9]月[0-9]/u.test(text)) {
        for (const m of text.matchAll(DAY_WITHOUT_MARK)) {
          // (The issue date is fixed whole above.)
          if (issue !== null && base + m.index >= issue.range[0] && base + m.index < issue.range[1]) continue;
          const fixed = `${m[0]}日`;
          report({ range: [base + m.index, base + m.index + m[0].length], messageId: "dayMark", data: { text: m[0], fixed }, fix: { text: fixed } });
        }
      }
      if (/[0-9０-９]月/u.test(text)) {
        for (const m of text.matchAll(DATE)) {
          const [whole, y, mo, d] = m as unknown as [string, string | undefined, string, string | undefined];
          const year = y === undefined ? null : Number(asciiDigits(y));
          const month = Number(asciiDigits(mo));
          const day = d === undefined ? null : Number(asciiDigits(d));
          let why: string | null = null;
          if (month < 1 || month > 12) why = `没有${month}月`;
          else if (day === 0) why = "没有0日";
          else if (day !== null && day > daysIn(month, year)) why = `${year !== null && month === 2 ? `${year}年` : ""}${month}月只有${daysIn(month, year)}天`;
          if (why === null) continue;
          report({ range: [base + m.index, base + m.index + whole.length], messageId: "noSuchDate", data: { text: whole, why } });
        }
      }
    }
  },
);
