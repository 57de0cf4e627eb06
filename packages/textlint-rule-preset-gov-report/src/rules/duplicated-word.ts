/**
 * duplicated-word — a word, character or punctuation mark typed twice: `思想思想`,
 * `普法普法`, `的的`, `，，`, and a word repeated across a line break (`…思想` / `思想…`).
 *
 * Why: drafts are assembled by copy and paste, and a doubled word survives proofreading
 * because the eye skips it. Chinese is full of correct repetition, though: reduplicated
 * words (层层 紧紧 常常 一一 等等), AABB forms (切切实实), idioms (息息相关), measure-word
 * forms (一个个 一步一步) and repetition across a word boundary (学习|习近平, 司法所|所长,
 * 的|的确). So a repeat found in the text is only a candidate. It is not flagged when an
 * allow-list entry (or the `allow` option) covers it, or when the word segmenter — jieba,
 * loaded on the first candidate and run on the clause around it — shows a word running into
 * it from the left (学习|习近平), a single character joined to a word on the right (所|所长),
 * or one word spanning the whole repeat (层层). A doubled word whose second copy opens a
 * longer word (依法|依法行政) is still a fault. What the rules find on their own, `--fix` deletes; a repeat only the
 * language model's judgement finds is offered as a quick fix unless the model all but rules the copy out (sureRepeat).
 * Doubled punctuation (，， 。。 、、) is flagged; …… and —— are single marks (GB/T 15834-2011 4.11 省略号, 4.10 破折号).
 */
import { doubledCharacterMargin, firmEndingAhead, insidePlaceName, isPlaceName, languageModelError, namedListItem, opensFirmName, placeNamesError, segment, wordFrequency } from "@report-lint/core";
import { isHanUnit, maskInlineCode, unitTest } from "../chars.js";
import { defineRule, type Finding } from "../define-rule.js";
import { GENRE_WORDS } from "./wrong-character.js";
import { askModel } from "../language-model.js";
import { lawLexicon, lexiconDefaults } from "../lexicon/data.js";
import { LawNames } from "../lexicon/laws.js";
import { memoFor, type ParagraphMemo } from "../paragraph-memo.js";

/** Correct repetitions: AA, AABB, idioms. A candidate inside an occurrence of one of these is not flagged. */
export const ALLOWED_REPETITIONS: readonly string[] = `
层层 紧紧 默默 常常 人人 天天 个个 一一 等等 处处 事事 时时 步步 年年 月月 日日 家家 户户 村村 条条
件件 项项 次次 样样 种种 点点 刚刚 渐渐 仅仅 往往 纷纷 频频 屡屡 稍稍 深深 牢牢 久久 早早 好好 大大
多多 慢慢 轻轻 悄悄 静静 明明 偏偏 恰恰 代代 声声 句句 字字 节节 环环 面面 双双 重重 连连 万万
看看 想想 谈谈 说说
切切实实 扎扎实实 认认真真 踏踏实实 实实在在 明明白白 清清楚楚 方方面面 点点滴滴 家家户户 时时处处
时时刻刻 事事处处 上上下下 里里外外 干干净净 整整齐齐 平平安安 老老实实 规规矩矩 堂堂正正 轰轰烈烈
完完全全 原原本本 条条块块 桩桩件件 世世代代 反反复复 勤勤恳恳 兢兢业业 千千万万 三三两两 的的确确
多多少少 大大小小
息息相关 井井有条 欣欣向荣 蒸蒸日上 源源不断 津津乐道 孜孜不倦 谆谆教诲 历历在目 滔滔不绝 彬彬有礼
生生不息 人人有责 人人皆知 比比皆是 头头是道 念念不忘 步步为营 循循善诱 多多益善 格格不入 默默无闻
心心相印 面面俱到 高高在上 振振有词 泛泛而谈 夸夸其谈 草草了事 喜气洋洋 不了了之 一一对应 代代相传
天天向上 村村通 户户通 五五普法 十五五 规范规范性 学习学习强国 超超临界 公路路域 道路路域
`
  .split(/\s+/u)
  .filter((w) => w.length > 0);

/** A verb said twice (来看看, 多想想) is a form of its own, kept whole as listed. */
const VERBS_SAID_TWICE: ReadonlySet<string> = new Set(["看看", "想想", "谈谈", "说说"]);
/**
 * The reduplicated words of two characters among them (人人, 明明, 深深) are not allowed wholesale:
 * where the segmenter cuts such a pair apart, a copy belongs to a word beside it and is judged
 * as any doubled character is (人|人民调解员 for 人民调解员, 深|深入学习, 纠纷|纷); where it keeps
 * the pair whole (种种|情况, 深深|感到, 层层|压实), the pair is meant.
 */
const REDUPLICATED: ReadonlySet<string> = new Set(ALLOWED_REPETITIONS.filter((w) => w.length === 2 && w[0] === w[1] && !VERBS_SAID_TWICE.has(w)));

const ARABIC_DIGIT = /[0-9０-９]/u;
/** Measure words of 一个个 / 一步一步. */
const MEASURE = new Set("个件项次条批场户名位起份桩本轮道张幅句声片回层点步遍天年代排串对群队级家村组堆笔届期所");

const HAN = /^\p{Script=Han}+$/u;
/** A line opened by an ordinal the report model does not take as a numbering marker: 第一，/ 第七、/ 一是 / 首先，. */
const ORDINAL_HEADING = /^[\s\u3000]*(?:第[一二三四五六七八九十]+[，、]|[一二三四五六七八九十]+是|首先[，、]|其次[，、]|最后[，、])/u;
/** A sentence's end anywhere in a line. */
const SENTENCE_END = /[。！？；]/u;
const CLAUSE_BREAK = /[^\p{Script=Han}\p{L}\p{N}]/u;
const PROSE = /[，。；：！？,;:!?]/u;
/**
 * Punctuation typed twice (，，) is a repeat of its own: 1 at each mark that counts; 2 at a sign that repeats but does
 * not stack with a mark beside it (85%%, but 85%，).
 */
const DOUBLED_MARKS = new Uint8Array(0x10000);
for (const c of "，。、；：？！") DOUBLED_MARKS[c.charCodeAt(0)] = 1;
for (const c of "%％‰") DOUBLED_MARKS[c.charCodeAt(0)] = 2;
const STRONG_MARKS = new Uint8Array(0x10000);
for (const c of "？！") STRONG_MARKS[c.charCodeAt(0)] = 1;
const MAX_UNIT = 8;

interface Options {
  allow: string[];
}

/** Does an allowed word (other than those of `except`) cover the repeat [i, i + 2·len) of `s`? */
function allowed(s: string, i: number, len: number, allow: readonly string[], except?: ReadonlySet<string>): boolean {
  // Only the few places where `w` would cover the repeat are compared, never the rest of the paragraph.
  const end = i + 2 * len;
  for (const w of allow) {
    if (except?.has(w) === true) continue;
    for (let p = Math.max(0, end - w.length); p <= i; p++) if (s.startsWith(w, p)) return true;
  }
  const unit = s.slice(i, i + len);
  // 一个个, 一件件 …; 一个一个, 一步一步 …
  if (len === 1 && s[i - 1] === "一" && MEASURE.has(unit)) return true;
  return len === 2 && unit[0] === "一" && MEASURE.has(unit[1] ?? "");
}

