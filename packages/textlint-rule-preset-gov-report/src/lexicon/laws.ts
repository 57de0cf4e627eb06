// Checks the title inside 《…》 against the laws in force: the curated list (data/law-names.json:
// laws with their short forms, common mistakes, repeals) and the complete list derived from the
// corpus by scripts/build-law-list.mjs (data/law-list.json: laws, administrative regulations,
// judicial interpretations, ministry rules and local regulations, and the repeals their texts state).
import { confusionKindOf, segment, wordFrequency } from "@report-lint/core";
import type { Law, LawMistake, RepealedLaw } from "@report-lint/schema";
import { LAW_LIST_JSON } from "./law-list.generated.js";
import { osaDistance } from "./distance.js";
import { isHanUnit, matchesWhere } from "../chars.js";

interface LawList {
  titles: Record<string, string[]>;
  repealed: RepealedLaw[];
}
/** The derived list, parsed the first time a rule needs it (not when the preset is loaded). */
let parsed: LawList | null = null;
const lawList = (): LawList => (parsed ??= JSON.parse(LAW_LIST_JSON) as LawList);
/** The repeals the corpus's texts state (data/law-list.json). */
export const derivedRepeals = (): readonly RepealedLaw[] => lawList().repealed;
/**
 * The kinds of the derived list a title that names nothing in force is matched against, in 《》 or
 * cited without (根据行政许可法规定): the national ones. (Bare citations were matched against laws
 * and administrative regulations only; over the 56 MB corpus, adding the other two flagged nothing more.)
 */
const NATIONAL_KINDS: ReadonlySet<string> = new Set(["法律", "行政法规", "司法解释", "部门规章"]);

const PREFIX = "中华人民共和国";
/** Titles ending in these are not laws (办法, 方法 …) or are programme names (《今日说法》, 《以案释法》). */
const NOT_A_LAW = /(?:[办方做想看说写手章算语疗技兵书佛家释讲普懂知学守执司用]法|(?<!保)护法|法典)$/u;
/** What a certificate's or a form's name ends with: 《居民身份证》 is the card, not 居民身份证法 cut short. */
const CERTIFICATE = /(?:证|证书|执照|卡|表|单)$/u;
/** The level of a local legislature or government alone at a title's start (省, 本市, 自治区): the reporting place's own. */
const LOCAL_LEVEL = /^(?:本|我)?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)/u;
/** What a local regulation or government rule ends with (a 法 is the national legislature's alone). */
const LOCAL_ENDING = /(?:条例|规定|办法|细则|规则)$/u;
/** A repealed law named in passing: 原《合同法》, 《合同法》同时废止. */
const HISTORICAL = /原$|废止|失效|不再施行|取代/u;
/** Before a title as it was until the amendment that names it so (修改《…侵犯植物新品种权…》, renamed 侵害 by it). */
const AMENDED = /(?:修改|修订)$/u;

/** A title without a trailing （…） note, and without 中华人民共和国 (its core). */
function nameOf(title: string): { name: string; core: string; hasPrefix: boolean } {
  const name = title.replace(/[（(][^（）()]*[）)]$/u, "").trim();
  const hasPrefix = name.startsWith(PREFIX);
  return { name, core: hasPrefix ? name.slice(PREFIX.length) : name, hasPrefix };
}

export type LawFault =
  | { kind: "wrong"; correct: string }
  | { kind: "repealed"; replacement: string; since: number };

/** A title in 书名号. */
export const TITLE = /《([^《》\n]{1,60})》/gu;
/** Where a law is cited by name without 书名号: 根据行政许可法第十条. */
export const CITED = /(?:依据|根据|按照|依照|遵照)(?=[\u4e00-\u9fff])(?!的)/gu;
/** What every match of CITED holds. */
const CITED_SECOND = ["据", "照"];

/** How a law's or regulation's title ends (a trailing note aside). */
export const TITLE_END = /(?:法|法典|条例|规定|办法|细则|解释|规则|通则)$/u;
/**
 * The endings (TITLE_END's) of the names knownBare looks for: a law's, not a rule's 办法. Regulations and rules (条例,
 * 办法, 规定 …) are cited in 书名号 (spans' first kind), and their endings are common words of a report (有关规定,
 * 想办法): looking back from each of them cost the 错别字 check 1.2 ms per 10,000 characters (bench/src/against.mjs).
 */
