/**
 * formulation — political formulations and titles of central documents must be quoted
 * word for word: 习近平新时代中国特色社会主义思想, 中央全面依法治国工作会议,
 * 《法治政府建设实施纲要（2021—2025年）》. Flags a character or word missing, extra or
 * swapped inside a formulation or title (found by fuzzy matching against
 * data/formulations.json, see src/lexicon/formulations.ts), list items in another order,
 * a wrong period in a plan's title, a central document cited with the wrong document
 * type (《信访工作规定》), and lists of plenums that are out of order or name a plenum
 * that never met. The exact wording, local adaptations (依法治县, 全面依法治镇) and
 * titles of local documents (《XX县法治政府建设实施方案》) are accepted. Not auto-fixed.
 */
import type { ConfusableEntry, ReportModel } from "@report-lint/schema";
import { wordFrequency } from "@report-lint/core";
import { matchesWhere } from "../chars.js";
import { defineRule } from "../define-rule.js";
import { issuerLevel } from "../issuer.js";
import { lexiconDefaults, lexiconOptionsSchema, type LexiconOptions } from "../lexicon/data.js";
import type { ListFormulas } from "../lexicon/formula-lists.js";
import { formulationLexicon, type FormulationMatcher, normalise, stripPunct } from "../lexicon/formulations.js";
import { memoFor, type ParagraphMemo } from "../paragraph-memo.js";
import { confusableMatcher, spoken } from "../lexicon/terms.js";
import type { TermHit } from "../lexicon/term-matcher.js";

const ORDINALS = "一二三四五六七八九";
/**
 * A 党组 that a township or street report names as its own: after the town's name (镇党组, 我镇
 * 党组, 镇政府党组), or opening a clause (党组书记, 党组会议 — no other organ named). Townships and
 * streets have a Party committee (党委; a street office's is the 党工委), no 党组. Not 党组织, and
 * not the generic 党委（党组）/ 党委、党组 of a formula (党委（党组）理论学习中心组).
 */