/** Token boundaries (offsets into `clause`) from the segmenter, or null if its tokens do not rebuild the clause. */
function segmentCuts(clause: string): Set<number> | null {
  const tokens = segment(clause);
  const cuts = new Set([0]);
  let at = 0;
  for (const t of tokens) cuts.add((at += t.length));
  return tokens.join("") === clause ? cuts : null;
}

const isBreak = unitTest(CLAUSE_BREAK);
/** Clauses shorter than this are also cached by their text, across the document (short clauses repeat). */
const SHARED_CLAUSE = 256;

/**
 * The clauses of one text — runs of characters that are not CLAUSE_BREAK — found in one pass
 * and segmented at most once each. Finding the clause around every candidate afresh, and keying
 * the cache by its text, cost time proportional to the clause for every candidate: on a line of
 * 100,000 characters without punctuation (学习学习…) that was five minutes.
 */
class Clauses {
  private readonly startOf: Uint32Array;
  private readonly endOf: Uint32Array;
  private readonly byStart = new Map<number, Set<number> | null>();

  constructor(
    private readonly s: string,
    private readonly shared: Map<string, Set<number> | null>,
  ) {
    const n = s.length;
    this.startOf = new Uint32Array(n);
    this.endOf = new Uint32Array(n);
    for (let k = 0; k < n; k++) this.startOf[k] = k > 0 && !isBreak(s.charCodeAt(k - 1)) ? this.startOf[k - 1]! : k;
    for (let k = n - 1; k >= 0; k--) this.endOf[k] = k + 1 < n && !isBreak(s.charCodeAt(k + 1)) ? this.endOf[k + 1]! : k + 1;
  }

  /** The clause around position `i` (a character of a repeat, so not a break), and its cuts. */
  at(i: number): { start: number; cuts: Set<number> | null } {
    const start = this.startOf[i]!;
    let cuts = this.byStart.get(start);
    if (cuts === undefined) {
      const clause = this.s.slice(start, this.endOf[i]!);
      if (clause.length < SHARED_CLAUSE) {
        cuts = this.shared.get(clause);
        if (cuts === undefined) this.shared.set(clause, (cuts = segmentCuts(clause)));
      } else {
        cuts = segmentCuts(clause);
      }
      this.byStart.set(start, cuts);
    }
    return { start, cuts };
  }
}

/** Characters that end the name of a place or an office and begin its head's title: 北城街|街道, 某某镇|镇长, 财政所|所长, 政策法规股|股长. */
const UNIT_SUFFIX = new Set("省市县区镇乡村街道所局科处股队院组厅站社委办室庭馆校");
/**
 * The last characters of the names of waters, roads and lands (小沽河, 温瑞塘河, 国有林, 配水): where the segmenter reads
 * such a character as the end of a word of several characters and the next word begins with it (河道, 河岸, 林木, 水量),
 * as UNIT_SUFFIX's offices do (北城街|街道). A copy standing alone (清理河|河道) is still weighed.
 */
const GEO_ENDINGS = new Set("河湖江泉山港湾塘渠溪岛林路桥库水");
/** Does a water's ending (海宁湾|港) or a listed city's or county's name without its ending (舟山|港) end right before `at`? */
function afterPlaceName(s: string, at: number): boolean {
  if (GEO_ENDINGS.has(s[at - 1]!) || s[at - 1] === "海") return true;
  for (let k = 2; k <= 3 && at - k >= 0; k++) {
    const name = s.slice(at - k, at);
    if (isPlaceName(`${name}市`, 0, k + 1) || isPlaceName(`${name}县`, 0, k + 1)) return true;
  }
  return false;
}
/**
 * What follows 任 (to serve as) naming the post: 主任|任常务副组长, 主任|任组长 — a title ending with 任, then the verb.
 */
const POST_AFTER_REN = /^[“‘]?(?:常务|第一|执行|双)?副?(?:组长|主任|召集人|指挥长|总指挥|秘书长|队长|站长|所长|书记|成员|委员|顾问|主席|院长|校长|局长)/u;
/** What the verb 作 (to make, to give) makes in official prose: 作专题汇报, 作说明, 作表态发言, 作书面检查. */
const MADE_AFTER_ZUO = /^(?:专题|重要|全面|书面|工作|典型|大会|交流|表态|动员|辅导|情况|述职)?(?:汇报|报告|说明|部署|发言|讲话|检讨|检查|交流|动员|总结|批示|答复|解答|安排|辅导|讲解|宣讲|述职|述法|介绍|承诺|表态)/u;
/** Organs' short names of two characters, which the dictionary lacks (住建 of 住房和城乡建设, 卫健 of 卫生健康). */
const ORGAN_SHORT_NAMES = new Set(["住建", "城建", "规建", "卫健", "人社", "市监", "质监", "安监", "药监", "农经", "交建", "水建", "林草", "文旅"]);
/** Function characters that stand on their own before a word that begins with them (有了|了解, 的|的确, 在|在线, 和|和解, 是|是非): such a repeat is meant. */
const PARTICLES = new Set("了的地得着过是在和与也都就还又把被从向对为");
/**
 * How much more plausible (log10) the model must find a paragraph without a doubled character to flag it. Between 2.5
 * (the margin until the sixth session of 2026-12-07) and 4 lay 80 of the rule's 196 findings on the model's 19.4 M
 * characters of correct prose, nearly all correct (生态林|林地, 天然气|气费, 评标|标准, 趵突泉|泉群, 可以|以合理价格); the keyed
 * drafts' doubled slips caught stayed 249 of 264, bench/src/doubles.mjs's 287 of 300 became 285.
 */
const DOUBLED_MARGIN = 4;
/**
 * How much more it must find where a dictionary word ends at the first copy but the segmenter did
 * not take it: the doubles the bench makes clear it (行政|工|工作 7.5, 人民|调|调解员 9.9), compounds
 * of the corpus's laws the dictionary lacks mostly do not (再生|水|水源 3.8, 其一|任|任期 2.9).
 */
const AGAINST_CUT_EXTRA = 1;
/**
 * The same for a pair that is a reduplicated word (人|人民 but also 人人参与): of the doubles the
 * bench makes in the seeds' paragraphs (bench/src/doubles.mjs), those in such a pair clear 4.8 and
 * more, while correct pairs the segmenter cuts apart in the corpus's laws and reports (年|年末,
 * 相对人|人身, 大寒日|日照) stay below 4.5.
 */