const LAW_ENDINGS = new Set(["法", "法典"]);
/** The last characters of LAW_ENDINGS: the places knownBare looks back from. */
const TITLE_LAST = new Set([...LAW_ENDINGS].map((e) => e.charCodeAt(e.length - 1)));
/** The longest name of a law knownBare looks for (中华人民共和国 and the longest short title's core). */
const BARE_LONGEST = 40;
/**
 * The titles a miswritten one is searched among end so, or as an amendment (刑法修正案（七）) or a
 * judicial interpretation's or a circular's do (…的安排, …的决定, …的批复, …的通知): a title in 《》 has its
 * extent, so what a slip leaves of such a title is found as well.
 */
const TARGET_END = /(?:法|法典|条例|规定|办法|细则|解释|规则|通则|修正案|安排|决定|批复|通知)$/u;
/** The endings only a law or a State Council regulation has among national texts (see wordAddedTo). */
const NATIONAL_ONLY_END = /(?:(?<!办)法|条例)$/u;
/** An article cited right after a name (第十二条, 第3款): what stands before it is a name, however it ends. */
const ARTICLE_AFTER = /^第[〇零一二三四五六七八九十百千0-9]+[条款项]/u;
/**
 * Short titles ending so that are not laws: 方法, 《家法》, 《孙子兵法》, 《今日说法》, 《以案释法》 …
 * (办法 is a regulation's ending and is kept; so are 保护法, 公司法, 反分裂国家法: laws end so).
 */
const NOT_A_TITLE = /^.{0,2}[方做想看说写手章算语疗技兵书佛家释讲]法$/u;

/**
 * Is `written` one edit from `real` — a character dropped, added, two neighbours swapped, or one
 * replaced by a character that sounds or looks like it (the confusion set of the 错别字 check:
 * 行政复义法, 信访工作条列)? Any other replacement is counted only in a title of ANY_REPLACED characters or
 * more: 民法 and 刑法 are both words.
 */
export function oneEdit(written: string, real: string): boolean {
  return editKind(written, real) !== null;
}

/**
 * From this length on, a title with any one character replaced counts as one edit from the real one (突发公共卫生事故应急条例,
 * 消费者权利保护法实施条例): two real titles that long differ in more than one character (a place's, a subject's); shorter
 * ones may differ in one (民法, 刑法; 水法, 税法), and there only a character that sounds or looks like the other counts.
 */
const ANY_REPLACED = 8;

/** A law's or regulation's name, then the ending of the rules that implement it (实施条例, 实施细则, 实施办法; 实行 a slip). */
const IMPLEMENTING = /^(.{2,}(?:法|条例))(实施|实行)(条例|细则|办法)$/u;
/**
 * From this length on a title with two neighbouring words swapped is searched for (交通道路安全法 is 7, under 中华人民共和国;
 * 环境卫生管理条例 8). A title the list knows never comes to the search.
 */
const WORDS_SWAPPED_FROM = 6;
/** From this length on the two words swapped need not be the dictionary's (历史文化名城名村名镇保护条例: 名村, 名镇). */
const ANY_WORDS_SWAPPED_FROM = 12;

/** The kinds of one edit, the likelier slip first: a dropped character, a replaced one, a swap, an added one. */
export type EditKind = "drop" | "replace" | "swap" | "add";
const EDIT_RANK: Record<EditKind, number> = { drop: 0, replace: 1, swap: 2, add: 3 };

/** How `written` is one edit from `real` (see oneEdit), or null. */
export function editKind(written: string, real: string): EditKind | null {
  const d = written.length - real.length;
  if (d < -1 || d > 1 || written === real) return null;
  let p = 0;
  while (p < written.length && p < real.length && written[p] === real[p]) p++;
  if (d === -1) return written.slice(p) === real.slice(p + 1) ? "drop" : null;
  if (d === 1) return written.slice(p + 1) === real.slice(p) ? "add" : null;
  if (written.slice(p + 1) === real.slice(p + 1)) return real.length >= ANY_REPLACED || confusable(written[p]!, real[p]!) ? "replace" : null;
  return written[p] === real[p + 1] && written[p + 1] === real[p] && written.slice(p + 2) === real.slice(p + 2) ? "swap" : null;
}