const OWN_PARTY_GROUP = /(?:(?:我|本|全)?(?:镇|乡|街道)(?:人民政府|政府|办事处)?|(?<![\p{Script=Han}（(、/／]))党组(?!织)/gu;
/**
 * A department's own 党委 (局党委, 我委党委): a department of a county or city government has a
 * 党组. Not 党委政府 (the county's committee and government), and not in the reports of the
 * organs that do have a 党委 (公安, the police; 教育 and 卫生 systems with their own committees;
 * 应急管理, which leads the fire and rescue forces as the ministry's 党委 does; the vertical 税务 and 海关;
 * 交通运输 with its system of units; 监狱, 戒毒).
 */
const OWN_PARTY_COMMITTEE = /(?:我|本)?(?:局|委|办)党委(?!政府|、政府|和政府)/gu;
const HAS_COMMITTEE = /公安|教育|卫生|卫健|国资|国有资产监督管理|机关事务|应急|消防|税务|海关|交通|监狱|戒毒/u;

/** A township's or street's 党组 named in any report (a county's: 各镇党组书记, 某某镇党组): neither has one. */
const TOWN_PARTY_GROUP = /(?:镇|乡)(?:人民政府|政府)?党组(?!织)/gu;
const STREET_PARTY_GROUP = /街道(?:办事处)?党组(?!织)/gu;

type PartyBodyCheck = { written: string; re: RegExp; right: string; messageId: "partyBody" | "departmentBody"; level: string };

/**
 * The party bodies named wrongly, as the report's level says: a township's or street's own 党组
 * (named or implied), a department's own 党委; in the reports of other levels, a 党组 of a
 * township or street named as such.
 */
function wrongPartyBodies(model: ReportModel): PartyBodyCheck[] {
  const level = issuerLevel(model);
  if (level === "township") return [{ written: "党组", re: OWN_PARTY_GROUP, right: "党委", messageId: "partyBody", level: "乡镇" }];
  if (level === "street") return [{ written: "党组", re: OWN_PARTY_GROUP, right: "党工委", messageId: "partyBody", level: "街道" }];
  const checks: PartyBodyCheck[] = [
    { written: "党组", re: TOWN_PARTY_GROUP, right: "党委", messageId: "partyBody", level: "乡镇" },
    { written: "党组", re: STREET_PARTY_GROUP, right: "党工委", messageId: "partyBody", level: "街道" },
  ];
  if (level === "department" && !HAS_COMMITTEE.test(model.organs.join("")) && !committeeOfItsOwn(model)) {
    checks.push({ written: "党委", re: OWN_PARTY_COMMITTEE, right: "党组", messageId: "departmentBody", level: "政府工作部门" });
  }
  return checks;
}
/**
 * Does a department's report name its own 党委 OWN_COMMITTEE times or more and its own 党组 never? A department that
 * leads its subordinate units may have a committee (《中国共产党党组工作条例》: such a department may set up a 党委 with
 * approval — 住房和城乡建设, 自然资源 and others in some places, beyond the organs HAS_COMMITTEE names); the writer who names
 * it so all through the report knows which body the organ has. A slip is one 局党委 among 局党组, or one alone.
 */
function committeeOfItsOwn(model: ReportModel): boolean {
  let committee = 0;
  for (const p of model.paragraphs) {
    if (OWN_PARTY_GROUP_OF_DEPARTMENT.test(p.text)) return false;
    committee += p.text.match(OWN_PARTY_COMMITTEE)?.length ?? 0;
  }
  return committee >= OWN_COMMITTEE;
}
const OWN_COMMITTEE = 3;
/** A department's own 党组 named (局党组, 委党组, 党组书记, 党组会议): the report says which body the organ has. */
const OWN_PARTY_GROUP_OF_DEPARTMENT = /(?:局|委|办)党组(?!织)|(?<![\p{Script=Han}（(、/／])党组(?:书记|会议|成员|理论学习)/u;

/** Plenums held by the central committees whose terms have ended. */
const CLOSED_TERMS: Record<string, number> = { 十八: 7, 十九: 7 };
const PLENUMS = /(十八|十九|二十)([届大])((?:[一二三四五六七八九]中、?)+)全会/gu;
/**
 * The spirit of a Party congress and the plenums of its central committee (in normalised text,
 * where 和 is 、): 党的二十大和二十届历次全会精神, 党的二十大和二十届三中全会精神 — the congress
 * and the committee of one number. Captures: congress, 和, committee, 历届/历次, plenums, 全会.
 */
const TERM = "十[五六七八九]|二十[一二]?";
const CONGRESS = new RegExp(`党的(${TERM})大(、?)(?:(${TERM})届)?(历届|历次)?((?:[一二三四五六七八九]中、?)*)(全会)?精神`, "gu");

/**
 * What a citation of a congress's and its plenums' spirit should read, or null if it reads so:
 * 党的N大精神 alone, or 党的N大和N届历次全会精神 / 党的N大和N届M中全会精神 in full. Returns the
 * canonical form and whether the fault is the committee's number (then 历次: which of the right
 * committee's plenums were meant cannot be told).
 */
export function congressFault(m: RegExpMatchArray): { canonical: string; term: boolean } | null {
  const [, n, and, k, series, plenums, plenary] = m as unknown as [string, string, string, string | undefined, string | undefined, string, string | undefined];
  if (and === "" && k === undefined && series === undefined && plenums === "" && plenary === undefined) return null;
  const list = plenums.replace(/、$/u, "");
  if (and === "、" && k === n && plenary === "全会" && (series === "历次" ? list === "" : series === undefined && list !== "")) return null;
  // Another committee's plenums: which of this one's were meant cannot be told (二十届 has not held 四中 … 六中 as 十九届 did).
  const term = k !== undefined && k !== n;
  return { canonical: `党的${n}大和${n}届${list === "" || term ? "历次" : list}全会精神`, term };
}

/**
 * The Party's name typed as a character of the same sound before a congress's or a central
 * committee's number (当的二十大, 档的二十届四中全会): 党的 is the only word there, unless the
 * character ends a word (担当的).
 */
const PARTY_HOMOPHONE = new RegExp(`[当档挡荡宕](的(?:${TERM})(?:大|届))`, "gu");

/** A fault found in one paragraph's text alone (offsets in that text). */
interface ParagraphFault {
  range: readonly [number, number];
  messageId: string;
  data: Record<string, string | number>;
}

/** The misquotations in one paragraph: what the lexicon, the lists and the congress and plenum checks find in its text. */
function paragraphFaults(text: string, matcher: FormulationMatcher, lists: ListFormulas): ParagraphFault[] {
  const out: ParagraphFault[] = [];
  const normal = normalise(text);
  const found = matcher.scan(text, normal);
  let confusable: readonly ConfusableHit[] | null = null;
  for (const h of found) {
    if (confusableSpeaks((confusable ??= spoken(confusableMatcher().scan(text))), normal, h.start, h.end, h.entry.canonical)) continue;
    out.push({ range: [h.start, h.end], messageId: h.fault, data: { text: text.slice(h.start, h.end), canonical: h.entry.canonical } });
  }
  /** What has been reported in this paragraph: a later check does not report inside it again. */
  const hits = found.map((h) => ({ start: h.start, end: h.end }));
  for (const h of lists.scan(text)) {
    if (hits.some((x) => x.start < h.end && x.end > h.start)) continue;
    hits.push(h);
    out.push({ range: [h.start, h.end], messageId: h.fault, data: { text: text.slice(h.start, h.end), canonical: h.entry.canonical } });
  }
  for (const m of matchesWhere(normal, CONGRESS, "党的")) {
    const start = m.index;
    const end = start + m[0].length;
    const fault = congressFault(m);
    if (fault === null || hits.some((h) => h.start < end && h.end > start)) continue;
    hits.push({ start, end });
    const quote = text.slice(start, end);
    if (fault.term) out.push({ range: [start, end], messageId: "congressTerm", data: { text: quote, canonical: fault.canonical } });
    else out.push({ range: [start, end], messageId: "misquoted", data: { text: quote, canonical: fault.canonical } });
  }
  for (const m of matchesWhere(normal, PARTY_HOMOPHONE, ["的十", "的二十"])) {
    const start = m.index;
    const end = start + m[0].length;
    // The end of a word (担当的, 应当的, 存档的) is not the Party's name.
    if (start > 0 && wordFrequency(normal.slice(start - 1, start + 1)) > 0) continue;
    if (hits.some((h) => h.start < end && h.end > start)) continue;
    hits.push({ start, end });
    out.push({ range: [start, end], messageId: "misquoted", data: { text: text.slice(start, end), canonical: `党${m[1]}` } });
  }
  for (const m of matchesWhere(normal, PLENUMS, "全会")) {
    const [, term, kind, list] = m as unknown as [string, string, string, string];
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => h.start < end && h.end > start)) continue;
    const quote = text.slice(start, end);
    const numbers = [...list.matchAll(/[一二三四五六七八九]/gu)].map((x) => ORDINALS.indexOf(x[0]) + 1);
    const sorted = [...new Set(numbers)].sort((a, b) => a - b);
    const expected = `${term}届${sorted.map((n) => `${ORDINALS[n - 1]}中`).join("、")}全会`;
    const count = CLOSED_TERMS[term];
    const beyond = count === undefined ? undefined : numbers.find((n) => n > count);
    if (beyond !== undefined) {
      out.push({ range: [start, end], messageId: "plenumUnknown", data: { term, count: ORDINALS[count! - 1]!, text: quote } });
    } else if (kind === "大") {
      out.push({ range: [start, end], messageId: "misquoted", data: { text: quote, canonical: expected } });
    } else if (sorted.length !== numbers.length || numbers.some((n, i) => n !== sorted[i])) {
      out.push({ range: [start, end], messageId: "plenumOrder", data: { text: quote, expected } });
    }
  }
  for (const m of normal.matchAll(SMALL_AND_LARGE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => h.start < end && h.end > start)) continue;
    const small = m[1]!;
    const large = m[3]!;
    if (LEVEL_RANK[small]! <= LEVEL_RANK[large]!) continue;
    hits.push({ start, end });
    out.push({ range: [start, end], messageId: "levels", data: { text: text.slice(start, end), canonical: `小事不出${large}${m[2]!}大事不出${small}` } });
  }
  return out;
}