const REDUPLICATED_MARGIN = 4.7;
/**
 * The margin for a word typed again after a longer word that ends with it, where a Chinese character follows
 * (wholeWordAfterTail): an organ's name before a compound it owns reads almost as well without the copy
 * (县人民政府|政府|信息公开 5.9, 县人民政府|政府|工作报告 6.3, 省人民政府|政府|采购 5.8), while of 373 such
 * doubles typed into the seeds' paragraphs 243 clear 8 (372 clear 6). In the 19.4 M characters of the model's
 * corpus the pattern is followed by Chinese 10 times (1 a slip, 主管部门部门颁发; 1 correct one above 8: a
 * title, 最高人民法院|人民法院对外委托司法鉴定管理规定); in the seeds, never.
 */
const TAIL_DOUBLE_MARGIN = 8;

/**
 * Is there a dictionary word of 2–4 characters (`shortest`–`longest`) in `s` ending at `end`
 * (exclusive) that starts where `cut` allows? Where the segmenter left the first copy of a repeat
 * standing alone, a word counts only if it starts at one of the cut's boundaries: 行政|工|工作 — 政工
 * is a word, but would split 行政, and the cut read that 工 otherwise.
 */
function wordEndsAt(s: string, end: number, cut: (k: number) => boolean, shortest = 2, longest = 4, isWord = inDictionary): boolean {
  for (let w = shortest; w <= longest && w <= end; w++) if (cut(end - w) && isWord(s.slice(end - w, end))) return true;
  return false;
}
const inDictionary = (word: string): boolean => wordFrequency(word) > 0;
/**
 * A dictionary word that is a word of its own, not a phrase the dictionary happens to list — a common word and the
 * character after it, seen a few times (业务精, 6: 业务 7,737): 政治坚定、业务精精通 is 精通 with 精 typed twice, not 业务精
 * and 精通. A rare word of two characters (靠泊|泊位, 原审|审判, 林网|网格) or one whose first part is no common word stays a
 * word of its own.
 */
function ownWord(word: string): boolean {
  const f = wordFrequency(word);
  return f > 0 && !(word.length >= 3 && f < LISTED_PHRASE && wordFrequency(word.slice(0, -1)) >= COMMON_PART);
}
/** Under this count a word of three or four characters made of a common word and one character more is a listed phrase. */
const LISTED_PHRASE = 10;
/** What makes the word before that character common (jieba's count). */
const COMMON_PART = 1000;

/** wrong-character's genre words (用海, 述法, 网格员 …) as a set: the words of this genre the dictionary lacks. */
let genreWords: Set<string> | null = null;
/** Does one of those genre words end at `end` (exclusive) in `s`? */
function genreWordEndsAt(s: string, end: number): boolean {
  genreWords ??= new Set(GENRE_WORDS);
  for (let w = 2; w <= 6 && w <= end; w++) if (genreWords.has(s.slice(end - w, end))) return true;
  return false;
}
/** Does one of those genre words start at `start` in `s`? */
function genreWordStartsAt(s: string, start: number): boolean {
  genreWords ??= new Set(GENRE_WORDS);
  for (let w = 2; w <= 6 && start + w <= s.length; w++) if (genreWords.has(s.slice(start, start + w))) return true;
  return false;
}
/**
 * Does a dictionary word of its own end at s[i] and a genre word the dictionary lacks begin at s[i + 1], its copy
 * (创新|新媒体, 建筑安全|全覆盖, 村寨|寨老)? Two words, each with the character — which the model, not having read the genre
 * word, cannot tell from a key pressed twice.
 */
function ownWordThenGenreWord(s: string, i: number): boolean {
  return genreWordStartsAt(s, i + 1) && wordEndsAt(s, i + 1, () => true, 2, 4, ownWord);
}
/** Does `s` without its character at i + 1 (a copy of the one at i) spell one of those genre words through i? */
function genreWordWithout(s: string, i: number): boolean {
  genreWords ??= new Set(GENRE_WORDS);
  for (const w of genreWords) {
    if (w.length < 3) continue;
    for (let k = w.indexOf(s[i]!); k !== -1; k = w.indexOf(s[i]!, k + 1)) {
      if (i - k >= 0 && s.slice(i - k, i + 1) + s.slice(i + 2, i + 2 + w.length - k - 1) === w) return true;
    }
  }
  return false;
}
/** Is there a dictionary word of 2–4 characters in `s` starting at `start`? */
function wordStartsAt(s: string, start: number): boolean {
  for (let w = 2; w <= 4 && start + w <= s.length; w++) if (wordFrequency(s.slice(start, start + w)) > 0) return true;
  return false;
}

const OPENING_BRACKETS = new Set("（(");
const CLOSING_BRACKETS = new Set("）)");
/**
 * Does the character at `start`, followed by an alternative of one or two characters in brackets, begin a dictionary
 * word read through them — 建（构）筑物 (建筑物, or 构筑物), 国（边）境 (国境, or 边境)? The laws write two words that share
 * their ending so; the segmenter, stopped by the bracket, leaves the character alone.
 */
function wordThroughAlternative(s: string, start: number): boolean {
  if (!OPENING_BRACKETS.has(s[start + 1] ?? "")) return false;
  let close = start + 2;
  while (close < s.length && close - start - 2 < 2 && isHanUnit(s.charCodeAt(close))) close++;
  if (close === start + 2 || !CLOSING_BRACKETS.has(s[close] ?? "")) return false;
  for (let w = 1; w <= 3 && close + w < s.length; w++) if (wordFrequency(s[start]! + s.slice(close + 1, close + 1 + w)) > 0) return true;
  return false;
}

/**
 * A character typed twice where the segmenter sees a word on one side (依法|法行政, 政|政府,
 * 落实|实, 制|制度): a fault when the language model finds the text far more plausible without
 * the second copy — unless both copies belong to words of their own (宪法|法律, 学习|习近平,
 * 每年|年初, 再生水|水源; see wordEndsAt: 行政|工|工作 is not 政工|工作)
 * or the first ends a place or office name (北城街|街道, 司法所|所长).
 */
function doubledInsideWord(s: string, i: number, cut: (k: number) => boolean, margin = DOUBLED_MARGIN, secondAlone = false): boolean {
  const unit = s[i]!;
  if (ownWordThenGenreWord(s, i)) return false;
  // 新建|建（构）筑物: each copy a word's, the second read through the alternative in brackets.
  if (wordThroughAlternative(s, i + 1) && wordEndsAt(s, i + 1, cut)) return false;
  if (wordStartsAt(s, i + 1)) {
    if (PARTICLES.has(unit)) return false;
    if (wordEndsAt(s, i + 1, cut, 2, 4, ownWord)) {
      // Both copies in words of their own (宪法|法律) — unless the cut left the second copy alone:
      // then the word it would begin (入学 in 深入|入|学习, 续加 in 持续|续|加强) is against the cut
      // as well, and counts only as the left one against the cut does.
      if (!secondAlone) return false;
      margin += AGAINST_CUT_EXTRA;
    } else if (wordEndsAt(s, i + 1, () => true)) {
      // A word that ends at the first copy against the cut (政工 in 行政|工|工作) still makes the repeat likelier meant.
      margin += AGAINST_CUT_EXTRA;
    }
  }
  if (UNIT_SUFFIX.has(unit) && wordStartsAt(s, i + 1)) return false;
  // A genre word the dictionary lacks ends at the first copy, and a word begins at the second (养殖用海|海域).
  if (genreWordEndsAt(s, i + 1) && wordStartsAt(s, i + 1)) return false;
  return modelMargin(s, i) >= margin;
}