function confusable(written: string, real: string): boolean {
  try {
    // Either way round: a rare character's list of candidates may stop before a common one that lists it.
    return confusionKindOf(written, real) !== null || confusionKindOf(real, written) !== null;
  } catch {
    // No confusion set (a damaged package): no replacement counts.
    return false;
  }
}

/** The derived list, indexed on first use: titles and their cores, and by length for the search. */
interface TitleIndex {
  known: Set<string>;
  /** The titles ending as a law's or regulation's do (TARGET_END), by the length of their cores. */
  byLength: Map<number, Array<{ core: string; kind: string }>>;
}
let index: TitleIndex | null = null;
function titles(): TitleIndex {
  if (index !== null) return index;
  const known = new Set<string>();
  const byLength = new Map<number, Array<{ core: string; kind: string }>>();
  for (const [kind, list] of Object.entries(lawList().titles)) {
    for (const title of list) {
      const { name, core } = nameOf(title);
      known.add(title).add(name).add(core);
      // Only what ends as a law's or regulation's title does is a target for the one-edit search.
      if (!TARGET_END.test(core)) continue;
      let group = byLength.get(core.length);
      if (group === undefined) byLength.set(core.length, (group = []));
      group.push({ core, kind });
    }
  }
  return (index = { known, byLength });
}

/** How a title ends (法, 办法, 条例 …: TITLE_END's longest match), or null. */
/**
 * Is `longer` the title `shorter` with one two-character word of the dictionary put in at a place from 1 to `last` (a
 * place past which the ending begins)? wordDroppedFrom and wordAddedTo ask it each the other way round.
 */
function wordPutIn(longer: string, shorter: string, last: number): boolean {
  if (longer.length !== shorter.length + 2) return false;
  for (let i = 1; i <= last; i++) if (longer.startsWith(shorter.slice(0, i)) && longer.endsWith(shorter.slice(i)) && wordFrequency(longer.slice(i, i + 2)) > 0) return true;
  return false;
}

function titleEnding(title: string): string | null {
  const m = TITLE_END.exec(title);
  return m === null ? null : m[0];
}

/** Does a word of the segmenter's cut of `text` from `start` end at `end`? */
function endsWord(text: string, start: number, end: number): boolean {
  let at = start;
  for (const token of segment(text.slice(start, end + 4))) {
    at += token.length;
    if (at >= end) return at === end;
  }
  return true;
}

export class LawNames {
  /** Accepted titles: full names, names without 中华人民共和国, and short forms. */
  private readonly known = new Set<string>();
  /** Cores (full name without the prefix, and short forms) by length, for fuzzy look-up. */
  private readonly byLength = new Map<number, Array<{ core: string; full: string }>>();
  private readonly mistakes = new Map<string, string>();
  private readonly repealed = new Map<string, RepealedLaw>();
  /** oneEditFrom's answers so far, by title. */
  private readonly searched = new Map<string, string | null>();

  constructor(data: { laws: Law[]; commonMistakes: LawMistake[]; repealed: RepealedLaw[] }) {
    for (const law of data.laws) {
      const core = law.name.startsWith(PREFIX) ? law.name.slice(PREFIX.length) : law.name;
      for (const name of [law.name, core, ...law.short]) {
        this.known.add(name);
        if (name === law.name && name !== core) continue;
        const list = this.byLength.get(name.length) ?? [];
        list.push({ core: name, full: core });
        this.byLength.set(name.length, list);
      }
    }
    for (const m of data.commonMistakes) this.mistakes.set(m.wrong, m.correct);
    // In order: a later entry for the same law wins (lawLexicon puts the curated after the derived).
    for (const r of data.repealed) this.repealed.set(r.name, r);
  }

  /** Is `title` (without 《》) the name of a law or regulation in force, in full, without 中华人民共和国, or short? */
  knows(title: string): boolean {
    const { name, core } = nameOf(title);
    return this.known.has(name) || this.known.has(core) || titles().known.has(name) || titles().known.has(core);
  }

  /** Is `title` with its character at `k`, a copy of the one before it, taken out a law in force (行政处处罚法, 3 → 行政处罚法)? */
  knowsWithoutCopy(title: string, k: number): boolean {
    return k > 0 && title[k] === title[k - 1] && this.knows(title.slice(0, k) + title.slice(k + 1));
  }