/**
 * The levels a dispute is settled at, from the smallest (the 枫桥经验's frame: 小事不出村、大事不出镇; 小事不出网格、大事不出社区):
 * a small matter stays at a level below the one a large matter stays at. The same rank for the levels of one tier (村,
 * 社区, 嘎查: a village, a neighbourhood, a herding village).
 */
const LEVEL_RANK: Record<string, number> = {
  网格: 0,
  组: 1, 小组: 1, 村组: 1,
  村: 2, 社区: 2, 嘎查: 2, 村居: 2, 小区: 2,
  镇: 3, 乡: 3, 街道: 3, 苏木: 3, 乡镇: 3,
  县: 4, 区: 4, 市: 5,
};
/** 小事不出X、大事不出Y, the levels by LEVEL_RANK (longest first). Captures: the small matter's level, the mark between, the large's. */
const LEVEL_NAMES = Object.keys(LEVEL_RANK).sort((a, b) => b.length - a.length).join("|");
const SMALL_AND_LARGE = new RegExp(`小事不出(${LEVEL_NAMES})([、，,；;]?)大事不出(${LEVEL_NAMES})(?![\\p{Script=Han}])`, "gu");

/**
 * Is a misquotation of [start, end) one slip that confusable-word reports (新时代“丰桥经验”: 丰桥 for 枫桥, with the
 * reason)? So where its entries' corrections (`hits`, its matches in the paragraph), made inside the span, give the
 * formulation: one slip, one finding — the one that names the word and says why. (confusable-word's built-in lexicon:
 * a user's own entries are theirs to weigh.)
 */
