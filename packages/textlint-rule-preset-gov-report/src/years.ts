// Years named in a sentence: what the rules that judge a text by its time (year-consistency,
// outdated-term) take for the year a sentence speaks of.
import { sentenceStart } from "./sentence.js";

const YEAR = /(?<![\d０-９])(\d{4})(?=\s*年)/gu;
/** What joins the two years of a range (2021—2025年, 2021至2025年). */
export const DASH = "[—－–~\\-至到]";

export interface YearHit {
  year: number;
  start: number;
  end: number;
}

const DASH_CHAR = new RegExp(DASH, "u");
const RANGE_AFTER = new RegExp(`^\\s*年?\\s*${DASH}\\s*\\d{4}`, "u");
const SPACE = /\s/u;

/** Single years (“2023年”) in `s`, skipping ranges, “2018年以来” and years inside 《》 or “”. */
export function singleYears(s: string): YearHit[] {
  const out: YearHit[] = [];
  // Unclosed 《 and “ before the match, counted forward once (a stray closing mark counts for nothing).
  let scanned = 0;
  let titles = 0;
  let quotes = 0;
  for (const m of s.matchAll(YEAR)) {
    const start = m.index;
    const end = start + m[0].length;
    for (; scanned < start; scanned++) {
      const ch = s[scanned];
      if (ch === "《") titles++;
      else if (ch === "》" && titles > 0) titles--;
      else if (ch === "“") quotes++;
      else if (ch === "”" && quotes > 0) quotes--;
    }
    let k = start;
    while (k > 0 && SPACE.test(s[k - 1]!)) k--;
    const after = s.slice(end);
    if ((k > 0 && DASH_CHAR.test(s[k - 1]!)) || RANGE_AFTER.test(after)) continue;
    if (/^\s*年(?:以来|来|至今)/u.test(after)) continue;
    // A base of comparison (比2010年翻一番, 较2019年增长) is not the year the sentence speaks of.
    if (k > 0 && (s[k - 1] === "比" || s[k - 1] === "较")) continue;
    // …and one set against it with 与/同/和 …… 相比 (与2020年相比，“十四五”期间累计下降6.4%: a plan's base year).
    if (k > 0 && "与同和跟".includes(s[k - 1]!) && /^\s*年(?:底|末|同期)?(?:相比|比较|对比)/u.test(after)) continue;
    if (titles > 0 || quotes > 0) continue;
    out.push({ year: Number(m[1]), start, end });
  }
  return out;
}

/** The marks that end the sentence a year is looked for in (year-consistency's sentences too). */
export const YEAR_SENTENCE_MARKS = "。！？；!?;";

/** The last single year named in `s` (the part of a sentence before a match), or null. */
export function lastYear(s: string): number | null {
  return singleYears(s).pop()?.year ?? null;
}

/** The last single year named in the sentence before offset `i` of `t` (2016年，国务院法制办…: 2016), or null. */
export function sentenceYear(t: string, i: number): number | null {
  return lastYear(t.slice(sentenceStart(t, i, YEAR_SENTENCE_MARKS), i));
}