/** While set, modelMargin answers as if there were no model: sureRepeat asks what the rules find without it. */
let modelSilenced = false;

/**
 * How much more plausible (log10) the language model finds the clause around s[i, i + 2) without
 * the second copy; −Infinity without a model (or with one found damaged now: wrong-character
 * reports the file).
 */
function modelMargin(s: string, i: number, len = 1): number {
  if (modelSilenced) return -Infinity;
  // The clause around the repeat is all the model needs.
  let a = i;
  let b = i + 2 * len;
  while (a > 0 && i - a < 24 && !isBreak(s.charCodeAt(a - 1))) a--;
  while (b < s.length && b - i < 24 && !isBreak(s.charCodeAt(b))) b++;
  return askModel(() => doubledCharacterMargin(s.slice(a, b), i + len - a, len), -Infinity);
}

/**
 * A doubled character the model all but rules out is flagged whatever the cut says (全面依依法治:
 * 依依 is a word; 一系|系列 looks like 宪法|法律): in 7.5 M characters of the model's corpus, 1 of
 * 2,466 doubled characters clears it (a name, 屠呦呦, which the next check keeps), while of the
 * bench's doubles in the seeds' paragraphs that the word-level checks let through, 5 of 22 do.
 */
const STRONG_DOUBLE = 7;
/** Under this count in jieba's dictionary a reduplicated pair (评评 3, 结结 3; 高高 800, 整整 2,600) is one official prose all but never means. */
const RARE_PAIR = 100;

/**
 * How often (in jieba's dictionary) a character must be a word by itself for both copies of it cut
 * alone to be a doubled word: function words and common verbs are (的 318,825, 在 727,915, 及 49,988),
 * the characters of given names are not (呦 154, 莉 162, 娜 1,054, 丹 2,594).
 */
const STANDALONE_WORD = 10_000;

/** Is the pair at s[i, i + 2) inside one word the segmenter made up (a name: 屠呦呦, 杨元元)? */
function insideNewWord(cuts: Set<number>, a: number, s: string, start: number): boolean {
  if (cuts.has(a + 1)) return false;
  let w = a;
  while (w > 0 && !cuts.has(w)) w--;
  let e = a + 2;
  while (e < s.length - start && !cuts.has(e)) e++;
  // (A name doubles its given name, at its end: 屠呦呦. A made-up word that opens with the pair, 党政|同同责, is no name.)
  return e - w > 2 && w < a && wordFrequency(s.slice(start + w, start + e)) === 0;
}

/**
 * Has the segmenter, keeping the reduplicated pair at i whole (clause offset a), left a character
 * alone beside it that makes a word with the copy next to it — 纠|纷纷 (纠纷), 明明|确 (明确)? Then
 * the pair may be that word's character typed twice.
 */
function strandedBeside(s: string, a: number, cuts: Set<number>, i: number): boolean {
  return strandedBefore(s, a, cuts, i) || (cuts.has(a + 3) && wordFrequency(s.slice(i + 1, i + 3)) > 0);
}
/** strandedBeside's first half: the character before the pair left alone, making a word with the first copy (办|结结: 办结). */
function strandedBefore(s: string, a: number, cuts: Set<number>, i: number): boolean {
  return a >= 1 && cuts.has(a - 1) && wordFrequency(s.slice(i - 1, i + 1)) > 0;
}

/** How far after 以 the rest of its frame may come (以书面形式, 以户为单位, 以本人的名义 …), within its clause. */
const FRAME_SPAN = 16;
/** What closes the frame 以 opens: 以……为, 以……方式 / 形式 / 名义 / 身份, 以……作. */
const FRAME_ENDS = ["为", "方式", "形式", "名义", "身份", "作"];
const FRAME_BREAK = new Set("，。；：！？\n");
/**
 * Is the second copy of 以 after a word that ends with it (可以|以书面形式, 予以|以……为) the preposition that opens a
 * frame — the laws' 可以以……方式, 可以以……为 — rather than a key pressed twice? Only where the frame closes within
 * the clause; a 以 doubled before a verb (可以以加强) has nothing to close.
 */
function framedByYi(s: string, i: number): boolean {
  if (s[i] !== "以") return false;
  const end = Math.min(s.length, i + 2 + FRAME_SPAN);
  for (let k = i + 3; k < end && !FRAME_BREAK.has(s[k]!); k++) for (const e of FRAME_ENDS) if (s.startsWith(e, k)) return true;
  return false;
}

/** Prepositions, which take their object before the verb they lead to (可以|以……方式, 作为|为……服务). */
const PREPOSITIONS = new Set("以为对于在从向把被将与同按依据");
/** Adverbs that open a predicate: nothing a preposition could take as its object begins with one. */
const PREDICATE_ADVERB = /^(?:进一步|更加|更好|切实|不断|持续|大力|着力|深入|积极|有效|充分|全面|认真|严格|及时|主动|逐步|努力|坚决)/u;
/**
 * Is the second copy of a preposition right before such an adverb (可以以进一步提高, 作为为切实推进)? Then it has no object:
 * a key pressed twice, however often the laws write the preposition after a word ending with it (可以以书面形式, 可以以
 * 划拨方式 — some 120 times in the model's corpus, which is why the model weighs 可以以 at ~3 whatever follows). In the
 * 19.4 M characters no preposition is doubled before one of these adverbs.
 */
function prepositionBeforePredicate(s: string, i: number): boolean {
  return PREPOSITIONS.has(s[i]!) && PREDICATE_ADVERB.test(s.slice(i + 2, i + 5));
}

/**
 * Nouns whose last character is the particle 的 (目的, 标的 — a contract's subject matter): the 的 after them
 * (实现目的的, 标的的执行) is the particle, not a key pressed twice.
 */
const NOUNS_ENDING_IN_DE: ReadonlySet<string> = new Set(["目的", "标的"]);

/** How far after a repeat the next item of a parallel series may begin. */
const PARALLEL_SPAN = 40;
/** What separates the items of a parallel series (管出公平、管出效率). */
const ITEM_BREAK = new Set("、，；");

/**
 * Does the second copy of the character at i begin an item of a parallel series — the same two
 * characters open another item right after an item break (监管|管出公平、管出效率、管出活力)? Where
 * the first copy also ends a word (监管), each copy is a word's: the series', not a key pressed
 * twice. (A doubled 依法|法行政 before 依法行政 is not: 法行 opens no item there; nor 积|积极 before
 * “，积极推动”: 镇积 is no word.)
 */
function parallelItems(s: string, i: number): boolean {
  const a = s.charCodeAt(i + 1);
  const b = s.charCodeAt(i + 2);
  if (!isHanUnit(a) || !isHanUnit(b)) return false;
  const end = Math.min(s.length - 2, i + 3 + PARALLEL_SPAN);
  for (let k = i + 3; k < end; k++) if (s.charCodeAt(k + 1) === a && s.charCodeAt(k + 2) === b && ITEM_BREAK.has(s[k]!)) return true;
  return false;
}