  /** Is `title` a law in force once one of its characters typed twice is taken out once (行政处罚法法)? */
  knowsTypedTwice(title: string): boolean {
    for (let k = 1; k < title.length; k++) if (this.knowsWithoutCopy(title, k)) return true;
    return false;
  }

  /**
   * The one title in force (its core) that `core` is one edit from (oneEdit), or null — none, or
   * more than one by the likeliest kind of edit (the fault cannot be told). A dropped character is
   * likelier than an added one: 《劳动同法》 is 劳动合同法 missing 合 rather than 劳动法 with 同 added. Searched in the curated laws and their short forms,
   * and the derived list's national titles (NATIONAL_KINDS) that end as a law's or regulation's does. Local
   * regulations are not searched: a city's name one sound from another's (苏州/宿州) would make a
   * real regulation of a place the list lacks look like a misnamed one.
   */
  private oneEditFrom(core: string): string | null {
    // A report names the same few titles again and again (“根据有关规定”): each is searched once.
    const hit = this.searched.get(core);
    if (hit !== undefined) return hit;
    if (this.searched.size >= 4096) this.searched.clear();
    const found = this.search(core);
    this.searched.set(core, found);
    return found;
  }

  /**
   * The one title in force (its core) that `core` is with one two-character word left out of its middle, or null —
   * none, or more than one. Searched in the curated laws and the derived list's national titles, as oneEditFrom
   * searches: a dropped word is a slip of another kind than a dropped character (政府信息条例, 治安处罚法). Not a word
   * at the start, which narrows or widens what the title covers (安全生产条例 is no slip of 煤矿安全生产条例), nor
   * in the ending (条例, 办法).
   */
  private wordDroppedFrom(core: string): string | null {
    return this.uniqueTitle(`\u0000${core}`, core.length + 2, (c) => wordPutIn(c.core, core, c.core.length - 2 - (titleEnding(c.core)?.length ?? 0)));
  }

  /**
   * The one title in force (its core) that `core` is with one two-character word of the dictionary put into its middle,
   * or null — none, or more than one. As wordDroppedFrom, not at the start nor in the ending.
   */
  private wordAddedTo(core: string): string | null {
    return this.uniqueTitle(`\u0002${core}`, core.length - 2, (c) => wordPutIn(core, c.core, c.core.length - (titleEnding(c.core)?.length ?? 0)));
  }

  /**
   * The one title in force (its core) that `core` is with two neighbouring words of two characters each written the
   * other way round (卫生环境 for 环境卫生), or null — none, or more than one. Searched as wordDroppedFrom searches; both
   * words must be the dictionary's in a title shorter than ANY_WORDS_SWAPPED_FROM, and not in the title's ending.
   */
  private wordsSwappedFrom(core: string): string | null {
    if (core.length < WORDS_SWAPPED_FROM || !TITLE_END.test(core)) return null;
    return this.uniqueTitle(`\u0001${core}`, core.length, (c) => {
      let first = 0;
      while (first < core.length && core[first] === c.core[first]) first++;
      const ending = titleEnding(c.core)?.length ?? 0;
      // The swap starts at the first difference, or one before it where the two words begin alike (军官军衔 → 军衔军官).
      for (let p = Math.max(0, first - 1); p <= first; p++) {
        if (p + 4 > c.core.length - ending || core.slice(0, p) !== c.core.slice(0, p) || core.slice(p + 4) !== c.core.slice(p + 4)) continue;
        const a = c.core.slice(p, p + 2);
        const b = c.core.slice(p + 2, p + 4);
        if (a !== b && core.slice(p, p + 4) === b + a && (core.length >= ANY_WORDS_SWAPPED_FROM || (wordFrequency(a) > 0 && wordFrequency(b) > 0))) return true;
      }
      return false;
    });
  }

  /**
   * The one title in force of `len` characters (its core) that `matches`, or null — none, or more than one: the search
   * wordDroppedFrom and wordsSwappedFrom share, remembered under `key` (the title searched, marked by the search).
   */
  private uniqueTitle(key: string, len: number, matches: (c: { core: string; full: string }) => boolean): string | null {
    const hit = this.searched.get(key);
    if (hit !== undefined) return hit;
    let found: string | null = null;
    let tied = false;
    for (const c of this.titlesOfLength(len)) {
      if (c.full === found || !matches(c)) continue;
      if (found === null) found = c.full;
      else tied = true;
    }
    const answer = tied ? null : found;
    this.searched.set(key, answer);
    return answer;
  }