function confusableSpeaks(hits: readonly ConfusableHit[], normal: string, start: number, end: number, canonical: string): boolean {
  let fixed = "";
  let at = start;
  for (const hit of hits) {
    if (hit.start < start || hit.end > end) continue;
    fixed += normal.slice(at, hit.start) + normalise(hit.entry.replacement);
    at = hit.end;
  }
  return at !== start && stripPunct(fixed + normal.slice(at, end)) === stripPunct(normalise(canonical));
}

type ConfusableHit = TermHit<ConfusableEntry>;

/** The faults of each paragraph, by the lexicon in use (see ParagraphMemo). */
const memos = new WeakMap<FormulationMatcher, ParagraphMemo<ParagraphFault[]>>();

export default defineRule<LexiconOptions>(
  {
    id: "formulation",
    name: "规范表述",
    description: "检查引用有误的政治规范表述和中央文件名称（缺字、多字、错字、顺序颠倒、文件期限或文种有误、全会列举有误），以规范原文提示",
    summary: "Flags misquoted political formulations and central document titles (a character or word missing, extra, wrong or swapped; a wrong plan period or document type; a wrong list of plenums), naming the exact wording.",
    fixable: false,
    severity: "error",
    optionsSchema: lexiconOptionsSchema("{id, canonical, kind, reason, localAdaptations?, invalid, valid}"),
    defaults: lexiconDefaults,
    messages: {
      misquoted: "“{text}”与规范表述不一致，应为“{canonical}”",
      order: "“{text}”的顺序与规范表述不一致，应为“{canonical}”",
      items: "“{text}”的列举项与规范表述不一致（缺项、多项或换了一项），应为“{canonical}”",
      separator: "“{text}”的列举项之间应使用顿号，应为“{canonical}”",
      title: "“{text}”与文件名称不一致，应为《{canonical}》",
      plenumOrder: "“{text}”中全会的顺序有误，应为“{expected}”",
      plenumUnknown: "{term}届中央委员会共召开{count}次全体会议，“{text}”有误，应核对全会名称",
      congressTerm: "“{text}”中党的代表大会与中央委员会全会的届次不一致，应为“{canonical}”",
      partyBody: "{level}设{body}，不设党组：“{text}”应为“{expected}”",
      departmentBody: "政府工作部门设党组：“{text}”应为“{expected}”",
      levels: "“{text}”中两级颠倒：小事在更基层解决，应为“{canonical}”",
    },
  },
  ({ model, options, report }) => {
    const { matcher, lists } = formulationLexicon(options);
    const parties = wrongPartyBodies(model);
    const memo = memoFor(memos, matcher);
    memo.begin(model);
    for (const p of model.paragraphs) {
      if (p.kind === "code" || p.kind === "html") continue;
      const at = (s: number, e: number) => [p.range[0] + s, p.range[0] + e] as const;
      for (const party of parties) {
        if (!p.text.includes(party.written)) continue;
        for (const m of p.text.matchAll(party.re)) {
          const text = m[0];
          const expected = text.slice(0, -party.written.length) + party.right;
          report({ range: at(m.index + text.length - party.written.length, m.index + text.length), messageId: party.messageId, data: { level: party.level, body: party.right, text, expected } });
        }
      }
      for (const f of memo.get(p.text, () => paragraphFaults(p.text, matcher, lists))) report({ ...f, range: at(f.range[0], f.range[1]) });
    }
  },
);