/** How far a 《 may be before a repeat for the repeat to be inside its title. */
const TITLE_SPAN = 80;
/** Is s[i + 1] (a copy of s[i]) inside a title in 《》 that names a law in force without it? */
function lawWithoutCopy(s: string, i: number): boolean {
  // (The 《 looked for within TITLE_SPAN only, the nearest mark each way: a repeat checks this first, and a paragraph may
  // hold thousands of them.)
  let open = i;
  while (open >= 0 && i - open <= TITLE_SPAN && s[open] !== "《" && s[open] !== "》") open--;
  if (open < 0 || s[open] !== "《") return false;
  let close = i + 2;
  while (close < s.length && s[close] !== "》" && s[close] !== "《") close++;
  if (s[close] !== "》") return false;
  const laws = lawLexicon("law-name", lexiconDefaults, (data) => new LawNames(data));
  const title = s.slice(open + 1, close);
  // (Not a title in force as written, whichever other title it is one character from.)
  return laws.knowsWithoutCopy(title, i - open) && !laws.knows(title);
}

/** The digits of a number written in Chinese, and what joins them (零点零三三, 二〇二二). */
const NUMERAL_DIGITS = new Set("〇零一二三四五六七八九两");
const IN_NUMBER = new Set("〇零一二三四五六七八九十百千万亿点两");
/** What comes before a clause's first word: its punctuation, a line's start or indent, an opening bracket. */
const CLAUSE_OPENING = /[。；：，！？、\s　（(]/u;

/**
 * Is the repeat of s[i, i + len) at [i + len, i + 2·len) a fault? Asks the segmenter only when
 * no allow-list entry explains it, on the clause around it.
 */
function isDuplicate(s: string, i: number, len: number, allow: readonly string[], clauses: () => Clauses): boolean {
  // A character typed twice inside a title in 《》 that is a law in force without the copy (《行政处处罚法》): the slip
  // law-name leaves to this rule, whatever words the two copies make (处处, 行政处).
  if (len === 1 && lawWithoutCopy(s, i)) return true;
  // A digit written twice inside a number (零点零三三公顷) is the number.
  if (len === 1 && NUMERAL_DIGITS.has(s[i]!) && (IN_NUMBER.has(s[i - 1] ?? "") || IN_NUMBER.has(s[i + 2] ?? ""))) return false;
  // A numeral written twice in an ordinal (第一一道) or in an enumeration marker opening a clause
  // (一一是, 二二是): 第一 and 一是 with a key pressed twice, not the reduplication 一一 (一一列举).
  if (len === 1 && NUMERAL_DIGITS.has(s[i]!) && (s[i - 1] === "第" || (s[i + 2] === "是" && (i === 0 || CLAUSE_OPENING.test(s[i - 1]!))))) return true;
  // A measure word doubled right after a figure (召开会议3次次，, 提出建议35条条。): 次次, 条条 mean "every time", "every
  // one", never after a number. Where the second copy begins a word instead (5项|项目, 3个|个体工商户, 第3组|组长,
  // 2025年|年底), the measure word and that word are each meant.
  if (len === 1 && ARABIC_DIGIT.test(s[i - 1] ?? "") && MEASURE.has(s[i]!)) return !wordStartsAt(s, i + 1);
  if (len === 1 && prepositionBeforePredicate(s, i)) return true;
  // Both copies inside a real place's name (税镇镇, 旧镇镇: the 国家统计局's division codes), which is written so. (Without
  // the list, which wrong-character reports missing, the repeat is judged as any other.)
  if (placeNamesError() === null && insidePlaceName(s, i, i + 2 * len)) return false;
  // A built-in reduplicated word of two characters is left to the segmenter and the model (the
  // user's own allow entries, after the built-in ones, are not).
  const pair = len === 1 ? s.slice(i, i + 2) : "";
  const weighed = REDUPLICATED.has(pair) && allow.indexOf(pair, ALLOWED_REPETITIONS.length) < 0;
  if (allowed(s, i, len, allow, weighed ? REDUPLICATED : undefined)) return false;
  if (len === 1 && parallelItems(s, i) && wordEndsAt(s, i + 1, () => true)) return false;
  // A word ending with the character, then the character as the first one-character item of a 、 list (全市|市、县（区）、
  // 乡（镇）: the city, then the levels named by their characters).
  if (len === 1 && s[i + 2] === "、" && isHanUnit(s.charCodeAt(i + 3)) && !isHanUnit(s.charCodeAt(i + 4)) && wordEndsAt(s, i + 1, () => true)) return false;
  // A trade name ending with the character its business's ending, or the trade before it, begins with (汀阳明律|律师事务所,
  // 云州宏建|建设集团有限公司): the name's, then the ending's.
  if (len === 1 && i > 0 && isHanUnit(s.charCodeAt(i - 1)) && firmEndingAhead(s, i + 1) && tradeNameEndsAt(s, i)) return false;
  // …and a trade name in a 、 list of businesses named without their endings, the second copy beginning a word of its trade
  // (东岙液化品码头、澜石|石化仓储等8家港口危险货物作业企业): the name's, then the trade's.
  if (len === 1 && wordStartsAt(s, i + 1) && namedListItem(s, i, i + 2) !== null) return false;
  // A unit, then its chief's title made of it (法制大队|大队长, 交警支队|支队长): the second copy and 长 are a dictionary word.
  if (len >= 2 && s[i + 2 * len] === "长" && wordFrequency(s.slice(i + len, i + 2 * len + 1)) > 0) return false;
  // An organ's short name ending with the character, which the dictionary lacks, then a word the second copy begins (数字
  // 住建|建设, 卫健|健康, 市监|监管): the organ's name, then the word.
  if (len === 1 && i > 0 && ORGAN_SHORT_NAMES.has(s.slice(i - 1, i + 1)) && wordStartsAt(s, i + 1)) return false;
  if (len === 1 && wordEndsAt(s, i + 1, () => true)) {
    // A word ending with the character, then a chief system named by it (公路|路长制, 产业链|链长制, as 河长制).
    if (s.startsWith("长制", i + 2)) return false;
    // A title ending with 任, then 任 (to serve as) and the post (办事处主任|任常务副组长, 主任|任“双组长”).
    if (s[i] === "任" && POST_AFTER_REN.test(s.slice(i + 2))) return false;
    // A word ending with 作, then the verb 作 and what is made (就法治工作|作专题汇报, 对全年工作|作出部署 is 作出's).
    if (s[i] === "作" && MADE_AFTER_ZUO.test(s.slice(i + 2))) return false;
  }
  const { start, cuts } = clauses().at(i);
  const a = i - start;
  const b = a + 2 * len;
  if (cuts === null) return len > 1;
  // A word running into the repeat from the left (学习|习近平, 人民政府|政府网站): correct, unless
  // it is one character doubled inside a word (依法|法行政).
  const margin = weighed ? REDUPLICATED_MARGIN : DOUBLED_MARGIN;
  const cut = (k: number): boolean => cuts.has(k - start);
  // (Not one half of an AABB form, 是是非非, 干干净净: the model knows few of them.)
  const aabb = (s[i + 2] !== undefined && s[i + 2] === s[i + 3]) || (s[i - 1] !== undefined && s[i - 1] === s[i - 2]);
  // (And only where a copy makes a dictionary word with its other neighbour — 依|法治, 不足|足 — as a key
  // pressed twice inside a word does; a name's doubled given name does not: 赵莉莉主持, 李娜娜同志.)
  // (Or the text without the second copy spells a genre word the dictionary lacks: 党政同同责 → 党政同责.)
  const touchesWord = (): boolean => wordStartsAt(s, i + 1) || wordEndsAt(s, i + 1, () => true) || genreWordWithout(s, i);
  // (A reduplicated word's pair too where the segmenter cut it apart, each copy a word's: 行政处|处罚 is 处罚 typed with
  // 处 twice — 10.2 without the copy, while 法规处|处长, an office's head, is 3.2.)
  // (Nor where a word of its own and a genre word share the character, 村寨|寨老: see ownWordThenGenreWord.)
  if (len === 1 && (!weighed || cuts.has(a + 1)) && !aabb && isHanUnit(s.charCodeAt(i)) && touchesWord() && !insideNewWord(cuts, a, s, start) && !ownWordThenGenreWord(s, i) && modelMargin(s, i) >= STRONG_DOUBLE) return true;
  // (The cut ends a word with the first copy here: any dictionary word ending there counts.)
  if (!cuts.has(a)) {
    if (len > 1) return wholeWordAfterTail(cuts, a, len) && modelMargin(s, i, len) >= (isHanUnit(s.charCodeAt(i + 2 * len)) ? TAIL_DOUBLE_MARGIN : DOUBLED_MARGIN);
    if (!isHanUnit(s.charCodeAt(i))) return false;
    // Both copies inside one word the segmenter took: only a rare word that is a common one with the copy after it
    // (干部|部 read as 干部部, 24 against 干部's 9,717) is weighed as a character typed twice.
    if (!cuts.has(a + 1)) return swallowedCopy(s, i, cuts, a) && doubledInsideWord(s, i, () => true, Math.max(margin, SWALLOWED_MARGIN));
    // A function word standing alone after a set phrase that ends with it (实事求是|是|我们): two
    // words. (Not after a word of two characters: 一是|是, 存在|在, 通过|过 are keys pressed twice.)
    if (cuts.has(a + 2) && PARTICLES.has(s[i]!) && wordEndsAt(s, i + 1, cut, 3, 5)) return false;
    if (cuts.has(a + 2) && NOUNS_ENDING_IN_DE.has(s.slice(i - 1, i + 1))) return false;
    if (framedByYi(s, i) && wordEndsAt(s, i + 1, () => true, 2, 2)) return false;
    // The name of a river, a lake, a road … (小沽河, 温瑞塘河, 配水) ending with the character a word after it begins (河道, 河岸, 水量).
    if (GEO_ENDINGS.has(s[i]!) && wordStartsAt(s, i + 1)) return false;
    return doubledInsideWord(s, i, () => true, margin, cuts.has(a + 2));
  }
  // One character: correct when the pair is a word (层层), or when it belongs to a word on either
  // side (司法所|所长, 的|的确) and the model does not find it doubled inside a word (政|政府).
  if (len === 1) {
    if (!cuts.has(a + 1)) {
      if (weighed) return strandedBeside(s, a, cuts, i) && doubledInsideWord(s, i, cut, margin);
      // Any other pair the dictionary knows as a word (评评, 结结, 高高), kept whole as a token of its own, is weighed
      // too: such a pair is rarely meant in official prose.
      if (!cuts.has(a + 2)) return false;
      const f = wordFrequency(pair);
      // A pair the dictionary has seen only a few times (评评 3): the model alone may rule it out, as STRONG_DOUBLE does
      // elsewhere (案卷|评评|查, where 评查, the genre's word, is not in the dictionary).
      // Only after a word of two or more characters (not a surname standing alone: 赵|莉莉, 李|婷婷), and not where
      // the second copy begins a word of its own (阀井|井盖, 单用途卡|卡面: two words, each with the character).
      const afterWord = a >= 2 && !cuts.has(a - 1) && isHanUnit(s.charCodeAt(i - 1));
      if (f > 0 && f < RARE_PAIR && afterWord && !wordStartsAt(s, i + 1) && modelMargin(s, i) >= STRONG_DOUBLE) return true;
      // Stranded before the pair (办|结结: 办结); or, for a reduplicated word of its own (整整 1,243, not 卡卡 29 nor 井井 3),
      // after it where no word ends at the first copy (发现并|整整|改: 整改, and 并整 is none). One stranded after a pair
      // that is no common word (阀井|井|盖, 单用途卡|卡|面) may well begin a word with the second copy while the first
      // ends a name's compound the dictionary lacks.
      // (Not 某某, a name left out, before a unit's ending: 某某县人民政府, 某某|局.)
      const strandedAfter = f >= RARE_PAIR && s[i] !== "某" && !UNIT_SUFFIX.has(s[i + 2]!) && cuts.has(a + 3) && wordFrequency(s.slice(i + 1, i + 3)) > 0 && !wordEndsAt(s, i + 1, () => true);
      return f > 0 && (strandedBefore(s, a, cuts, i) || strandedAfter) && doubledInsideWord(s, i, cut, REDUPLICATED_MARGIN);
    }
    // Both copies alone (的|的) is a doubled word; a reduplicated pair cut so (年|年|增加, 件|件) is
    // meant, and so is a pair of a character that is seldom a word by itself and makes none with its
    // neighbours (屠|呦|呦|获得: a given name doubled, which the segmenter cannot join). A key pressed
    // twice leaves a common word doubled (的|的) or a copy that makes a word beside it (积|积|极); a
    // name doubles a character once, not three times and more (龘龘龘…).
    if (cuts.has(b)) return !weighed && (wordFrequency(s[i]!) >= STANDALONE_WORD || touchesWord() || s[i - 1] === s[i] || s[i + 2] === s[i]);
    // A port's, a lake's … name ending with the character, then a word the character begins (海宁湾港|港口, 宁波舟山港|港口):
    // the name after a place's or a water's name, not 港 typed twice after a verb (加强港港口管理).
    if (GEO_ENDINGS.has(s[i]!) && wordStartsAt(s, i + 1) && afterPlaceName(s, i)) return false;
    return isHanUnit(s.charCodeAt(i)) && doubledInsideWord(s, i, cut, margin);
  }
  // Longer units: a doubled word stays a fault when the second copy opens a longer word
  // (依法|依法行政, 认真|认真学习); only one word spanning the whole repeat is correct — or a reading that does not
  // take the second copy as a unit at all: cut through its middle and running on past its end (再审申请人|申请|人民法院,
  // 村|的|村民), it is not the word typed again.
  if (!cuts.has(b)) for (let c = a + len + 1; c < b; c++) if (cuts.has(c)) return false;
  for (let c = a + 1; c < b; c++) if (cuts.has(c)) return true;
  return false;
}

/**
 * A word typed again right after a longer word that ends with it (执法检查|检查|156次, 法律法规|法规|，,
 * 充分发挥|发挥|法律顾问作用): the segmenter ends one longer word where the repeat begins and takes the second
 * copy as a word by itself, cut through nowhere. Correct repetition runs the second copy on into a word of its
 * own (人民政府|政府网站, 学习|习近平), cuts a copy apart (裁定|罪|定罪), or opens a compound the segmenter cuts
 * but the phrase keeps (县人民政府|政府|信息公开, 集装箱|装箱|现场检查员) — which the model reads about as well
 * without the copy: hence a wider margin where Chinese follows (TAIL_DOUBLE_MARGIN).
 */
function wholeWordAfterTail(cuts: ReadonlySet<number>, a: number, len: number): boolean {
  if (!cuts.has(a + len) || !cuts.has(a + 2 * len)) return false;
  for (let c = a + 1; c < a + 2 * len; c++) if (c !== a + len && cuts.has(c)) return false;
  return true;
}

/**
 * The margin for such a copy: the model's corpus writes 方向|向左 (3.5 without the copy: 向左 is no word of the
 * dictionary, so only the model speaks for it), while 组织全体干部部参加 clears 4.7.
 */
const SWALLOWED_MARGIN = 4;
/**
 * Has the segmenter read a character typed twice after a common word as one rare word of three (组织全体干部部参加: 干部部,
 * a word of the dictionary seen 24 times, against 干部's 9,717)? The token is the word and its copy, exactly: s[i − 1, i + 2)
 * at clause offset a − 1 to a + 2. Not a law's short name (立法法 is the Legislation Law, 12 in the dictionary).
 */
function swallowedCopy(s: string, i: number, cuts: ReadonlySet<number>, a: number): boolean {
  // (一座座, 一次次: a measure word said twice after 一.)
  if (a < 1 || !cuts.has(a - 1) || !cuts.has(a + 2) || s[i - 1] === "一") return false;
  const token = s.slice(i - 1, i + 2);
  if (wordFrequency(token) >= RARE_PAIR || wordFrequency(s.slice(i - 1, i + 1)) < COMMON_PART) return false;
  const laws = lawLexicon("law-name", lexiconDefaults, (data) => new LawNames(data));
  return !laws.knows(token);
}

/** Is s[i] the last character of a trade name of two to four characters, after what opens one (聘请|汀阳明律, 对|鑫达)? */
function tradeNameEndsAt(s: string, i: number): boolean {
  for (let start = i - 1; start >= Math.max(0, i - 3) && isHanUnit(s.charCodeAt(start)); start--) if (opensFirmName(s, start)) return true;
  return false;
}
/**
 * The margin at which `--fix` deletes a word typed twice (see sureRepeat). Correct text that reads as a word typed again
 * before a longer word it opens — a law's 本规定|规定的 4.1, 上一年度|年度报告 2.2, 名称出版|出版物 2.2, 有关规定|规定 4.2–5.8,
 * 组织|组织开展 5.6 — stays under it (15 of the 26 such findings in the model's 19.4 M characters), while words typed twice
 * in drafts clear it (执法检查|检查|156次 6.5, 法治思想|思想|为指导 6.7, 依法|依法行政 7.9, 普法|普法 9.0).
 */
const WORD_FIX_MARGIN = 6;

/**
 * A repeat the rules find only by the model's judgement is offered, not applied (as wrong-character's are): `--fix`
 * deletes a copy only where the model all but rules it out — STRONG_DOUBLE for a character, WORD_FIX_MARGIN for a word —
 * or, for a character, where the rules find it without the model (的|的, 《行政处处罚法》, 第一一, 3次次). Below that,
 * correct text the model reads poorly — a rare or local word beside a word that begins with its last character
 * (黄龙病|病株 4.6, 调解|解心结 4.7, 金果果 6.5; in the model's own corpus 生态林|林地, 趵突泉|泉群, 可以|以……方式) — reads
 * as a slip does, and deleting the copy there would damage a correct sentence. Such a repeat is still reported, with the
 * deletion as a suggestion the editor offers. Without a model every repeat found is as sure as before it had one.
 * Is the repeat at [i + len, i + 2·len) of `t`, found by isDuplicate, one for `--fix` to delete?
 */
function sureRepeat(t: string, i: number, len: number, allow: readonly string[], clauses: () => Clauses): boolean {
  const margin = modelMargin(t, i, len);
  if (margin >= (len === 1 ? STRONG_DOUBLE : WORD_FIX_MARGIN)) return true;
  // (A word's repeat is the segmenter's reading, which the model weighs: 上一年度|年度报告 reads as 依法|依法行政 does.)
  if (len > 1 && languageModelError() === null) return false;
  modelSilenced = true;
  try {
    return isDuplicate(t, i, len, allow, clauses);
  } finally {
    modelSilenced = false;
  }
}
/** What a judged repeat offers instead of a fix (see sureRepeat). */
const deleteCopy = (unit: string): NonNullable<Finding["suggestions"]> => [{ text: "", message: `删去重复的“${unit}”` }];

/** Per code unit, 1 + where repeatsIn last saw it (0: not in the paragraph); cleared after each paragraph. */
const lastAt = new Uint32Array(0x10000);
/** repeatsIn's working arrays, by place in the paragraph (kept between paragraphs, grown as needed): see there. */
let run = new Uint32Array(1024);
let gap = new Uint8Array(1024);

/** A repeat found in one paragraph's text alone (offsets in that text). */
type Repeat = Pick<Finding, "range" | "messageId" | "data" | "fix" | "suggestions">;

/** The repeated words and punctuation inside one paragraph (its inline code masked in Markdown). */
function repeatsIn(text: string, markdown: boolean, allow: readonly string[], shared: Map<string, Set<number> | null>): Repeat[] {
  const out: Repeat[] = [];
  // Inline code is not prose.
  const t = markdown ? maskInlineCode(text) : text;
  let clauses: Clauses | undefined;
  const clausesOf = (): Clauses => (clauses ??= new Clauses(t, shared));
  // run[i]: how many Chinese characters follow from i on (a unit is Chinese characters only);
  // gap[i]: how far on the unit at i comes next (0: not within MAX_UNIT) — a repeat starts only where it does.
  if (run.length <= t.length) {
    run = new Uint32Array(2 * t.length + 1);
    gap = new Uint8Array(2 * t.length + 1);
  }
  run[t.length] = 0;
  for (let k = t.length - 1; k >= 0; k--) {
    const code = t.charCodeAt(k);
    run[k] = isHanUnit(code) ? run[k + 1]! + 1 : 0;
    const next = lastAt[code]!;
    gap[k] = next !== 0 && next - 1 - k <= MAX_UNIT ? next - 1 - k : 0;
    lastAt[code] = k + 1;
  }
  for (let k = 0; k < t.length; k++) lastAt[t.charCodeAt(k)] = 0;
  for (let i = 0; i < t.length; i++) {
    if (gap[i] === 0) continue;
    const first = t.charCodeAt(i);
    const longest = Math.min(MAX_UNIT, run[i]!, (t.length - i) >> 1);
    // A repeat starts with a character that comes again within MAX_UNIT: most do not.
    for (let len = 1; len <= longest; len++) {
      if (first !== t.charCodeAt(i + len)) continue;
      // (Compared in place: cutting both copies out at every recurring character was most of this loop's cost.)
      let k = 1;
      while (k < len && t.charCodeAt(i + k) === t.charCodeAt(i + len + k)) k++;
      if (k < len) continue;
      const unit = t.slice(i, i + len);
      if (!isDuplicate(t, i, len, allow, clausesOf)) continue;
      // A run of three copies or more (学习学习学习…, 一是一是一是…) is one finding over all the
      // extra copies: its pairs overlap, and fixing them one by one took a pass per halving.
      let copies = 2;
      while (t.startsWith(unit, i + copies * len)) copies++;
      const s = i + len;
      if (copies === 2 && sureRepeat(t, i, len, allow, clausesOf)) out.push({ range: [s, s + len], messageId: "repeat", data: { repeat: unit + unit, unit }, fix: { text: "" } });
      else if (copies === 2) out.push({ range: [s, s + len], messageId: "repeatLikely", data: { repeat: unit + unit, unit }, suggestions: deleteCopy(unit) });
      else out.push({ range: [s, i + copies * len], messageId: "repeatRun", data: { unit, count: copies }, fix: { text: "" } });
      i += (copies - 1) * len - 1;
      break;
    }
  }
  // A run of one mark, two or more (，，, 。。。): everything after its first copy goes. Two different marks in a row
  // (工作，。取得, 20件；。, 领导、，健全) are what an edit left behind: one of them goes, which one the writer says.
  for (let i = 0; i + 1 < t.length; i++) {
    const code = t.charCodeAt(i);
    if (DOUBLED_MARKS[code] === 0) continue;
    const next = t.charCodeAt(i + 1);
    if (next !== code) {
      // ？！ and ！？ are one mark of their own (GB/T 15834-2011: a question said with force).
      if (DOUBLED_MARKS[code] === 1 && DOUBLED_MARKS[next] === 1 && !(STRONG_MARKS[code] === 1 && STRONG_MARKS[next] === 1)) {
        const marks = t.slice(i, i + 2);
        out.push({
          range: [i, i + 2],
          messageId: "stacked",
          data: { marks },
          suggestions: [
            { text: marks[0]!, message: `只保留“${marks[0]!}”` },
            { text: marks[1]!, message: `只保留“${marks[1]!}”` },
          ],
        });
        i++;
      }
      continue;
    }
    let e = i + 2;
    while (t.charCodeAt(e) === code) e++;
    out.push({ range: [i + 1, e], messageId: "repeat", data: { repeat: t.slice(i, e), unit: t.slice(i + 1, e) }, fix: { text: "" } });
    i = e - 1;
  }
  return out;
}

/** The repeats of each paragraph, by options and format (see ParagraphMemo). */
const memos = new Map<string, ParagraphMemo<Repeat[]>>();

export default defineRule<Options>(
  {
    id: "duplicated-word",
    name: "重复字词",
    description: "检查重复输入的字词和标点（如“思想思想”“的的”“，，”），合法叠词、成语和跨词边界的重复不报",
    summary: "Flags words, characters and punctuation typed twice, deciding with a word segmenter and an allow-list of legitimate reduplication.",
    fixable: true,
    severity: "error",
    optionsSchema: {
      properties: { allow: { type: "array", items: { type: "string", minLength: 2 }, uniqueItems: true } },
      additionalProperties: false,
    },
    defaults: { allow: [] },
    messages: {
      repeat: "“{repeat}”重复，应删除重复的“{unit}”",
      repeatLikely: "“{repeat}”疑为重复输入，如是，应删去一个“{unit}”",
      repeatRun: "“{unit}”连续出现 {count} 次，应只保留一个“{unit}”",
      acrossLines: "上一行末尾的“{unit}”与下一行开头的“{unit}”重复，应删除重复的“{unit}”",
      acrossLinesLikely: "上一行末尾的“{unit}”与下一行开头的“{unit}”疑为重复输入，如是，应删去一个“{unit}”",
      stacked: "“{marks}”两个标点连用，应只保留其中一个",
    },
  },
  ({ model, options, report }) => {
    const allow = [...ALLOWED_REPETITIONS, ...options.allow];
    const shared = new Map<string, Set<number> | null>();
    const markdown = model.format === "markdown";
    const memo = memoFor(memos, JSON.stringify([options.allow, markdown]));
    memo.begin(model);
    for (const p of model.paragraphs) {
      if (p.kind === "code" || p.kind === "html") continue;
      for (const f of memo.get(p.text, () => repeatsIn(p.text, markdown, allow, shared))) {
        report({ ...f, range: [p.range[0] + f.range[0], p.range[0] + f.range[1]] });
      }
    }
    // A line of prose broken off mid-sentence, and a next line that starts with its last word again
    // (…以习近平法治思想 / 思想为指导…). A heading or a short line without punctuation is complete.
    const headingOnly = new Set(model.sections.filter((s) => !s.inlineBody).map((s) => s.paragraph));
    for (let j = 0; j + 1 < model.paragraphs.length; j++) {
      const p = model.paragraphs[j]!;
      const q = model.paragraphs[j + 1]!;
      if (p.kind !== "body" && p.kind !== "list" && !(p.kind === "heading" && !headingOnly.has(j))) continue;
      if ((q.kind !== "body" && q.kind !== "list") || !PROSE.test(p.text)) continue;
      // A heading the report model does not number (第七，积极推进政府机构改革 / 政府机构改革是…): an ordinal opens it and
      // no sentence ends it.
      if (ORDINAL_HEADING.test(p.text) && !SENTENCE_END.test(p.text)) continue;
      for (let len = 1; len <= MAX_UNIT && len <= p.text.length && len <= q.text.length; len++) {
        const unit = q.text.slice(0, len);
        if (!HAN.test(unit)) break;
        if (!p.text.endsWith(unit)) continue;
        let head = len;
        while (head < q.text.length && !isBreak(q.text.charCodeAt(head))) head++;
        const joined = p.text + q.text.slice(0, head);
        const clausesOf = (): Clauses => new Clauses(joined, shared);
        if (!isDuplicate(joined, p.text.length - len, len, allow, clausesOf)) continue;
        const s = q.range[0];
        if (sureRepeat(joined, p.text.length - len, len, allow, clausesOf)) report({ range: [s, s + len], messageId: "acrossLines", data: { unit }, fix: { text: "" } });
        else report({ range: [s, s + len], messageId: "acrossLinesLikely", data: { unit }, suggestions: deleteCopy(unit) });
        break;
      }
    }
  },
);