  /** The titles the fuzzy searches try, of `len` characters: the curated laws and their short forms, and the derived list's national titles. */
  private titlesOfLength(len: number): Array<{ core: string; full: string }> {
    return [
      ...(this.byLength.get(len) ?? []),
      ...(titles().byLength.get(len) ?? []).filter((c) => NATIONAL_KINDS.has(c.kind)).map((c) => ({ core: c.core, full: c.core })),
    ];
  }

  private search(core: string): string | null {
    // A character added that makes another kind of text's ending is no slip: 选举办法 is not 选举法 with 办 added.
    const ending = titleEnding(core);
    let found: string | null = null;
    let foundRank = Infinity;
    let tied = false;
    for (let len = core.length - 1; len <= core.length + 1; len++) {
      for (const c of this.titlesOfLength(len)) {
        const kind = c.full === found ? null : editKind(core, c.core);
        if (kind === null || EDIT_RANK[kind] > foundRank || (kind === "add" && ending !== null && ending !== titleEnding(c.core))) continue;
        tied = EDIT_RANK[kind] === foundRank;
        if (!tied) {
          found = c.full;
          foundRank = EDIT_RANK[kind];
        }
      }
    }
    return tied ? null : found;
  }

  /**
   * A law's name cited without 书名号 at the start of `text` (after 依据/根据/按照: 根据行政可法第十条):
   * the longest start of `text` that ends as a title does, or stands right before an article
   * (依据海关行政处罚实施例第十二条: the slip took the ending), ends a word, and is one edit from
   * exactly one law, administrative regulation, judicial interpretation or ministry rule, unless a
   * longer start is a real name. Returns the written name and the real one, or null.
   */
  checkBare(text: string): { written: string; correct: string } | null {
    const start = text.startsWith(PREFIX) ? PREFIX.length : 0;
    let fault: { written: string; correct: string } | null = null;
    for (let end = start + 2; end <= Math.min(text.length, start + 40); end++) {
      const written = text.slice(start, end);
      const article = ARTICLE_AFTER.test(text.slice(end, end + 8));
      // Two characters are a name only before an article (依据能法第十二条).
      if (!((end - start >= 3 && TITLE_END.test(written)) || article) || NOT_A_TITLE.test(written) || !/^[\u4e00-\u9fff、〈〉]+$/u.test(written)) continue;
      // A real name: no shorter start was a slip (the longest start wins: 依据食品安全法实施例 is a slip for 食品安全法实施条例).
      if (this.knows(written)) {
        fault = null;
        continue;
      }
      // A word of the dictionary is a notion, not a name cut short (根据国际法, not 国籍法), unless an article follows.
      if (!article && wordFrequency(written) > 0) continue;
      const correct = this.oneEditFrom(written) ?? this.wordsSwappedFrom(written);
      // A name ends where a word does: not in 依照防震减灾的法律 (的|法律), one edit from 防震减灾法.
      if (correct !== null && endsWord(text, start, end)) fault = { written: text.slice(0, end), correct };
    }
    return fault;
  }

  /**
   * The spans of `text` that law-name speaks for, which the 错别字 check leaves to it: each 《title》
   * that is a law or regulation in force or that law-name flags, each name it flags after
   * 依据/根据/按照 (CITED), and each name of a law in force written without 书名号 (knownBare:
   * 突发事件应对法草案 is not 法律草案).
   */
  spans(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (const m of matchesWhere(text, TITLE, "《")) if (this.knows(m[1]!) || this.check(m[1]!, "", "") !== null) out.push([m.index, m.index + m[0].length]);
    for (const f of this.bareFaults(text)) out.push([f.start, f.start + f.written.length]);
    out.push(...this.knownBare(text));
    return out;
  }

  /**
   * The names of laws in force written without 书名号 (贯彻实施行政处罚法, 突发事件应对法草案): at each 法 or 法典
   * (TITLE_LAST), the longest run of Chinese characters before it, three to BARE_LONGEST long, that is such a
   * name in full, without 中华人民共和国, or short.
   */
  knownBare(text: string): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const tails = (this.tails ??= this.nameTails());
    for (let end = 3; end <= text.length; end++) {
      if (!TITLE_LAST.has(text.charCodeAt(end - 1)) || !tails.has(text.slice(end - 2, end))) continue;
      let found = -1;
      for (let start = end - 3; start >= Math.max(0, end - BARE_LONGEST) && isHanUnit(text.charCodeAt(start)); start--) {
        const name = text.slice(start, end);
        const core = name.startsWith(PREFIX) ? name.slice(PREFIX.length) : name;
        if (this.known.has(core) || titles().known.has(core)) found = start;
      }
      if (found >= 0 && LAW_ENDINGS.has(titleEnding(text.slice(found, end)) ?? "")) out.push([found, end]);
    }
    return out;
  }

  /** The last two characters of every name knownBare may find (罚法, 对法, 法典): most places ending in 法 (依法, 执法) end none. */
  private tails: Set<string> | null = null;
  private nameTails(): Set<string> {
    const tails = new Set<string>();
    for (const name of [...this.known, ...titles().known]) if (name.length >= 3 && LAW_ENDINGS.has(titleEnding(name) ?? "")) tails.add(name.slice(-2));
    return tails;
  }

  /** Each law's name in `text` cited without 书名号 after 依据/根据/按照 … (CITED) that checkBare finds wrong, with where it starts. */
  bareFaults(text: string): Array<{ start: number; written: string; correct: string }> {
    const out: Array<{ start: number; written: string; correct: string }> = [];
    for (const m of matchesWhere(text, CITED, CITED_SECOND)) {
      const start = m.index + m[0].length;
      const fault = this.checkBare(text.slice(start, start + 60));
      if (fault !== null) out.push({ start, ...fault });
    }
    return out;
  }

  /**
   * What is wrong with the title `title` (without 《》), or null. `before`/`after` are the sentence
   * around it; `year`, the report's year, if known (a law repealed after it was in force then).
   */
  check(title: string, before: string, after: string, year: number | null = null): LawFault | null {
    const { name, core, hasPrefix } = nameOf(title);
    const styled = (correct: string) => (hasPrefix && !correct.startsWith(PREFIX) ? PREFIX + correct : correct);
    if (this.known.has(name) || this.known.has(core)) return null;
    // 《中华人民共合国宪法》: a miswritten prefix before a known law.
    for (const cut of [6, 7, 8]) {
      const rest = name.slice(cut);
      if (!hasPrefix && rest.length >= 2 && this.known.has(rest) && osaDistance(name.slice(0, cut), PREFIX, 1) === 1) {
        return { kind: "wrong", correct: PREFIX + rest };
      }
    }
    const repealed = this.repealed.get(core);
    if (repealed !== undefined) {
      if (HISTORICAL.test(before) || HISTORICAL.test(after) || (year !== null && year < repealed.since)) return null;
      return { kind: "repealed", replacement: styled(repealed.replacedBy), since: repealed.since };
    }
    if (titles().known.has(name) || titles().known.has(core)) return null;
    if (AMENDED.test(before)) return null;
    // A local regulation named by the level that made it, as the reports of that province or city write it: a national
    // regulation's title after the level (《省优化营商环境条例》) is the province's own regulation of that name, not a slip.
    // (Not a title that only begins with a level's character: 《市场主体登记管理条例》, 《市维护建设税暂行条例》 for 城市….)
    const level = LOCAL_LEVEL.exec(core);
    if (level !== null && LOCAL_ENDING.test(core) && this.knows(core.slice(level[0].length))) return null;
    const correct = this.mistakes.get(core);
    if (correct !== undefined) return { kind: "wrong", correct: styled(correct) };
    // One edit from exactly one title in force, at any length (《慈法》, 《行政可法》, 《信访工作条列》).
    // A two-character title that is a word (学法, 国法, 算法) is not taken for a law's name cut short,
    // unless 中华人民共和国 says it is one (《中华人民共和国立法》) or only the law's closing 法 is
    // missing (《海关》, 《法官》, 《立法》: 海关法, 法官法, 立法法); nor is a certificate's or a
    // form's (凭本人《居民身份证》, 《营业执照》) for a law's.
    const shortWord = core.length === 2 && !hasPrefix && wordFrequency(core) > 0 && !this.knows(core + "法");
    if (core.length >= 2 && !NOT_A_TITLE.test(core) && !CERTIFICATE.test(core) && !shortWord) {
      const real = this.oneEditFrom(core);
      if (real !== null) return { kind: "wrong", correct: hasPrefix ? styled(real) : real };
    }
    // A national title with a word left out of its middle (《政府信息条例》 for 政府信息公开条例).
    if (core.length >= 4 && TITLE_END.test(core) && !NOT_A_TITLE.test(core)) {
      const real = this.wordDroppedFrom(core);
      if (real !== null) return { kind: "wrong", correct: hasPrefix ? styled(real) : real };
    }
    // …or with a word put in, where the title is a law's or a State Council regulation's (《地质灾害防治管理条例》 for
    // 地质灾害防治条例): only the legislature and the State Council name a national text 法 or 条例, and the list has all
    // of theirs. (Not 办法, 规定: a ministry's rules, which the list lacks, may well be named so.)
    if (core.length >= 8 && NATIONAL_ONLY_END.test(core) && !NOT_A_TITLE.test(core)) {
      const real = this.wordAddedTo(core);
      if (real !== null) return { kind: "wrong", correct: hasPrefix ? styled(real) : real };
    }
    // The rules implementing a law or regulation, named after it (消费者权益保护法实施条例, 土地管理法实施细则): a misnamed
    // law before the ending is the same slip as in the law's own title, whether or not the list has the rules; and 实行
    // for 实施 after a name in force (医疗保障基金使用监督管理条例实行细则).
    const implementing = IMPLEMENTING.exec(core);
    if (implementing !== null) {
      const law = implementing[1]!;
      let real: string | null = null;
      if (implementing[2] === "实行") {
        if (this.knows(law)) real = law;
      } else if (!this.knows(law)) {
        const base = this.check(law, before, after, year);
        if (base?.kind === "wrong") real = nameOf(base.correct).core;
      }
      if (real !== null) {
        const rules = `${real}实施${implementing[3]!}`;
        return { kind: "wrong", correct: hasPrefix ? styled(rules) : rules };
      }
    }
    // Two neighbouring words of a title in force written the other way round (城市市容和卫生环境管理条例).
    const swapped = this.wordsSwappedFrom(core);
    if (swapped !== null) return { kind: "wrong", correct: hasPrefix ? styled(swapped) : swapped };
    // (Under 中华人民共和国 the title is a national law's whatever its last word: 《中华人民共和国电子签章法》 is 电子签名法.)
    if (!core.endsWith("法") || (!hasPrefix && NOT_A_LAW.test(core))) return null;
    // A title close to exactly one known law is that law misnamed; anything else may be a law the list lacks. A name of
    // three characters is judged only under 中华人民共和国, which says it is a national law, and the list has them all
    // (《中华人民共和国防汛法》 is 防洪法; without the prefix, 《防汛法》 may be a speaker's shorthand for the flood rules).
    const max = core.length <= 3 ? (core.length === 3 && hasPrefix ? 1 : 0) : core.length <= 6 ? 1 : 2;
    if (max === 0) return null;
    let best = max + 1;
    let closest: Array<{ core: string; full: string }> = [];
    for (let len = core.length - max; len <= core.length + max; len++) {
      // The curated laws and their short forms, and every law of the derived list (水土保持法 for 水土保护法).
      const laws = (titles().byLength.get(len) ?? []).filter((c) => c.kind === "法律" && c.core.endsWith("法")).map((c) => ({ core: c.core, full: c.core }));
      for (const c of [...(this.byLength.get(len) ?? []), ...laws]) {
        const d = osaDistance(core, c.core, best);
        if (d < best) {
          best = d;
          closest = [];
        }
        if (d === best) closest.push(c);
      }
    }
    // (One law may come from both lists, as 中华人民共和国电子签名法 and as 电子签名法: the same law, not two.)
    const first = closest[0];
    if (first === undefined || best > max || closest.some((c) => nameOf(c.full).core !== nameOf(first.full).core)) return null;
    return { kind: "wrong", correct: hasPrefix ? styled(first.full) : first.core };
  }
}
