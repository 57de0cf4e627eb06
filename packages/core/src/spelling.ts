import { oneApart, type Confusable, type ConfusionKind } from "./confusion.js";
import {
  ANY_CONTEXT,
  BOS,
  EOS,
  boundedGain,
  candidateScores,
  insertionSums,
  logProbSum,
  knowsUnit,
  languageModelKey,
  languageModelOrder,
  modelPass,
  normalisedUnit,
  followerLogProbs,
  pairLogProb,
  pairLogProbsAfter,
  pairsBefore,
  paragraphBuffers,
  unigramLogProb,
  type ParagraphBuffers,
} from "./lm.js";
import { NEGATIONS, addGapCompletions, addWordStarts, segment, twoUnitSeconds, wordFrequency, wordPathLogProb } from "./segment.js";
import { BOUND_CHARACTERS } from "./bound.generated.js";
import { insidePlaceName, isPlaceName, LONGEST_PLACE_NAME } from "./places.js";
import { TwoDocuments } from "./two-documents.js";

/**
 * Wrong characters (错别字) found by the language model: a character the model finds implausible
 * where a character that sounds or looks like it makes the sentence far more plausible
 * (持旭推进 → 持续推进, 银呆监会 → 银保监会), two such characters side by side (风险平谷 →
 * 风险评估), and a character typed twice (依法法行政).
 *
 * The measure is the change in log10-probability of the stretch of text a change influences
 * (the changed characters and the `order − 1` after them), plus half the change in the
 * log10-probability of jieba's best cut of the words around it. A candidate is scored only
 * where the text is implausible — the character, or the one after it, poorly predicted — and
 * only if it forms a known pair with a neighbour, the best few by those pairs; a well-written
 * paragraph costs one model lookup chain per character.
 *
 * What looks like a personal or place name is left alone: a word jieba's HMM made up (names
 * are not in its dictionary), or characters right before 县/镇/村/街道 …, unless the
 * correction itself is a dictionary word (内蒙古白治区 → 自治区).
 */

/** A candidate is what the confusion set proposes: a character and how it resembles the one written. */
export type CandidateKind = ConfusionKind;
export type Candidate = Confusable;
/** What a suspect is: a character to replace (by kind of likeness), a character missing before it, or one that should not be there. */
export type SuspectKind = CandidateKind | "missing" | "extra";

export interface SpellingSuspect {
  /** Offset of the suspect in the text, and its length in code units (1, or 2 for two adjacent characters). */
  index: number;
  length: number;
  /** What the model prefers in its place (for a missing character: the missing one and the character at `index`; for an extra one: ""). */
  replacement: string;
  kind: SuspectKind;
  /** How much more plausible the replacement makes the text (log10 ratio, with the word bonus). */
  margin: number;
}

export type Margins = Readonly<Record<CandidateKind | "pair" | "missing" | "extra", number>>;

export interface SpellingOptions {
  /** Candidates for a character. */
  candidates: (char: string) => readonly Candidate[];
  /** Minimum margin for a replacement, by kind (pair: added to the larger of the two kinds'). */
  margins?: Margins;
  /** Offsets not to consider (titles, allowed words …). */
  skip?: (index: number) => boolean;
  /**
   * What the searches found in the sentences of paragraphs searched before with the same candidates and margins (see
   * SentenceMemo): a sentence met again, its surroundings the same, is not weighed again.
   */
  sentences?: SentenceMemo;
}

/**
 * The calibrated defaults (docs/rules/wrong-character.md has the table): at these margins the
 * rule caught most wrong characters of ECSpell's official-document sentences with precision
 * above 0.95 on the half it was not tuned on. `missing` (bench/src/missing.mjs, a character dropped
 * from a word of each of ECSpell's 925 correct sentences): 4.0 restores 313, with no insertion
 * proposed in the correct sentences; 4.5 restores 263 (none), 3.5 344 (2), 5 230 (none).
 * `stroke` (characters alike only by their stroke orders, a looser likeness, never proposed for
 * two characters side by side): ECSpell's sentences (core's search) 751 → 759 caught at 5, 758 at
 * 6.5 and 7, none more flagged among the correct ones; but at 5 the model's 19.4 M characters gave
 * 18 more findings (且建设 → 由, 阻工 → 阻止, 升放 → 开放, 毛鸡 → 手机 …), at 6.5 three, all of them
 * real slips of the source (抉贫资金, 禁上伪造, 笫五十四条) — and the held-out 5 % one more.
 */
export const DEFAULT_MARGINS: Margins = { homophone: 4.5, "near-sound": 5, shape: 5, stroke: 6.5, pair: 2, missing: 4, extra: 10 };

/**
 * Where the text is implausible enough to look for a better character (log10): the character
 * less likely than GATE_CHAR, the next one than GATE_NEXT, the two together than GATE_BOTH. A
 * pair is looked at where its first character and its second or the one after it are less likely
 * than GATE_PAIR and the three together than GATE_PAIR_ALL. Calibrated so that they cost < 1 % of
 * the wrong characters caught at the default margins, while skipping ~80 % of a report.
 */
const GATE_CHAR = -2;
const GATE_NEXT = -1;
const GATE_BOTH = -4;
/**
 * Also where the character reads well enough after what precedes it but breaks what follows (落地建效 for 见效: 建 −1.6
 * after 落地, as in 落地建设; 效 −5.8 after it): the character less likely than GATE_CHAR_BEFORE_BREAK and the next than
 * GATE_BREAK. Planted shape substitutions (bench/src/unseen.mjs) 1,640 → 1,643 of 2,000, the same-sound ones unchanged;
 * ECSpell and the held-out 5 % unchanged; the model's own 19.4 M characters 6 findings more (制订整改 → 制定, 累积享受 → 累计:
 * two real words); drafts written blind with keyed slips 2 more of 200. Not a function word that stands alone (应当依|国家有关
 * 规定: what follows a preposition is free).
 */
const GATE_CHAR_BEFORE_BREAK = -1;
const GATE_BREAK = -4;
const GATE_PAIR = -2.5;
const GATE_PAIR_ALL = -9;
/** The word-level gain can add at most about this much; a change whose model gain falls further short of its margin is not weighed further. */
const LM_SLACK = 4;
/**
 * The same for a change of one character, whose word-level bonus is smaller: of every single
 * change that cleared its margin over ECSpell's 3,440 sentences and 3,000 paragraphs of the
 * government work reports, none needed more than 2.6 of it (two characters changed: 2.9).
 */
const SINGLE_LM_SLACK = 3;
/** Extra margin to replace two characters that are a dictionary word already (澄澈, 沧桑, 黄冈). */
const REAL_WORD_PAIR = 1;
/**
 * Extra margin to replace two characters side by side where neither is a homophone of the one written (入脑入心 →
 * 入老人心: 脑/老 a near sound, 入/人 a shape). Two such likenesses at once are seldom a slip — an input method offers
 * words by their sound — and they make many pairs, some of which read well (干咳 → 港口, 奴役 → 路段, 验房 → 养护).
 * ECSpell's sentences (core's search): caught unchanged (758), flagged elsewhere 5 → 4; the model's 19.4 M
 * characters 20 findings fewer, 4 more (征寻 → 征询 among them: a slip of the source, now told as the one character);
 * the held-out 5 % 166 → 165 suspects.
 */
const LOOSE_PAIR = 2;
/**
 * Extra margin to replace two characters side by side where one is a homophone of the one written and the other only
 * looks or sounds nearly like its own (送戏下乡 → 关系下乡: 戏/系 the same sound, 送/关 a shape). An input method slips a
 * word's two characters by their sound together; a look-alike beside a homophone is two slips of two kinds at once.
 * The model's held-out 5 % 104 → 100 findings (降层处理 → 奖惩, 各驻甬部队 → 各族用, 采穗 → 财税, 地使新 → 地实行);
 * ECSpell's sentences 784 → 783 caught (the CLI); planted single substitutions (bench/src/unseen.mjs --no-split)
 * 1,792/1,643/1,576 → 1,791/1,642/1,569; the keyed drafts' slips unchanged. (At 2: ECSpell 781.)
 */
const MIXED_PAIR = 1;
/**
 * A written pair this common in jieba's counts is a word the model reads well, and the word an input method offers
 * first for its syllables (建成 for 简称, 旅行 for 履行): the same-sound word search does not ask it for REAL_WORD_PAIR
 * more. The words that margin protects are the rare ones the model cannot judge (脚钉, 擦鞋, 监舍, 诸暨: counts under
 * 250). ECSpell +2 (751 → 753 through the CLI); the held-out 5 % and the model's 19.4 M characters unchanged (at 500:
 * ECSpell +3, the corpus +1, 急需加强 → 继续).
 */
const COMMON_WORD = 1000;
/** A character the model saw about this rarely (log10 unigram probability) or never: it cannot judge the words made of it. */
const RARE_UNIT = -5.6;
function rareUnit(unit: number): boolean {
  return !knowsUnit(unit) || unigramLogProb(unit) < RARE_UNIT;
}
/** Has the model read this character seldom or never (see RARE_UNIT)? Throws LanguageModelError if the model cannot be read. */
export function rareCharacter(char: string): boolean {
  return char.length === 1 && rareUnit(char.charCodeAt(0));
}
/**
 * How far past its margin a change of a rare character in a dictionary word must go to be told
 * (log10). The model cannot judge such a word, so it is kept as written — but a slip often makes
 * one: 监督积垢 for 机构, 鼓励和咫尺 for 支持, 不闺范 for 规范 (ECSpell's sentences: 7 of 9 such
 * fixes cleared their margin by 4.6–12.2). Correct rare words cleared it by at most 2.0 in ECSpell's
 * 1,720 correct sentences (澄澈 → 乘车, 砥砺 → 地理), which the model never read.
 */
const RARE_WORD_EXCESS = 4;
/**
 * A one-character change that makes no word (word-level gain below WORDLESS_GAIN, log10) needs
 * WORDLESS_EXTRA more: 这根弦 → 这根线 is the model preferring a commoner character, not a word.
 */
const WORDLESS_GAIN = 0.5;
const WORDLESS_EXTRA = 1;
/** Weight of the word-level gain (jieba's dictionary) beside the character model's. */
const WORD_WEIGHT = 0.5;
/**
 * A character is looked for before a character less likely than this (log10) after what precedes it,
 * or less likely than GATE_MISSING_NEAR where that term and one beside it together fall below
 * GATE_MISSING_BOTH: the model's backing off to a shorter context often softens the one term a slip
 * breaks (传播能，for 传播能力，reads −3.2 after 能) and the neighbour shows it (用搬迁: 用 −2.9, 搬
 * −5.7). ECSpell's sentences with a dropped character (bench/src/missing.mjs) 286 → 307 of 925, none
 * proposed in the correct ones; the search took 8–13 % longer (the wider gate alone, −3: 310, ~45 %).
 * On a quarter of the model's own corpus, taken as correct, 8 more insertions proposed in 4.9 M
 * characters (40 → 48).
 */
const GATE_MISSING = -4;
const GATE_MISSING_NEAR = -3;
const GATE_MISSING_BOTH = -5.5;
/**
 * The second characters of the TWO_CHAR_COMPLETIONS two-character words begun by `first` that official prose writes
 * most: of all jieba's two-character words that `first` begins (up to OFFICIAL_POOL, its commonest first), those the
 * model reads most often after `first`. jieba's counts are general Chinese: after 排 they rank 排除, 排放, 排列, 排名, 排球
 * … and never reach 排查 (42), which the reports write on every page; after 便, 便民 (71: 政务服务便|热线 → 便民热线).
 * Drafts written blind with keyed slips: a dropped character found 1 more in each of the two sets not yet read (d25–d32,
 * d33–d40) and 2 more in the read ones; ECSpell's sentences with a dropped character (bench/src/missing.mjs) 321 → 322
 * and 242 → 243 (a word's first character), none proposed in the clean ones; the held-out 5 % one finding more
 * (农用地转|非农 → 转为). The search's time unchanged (the same number of proposals); each character's list is ranked
 * once per process.
 */
const OFFICIAL_POOL = 200;
const officialTwosCache = new Map<number, Uint16Array>();
/** The model the lists were ranked by (another model file set in the process ranks them again). */
let officialTwosModel: object | null = null;
function officialTwos(first: number): Uint16Array {
  const model = languageModelKey();
  if (model !== officialTwosModel) {
    officialTwosCache.clear();
    officialTwosModel = model;
  }
  let top = officialTwosCache.get(first);
  if (top !== undefined) return top;
  const all = twoUnitSeconds(first);
  const pool = all.subarray(0, Math.min(all.length, OFFICIAL_POOL));
  const lp = new Float64Array(pool.length);
  pairLogProbsAfter(first, pool, lp, MISSING_PAIR);
  // (Ties, pairs the model lacks among them, keep jieba's order.)
  const order = Array.from(pool.keys())
    .sort((a, b) => lp[b]! - lp[a]! || a - b)
    .slice(0, TWO_CHAR_COMPLETIONS);
  top = Uint16Array.from(order, (k) => pool[k]!);
  officialTwosCache.set(first, top);
  return top;
}
/** How many of the most frequent two-character words begun by the character before a gap propose the missing one (法|政府 → 法治政府). */
const TWO_CHAR_COMPLETIONS = 10;
/** How many candidates of one character are weighed in full, and what an unseen pair counts for when ranking them. */
const SHORTLIST = 4;
const MISSING_PAIR = -8;
/**
 * How much less likely (log10) a candidate's two pairs may be than the written character's and
 * still be weighed: a wrong character that makes real pairs on both sides (国务完有 — 务完 as in
 * 任务完成; 海关总数) is told from the right one (国务院, 海关总署) only by the longer context.
 */
const PAIRS_SLACK = 2;
/** How much more slack the pairs get before a digit (see shortlist): as much as a pair the model lacks costs. */
const DIGIT_SLACK = -MISSING_PAIR;

/**
 * How much less (log10) an inserted character needs where it ends a word before punctuation
 * (原。→ 原则。): the model then weighs one term fewer after the gap, the punctuation, which is
 * likely after most words. Dropping the last character before punctuation in ECSpell's clean
 * sentences (bench/src/missing.mjs's class, 897 sentences, when the margin was 4.5): 176 restored
 * at the full margin, 217 at 0.5 less, with no insertion proposed in the clean ones at either; 1 at
 * 1.0 less (民政部，→ 部门, which the ministry rule in searchMissing now keeps silent).
 */
const ENDS_WORD_RELIEF = 0.5;
/**
 * After a function word whose one-character form is standard (SHORT_FORMS: 依, 应, 按 …), a gap needs this much more: the
 * short form is itself a whole word, so a two-character word begun by it is one reading among several (应当依|国家有关规定
 * → 依托 4.3).
 */
const SHORT_FORM_EXTRA = 0.5;
/**
 * Before punctuation, a gap right after a character that the segmenter leaves standing alone and that is seldom a
 * word by itself (under ORPHAN_WORD in jieba's counts: 机|，, 项|。, 原|。, 权|，) needs ORPHAN_RELIEF less: such a
 * character is a piece of a word whose end was lost, though the model makes the longer text pay for its extra
 * character. A word's last character dropped before punctuation (ECSpell's 909 correct sentences, one each):
 * 262 → 307 restored; a quarter of the model's corpus, taken as correct: 48 → 50 insertions proposed (送贮，,
 * 竣(交)工). Not before more Chinese, where the genre's one-character verbs stand alone (扩|内需, 稳|出口, 促|消费):
 * there the same relief restored 26 more of bench/src/missing.mjs's 925 but proposed 13 more in that quarter. At
 * 2 less before punctuation: 334 restored, 57 proposed (天更蓝。, 收入增，).
 */
const ORPHAN_RELIEF = 1;
const ORPHAN_WORD = 10_000;
function orphanBefore(text: string, i: number): boolean {
  return wordFrequency(text[i - 1]!) < ORPHAN_WORD && tokenAt(text, i - 1).length === 1;
}
/**
 * Before more Chinese, the same relief where the character after the gap is one official prose seldom leaves standing
 * alone (BOUND_CHARACTERS: 府, 范, 计 …, derived from the model's corpus by scripts/build-bound.mjs) and the segmenter
 * leaves it alone there (顶层|计 → 设计, 落实|任 → 责任): the word it began has lost its first character. A word's first
 * character dropped (bench/src/missing.mjs): 201 → 227 of 922 restored, inside a word 313 → 316 of 925; no insertion
 * more in ECSpell's correct sentences, 6 more in the model's 19.4 M characters (传统药, 精料补充料: statute text's
 * one-character words).
 */
function orphanAfter(text: string, i: number): boolean {
  return bound(text.charCodeAt(i)) && tokenAt(text, i).length === 1;
}
let boundUnits: Set<number> | null = null;
const bound = (unit: number): boolean => (boundUnits ??= new Set(Array.from(BOUND_CHARACTERS, (c) => c.charCodeAt(0)))).has(unit);
/** The margin a character inserted before text[i] needs. */
const missingMargin = (margins: Margins, text: string, i: number): number =>
  margins.missing - (isHanUnit(text.charCodeAt(i)) ? 0 : ENDS_WORD_RELIEF) + (SHORT_FORM_FIRSTS.has(text.charCodeAt(i - 1)) ? SHORT_FORM_EXTRA : 0);
const IDEOGRAPHIC_COMMA = 0x3001;
const ENTERPRISE = "企".charCodeAt(0);
const INDUSTRY = "业".charCodeAt(0);
/** Particles, prepositions and conjunctions a noun follows (的企, 和企). */
const PARTICLES = new Set([..."的之和与及或等在对为是把被从向将并"].map((c) => c.charCodeAt(0)));
/** How much the word-level gain of a deletion adds at most, as weighed (0.5 × 8.2 for 数据安金全法); the model's gain must reach the margin less this. */
const EXTRA_SLACK = 5;
/**
 * Does taking out text[i] join a dictionary word across the gap (up to three characters on each
 * side, all Chinese) that the text with it is not?
 */
function joinsWord(text: string, i: number): boolean {
  let joins = false;
  for (let k = 1; k <= 3 && !joins && i - k >= 0 && isHanUnit(text.charCodeAt(i - k)); k++) {
    for (let m = 1; m <= 3 && i + m < text.length && isHanUnit(text.charCodeAt(i + m)); m++) {
      if (wordFrequency(text.slice(i - k, i) + text.slice(i + 1, i + 1 + m)) > 0 && wordFrequency(text.slice(i - k, i + 1 + m)) === 0) {
        joins = true;
        break;
      }
    }
  }
  return joins && segmentedAcross(text, i);
}

/**
 * Does the segmenter, reading the text without text[i] (up to WORD_SPAN + 2 characters of Chinese on
 * each side), keep a word across the gap? A word the dictionary makes of the two sides may be one
 * the reading never takes: 安心|搞|经营 without 搞 is 安心|经营, not 心经; 终身|做|教育 is 终身|教育, not 身教.
 */
function segmentedAcross(text: string, i: number): boolean {
  let a = i;
  while (a > 0 && i - a < WORD_SPAN + 2 && isHanUnit(text.charCodeAt(a - 1))) a--;
  let b = i + 1;
  while (b < text.length && b - i - 1 < WORD_SPAN + 2 && isHanUnit(text.charCodeAt(b))) b++;
  const gap = i - a;
  let at = 0;
  for (const token of segment(text.slice(a, i) + text.slice(i + 1, b))) {
    if (at < gap && at + token.length > gap) return true;
    at += token.length;
    if (at >= gap) return false;
  }
  return false;
}
/**
 * Function words whose one-character form is standard written Chinese (或/或者, 应/应当, 依/依照),
 * and verbs whose one-character form is the laws' own (属/属于, 达/达到, 涉/涉及, 致/致使, 逾/逾期),
 * and the pronoun 其 (其相关负责人, not 其他):
 * the short form before a gap is a choice of register, not a dropped character, though the model,
 * having read the long form more often, prefers it. Of the missing-character findings on the
 * model's own corpus (19.4 M characters of laws and documents, taken as correct), the first 22
 * completions were 125 of 206; the verbs, added when the margin fell to 4.0, were the commonest
 * of the findings that fall brought there.
 */
const SHORT_FORMS = new Set(
  ["或者", "应当", "应该", "需要", "可以", "依照", "依据", "按照", "及其", "已经", "经过", "予以", "曾经", "并且", "但是", "如果", "因为", "由于", "对于", "仍然", "虽然", "每个", "属于", "达到", "涉及", "致使", "为了", "患有", "逾期", "设置", "其他"].map(
    (w) => pairKey(w.charCodeAt(0), w.charCodeAt(1)),
  ),
);
/**
 * Function words that stand alone in written Chinese — those of SHORT_FORM_FIRSTS, 为, and the laws' 于, 须, 且, 以,
 * 者 … — are not taken as the second half of a word that lost its first (单位予通报 is not 给予, 会议于 not 关于,
 * 生产及节能 not 以及). ECSpell's correct sentences with a word's first character dropped: 206 → 201 of 922 restored
 * (the five lost are drops from 或者, 关于, 原则 themselves); the model's 19.4 M characters: 9 findings fewer. And the
 * written verb 赴 (3日内赴现场, not 赶赴).
 */
const STANDING_FUNCTION_WORDS = new Set([..."或应需可依按及已经予曾并但如因由对仍虽每其为于须且以者之与则即亦均皆而赴"].map((c) => c.charCodeAt(0)));
/** The first characters of SHORT_FORMS (most gaps follow none of them: their proposals need no look-up). */
const SHORT_FORM_FIRSTS = new Set([...SHORT_FORMS].map((key) => Math.floor(key / 0x10000)));
/** Does the list item after the 、 at j (up to the next punctuation, at most 6 characters) have `unit`? */
function sharedEnding(u: Uint16Array, j: number, unit: number): boolean {
  for (let k = j + 1; k < u.length && k <= j + 6 && isHanUnit(u[k]!); k++) if (u[k] === unit) return true;
  return false;
}
/**
 * Does the unit end the Chinese before it — punctuation or a space — so that a word there can have
 * lost its last character (规|（ for 规划（, 互联|+ for 互联网+)? Not a letter or a digit, which can
 * follow any word, nor the paragraph's end or half of a character outside the BMP (a suspect names
 * the code unit after its gap, and must not split a pair).
 */
const endsChinese = (u: number): boolean => !isHanUnit(u) && !isAsciiDigit(u) && !((u | 0x20) >= 0x61 && (u | 0x20) <= 0x7a) && (u & 0xf800) !== 0xd800;
/** Two code units as one number (a Set of them is asked without making a string). */
function pairKey(first: number, second: number): number {
  return first * 0x10000 + second;
}
const isHanUnit = (u: number): boolean => (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf);
/** Words that follow a number as part of the quantity (100余次, 3万多人, 十几个): never judged there. */
const AFTER_NUMBER = new Set([..."余多来几个万亿千百十"].map((c) => c.charCodeAt(0)));
/**
 * Measure words and units a report writes after a figure (62天, 12件, 3名, 46台). After a figure a candidate must make a
 * word with the next character (240入次 → 人次), or be one of these where the written character is not (缩短至62夭。 → 天:
 * 天。 is no word, but a count of days is).
 */
const MEASURE_WORDS = new Set([..."天日月年周旬岁代个次件项名位员人户家所座处条份场期批类元角吨亩米台辆部篇本套起宗例株棵头只匹尾羽张块间栋幢层级种支队组轮届遍趟笔倍页册卷盏把根枚箱袋瓶斤克升里秒分时孔眼口门首幅节段道架艘"].map((c) => c.charCodeAt(0)));
/**
 * Conjunctions: one written for another (中央或地方 → 和) changes what the sentence says, and both
 * read as well to the model — a matter of meaning, not a slip of the pen. (和 is listed as a
 * homophone of 或 through its rare reading huò.) None of ECSpell's planted faults is one.
 */
const CONJUNCTIONS = new Set("和或与及并且而");
const CHINESE_NUMERALS = new Set([..."〇零一二三四五六七八九十百千万亿两"].map((c) => c.charCodeAt(0)));
/** The unit after an Arabic numeral (7旬, 3个, 100人次) is part of the number. */
const isAsciiDigit = (u: number): boolean => u >= 0x30 && u <= 0x39;
/** Is the unit at j of `u` part of a number: after an Arabic numeral, or a quantity word after a Chinese one (十几个, 3万多)? */
const partOfNumber = (u: Uint16Array, j: number): boolean => isAsciiDigit(u[j - 1]!) || (AFTER_NUMBER.has(u[j]!) && CHINESE_NUMERALS.has(u[j - 1]!));
/**
 * Would the suspect change a number written in Chinese numerals: a numeral for another (伐一补二 → 三), a numeral put
 * in or taken out beside one (三元 → 三万元, 十海里 → 十二海里)? What a number says the model cannot know, and numbers
 * are not this search's to judge. None of ECSpell's planted faults is one.
 */
function changesNumber(text: string, s: SpellingSuspect): boolean {
  const numeral = (at: number): boolean => CHINESE_NUMERALS.has(text.charCodeAt(at));
  if (s.kind === "missing") return CHINESE_NUMERALS.has(s.replacement.charCodeAt(0)) && (numeral(s.index - 1) || numeral(s.index));
  if (s.kind === "extra") return numeral(s.index) && (numeral(s.index - 1) || numeral(s.index + 1));
  for (let k = 0; k < s.length; k++) if (numeral(s.index + k) && CHINESE_NUMERALS.has(s.replacement.charCodeAt(k))) return true;
  // A numeral of tenths or times (近七成集中于, 增长两倍): a quantity, not 期成 read across it.
  for (let k = 0; k < s.length; k++) if (numeral(s.index + k) && FRACTION_AFTER.has(text[s.index + k + 1]!)) return true;
  return false;
}
/** What makes a numeral before it a quantity of its own: tenths (七成), times (两倍). */
const FRACTION_AFTER = new Set("成倍");
/** The last characters of an office's name (统计站, 司法所, 财政局, 执法大队, 科室). */
const OFFICE_ENDINGS = new Set("站所局院室科处队办庭馆");
/** Does a level's character (LEVEL_UNITS) stand 3 to 8 characters before the team's 队 at `at`, Chinese all the way (乡综合行政执法|队)? */
function levelNamedOffice(text: string, at: number): boolean {
  for (let k = 3; k <= 8 && at - k >= 0; k++) {
    if (!isHanUnit(text.charCodeAt(at - k + 1))) return false;
    if (LEVEL_UNITS.has(text.charCodeAt(at - k))) return true;
  }
  return false;
}
/** Its staff, after it. */
const STAFF_AHEAD = /^(?:工作人员|人员|负责人|干部|职工|干警|民警)/u;
/** Does an office's last character end right before `at` and its staff begin there (统计站|人员, 法规科|工作人员)? */
const officeBeforeStaff = (text: string, at: number): boolean => OFFICE_ENDINGS.has(text[at - 1]!) && STAFF_AHEAD.test(text.slice(at, at + 5));
/** What follows a person's name: 汤某同志, 张某书记. */
const NAME_TITLE = /^(?:同志|书记|主任|总经理|局长|县长|镇长|乡长|区长|市长|省长|厅长|处长|科长|所长|院长|校长|部长|组长|队长|站长|主席|委员|教授|经理|先生|女士|代表|律师|法官|检察官)/u;
/** 任 before a post (任组长, 任副主任): the verb of taking it. */
const REN = "任".charCodeAt(0);
/** A post's rank before its title (副组长, 常务副主任, 第一书记). */
const POST_RANK = /^(?:常务副|副|第一|执行)/u;
/**
 * The 56 peoples of China by the names GB/T 3304 gives them, less 族: an autonomous area's ending is made of them
 * (藏族羌族自治州), and the preset's genre words of their languages (傣语) too.
 */
export const ETHNIC_GROUPS: readonly string[] = "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺".split(" ");
/** A place's ending (县, 街道, 派出所, 经济技术开发区 …), matched where placeSuffixAt puts it: the whole ending, however long. */
const PLACE_SUFFIX = new RegExp(`(?:市场监督管理所|市场监管所|(?<!族)(?:(?:${ETHNIC_GROUPS.join("|")})族){1,3}自治[州县]|遗址|窑址|旧址|故居|古墓群|墓群|古城址|古建筑群|石窟|书院|会馆|祠堂|经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|省|市|县|区|镇|乡|村|旗|盟|州|街道|社区|片区|新城|新区|嘎查|苏木|居委会|村委会|小学|中学|学校|幼儿园|医院|卫生院|派出所|司法所|法庭|检察院|公园|广场|小区|工业园|产业园|创意园|科技园|物流园|园区|林场|农场|牧场|草场|渔场|财政所|供电所|税务所|开发区|水库|景区|大道|大街|公路|大学|学院|水电站|电站|机场|大桥|码头|渔港|锚地|隧道|枢纽|车站|港口|大峡谷|峡谷|瀑布|溶洞|湿地公园|森林公园|风景区)`, "uy");
/** The place's ending that starts at `at` (县, 街道, 渔港, 遗址 …), or null. */
export function placeSuffixAt(text: string, at: number): string | null {
  PLACE_SUFFIX.lastIndex = at;
  return PLACE_SUFFIX.exec(text)?.[0] ?? null;
}
/** …or a road's, a river's, a mountain's one-character ending that makes no word there (崖溪|河、, 嘉美|路): see endsName. */
export function placeEndingAt(text: string, at: number): string | null {
  return placeSuffixAt(text, at) ?? oneCharacterEnding(text, at);
}
/** The one-character ending of a road's, a river's, a mountain's name at `at`, where it makes no word (endsName, with `nameBefore`), or null. */
function oneCharacterEnding(text: string, at: number, nameBefore = false): string | null {
  return PLACE_WORD.has(text[at]!) && endsName(text, at, nameBefore) ? text[at]! : null;
}
/** What ends the name of a road, a river, a mountain, a village (嘉美路, 天汇河, 凤鑫山, 永宇屯). */
/**
 * Words made of a place's one-character ending that name no place: the places of a kind (乡镇, 镇村, 区县), what is in
 * them (村民, 市场, 区域). Neither of their characters ends a name: before one the characters are no name's (扎实揩展|乡镇
 * is 开展, 健全湾善|镇村 is 完善).
 */
const GENERIC_PLACE_WORDS = new Set(["乡镇", "乡村", "镇村", "镇街", "村组", "村民", "村庄", "村务", "村级", "区域", "区县", "市县", "县乡", "县区", "省市", "市场", "市民", "县城", "县域", "市域", "镇域", "州县", "省级", "市级", "县级", "区级", "镇级", "乡级"]);
/** The count or 等 that closes a list of places, and their shared ending (等9个林场, 两个街道; of waters, 等12条河道). */
const PLACES_CLOSE = `(?:(?:等|共)(?:[两三四五六七八九十]+个|\\d+个)?|[两三四五六七八九十]+个|\\d+个)(?:街道|社区|乡镇|镇|乡|行政村|自然村|村民小组|村|县|区|市|小区|林场|农场|牧场|渔场|嘎查|苏木)|(?:(?:等|共)(?:(?:[两三四五六七八九十]+|\\d+)[条座个处])?|(?:[两三四五六七八九十]+|\\d+)[条座个处])(?:主要|重要|骨干|较大|大中型|中小)?(?:河道|河流|河湖|湖泊|水库|山塘)`;
/** After a place's name: more names, then how many of them or 等, then their shared ending (、城东两个街道, 、西关等社区). */
const PLACES_LISTED = new RegExp(`^(?:、\\p{Script=Han}{2,4}){1,12}(?:${PLACES_CLOSE})`, "u");
/** The same list's last name, then the count and the ending (、红旗、岔河|等9个林场). */
const LAST_PLACE_LISTED = new RegExp(`^(?:${PLACES_CLOSE})`, "u");
/** How far PLACES_LISTED reads: twelve more names of up to four characters, and the count with the ending. */
const PLACES_LISTED_SPAN = 72;
// (With the waters and hills of the south's villages: 荡, 漾, 浜, 泾, 溇 of the Yangtze delta's water network — 大漾荡, 泾港塘 —
// and 垟, 岙, 垸, 畈, 圳, 坞.)
const PLACE_WORD = new Set("路街巷河湖江溪山岭峰峡桥港湾塘坪岗峪坳沟屯庄寨坝洲岛屿村镇乡苑荡漾浜泾溇垟岙垸畈圳坞");

/**
 * Does the one character at `at` end a name rather than sit in a word: no dictionary word is made
 * of it and the character before (农村, 思路, 黄河) or starts with it (河道, 山区, 路线)? The
 * segmenter cannot say: it often cuts a made-up name with its ending as one word (嘉美路). With
 * `nameBefore` (the character before is one a suspect would change: the name's own), a word with
 * it that jieba counts fewer than RARE_ENDING_WORD times is a name's end too (色曲|河: 曲河, 7); not
 * otherwise (稳步下港 is 下降 typed wrong, 下港 a rare word).
 */
function endsName(text: string, at: number, nameBefore = false): boolean {
  // (Before a site's ending of two, the words the character begins are jieba's cuts through the site's name, not words
  // of the text: 河大桥 and 河大 in 雁翎河大桥, 河水库 in 白鹤河水库.)
  return (
    wordFrequency(text.slice(at - 1, at + 1)) < (nameBefore ? RARE_ENDING_WORD : 1) &&
    (placeSuffixAt(text, at + 1)?.length === 2 ||
      (wordFrequency(text.slice(at, at + 2)) === 0 && wordFrequency(text.slice(at, at + 3)) === 0) ||
      // (Or the word it begins gives way to a commoner one after it: 玉带河|沿线, not 河沿.)
      (wordFrequency(text.slice(at, at + 3)) === 0 && wordFrequency(text.slice(at + 1, at + 3)) > COMMONER * wordFrequency(text.slice(at, at + 2))))
  );
}
/** See endsName: how much commoner the word after a place's ending must be than the one the ending begins (沿线 over 河沿). */
const COMMONER = 10;
/** See endsName: the rarest words of a place's ending and the character before it (曲河 7; 长路 28, 老街 45, 冰河 61 are words). */
const RARE_ENDING_WORD = 20;

/** A candidate list as the searches read it: the single characters the model knows, and their code units. */
interface KnownCandidates {
  units: Uint16Array;
  list: Candidate[];
  /** The units of those that are homophones (the same-sound word search's). */
  homophones: Uint16Array;
}
/** Per model and list (the confusion set gives a character one list, shared by every search): filtered once, not at each doubtful place. */
const knownLists = new WeakMap<object, WeakMap<readonly Candidate[], KnownCandidates>>();
function knownCandidates(all: readonly Candidate[]): KnownCandidates {
  const model = languageModelKey();
  let lists = knownLists.get(model);
  if (lists === undefined) knownLists.set(model, (lists = new WeakMap()));
  let k = lists.get(all);
  if (k === undefined) {
    // A character the model never saw makes no pair it kept: it could only score 2 × MISSING_PAIR.
    const list = all.filter((c) => c.char.length === 1 && knowsUnit(c.char.charCodeAt(0)));
    const homophones = Uint16Array.from(
      list.filter((c) => c.kind === "homophone"),
      (c) => c.char.charCodeAt(0),
    );
    k = { units: Uint16Array.from(list, (c) => c.char.charCodeAt(0)), list, homophones };
    lists.set(all, k);
  }
  return k;
}

/** The paragraph as model input in the model's buffers: BOS, the normalised code units, EOS (units 0 .. text.length + 1 of `b.u`). */
function unitsOf(text: string): ParagraphBuffers {
  const b = paragraphBuffers(text.length + 2);
  const u = b.u;
  u[0] = BOS;
  // As normalise() makes it, unit by unit, without a new string.
  for (let i = 0; i < text.length; i++) u[i + 1] = normalisedUnit(text.charCodeAt(i));
  u[text.length + 1] = EOS;
  return b;
}

/**
 * At most this many positions, plus this share of a paragraph's length (counted up to
 * WEIGH_LENGTH: a report's paragraphs are shorter; a 100,000-character line is not prose to
 * read character by character), are weighed by each search.
 */
const WEIGH_BASE = 40;
const WEIGH_SHARE = 0.3;
const WEIGH_LENGTH = 3000;
/** How many characters on each side the segmenter is given to find the word around a suspect. */
const TOKEN_WINDOW = 12;
/** How many characters on each side the word-level judgement looks at. */
const WORD_SPAN = 4;

/** How much more natural (log10, at the word level) [i, i + len) of `text` reads with `rep` there. */
function wordGain(text: string, i: number, len: number, rep: string): number {
  let a = i;
  let b = i + len;
  while (a > 0 && i - a < WORD_SPAN && isHanUnit(text.charCodeAt(a - 1))) a--;
  while (b < text.length && b - i - len < WORD_SPAN && isHanUnit(text.charCodeAt(b))) b++;
  const before = text.slice(a, b);
  const after = text.slice(a, i) + rep + text.slice(i + len, b);
  // The candidates of one place share the text as written: its score is kept for the next call.
  if (before !== lastBefore) {
    lastBefore = before;
    lastBeforeScore = wordPathLogProb(before);
  }
  return (wordPathLogProb(after) - lastBeforeScore) / Math.LN10;
}
let lastBefore = "";
let lastBeforeScore = 0;

/** The segmenter's token covering offset `i` of `text` (cutting the run of Chinese characters around it), and where it starts. */
function tokenSpan(text: string, i: number): { start: number; token: string } {
  let a = i;
  let b = i;
  // A window of the run, not all of it: a paragraph of 10,000 characters without punctuation
  // would be cut again for every suspect.
  while (a > 0 && i - a < TOKEN_WINDOW && isHanUnit(text.charCodeAt(a - 1))) a--;
  while (b < text.length && b - i < TOKEN_WINDOW && isHanUnit(text.charCodeAt(b))) b++;
  let at = a;
  for (const t of segment(text.slice(a, b))) {
    if (i < at + t.length) return { start: at, token: t };
    at += t.length;
  }
  return { start: i, token: text[i] ?? "" };
}

/** The token covering i. */
const tokenAt = (text: string, i: number): string => tokenSpan(text, i).token;
/** Does a token start at `i`? */
const startsToken = (text: string, i: number): boolean => tokenSpan(text, i).start === i;

/** Characters on each side within which a character that recurs is taken as meant (周周有活动, 应纠尽纠, 不敢腐、不能腐、不想腐). */
const RECUR_SPAN = 8;
/**
 * How much more than its margin a change of one character inside a two-character dictionary word
 * needs (上衣 → 上市, 待定 → 特定): a little for a same-sound character, much more for a similar
 * shape or a near sound — writers type by sound, so a real word swapped for one that only looks
 * like it is rare, and such a pair is most often two words both meant.
 */
const REAL_WORD_SINGLE = [0, 2.5];
/**
 * A numeral opening a two-character word the dictionary barely knows (jieba counts under RARE_WRITTEN), a count's
 * fragment (千部, "a thousand of them"), where nothing before it makes a count (上千部, 数千部, 近千部, 3千部 would), and
 * whose change makes one of the commonest words (COMMON_WORD or more), the pair never side by side in the model's corpus
 * (below UNSEEN_PAIR): 全局千部职工 → 干部 (千部 10, 干部 9,717). No count stands there; the look-alike is told at its
 * plain margin. (Not any rare word: 秋收冬种 → 各种, 锦华里 → 精华 are words and names the dictionary barely lists.)
 */
const RARE_WRITTEN = 20;
/** Below this log-probability the model has all but never read a pair side by side (千部, 降废). */
const UNSEEN_PAIR = -9;
/** How often the model reads the second character of a two-character word after its first (a pair it lacks: very low). */
const pairOf = (word: string): number => pairLogProb(word.charCodeAt(0), word.charCodeAt(1), MISSING_PAIR * 2);
const COUNT_OPENERS = new Set([..."上数近几成约逾超达共计每"].map((c) => c.charCodeAt(0)));
function countFragment(text: string, s: SpellingSuspect, start: number, token: string): boolean {
  if (s.kind === "extra" || s.kind === "missing" || s.index !== start || token.length !== 2 || !CHINESE_NUMERALS.has(text.charCodeAt(start))) return false;
  const before = text.charCodeAt(start - 1);
  if (CHINESE_NUMERALS.has(before) || isAsciiDigit(before) || COUNT_OPENERS.has(before)) return false;
  if (wordFrequency(token) >= RARE_WRITTEN || pairOf(token) >= UNSEEN_PAIR) return false;
  const changed = s.replacement + token.slice(1);
  return wordFrequency(changed) >= COMMON_WORD;
}
/** How far after 像 the 一样 (似的, 一般) that completes the comparison may come, within its clause. */
const LIKE_SPAN = 20;
const LIKE_THAT = /^[^，。；：！？\n]*?(?:一样|似的|一般)/u;
/** What follows the suspect when it is the verb before 于 of a frame closed by a place word in its clause (游离于……之外). */
const PLACE_FRAME = /^.?于[^，。；：！？\n]*?(?:之外|之上|以外)/u;
const ONE_TO_TEN = new Set([..."一二三四五六七八九十"].map((c) => c.charCodeAt(0)));
/** What follows the numeral of an enumeration at a clause's start (一是, 二要, 三则, 四抓). */
const ENUMERATION_VERBS = new Set([..."是要则来抓"].map((c) => c.charCodeAt(0)));
const CLAUSE_OPENERS = new Set([..."。；：，！？、（(\n\t 　"].map((c) => c.charCodeAt(0)));
/** Is text[i] the numeral of an enumeration at a clause's start (一要……八要遏制, 二是)? Not a character to replace (八 → 只). */
function enumerationMarker(text: string, i: number): boolean {
  return ONE_TO_TEN.has(text.charCodeAt(i)) && ENUMERATION_VERBS.has(text.charCodeAt(i + 1)) && (i === 0 || CLAUSE_OPENERS.has(text.charCodeAt(i - 1)));
}
/**
 * The verbs that open the account of a case a report names by its facts: 查处南屏市某诊所超出备案范围开展诊疗活动案,
 * 依法办结张某某非法采砂一案. The 案 closing such a name is the case itself, however the words before it read to the model
 * (活动案 as 活动方案 with a character dropped).
 */
const CASE_OPENING = /(?:查处|查办|办理|办结|侦破|破获|审结|审理|立案|移送|调查|处理|查获|督办|通报|曝光)[^。；！？\n]*$/u;
/** How far back in its clause a case's name may have opened (the longest of the blind reports' ran 30 characters). */
const CASE_SPAN = 60;
/** Does text[k], 案, close the name of a case that a verb before it in its clause opened (查处……活动案)? */
function closesCaseName(text: string, k: number): boolean {
  if (text.charCodeAt(k) !== CASE || isHanUnit(text.charCodeAt(k + 1))) return false;
  return CASE_OPENING.test(text.slice(Math.max(0, k - CASE_SPAN), k));
}
const CASE = "案".charCodeAt(0);
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;
/** The longest term in quotation marks that inQuotedTerm takes for the writer's own word (“粮安护农”, a campaign's name). */
const QUOTED_TERM = 4;
/**
 * Is the suspect inside a term of one to four Chinese characters in quotation marks (企业“迎检”负担, 推行“首违”免罚, a
 * grade: 评价结果为“差”), or in an item of a quoted list of such terms (“石山披绿、村寨兴业”: inQuotedShortList)?
 * The marks say the writer means that word as a term of its own, often one newer than the model's corpus; a same-sound
 * word it prefers (硬件, 首位) is no reading of it. (Longer quoted phrases — slogans, names — are read as prose: the
 * formulation rule knows the slogans.) Not one that opens with a numeral: see there.
 */
function inQuotedTerm(text: string, s: SpellingSuspect): boolean {
  let a = s.index;
  while (a > 0 && s.index - a < QUOTED_TERM && isHanUnit(text.charCodeAt(a - 1))) a--;
  let b = s.index + s.length;
  while (b - a <= QUOTED_TERM && isHanUnit(text.charCodeAt(b))) b++;
  if (b - a < 1 || b - a > QUOTED_TERM) return false;
  const alone = text.charCodeAt(a - 1) === OPEN_QUOTE && text.charCodeAt(b) === CLOSE_QUOTE;
  if (!alone && !inQuotedShortList(text, a, b)) return false;
  // Not a numbered shorthand (“三农”, “一本账”): it names a fixed formula, whose wording a slip breaks.
  if (CHINESE_NUMERALS.has(text.charCodeAt(a))) return false;
  // Nor one the change makes a numbered shorthand the dictionary knows (“桑农” → 三农; not “古驿道” → 十一道).
  const changed = text.slice(a, s.index) + s.replacement + text.slice(s.index + s.length, b);
  if (CHINESE_NUMERALS.has(changed.charCodeAt(0)) && wordFrequency(changed) > 0) return false;
  // Nor a term of four characters that the change makes a set phrase the dictionary lists, which the written one is not
  // (“以案译法” → 以案释法): the writer meant the listed phrase. (Not one of three: “数智化”, a coinage newer than the
  // dictionary, is no slip for 数字化.)
  return !(changed.length >= QUOTED_TERM && wordFrequency(changed) > 0 && wordFrequency(text.slice(a, b)) === 0);
}

/** The longest quoted list inQuotedShortList reads (items and their marks). */
const QUOTED_LIST = 40;
const ENUMERATION_COMMA = 0x3001; // 、
/**
 * Is [a, b) an item of a list in quotation marks whose items are all QUOTED_TERM characters or fewer (围绕“石山披绿、村寨兴业、
 * 民族团结”工作主线)? A slogan's items are the writer's own terms as much as one quoted alone. (A formula of longer items, 小事
 * 不出村、大事不出镇, is read as prose, and the formulation rule knows the standing ones; so are items that all begin alike,
 * 送政策、送岗位、送服务.) Planted substitutions (bench/src/unseen.mjs): the one sentence of such a slogan among them was lost
 * before items framed alike were left out.
 */
function inQuotedShortList(text: string, a: number, b: number): boolean {
  const at = text.charCodeAt(a - 1);
  const after = text.charCodeAt(b);
  if ((at !== OPEN_QUOTE && at !== ENUMERATION_COMMA) || (after !== CLOSE_QUOTE && after !== ENUMERATION_COMMA) || (at === OPEN_QUOTE && after === CLOSE_QUOTE)) return false;
  const open = text.lastIndexOf("“", a - 1);
  const close = text.indexOf("”", b);
  if (open < 0 || close < 0 || close - open > QUOTED_LIST || text.lastIndexOf("”", a - 1) > open) return false;
  const quoted = text.slice(open + 1, close);
  if (!/^\p{Script=Han}{1,4}(?:、\p{Script=Han}{1,4})+$/u.test(quoted)) return false;
  // Not items framed alike (“送政策、送岗位、送服务”): the frame's slots hold ordinary words, which a slip breaks.
  const items = quoted.split("、");
  return !items.every((item) => item[0] === items[0]![0]);
}

/** What 逐 goes through one by one (逐章, 逐条, 逐项, 逐户, 逐卷, 逐级, 逐一; land and cases by the 宗, 逐宗审核). */
const ONE_BY_ONE = new Set([..."章条项户卷件个级一人村家店段页句字笔单款节年月日步批次类宗案份张台辆处座栋间"].map((c) => c.charCodeAt(0)));
const ZHU = "逐".charCodeAt(0);
/** Does [at, at + length) hold the 逐 of 逐X (X one of ONE_BY_ONE), or the X after it? */
function oneByOne(text: string, at: number, length: number): boolean {
  for (let k = at; k < at + length; k++) {
    if (text.charCodeAt(k) === ZHU && ONE_BY_ONE.has(text.charCodeAt(k + 1))) return true;
    if (text.charCodeAt(k - 1) === ZHU && ONE_BY_ONE.has(text.charCodeAt(k))) return true;
  }
  return false;
}
/** Verbs that make an agent noun with their object and 员 (护河员, 巡河员, 执法员, 监督员, 调解员). */
const AGENT_VERBS = new Set([..."护巡执监协调宣保管督守看检稽讲引救指"].map((c) => c.charCodeAt(0)));
/** What may follow such a post's 员: a count's word, a team, a list's next item or the end of the run of Chinese. */
const AFTER_AGENT = new Set([..."名队等和与的们、"].map((c) => c.charCodeAt(0)));
const STAFF = "员".charCodeAt(0);
/** Is text[k] the 员 of a verb, its object and 员 (护|河|员), before a count, a pause or a list's next item? */
function agentNoun(text: string, k: number): boolean {
  if (text.charCodeAt(k) !== STAFF || k < 2 || !AGENT_VERBS.has(text.charCodeAt(k - 2)) || !isHanUnit(text.charCodeAt(k - 1))) return false;
  const next = text.charCodeAt(k + 1);
  return !isHanUnit(next) || AFTER_AGENT.has(next);
}
const PASS = "关".charCodeAt(0);
/** What opens a checkpoint frame closed by 关 (把好法律关, 严把质量关, 守好廉洁关), within its clause. */
const CHECKPOINT_FRAME = /(?:把好|把牢|把住|严把|守好|守住|过好|闯过)[^，。；：！？、\n]*$/u;
const CHECKPOINT_SPAN = 12;
/** Is text[k] the first of a two-character item of a 、 list whose neighbouring item ends with the same character (校长、师长)? */
function headOfSharedEnding(text: string, k: number): boolean {
  const [a, b] = hanRun(text, k);
  if (k !== a || b - a < 2) return false;
  // The last item, run on into what follows (“黑车”拉客、宰客问题): its ending is the character after its head, the item
  // before it is two characters that end so, and the item as written is a word (宰客; not 确权、微权服务, a slip for 维权).
  if (b - a > 2) {
    if (text.charCodeAt(a - 1) !== IDEOGRAPHIC_COMMA || a < 3 || wordFrequency(text.slice(k, k + 2)) === 0) return false;
    const before = hanRun(text, a - 2);
    return before[1] - before[0] === 2 && text.charCodeAt(a - 2) === text.charCodeAt(k + 1);
  }
  const ending = text.charCodeAt(b - 1);
  if (text.charCodeAt(a - 1) === IDEOGRAPHIC_COMMA && a >= 2 && text.charCodeAt(a - 2) === ending) return true;
  if (text.charCodeAt(b) !== IDEOGRAPHIC_COMMA || !isHanUnit(text.charCodeAt(b + 1))) return false;
  const next = hanRun(text, b + 1);
  return next[1] - next[0] === 2 && text.charCodeAt(next[0] + 1) === ending;
}
/**
 * Does [at, at + length) end with the last character of a 、 list's item that the item beside it ends with too (小鹰屿、
 * 乌礁屿、长旗岛: 屿; 青屿、双屿等渔港)? The items are names of one kind, and the shared ending is the kind's: a slip would have
 * to make the neighbour's character. (The model reads 鹰屿 as 银鱼, 礁屿 as 教育, 青屿 as 清淤.)
 */
function changesSharedEnding(text: string, at: number, length: number): boolean {
  const last = at + length - 1;
  const [a, b] = hanRun(text, last);
  if (b !== last + 1 || b - a < 2) return false;
  const ending = text.charCodeAt(last);
  if (previousItemEnding(text, a, ending) !== -1) return true;
  if (text.charCodeAt(b) !== IDEOGRAPHIC_COMMA) return false;
  return nextItemEnding(text, b, ending) !== -1;
}
/**
 * Where the item after the 、 at `comma` ends with `ending`: the end of its run of Chinese characters, or, where the item
 * runs on into 等 (青屿、双屿等渔港), its second or third character before it; −1 if it does not.
 */
function nextItemEnding(text: string, comma: number, ending: number): number {
  if (!isHanUnit(text.charCodeAt(comma + 1))) return -1;
  const next = hanRun(text, comma + 1);
  if (next[1] - next[0] >= 2 && text.charCodeAt(next[1] - 1) === ending) return next[1] - 1;
  for (const m of [1, 2]) if (text.charCodeAt(next[0] + m) === ending && text.charCodeAt(next[0] + m + 1) === DENG) return next[0] + m;
  return -1;
}
const DENG = "等".charCodeAt(0);
/** Where the item before the 、 at a − 1 ends with `ending` (a Chinese character before it): a − 2; −1 if it does not. */
function previousItemEnding(text: string, a: number, ending: number): number {
  return text.charCodeAt(a - 1) === IDEOGRAPHIC_COMMA && a >= 3 && text.charCodeAt(a - 2) === ending && isHanUnit(text.charCodeAt(a - 3)) ? a - 2 : -1;
}
/** Does [at, at + length) lie inside a place's ending of two characters or more (PLACE_SUFFIX: 嘎查, 苏木, 社区)? */
function inPlaceEnding(text: string, at: number, length: number): boolean {
  for (let from = Math.max(0, at + length - PLACE_ENDING_LONGEST); from <= at; from++) {
    const ending = placeSuffixAt(text, from);
    if (ending !== null && ending.length >= 2 && from + ending.length >= at + length) return true;
  }
  return false;
}
const PLACE_ENDING_LONGEST = 9;
/** How far over its margin a change of 暨 or 赴 must be to be told (see meant): the blind reports' were 0.9 and −0.3 over. */
const CHOSEN_EXCESS = 2;
/** Formal adverbs of written Chinese that stand before a preposition (即因, 均由, 亦为, 皆因, 尚处于, 仍在). */
const FORMAL_ADVERBS = new Set([..."即均亦皆乃系尚仍"].map((c) => c.charCodeAt(0)));
/** Prepositions and the copula after which such an adverb stands (因, 由, 为, 被, 从, 在, 对, 向, 是; 处 of 处于). */
const PREPOSITIONS = new Set([..."因由为被从在对向是经于处"].map((c) => c.charCodeAt(0)));
/** Is any of [at, at + length) the 治 of 依法治 or the one character after it (依法治企)? */
function inRuleOfLawFrame(text: string, at: number, length: number): boolean {
  for (let k = at; k < at + length; k++) if (text.startsWith("依法治", k - 2) || (text.startsWith("依法治", k - 3) && isHanUnit(text.charCodeAt(k)))) return true;
  return false;
}

/** An issuing organ's code before the year of a document number (沈办文〔2024〕3号): not prose. */
const DOC_NUMBER_AHEAD = /^[\u4e00-\u9fff]{0,8}[〔［\[【]\d{4}[〕］\]】]\d+号/u;

/**
 * Is the suspect most likely written as meant, whatever the model says? A character that recurs
 * close by (parallel phrasing, reduplication), one inside a word of three or more characters that
 * jieba's dictionary knows (有的放矢), one inside a two-character word unless the margin is wider
 * still, the code of a document number, a number (changesNumber).
 */
function meant(text: string, s: SpellingSuspect, excess: number): boolean {
  if (DOC_NUMBER_AHEAD.test(text.slice(s.index)) || changesNumber(text, s)) return true;
  // 某, the word that stands for a name a report leaves out (某化工企业, 张某, 某某公司): not 煤 typed wrong. 暨, the formal
  // "and" of a title (法治政府建设暨监管企业法治建设工作要点), and 赴, the written "go to" (赴3个乡镇开展宣讲): an input method
  // offers 及 and 付 first, so these are chosen, not slipped into — unless the model is sure (乡镇政府赴责 → 负责, 8.3 over:
  // a slip all the same).
  if (replacing(s)) {
    const written = text.slice(s.index, s.index + s.length);
    if (written.includes("某") || (excess < CHOSEN_EXCESS && /[暨赴]/u.test(written))) return true;
    // 逐 before what it goes through one by one (逐章学习, 逐条, 逐户, 逐卷): an adverb of its own, not 家 or 遂.
    if (oneByOne(text, s.index, s.length)) return true;
    // The head of a two-character item in a list whose items share their last character (县长、局长、校长、师长、家长): what
    // the list goes through, chosen by the writer (师长, not 市长).
    if (s.length === 1 && headOfSharedEnding(text, s.index)) return true;
    // The ending such items share (小鹰屿、乌礁屿), changed.
    if (changesSharedEnding(text, s.index, s.length)) return true;
    // An office's or a room's ending after the word that names it, ending the noun (矛盾纠纷调解室，, “榕树下调解室”): the
    // office (调解 + 室), not 解释 read across it — unless the change is to another organ's ending (国务院办公庭 → 厅).
    if (s.length === 1 && OFFICE_ENDINGS.has(text[s.index]!) && !ORGAN_ENDINGS.has(s.replacement.charCodeAt(0)) && !isHanUnit(text.charCodeAt(s.index + 1)) && wordFrequency(text.slice(s.index - 2, s.index)) > 0) return true;
    // Inside a place's ending of two characters or more (嘎查, 苏木, 社区, 街道 — a Mongolian township's report names its
    // 嘎查 27 times): a closed class of words, which a slip does not make.
    if (inPlaceEnding(text, s.index, s.length)) return true;
    // The 依法治X frame (依法治国, 依法治省, 依法治企, 依法治校): 治 and the one character it governs are the frame's.
    if (inRuleOfLawFrame(text, s.index, s.length)) return true;
    // A one-character adjective ending its clause after a character (成本高、效率低。, 路途远，): the written predicate, not
    // 的 or 地 — as a gap before one is not half of 提高 (see below).
    // (After a word, its subject — 效率|低 — and before punctuation that ends a clause, not a closing quotation mark: 一岗双窄”
    // and 安全可靠情宽， are slips; nor where the change makes a word with the character before: 在法治轨道上推近。→ 推进.)
    if (s.length === 1 && PREDICATE_ADJECTIVES.has(text.charCodeAt(s.index)) && endsWordAt(text, s.index, 2, 4) && PREDICATE_END.test(text[s.index + 1] ?? "") && wordFrequency(text[s.index - 1]! + s.replacement) === 0) return true;
  }
  // A short quoted term (see inQuotedTerm), a character of it changed, taken out (“信易贷” → 信贷) or put in.
  if (inQuotedTerm(text, s)) return true;
  // 员 closing an agent noun of a verb and its object (护河员, 巡河员, 执法员 before 118名 or a pause): the post, written
  // as the report names it — not 河口 read across it, nor 执法人员 with 人 lost.
  if (((replacing(s) && s.length === 1) || s.kind === "missing") && agentNoun(text, s.index)) return true;
  // The 关 that closes a 把好……关 frame (把好法律关, 严把质量关, 守好廉洁关): the checkpoint, not 关系 or 关键 cut short.
  if (s.kind === "missing" && text.charCodeAt(s.index - 1) === PASS && !isHanUnit(text.charCodeAt(s.index)) && CHECKPOINT_FRAME.test(text.slice(Math.max(0, s.index - 1 - CHECKPOINT_SPAN), s.index - 1))) return true;
  // The 案 that closes a case's name, or a character before it (the gap a missing one would fill).
  for (let k = s.index; k < s.index + s.length; k++) if (closesCaseName(text, k)) return true;
  if (enumerationMarker(text, s.index)) return true;
  // Between two Chinese numerals: a numbered shorthand (五缓四减, 两学一做, 三严三实), not a slip.
  if (s.kind !== "missing" && CHINESE_NUMERALS.has(text.charCodeAt(s.index - 1)) && CHINESE_NUMERALS.has(text.charCodeAt(s.index + s.length))) return true;
  if (s.kind !== "missing" && (parallelEcho(text, s.index) || (s.length === 1 && framedItem(text, s.index)))) return true;
  // A character left out of an item as long as its neighbour across 、 and one character from it (依法治水、依法护水 →
  // 依法保护水): the items are a pair of a series, each whole. (Not a character put in: 长农三角、珠三角 is 长三角 with
  // 农 typed in, its last three characters one from the next item's.)
  if (s.kind === "missing" && wholeBesideTwin(text, s.index)) return true;
  if (s.length === 1 && s.kind !== "missing" && s.kind !== "extra" && quantityWord(text, s.index)) return true;
  if (s.length === 1 && s.kind !== "missing" && standsAlone(text, s.index)) return true;
  // A formal adverb right before a preposition (即因上坟烧纸引发, 均由, 亦为): the written adverb, not 基因 read across it —
  // unless the model is sure.
  if (s.length === 1 && replacing(s) && excess < CHOSEN_EXCESS && FORMAL_ADVERBS.has(text.charCodeAt(s.index)) && PREPOSITIONS.has(text.charCodeAt(s.index + 1))) return true;
  // The head of one of two words side by side that share their last character (学法知法, 懂法守法, 知责明责): items of a
  // series the writer chose, each a word — not 执法 because the model has read it more often. Unless the change is
  // sure (ECHO_EXCESS over its margin).
  if (s.length === 1 && replacing(s) && excess < ECHO_EXCESS && echoedWord(text, s.index)) return true;
  // 像 …… 一样 (像对贫困宣战一样): the comparison its clause completes, not 相对.
  if (s.length === 1 && text[s.index] === "像" && LIKE_THAT.test(text.slice(s.index + 1, s.index + 1 + LIKE_SPAN))) return true;
  // The verb of a 于……之外 frame (游离于备案管理之外, 凌驾于法律之上, 独立于审批之外; not 之中 or 之下, after which 处于 typed 出于 is a slip): the place its clause closes on
  // says the verb is one of place, which the model, reading 有利于 far more often, would make it.
  if (s.kind !== "missing" && s.kind !== "extra" && PLACE_FRAME.test(text.slice(s.index + s.length, s.index + s.length + 2 + LIKE_SPAN))) return true;
  // A Chinese numeral two characters from another, the frame of a set phrase (宁可十防九空, 三令五申, 七上八下): not typed in.
  if (s.length === 1 && s.kind !== "missing" && CHINESE_NUMERALS.has(text.charCodeAt(s.index)) && (CHINESE_NUMERALS.has(text.charCodeAt(s.index - 2)) || CHINESE_NUMERALS.has(text.charCodeAt(s.index + 2)))) return true;
  // The segmenter's token around each character of the suspect, cut once.
  const first = tokenSpan(text, s.index);
  const tokens = s.length === 2 ? [first.token, tokenAt(text, s.index + 1)] : [first.token];
  const known = tokens.map((t) => wordFrequency(t) > 0);
  if (s.kind === "missing") {
    if (first.start < s.index && tokens[0]!.length >= MISSING_INSIDE_WORD && known[0]! && !outweighsToken(text, s, first.start, tokens[0]!)) return true;
    // A gap between a level's character and 人民 (向县|人民检察院, 市|人民政府): the organ's own name; 县级人民检察院, which the
    // corpus writes as often, is another way of naming it, not this one cut short.
    if (LEVEL_UNITS.has(text.charCodeAt(s.index - 1)) && text.startsWith("人民", s.index)) return true;
    // A gap before the second × of an A×A× frame (可查可|溯, 边查边|改): one character each, as the frame has them.
    if (inHeadFrame(text, s.index)) return true;
    // A gap after a team's or a group's name (组建镇综合行政执法队|，, 成立专项检查组|，): the unit, not 队伍 or 组织 cut short.
    if (TEAM_ENDS[s.replacement[0]!] === text[s.index - 1] && isHanUnit(text.charCodeAt(s.index - 2)) && isHanUnit(text.charCodeAt(s.index - 3)) && !isHanUnit(text.charCodeAt(s.index))) return true;
    // A gap right after 重 or 轻 of a 重…、轻… frame (重|项目落地速度、轻合同条款审查, 重形式、轻|实效): what each weighs, not 重大.
    if (inTwoHeadFrame(text, s.index - 1, WEIGHING)) return true;
    // A gap before a one-character adjective that ends its clause (办事路途|远、, 成本|高。): the written predicate, not half
    // of 遥远 or 提高.
    if (PREDICATE_ADJECTIVES.has(text.charCodeAt(s.index)) && isHanUnit(text.charCodeAt(s.index - 1)) && CLAUSE_END.test(text[s.index + 1] ?? "")) return true;
    // A gap before a list item's last character that its neighbour across the 、 ends with too (骨干精训、新进岗前|训): the
    // series' shared ending, each item abbreviated to it; 岗前培训 is not missing.
    if (sharesItemEnding(text, s.index, s.replacement[0]!)) return true;
    // A gap between an office's last character and its staff (法规科|人员, 统计站|工作人员): the office's people, not 科研人员
    // cut short.
    if (officeBeforeStaff(text, s.index) && isHanUnit(text.charCodeAt(s.index - 2)) && isHanUnit(text.charCodeAt(s.index - 3))) return true;
    // A gap after the 队 that closes a team's name, a level's character opening it (乡|综合行政执法队|的, 镇|应急救援队，): the
    // team, not 队伍 cut short. (Only 队: after 处 a gap is 处理's as often, 城市污水处|设施.)
    if (text[s.index - 1] === "队" && levelNamedOffice(text, s.index - 1)) return true;
    // A gap before the 任 of a post taken (由主要负责同志任组长，分管负责同志任副组长): the one-character verb a title
    // follows, as standard as 担任.
    if (text.charCodeAt(s.index) === REN && NAME_TITLE.test(text.slice(s.index + 1).replace(POST_RANK, ""))) return true;
    // A gap before a kind's 类 after a word (治安调解|类纠纷, 涉企|类案件): the word names the kind; 各类 is not missing.
    if (text.charCodeAt(s.index) === KIND && endsWordAt(text, s.index, 2, 4)) return true;
    // A gap after the 案 that closes a case's name (查处……接纳未成年人案，): the case, not 案件 cut short.
    if (closesCaseName(text, s.index - 1)) return true;
    // A suffix a modifier may go without, proposed between two words (老年|群体 → 老年人群体, 公益|文化 → 公益性文化): both
    // readings are the genre's, the written one the writer's — unless the model is sure.
    if (excess < OPTIONAL_SUFFIX_EXCESS && OPTIONAL_SUFFIXES.has(s.replacement.charCodeAt(0)) && endsWordAt(text, s.index, 2, 3) && startsWordOfTwo(text, s.index)) return true;
    // Between two whole words of the dictionary, the segmenter cutting right at the gap (补考|合格, not 法治建|工作 or
    // 局长办|会议, where a word's piece stands alone), and the word before no longer word with the character (补考试 is
    // none; 国务|组织法 → 国务院, 委员|组成人员 → 委员会 are): nothing is broken there.
    const before = tokenSpan(text, s.index - 1);
    return (
      first.start === s.index &&
      tokens[0]!.length >= 2 &&
      known[0]! &&
      before.start + before.token.length === s.index &&
      before.token.length >= 2 &&
      wordFrequency(before.token) > 0 &&
      !insertionMakesWord(text, before.start, s.index, s.replacement[0]!)
    );
  }
  // Two characters that open one half of an A…A… pair (畸高畸低, 时高时低, 大起大落): the repeated first character says the
  // halves answer each other; the model, reading 畸低 as 基地, does not see the pair.
  if (s.length === 2 && opensRepeatedHalf(text, s.index)) return true;
  // Inside a four-character frame whose two × the writer chooses (逢圩必讲, 逢审必查, 有诉必应, 凡进必考).
  if (inSplitFrame(text, s.index, s.index + Math.max(1, s.length))) return true;
  // 先 or 后 of a 先…、后… sequence (先定标准、后供土地, 先调解后诉讼): the order the writer sets, not 限定 or 候.
  if (s.length === 1 && s.kind !== "extra" && inTwoHeadFrame(text, s.index, SEQUENCE)) return true;
  // The varying head of a series of two-character items that end alike (推动各级主要负责人知责、履责、尽责): the writer's
  // steps, one word each, not a slip for the commoner word (职责).
  if (s.length === 1 && replacing(s) && headOfSeries(text, s.index)) return true;
  // Either A of an A不A question (蔗农甜不甜, 稳不稳): the same word twice around 不, as the writer asks it.
  if (s.length === 1 && replacing(s) && ((text[s.index + 1] === "不" && text[s.index + 2] === text[s.index]) || (text[s.index - 1] === "不" && text[s.index - 2] === text[s.index]))) return true;
  // 籍 before a person (港澳籍投资者, 外籍人员): where they are from, not 及.
  if (s.length === 1 && text[s.index] === "籍" && ORIGIN_OF.test(text.slice(s.index + 1, s.index + 4))) return true;
  // A character the list item before ends with (黄腹角雉、白颈长尾雉): the kind both items name.
  if (s.kind !== "extra" && endsPreviousItem(text, s.index, s.length)) return true;
  for (let k = s.index; k < s.index + s.length; k++) {
    const ch = text[k]!;
    let recur = 0;
    for (let m = Math.max(0, k - RECUR_SPAN); m < Math.min(text.length, k + RECUR_SPAN + 1); m++) if (m !== k && text[m] === ch) recur++;
    if (recur >= 2 || text[k - 1] === ch || text[k + 1] === ch) return true;
    // The repeated character of a four-character parallel phrase, 应A尽A (应录尽录, 应收尽收, 应保尽保): the two copies
    // answer each other; a slip would break the pair, not make it.
    // …and of a pair of opposites, A高A低, 时上时下 (畸高畸低: 畸 both times).
    if (s.length === 1 && s.kind !== "extra" && (parallelPair(text, k - 1) || parallelPair(text, k - 3) || opposedPair(text, k - 2) || opposedPair(text, k) || inHeadFrame(text, k))) return true;
  }
  if (s.kind === "extra") {
    // Inside a word of three or more characters the dictionary knows (良法善治, 林荫小道): that word's. Not
    // inside two: a character typed in by mistake often makes a word with a neighbour (国务五院: 五院, 市视场:
    // 视场), and bench/src/extra.mjs found 50 more of 916 drawn insertions and 15 more of 925 same-sound ones
    // without them, for 6 findings more on the model's 19.4 M characters of correct text (凝神聚力, 原材物料).
    // Every other character of a four-character parallel phrase (联耕联种, 虚买虚卖, 路检路查): meant. A
    // negation (构不成犯罪): both readings are fluent, and the model cannot tell which the writer meant.
    if (tokens[0]!.length >= 3 && known[0]!) return true;
    const x = text[s.index]!;
    // The last character of an office's name before its staff (统计站|人员, 司法所|工作人员): taking it out makes a word
    // (统计人员), but the office is meant.
    if (officeBeforeStaff(text, s.index + 1)) return true;
    if (text[s.index - 2] === x || text[s.index + 2] === x || NEGATIONS.has(x.charCodeAt(0))) return true;
    // An adverb of time or scope (一审已判决, 均已办结, 并将): taking it out always reads a little better to the model,
    // which pays for one term less, but it is a word the writer chose.
    if (ADVERBS.has(x.charCodeAt(0))) return true;
    // The verb of a 以A促B set phrase (以创促建, 以案促改, 以点带面): without it, 以创建 reads as well to the model.
    if (yiFrameVerb(text, s.index)) return true;
    // A place word between the verbs of a 进村入户 frame (进屯入户, 进寨入户, 走村串户): the place the work goes to, not a
    // character typed in (进入户).
    if (PLACE_WORD.has(x) && VISIT_FRAME.test(text.slice(s.index - 1, s.index + 3))) return true;
  }

  // A character the model never saw inside a word the dictionary knows (砥砺前行): the model cannot judge it — unless
  // the change clears its margin by RARE_WORD_EXCESS more, which a correct rare word did not (RARE_WORD_EXCESS).
  if (excess < RARE_WORD_EXCESS) for (let k = 0; k < s.length; k++) if (rareUnit(text.charCodeAt(s.index + k)) && known[k]! && tokens[k]!.length >= 2) return true;
  // …nor beside a list's 、, in a short item, a name of its own (红隼、白鹇、豹猫: a species', a place's), a word or not.
  // Unless the change makes a word with a neighbour (嗨关总署 → 海关, 出柤 → 出租: a slip to a rare character in a list).
  // (Only just over its margin, as for a rare word's character: a slip to a rare character is read far worse by the model —
  // 工业和信息化卟、商务部 — than a name it barely knows, 红隼 → 红十 at 0.2 over.)
  if (excess < RARE_WORD_EXCESS && s.length === 1 && s.kind !== "extra" && rareUnit(text.charCodeAt(s.index)) && shortListItem(text, s.index) && !makesWord(text, s.index, s.replacement)) return true;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!known[k]) continue;
    if (t.length >= 4) return true;
    if (t.length >= 2 && s.length === 1 && excess < REAL_WORD_SINGLE[s.kind === "homophone" ? 0 : 1]! && !countFragment(text, s, first.start, t)) return true;
  }
  return false;
}

/**
 * A made-up two-character word whose change makes a pair official prose writes as one (降废政策 → 降费: 费 follows 降
 * in the model's corpus at a log-probability above OFFICIAL_PAIR; 降废 never), told though the dictionary lists neither
 * (jieba has no 降费): the slip made a word that no name has, the change one the corpus writes. Over NAME_PAIR_EXCESS
 * only. (−2.5, not −2: 案卷评杳 → 评查, at −2.34, is a slip too; the keyed drafts' correct copies, 187 blind reports, the
 * corpus, the held-out 5 % and ECSpell gave no finding more at −2.5 or −3.)
 */
const OFFICIAL_PAIR = -2.5;
const NAME_PAIR_EXCESS = 2;
function readsAsOne(corrected: string, written: string, excess: number): boolean {
  return excess >= NAME_PAIR_EXCESS && pairOf(corrected) >= OFFICIAL_PAIR && pairOf(written) < UNSEEN_PAIR;
}
/**
 * Does the suspect sit in what looks like a personal or place name? A place name is up to three
 * characters before 县/镇/村/街道 … or a road's, a river's, a mountain's one-character ending that
 * makes no word there (嘉美|路, 岭璟|河: endsName), (a personal name before 同志/书记 …), unless the correction makes one dictionary word through
 * the suffix (内蒙古白治区 → 自治区); a personal name, a word jieba's HMM made up, unless the
 * correction makes a dictionary word there.
 */
function nameLike(text: string, s: SpellingSuspect, excess: number, candidates: (char: string) => readonly Candidate[]): boolean {
  const fixed = text.slice(0, s.index) + s.replacement + text.slice(s.index + s.length);
  const end = s.index + s.length;
  // (A missing character's gap is before s.index: the quoted name may end right after it.)
  if (inQuotedName(text, s.index, s.kind === "missing" ? s.index : end)) return true;
  // A place's ending closing the second of two names joined by 与, 和, 及, 同 or a 、 (白岩村与云台村|山林): the name's, though
  // the text without it reads on (云台山林).
  if (s.kind === "extra" && PLACE_ENDING.has(text.charCodeAt(s.index)) && pairedWithLikeName(text, s.index)) return true;
  // Before a place's or a person's title (宣城市, 松南村): a name's character.
  if (s.kind === "extra") {
    // Unless taking it out makes a dictionary word of three or more characters through the ending (安徽摘省 → 安徽省,
    // 内蒙古教自治区 → 内蒙古自治区): a name has the word's characters, and a slip typed one more into it. Not a
    // numeral (吉林两省: a count of places, 吉林省 being one of them), nor a word of two (山底村 is a village, not 山村).
    const suffix = endingAhead(text, end, PLACE_SPAN, (at) => placeSuffixAt(text, at) ?? NAME_TITLE.exec(text.slice(at, at + 3))?.[0] ?? null);
    if (suffix !== null) {
      if (CHINESE_NUMERALS.has(text.charCodeAt(s.index))) return true;
      // A place word of its own right before a village's or a town's ending (杨家坳村, 石板沟村): the name's generic part,
      // not a character typed in (杨家村 is another village).
      if (PLACE_WORD.has(text[s.index]!) && suffix.at === end && SMALL_PLACE_ENDING.test(suffix.ending)) return true;
      // The ending's end in the text without the character.
      const through = suffix.at - 1 + suffix.ending.length;
      for (let a = Math.max(0, s.index - 3); a < s.index && through - a >= NAME_WORD; a++) if (wordFrequency(fixed.slice(a, through)) > 0) return false;
      return true;
    }
  } else {
    // A surname, 家 and a place's word (郭家沟煤矿, 王家坪村, 李家湾): a village named after a family, not 国家.
    if (s.length === 1 && text[s.index + 1] === "家" && (SURNAMES.has(text[s.index]!) || MORE_SURNAMES.has(text[s.index]!)) && (PLACE_WORD.has(text[s.index + 2] ?? "") || FAMILY_PLACE.has(text[s.index + 2] ?? ""))) return true;
    // In a business's trade name (、岔河|石材加工厂): its name, though a place's ending in it (河) makes a word of the change.
    if (inFirmName(text, s) || inNamedList(text, s)) return true;
    // A character the model has seldom or never read, opening a run of Chinese right before a real place's name
    // (《|尕|玛曲县, ，|尕|玛曲县): the first character of a longer name — names keep the rare characters of their places. Not
    // after another character (武汉卞|洪山区, 银昕|黄冈市: a slip for 市 and 行, which join what precedes), nor before what is
    // no place (闇|徽省 is 安徽省).
    if (s.length === 1 && s.kind !== "missing" && !isHanUnit(text.charCodeAt(s.index - 1)) && rareUnit(text.charCodeAt(s.index)) && realPlaceAt(text, end)) return true;
    // A character the model has seldom or never read in a name of two or three characters that a place's ending closes
    // (将|潆水河两岸): the name's, unless the change makes a word or a real place of it (闇徽省 → 安徽省), or a word with what
    // precedes it (紧紧围饶县委 → 围绕) — an input method offers common characters first, so a rare one before an ending
    // was chosen.
    // (The same where a word of two is changed in its rare character alone: 潆水 → 迎水 before 河.)
    const rare = s.length === 2 && s.replacement[0] === text[s.index] && s.replacement[1] !== text[s.index + 1] ? s.index + 1 : s.index;
    if (s.length <= 2 && replacing(s) && rareUnit(text.charCodeAt(rare)) && !endsWordAt(fixed, rare + 1, 2, 3)) {
      const put = fixed[rare]!;
      for (const e of [rare + 1, rare + 2]) {
        if (!isHanUnit(text.charCodeAt(e))) break;
        if (!PLACE_ENDING.has(text.charCodeAt(e)) && !WATER_OR_HILL.has(text.charCodeAt(e))) continue;
        // (A level's ending that starts a word with what follows is none: 优先伎持|区域 is 支持; a river's may, 沅溪河|沿线.
        // Nor where any character alike makes a real place: 嗨原县 is 海原县, whatever the model prefers.)
        const rest = text.slice(rare + 1, e + 1);
        const named = (c: string): boolean => wordFrequency(c + rest) > 0 || isPlaceName(c + rest, 0, rest.length + 1);
        if ((WATER_OR_HILL.has(text.charCodeAt(e)) || wordFrequency(text.slice(e, e + 2)) === 0) && !named(put) && !candidates(text[rare]!).some((c) => named(c.char))) return true;
        break;
      }
    }
    // The head of one of two names alike but for their direction, both in the paragraph (澄南区……澄北区, 溪东村、溪西村): the
    // writer's place, not 城南 read twice.
    if (s.length === 1 && replacing(s) && DIRECTIONS.has(text.charCodeAt(s.index + 1)) && PLACE_ENDING.has(text.charCodeAt(s.index + 2))) {
      for (const d of DIRECTION_CHARS) if (d !== text[s.index + 1] && text.includes(text[s.index]! + d + text[s.index + 2]!)) return true;
    }
    // A clan's name, a surname and 氏, before what a clan has (陈氏宗祠, 林氏家训): not 城市 however often the model has
    // read it. (Only there: 镇江氏人民政府 is 市 typed as 氏.)
    for (let k = Math.max(0, s.index - 1); k < end; k++) {
      if (text[k + 1] === "氏" && (SURNAMES.has(text[k]!) || MORE_SURNAMES.has(text[k]!)) && CLAN_AFTER.test(text.slice(k + 2, k + 4))) return true;
    }
    // A street's name of two characters before a direction's street (枣林|西街, 南湖|东二巷): the name's, whatever word a
    // change makes of it (造林). Not where one of the two is a place's ending (双桥区西大街 typed 双跷区西大街).
    if (streetNameBeforeDirection(text, s.index, end)) return true;
    // A level's character alone before one of its organs (旗水利局, 与旗人民检察院, 州民宗委): the banner's, the
    // prefecture's — written as the organ's own name has it, though the model has read 市 and 县 there more often.
    if (s.length === 1 && s.kind !== "missing" && LEVELS.has(text.charCodeAt(s.index)) && LEVEL_OPENS.test(text.slice(Math.max(0, s.index - 1), s.index)) && LEVEL_ORGAN.test(text.slice(end, end + LEVEL_ORGAN_SPAN))) return true;
    // A place's one-character ending itself, ending a name of two characters that it makes no word with (锦江苑, 滨河湾):
    // a name, written as its owner writes it; the model reads the better-known phrase it resembles (江源). Not after a
    // common word (民生|河, 林业|河, 发展|湖: 和 typed as a place's ending, a slip).
    if (
      s.length === 1 &&
      PLACE_WORD.has(text[s.index]!) &&
      s.index >= 2 &&
      isHanUnit(text.charCodeAt(s.index - 1)) &&
      isHanUnit(text.charCodeAt(s.index - 2)) &&
      wordFrequency(text.slice(s.index - 2, s.index)) < COMMON_WORD &&
      tokenAt(text, s.index).length === 1 &&
      endsName(text, s.index)
    )
      return true;
    // Two characters, the last of a name and its one-character ending, in a 、 list of places of that ending (东沙村、渔家
    // 堡村入选 → 保存入选): the name and its ending, not a word typed as its homophones.
    if (s.length === 2 && PLACE_ENDING.has(text.charCodeAt(s.index + 1)) && listedWithEnding(text, s.index, s.index + 1)) return true;
    // The first names of a list that ends with their shared ending (走进凤鸣、城东两个街道, 在东关、西关等社区).
    // (The name's end up to three characters on: 柏|溪河两条主要河流.)
    for (let e = end; e <= end + 3 && e < text.length; e++) {
      if (text[e] === "、" && PLACES_LISTED.test(text.slice(e, e + PLACES_LISTED_SPAN))) return true;
      // …and the last of them, after a 、 (青松、红旗、岔河等9个林场).
      if (LAST_PLACE_LISTED.test(text.slice(e, e + 10)) && text[hanRun(text, s.index)[0] - 1] === "、") return true;
      if (!isHanUnit(text.charCodeAt(e))) break;
    }
    // A place the dictionary knows whole, its ending inside the word (莲都区, 诸暨市, 宣城市): the segmenter takes it as
    // one word, so no ending starts a word after the suspect — but it is a name, written as the dictionary has it.
    // Unless the correction is a dictionary word too (实验区 → 试验区: a slip that made another word).
    const written = tokenSpan(text, s.index);
    const w0 = written.start;
    const w1 = w0 + written.token.length;
    if (
      written.token.length >= 3 &&
      w0 <= s.index &&
      w1 >= end &&
      PLACE_ENDING.has(written.token.charCodeAt(written.token.length - 1)) &&
      wordFrequency(written.token) > 0 &&
      wordFrequency(fixed.slice(w0, w1 + s.replacement.length - s.length)) === 0
    )
      return true;
    // The suffix starts a word of its own (not 农|村 in 农村, 总|经理); a title counts only as a whole word (not 委员 in 委员会).
    const suffix = endingAhead(text, end, PLACE_SPAN, (at) => {
      // (An ending of three characters or more first: 市场监督管理所 begins with 市场, a generic word of 市.)
      const place = placeSuffixAt(text, at);
      if (place !== null && place.length >= 3 && startsToken(text, at)) return place;
      if (GENERIC_PLACE_WORDS.has(text.slice(at, at + 2)) || GENERIC_PLACE_WORDS.has(text.slice(at - 1, at + 1))) return null;
      const title = NAME_TITLE.exec(text.slice(at, at + 3));
      const found = place ?? (title !== null && tokenAt(text, at) === title[0] ? title[0] : null);
      // (A township's or a village's ending of a people's own language, 嘎查 and 苏木, is no part of another word: the segmenter may
      // join its first character to the name's last, 宝力|根嘎|查.)
      if (found !== null && (startsToken(text, at) || found === "嘎查" || found === "苏木")) return found;
      return oneCharacterEnding(text, at, at === end);
    });
    if (suffix !== null) {
      // A name in a 、 list of places of one kind, its neighbour ending as it does (夯吉村、捏车村等村寨): the names are the
      // writer's, whatever common word a change makes of them (列车).
      if (suffix.ending.length === 1 && listedWithEnding(text, s.index, suffix.at)) return true;
      // (A word of NAME_WORD characters or more through the ending: 自治区; of two, only a common one — 龙村 → 农村: a
      // rarer one, 山镇, is what a name's rare character read as a common one makes: 板峒镇 → 板山镇.)
      // (Not the changed character alone before an ending of two where the written name is a word itself: 白鹤|水库 →
      // 河水库, a cut jieba keeps by chance, and 白鹤 a name's word. 县人明|医院 → 民医院 still: 人明 is none.)
      // A village's name right after its township's (金橘乡|橘香|村 → 乡村): the name's, whatever common word a change makes of
      // it — a slip would have the village read 金橘乡橘乡村.
      if (VILLAGE_ENDING.test(suffix.ending) && s.index >= suffix.at - 2 && afterTownship(text, suffix.at - 2)) return true;
      const wordedName = suffix.ending.length >= 2 && wordFrequency(text.slice(suffix.at - 2, suffix.at)) > 0;
      for (let a = Math.max(0, s.index - 2); a <= s.index; a++) {
        if (wordedName && suffix.at - a < 2) continue;
        const word = fixed.slice(a, suffix.at + suffix.ending.length);
        if (wordFrequency(word) >= (word.length >= NAME_WORD ? 1 : COMMON_WORD)) return false;
      }
      // Unless the correction clears its margin by JOINED_EXCESS and ends a word of three or four characters with those
      // before it, which the written text does not make (紧紧围饶|县委 → 紧紧围绕, 5.6 over: a name would begin inside a
      // phrase). Not a word of two (黄墩湖 → 黄土: a name's first character as often), nor a change only just over its
      // margin (领导任|双组长 → 领导人, 0.1 over: 任 is meant).
      if (s.length === 1 && s.kind !== "missing" && excess >= JOINED_EXCESS) {
        for (let a = Math.max(0, s.index - 3); a < s.index - 1; a++) if (wordFrequency(fixed.slice(a, end)) > 0 && wordFrequency(text.slice(a, end)) === 0) return false;
      }
      // Nor where the correction makes a common word of the two characters before the ending that the text makes no word of,
      // both of them characters official prose uses often (推动行成|学校、家庭 → 形成); a name's characters are often rare
      // ones (晟成公园, 煜塘中学), which the model would read as the common word they resemble.
      if (s.length === 1 && s.kind !== "missing" && excess >= COMMON_EXCESS && !suffix.ending.includes("自治") && suffix.at - 2 <= s.index && s.index < suffix.at && !rareUnit(text.charCodeAt(s.index)) && !rareUnit(text.charCodeAt(suffix.at - 2 === s.index ? s.index + 1 : s.index - 1))) {
        const a = suffix.at - 2;
        if (a >= 0 && wordFrequency(fixed.slice(a, suffix.at)) >= COMMON_WORD && wordFrequency(text.slice(a, suffix.at)) === 0) return false;
      }
      return true;
    }
  }
  // (A trade name was asked first for all but an extra character.)
  if (namedAfterTitle(text, s) || (s.kind === "extra" && inFirmName(text, s)) || inNameList(text, s) || dottedName(text, s)) return true;
  const written = tokenSpan(text, s.index);
  if (surnamed(written.token)) return true;
  const correctedSpan = tokenSpan(fixed, s.index);
  const corrected = correctedSpan.token;
  // Two directions before a place's ending (溪南镇 → 西南镇, where the segmenter reads 南镇 and no ending starts a word):
  // the correction would name a place too, one the model has read more of.
  if (corrected.length === 2 && DIRECTIONS.has(corrected.charCodeAt(0)) && DIRECTIONS.has(corrected.charCodeAt(1)) && placeSuffixAt(fixed, correctedSpan.start + 2) !== null) return true;
  if (corrected.length >= 2 && wordFrequency(corrected) > 0) return false;
  const token = written.token;
  if (token.length < 2 || wordFrequency(token) > 0) return false;
  // (The pair in the made-up word's place, however the segmenter reads the corrected text: 开展执法案卷评杳 → 评查, which
  // jieba cuts 卷评|查.)
  if (token.length === 2 && s.length === 1 && replacing(s) && readsAsOne(fixed.slice(written.start, written.start + 2), token, excess)) return false;
  // Unless the correction is a common word of one character that the segmenter then reads before a dictionary word of
  // two or more (对末取得 → 对|未|取得): the made-up word was the slip's, not a name's. Not where the character written is
  // a place's level (2025年市国资委: the city's, not 是). An adverb that is nothing else (STANDING_ADVERBS) before a word of
  // any length, one character too (均己被采纳 → 均|已|被): it stands before its verb as a word of its own.
  if (s.length === 1 && corrected.length === 1 && wordFrequency(corrected) >= COMMON_WORD && !PLACE_ENDING.has(text.charCodeAt(s.index))) {
    const next = tokenSpan(fixed, correctedSpan.start + 1);
    if (next.start === correctedSpan.start + 1 && (next.token.length >= 2 || STANDING_ADVERBS.has(corrected.charCodeAt(0))) && wordFrequency(next.token) > 0) return false;
  }
  return true;
}

/** How far over its margin a change must be to be told before a place's ending where it joins a word (see nameLike). */
const JOINED_EXCESS = 3;
/** How far over its margin a correction must be to make a common word right before a place's ending (see nameLike). */
const COMMON_EXCESS = 1.5;

/** The one-character endings of a place's name that the dictionary keeps inside the place's word (诸暨市, 嘉祥县). */
const PLACE_ENDING = new Set([..."省市县区州盟旗镇乡村"].map((c) => c.charCodeAt(0)));
/** The levels of government whose one character stands for the place before an organ's name (旗水利局, 县人民检察院). */
const LEVELS = new Set([..."省市县区州盟旗"].map((c) => c.charCodeAt(0)));
/** An organ's name: a few characters of its field, then what ends an organ's name (水利|局, 人民检察院, 委, 民宗委). */
const LEVEL_ORGAN = /^\p{Script=Han}{0,6}?(?:人民检察院|人民法院|人民政府|人大常委会|委员会|政府|检察院|法院|办公室|局|委|厅)/u;
const LEVEL_ORGAN_SPAN = 12;
/** What may stand before such a level's character: no Chinese character, a year's 年, or a preposition or conjunction (与旗人民检察院; not 有限责任|县|司党委). */
const LEVEL_OPENS = /^(?:[^\p{Script=Han}]?|[年与和及向由对在经将并])$/u;
/** A street named by a direction, with its number (西街, 东二巷, 南大街). */
const DIRECTION_STREET = /^[东西南北][一二三四五六七八九十]?(?:大街|大道|街|路|巷)/u;
/**
 * Does [from, to) start the two characters right before a direction's street, neither of them a place's ending? (Not the
 * second alone: 双桥讴西大街 is 双桥区 with its ending mistyped.)
 */
function streetNameBeforeDirection(text: string, from: number, to: number): boolean {
  const d = from + 2;
  if (to > d || !DIRECTION_STREET.test(text.slice(d, d + 4))) return false;
  if (!isHanUnit(text.charCodeAt(from)) || !isHanUnit(text.charCodeAt(from + 1))) return false;
  return !PLACE_ENDING.has(text.charCodeAt(from)) && !PLACE_ENDING.has(text.charCodeAt(from + 1));
}
/**
 * Is the name that starts at or before `from` and ends before the one-character place ending at `at` an item of a 、 list
 * whose item before (…夯吉村、) or after (、捏车村) ends with the same ending?
 */
function listedWithEnding(text: string, from: number, at: number): boolean {
  const ending = text.charCodeAt(at);
  const [a] = hanRun(text, from);
  if (at - a > 4) return false;
  // (The neighbour a name too, no word: 走访龙村、农村 is a slip beside a word.)
  if (previousItemEnding(text, a, ending) !== -1) {
    const [p] = hanRun(text, a - 2);
    if (a - 1 - p <= 5 && wordFrequency(text.slice(p, a - 1)) === 0) return true;
  }
  if (text.charCodeAt(at + 1) !== IDEOGRAPHIC_COMMA) return false;
  const e = nextItemEnding(text, at + 1, ending);
  return e !== -1 && e - (at + 2) <= 4 && wordFrequency(text.slice(at + 2, e + 1)) === 0;
}
/** What joins two names of a pair (白岩村与云台村). */
const PAIR_JOINS = new Set("与和及同、");
/** Is the place's ending at `at` the end of a name of two to four characters that follows another ending alike, a join between (白岩村与云台|村)? */
function pairedWithLikeName(text: string, at: number): boolean {
  for (let k = 2; k <= 4; k++) {
    const start = at - k;
    if (start < 3) break;
    for (let m = start; m < at; m++) if (!isHanUnit(text.charCodeAt(m))) return false;
    if (PAIR_JOINS.has(text[start - 1]!) && text[start - 2] === text[at] && isHanUnit(text.charCodeAt(start - 3))) return true;
  }
  return false;
}
/** The endings of a village's name (橘香|村, 荷塘|社区). */
const VILLAGE_ENDING = /^(?:村|社区|屯|组|嘎查)$/u;
/** What opens a township's count or kind rather than its name (全乡, 本镇, 各乡镇, 两镇). */
const NOT_A_TOWNSHIP_NAME = new Set("全本各该每此其一两三四五六七八九十乡镇");
/** Does a township's name (two characters or more, and 乡, 镇 or 街道) end right before `at` (金橘乡|橘香村)? */
function afterTownship(text: string, at: number): boolean {
  const ending = text.endsWith("街道", at) ? 2 : text[at - 1] === "乡" || text[at - 1] === "镇" ? 1 : 0;
  if (ending === 0) return false;
  const last = at - ending - 1;
  return last >= 1 && isHanUnit(text.charCodeAt(last)) && isHanUnit(text.charCodeAt(last - 1)) && !NOT_A_TOWNSHIP_NAME.has(text[last]!) && !NOT_A_TOWNSHIP_NAME.has(text[last - 1]!);
}
/** The endings of a village's or a town's name (杨家坳|村). */
const SMALL_PLACE_ENDING = /^(?:村|镇|乡|屯|组|社区|嘎查)$/u;
/** How long a dictionary word through a place's ending must be to say an extra character before the ending is no part of a name (安徽省, not 山村). */
const NAME_WORD = 3;
/** How far after a suspect (only Chinese characters between) a place's ending or a person's title is looked for. */
const PLACE_SPAN = 3;

/**
 * The first of the `span` places from `end` on, with only Chinese characters before it, where
 * `ending(at)` finds a name's ending: there and what it returned; null if none does.
 */
function endingAhead(text: string, end: number, span: number, ending: (at: number) => string | null): { at: number; ending: string } | null {
  for (let d = 0; d < span; d++) {
    if (d > 0 && !isHanUnit(text.charCodeAt(end + d - 1))) return null;
    const found = ending(end + d);
    if (found !== null) return { at: end + d, ending: found };
  }
  return null;
}

/** The commonest Chinese surnames (each over ~0.1 % of the population). */
const SURNAMES = new Set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤");

/** How far before a business's ending (FIRM_ENDINGS) the trade name's characters reach (a trade between them: 科技, 建筑工程). */
const FIRM_SPAN = 6;
/**
 * What ends the name of a business a report names (in a case it decided, a list of inspections):
 * the characters before it are a trade name, made up to sound well (鑫盛达科技有限公司, 祥美合作社).
 */
const FIRM_ENDINGS = "(?:股份有限公司|有限责任公司|有限公司|公司|集团|加工厂|律师事务所|会计师事务所|事务所|公证处|司法鉴定所|商行|超市|专业合作社|合作社|加油站|诊所|药店|药房|门市部|经营部|批发部|酒店|宾馆|饭店|餐馆|工作室)";
const FIRM_SUFFIX = new RegExp(`^${FIRM_ENDINGS}`, "u");
/** A business's ending after up to FIRM_SPAN characters of its trade (建筑工程|有限公司), where lastIndex puts it. */
const FIRM_AHEAD = new RegExp(`\\p{Script=Han}{0,${FIRM_SPAN}}?${FIRM_ENDINGS}`, "uy");
/** Does a business's ending stand at text[at], or after up to FIRM_SPAN characters of its trade (律师事务所, 建设|集团有限公司)? */
export function firmEndingAhead(text: string, at: number): boolean {
  FIRM_AHEAD.lastIndex = at;
  return FIRM_AHEAD.test(text);
}

/**
 * A province's bare name opening a business's name, after no Chinese character (、内蒙古|宝力根|矿业有限责任公司) or a
 * conjunction or preposition (和上海|申律|律师事务所); not 中国铁路上海局集团: the province inside an organ's name.
 */
const PROVINCE_OPENS = /(?:^|[^\p{Script=Han}]|[和与及对向由为将])(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)$/u;
/** What a trade name follows: the start of a clause, a place's or an organ's name, 某, or a word that names the business next (对|鑫盛达商行, 查处|凤晟超市). */
const FIRM_BEFORE = /(?:^|[^\p{Script=Han}]|[省市县区镇乡村某]|对|向|与|由|将|为|责令|查处|处罚|约谈|督促|检查|抽检|指导|帮助|支持|聘请|委托|单位|会同|联合|包括|共有|以及|其中|走访|服务|帮扶|引进|培育|对接|协助)$/u;
/** How common (jieba's count) a word right before a business's ending must be to be its line of trade (茶业 74; 股分 4). */
const TRADE_WORD = 20;
/** How many characters a trade name has, at most, before its trade (科技, 建筑工程) or its ending. */
const TRADE_NAME = 3;
/** May a business's trade name start at text[start] (after a clause's start, a place, a province's bare name, 查处, 责令 …)? */
export const opensFirmName = (text: string, start: number): boolean =>
  FIRM_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || PROVINCE_OPENS.test(text.slice(Math.max(0, start - 5), start));

/**
 * Does the suspect lie in a business's trade name: within the first TRADE_NAME characters after
 * what a trade name follows (FIRM_BEFORE), with only Chinese characters up to a business's name's
 * ending within FIRM_SPAN (对|璟泰|商行, 对|信晟|物流股份有限公司)? A slip there is missed
 * (山西省交通凯发投资集团: 交通开发).
 */
function inFirmName(text: string, s: SpellingSuspect): boolean {
  const end = s.index + s.length;
  const ending = endingAhead(text, end, FIRM_SPAN + 1, (at) => {
    const firm = FIRM_SUFFIX.exec(text.slice(at, at + 6));
    // (An ending of four characters or more, 股份有限公司, is no piece of another word even where the segmenter joins its
    // start to the trade, 科技股份|有限公司; 公司 may be: 分公司.)
    return firm !== null && (firm[0].length >= 4 || startsToken(text, at)) ? firm[0] : null;
  });
  if (ending === null) return false;
  // A word of its trade right before the ending (瑶岭云雾茶业|专业合作社): the business's line, as its name has it — 茶业, not
  // 茶叶. (Not a rare one: 股分|有限公司 is a slip.)
  if (ending.at === end && s.length === 1 && wordFrequency(text.slice(end - 2, end)) >= TRADE_WORD) return true;
  // A firm of lawyers or accountants is named with its city's bare name before the trade name (聘请|潍阳明德|律师事务所): one more.
  const longest = ending.ending.endsWith("事务所") ? TRADE_NAME + 1 : TRADE_NAME;
  // (The name may start inside a pair, after a county's 县 the pair takes with it: 柘源县|鑫达|建筑工程有限公司.)
  for (let start = Math.max(0, end - longest); start < end; start++) {
    if (opensFirmName(text, start)) return true;
    // …or after a city's bare name of two characters that is no word (为|宁川|华曜|新能源科技股份有限公司).
    if (start >= 2 && wordFrequency(text.slice(start - 2, start)) === 0 && isHanUnit(text.charCodeAt(start - 2)) && isHanUnit(text.charCodeAt(start - 1)) && opensFirmName(text, start - 2)) return true;
  }
  return false;
}

/**
 * How a list of names closes: of businesses named by their trade names alone (丰穗面业、金谷粮油|等41家企业, 、澜石石化仓储|等8家
 * 港口危险货物作业企业), of species (黑麂、南方红豆杉|等珍稀动植物): 等 or 共, a count, what they are.
 */
const NAMES_CLOSE =
  "(?:等|共)(?:\\d+|[一二三四五六七八九十两百千]+)?(?:家|户|个|种|类|只|株)?\\p{Script=Han}{0,10}?(?:(?:企业|公司|专业合作社|合作社|商户|门店|经营主体|市场主体|工厂|厂家|酒店|超市|商家|民宿|家庭农场|农场)|(?:动植物|动物|植物|物种|鸟类|鱼类|水生生物|兽类|树种))";
/** After an item of such a list: more items, then the close. */
const NAMES_LISTED = new RegExp(`^(?:、\\p{Script=Han}{2,8}){1,12}${NAMES_CLOSE}`, "u");
const LAST_NAME_LISTED = new RegExp(`^${NAMES_CLOSE}`, "u");
/** How far NAMES_LISTED reads. */
const NAMES_LISTED_SPAN = 140;
/** The longest name taken as a list's first item, read back from its 、 (丰穗面业, 中华秋沙鸭, 澜石石化仓储). */
const NAME_ITEM = 6;

/**
 * The item of a 、 list of names — businesses named by their trade names, species — that holds [from, to) (帮助丰穗面业、
 * 金谷粮油等41家企业; 黑麂、南方红豆杉等珍稀动植物), or null. A first item is read back from its 、 at most NAME_ITEM
 * characters, and may take a verb before it (帮助丰穗面业): its start is a bound, not the name's.
 */
export function namedListItem(text: string, from: number, to: number): { start: number; end: number } | null {
  const [runStart] = hanRun(text, from);
  for (let e = to; e <= from + NAME_ITEM && e <= text.length; e++) {
    const last = text[e] === "等" || text[e] === "共";
    if (text[e] !== "、" && !last) {
      if (!isHanUnit(text.charCodeAt(e))) return null;
      continue;
    }
    const start = last || text[runStart - 1] === "、" ? runStart : Math.max(runStart, e - NAME_ITEM);
    if (from < start || e - start < 2 || e - start > NAME_ITEM + 2) continue;
    if (last ? text[runStart - 1] !== "、" || !LAST_NAME_LISTED.test(text.slice(e, e + NAMES_LISTED_SPAN)) : !NAMES_LISTED.test(text.slice(e, e + NAMES_LISTED_SPAN))) continue;
    return { start, end: e };
  }
  return null;
}

/**
 * Is the suspect in a name of such a list? A name keeps its rare characters, which the model reads as the common words
 * they resemble (黑麂 → 飞机). Not one character changed where the corrected item is a dictionary word (化工、建才等企业 →
 * 建材, 金丝候、华南虎等野生动物 → 金丝猴: the list names a trade or a species the dictionary knows, and a slip made it no
 * word); two changed at once in a name are seldom a slip.
 */
function inNamedList(text: string, s: SpellingSuspect): boolean {
  const end = s.index + s.length;
  const item = namedListItem(text, s.index, end);
  if (item === null) return false;
  if (s.length >= 2) return true;
  for (let a = item.start; a <= s.index && item.end - a >= 2; a++) if (wordFrequency(text.slice(a, s.index) + s.replacement + text.slice(end, item.end)) > 0) return false;
  return true;
}

/**
 * What ends an event's name (“澜江星河音乐节”, “茶乡杯”): a festival, a fair, a game, a cup; or a named place of the rule of
 * law's culture (“楚韵法治文化长廊”, “石榴籽法治驿站”) or of mediation and service (“橙事调解点”: a pun on 成事), named by its
 * builders as a festival is by its organisers.
 */
const EVENT_ENDING = /(?:节|博览会|交易会|展销会|洽谈会|推介会|运动会|文化周|嘉年华|马拉松|联赛|大赛|比赛|挑战赛|邀请赛|杯|长廊|驿站|书屋|讲堂|广场|公园|小院|客厅|工作室|工作站|调解点|调解室|调解站|服务点|服务站|之家|宣讲团|宣讲队)$/u;
/**
 * What follows a product's name in quotation marks (“青禾入学一网通”平台, “枫桥码”小程序, “法润万家”公众号): a platform, an
 * app, an account, a hotline, a brand — named by whoever built it, as an event by its organisers.
 */
const PRODUCT_AFTER = /^(?:平台|系统|小程序|APP|App|app|公众号|微信公众号|视频号|客户端|网站|热线|品牌)/u;
/** The longest event name read inside its quotation marks. */
const EVENT_NAME = 14;
/**
 * Is [from, to) inside the name of an event in quotation marks, before the word that ends it (“澜江|星河音乐节”: 澜沧江 is
 * another name), or inside a product's name, quoted before what it names (“青禾入学一网通|”平台: not 一网通办 cut short)?
 * A named festival or fair is written as its organisers named it, a platform as its builders did.
 */
export function inQuotedName(text: string, from: number, to: number): boolean {
  const open = text.lastIndexOf("“", from - 1);
  if (open < 0 || from - open > EVENT_NAME) return false;
  const close = text.indexOf("”", open);
  if (close < to || close - open - 1 > EVENT_NAME) return false;
  const name = text.slice(open + 1, close);
  if (/[，。；、：！？]/u.test(name)) return false;
  if (PRODUCT_AFTER.test(text.slice(close + 1, close + 6))) return true;
  const ending = EVENT_ENDING.exec(name);
  return ending !== null && to <= close - ending[0].length;
}

/** Does a real place's name (the division codes' list: 玛曲县) start at `at`, the segmenter reading it as one token? */
function realPlaceAt(text: string, at: number): boolean {
  if (!isHanUnit(text.charCodeAt(at))) return false;
  const t = tokenSpan(text, at);
  return t.start === at && t.token.length >= 2 && PLACE_ENDING.has(t.token.charCodeAt(t.token.length - 1)) && isPlaceName(text, at, at + t.token.length);
}

/** Words of the land that follow a family's name in a village's (赵家|洼, 刘家|峁, 高家|堡) besides PLACE_WORD's. */
const FAMILY_PLACE = new Set("洼峁梁塬堡墩营店铺集台嘴湾畔坡崖垭");
/** The next commonest surnames, and a few of minority peoples (普): a name is looked for among them only right after a title (namedAfterTitle). */
/** What follows a clan's name (陈氏|宗祠): its hall, its family, its rules and descendants. */
const CLAN_AFTER = /^(?:宗祠|祠堂|家族|家训|家风|家规|族谱|宗亲|宗族|家庙|后人|后裔|子孙|祖居|祖屋|古厝|大宗|大厝|老宅|骨伤|正骨|中医|针灸|医术|膏药)/u;
const MORE_SURNAMES = new Set("常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查苑迟普党阎粟揭母郜蔺逯冼庹逄况郦竺燕楚邰仝帅练扈闻桓芦");

/** Surnames that are also the prepositions a post is most often followed by (律师向当事人释法, 局长于会上强调): not taken for a name there. */
const TITLE_PREPOSITIONS = new Set("向于");
/** The surnames a name right after a post may start with: both lists, less those prepositions. */
const SURNAMES_AFTER_TITLE = new Set([...SURNAMES, ...MORE_SURNAMES].filter((c) => !TITLE_PREPOSITIONS.has(c)));

/**
 * A post a report names a person right after (县司法局局长王某某, 执业律师李某, 原告张某): the
 * name follows at once, a surname and one or two characters. Any X员 is a post (委员, 专员, 调解员, 网格员, 巡护员) but
 * 人员, 动员, 复员 and the like, which are no one's title.
 */
const TITLE_BEFORE_NAME = /(?:[局县镇乡区市省厅处科股所院校部组队站社厂团班行庭司村]长|秘书长|检察长|审判长|书记|主任|主席|律师|顾问|\p{Script=Han}(?<![人动复减裁满超全增冗随成])员|负责人|经理|助理|教授|记者|法官|检察官|民警|辅警|原告|被告|当事人|申请人|第三人|上诉人|牧民|军人)$/u;

/** How far back from a name postBefore looks for a post, spaces and a colon included (组　长：). */
const POST_SPAN = 8;
/** Does a post end right before `at` — after it only spaces (a list's alignment: 组　长) and a colon, if anything? */
function postBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - POST_SPAN), at).replace(/[\s\u3000]/gu, "").replace(/[：:]$/u, "");
  return TITLE_BEFORE_NAME.test(before);
}
/**
 * Does the suspect start in the three characters after a title that start with a surname (局长|严俊|主持,
 * 律师|甘炜|为): a personal name, whatever words a change would make of it (严峻, 岗位)? Given names are
 * chosen for their sound and meaning, and most look like a slip for some word. Not where the surname's
 * character and the next are a word (负责人应当, 书记严格): a clause goes on there. A slip in the
 * characters right after a title that leaves no word there (书记高渡重视) is missed.
 */
function namedAfterTitle(text: string, s: SpellingSuspect): boolean {
  // Two characters right after a post, or after it and one more (局长邝|健燕, 副主任|向琳, a list's 组　长：翟|远芝): a
  // given name — whatever the first character is (a surname this list lacks, or one that is also a word: 向, 齐力).
  if (s.length === 2 && (postBefore(text, s.index) || (isHanUnit(text.charCodeAt(s.index - 1)) && postBefore(text, s.index - 1)))) return true;
  for (let p = Math.max(0, s.index - 2); p <= s.index; p++) {
    if (!SURNAMES_AFTER_TITLE.has(text[p]!)) continue;
    if (!TITLE_BEFORE_NAME.test(text.slice(Math.max(0, p - 3), p))) continue;
    // Not a word that opens a clause after a post (负责人|应当, 书记|严格, 局长|向大会, 主任|查看): the surname's character begins it.
    if (wordFrequency(text.slice(p, p + 2)) > 0) continue;
    // (A pair that runs on past the name, 华生|宇带 → 育大, is weighed with the name's character in it.)
    let han = true;
    for (let k = p; k <= s.index && han; k++) han = isHanUnit(text.charCodeAt(k));
    if (han) return true;
  }
  // A name of four characters right after a post (副局长曲比阿果, 股长白玛央金, 退役军人马海拉博: the Yi's and the Tibetans'
  // names, two and two), before a word or a clause's end: its second half is no word the model knows.
  if (s.kind !== "missing" && s.kind !== "extra") for (let t = Math.max(0, s.index + s.length - 4); t < s.index; t++) if (fourCharacterName(text, t)) return true;
  // The word right after such a name of two or three characters (常务副市长刘宏伟|带队, 局长王伟|主持): the model reads its
  // first character with the name's last (伟大队), but the writer wrote a word there.
  if (s.length === 1 && wordFrequency(text.slice(s.index, s.index + 2)) > 0) {
    for (const len of [2, 3]) {
      const p = s.index - len;
      if (p < 0 || !SURNAMES_AFTER_TITLE.has(text[p]!) || !TITLE_BEFORE_NAME.test(text.slice(Math.max(0, p - 3), p))) continue;
      if (wordFrequency(text.slice(p, p + 2)) === 0 && isHanUnit(text.charCodeAt(s.index - 1)) && isHanUnit(text.charCodeAt(p + 1))) return true;
    }
  }
  return false;
}

/** The dots that join the parts of a name written in Chinese characters by its sound (叶尔兰·哈布力, 阿依古丽·吐尔逊). */
const NAME_DOTS = new Set([0x00b7, 0x2022, 0x30fb, 0x2027]);
/** How far from such a dot a suspect may start and still be in the name's part beside it. */
const DOTTED_PART = 4;
/**
 * Does the suspect lie in a part of a name joined by a dot (叶尔兰·哈布力扎根牧区): within DOTTED_PART Chinese characters
 * of the dot, whose other side is Chinese characters that are no dictionary word (叶尔兰)? The parts are sounds, which the
 * model reads as words they resemble (发布力). Not a slogan's halves (法润童心·护苗成长: 童心 is a word).
 */
function dottedName(text: string, s: SpellingSuspect): boolean {
  const other = (from: number, step: number): boolean => {
    const a = step > 0 ? from : from - 1;
    if (!isHanUnit(text.charCodeAt(a)) || !isHanUnit(text.charCodeAt(a + step))) return false;
    for (let len = 2; len <= 4; len++) {
      const word = step > 0 ? text.slice(from, from + len) : text.slice(from - len, from);
      if (word.length === len && wordFrequency(word) > 0) return false;
    }
    return true;
  };
  // A dot before the suspect, only Chinese characters between.
  for (let k = s.index - 1; k >= 0 && s.index - k <= DOTTED_PART; k--) {
    const c = text.charCodeAt(k);
    if (NAME_DOTS.has(c)) return other(k, -1);
    if (!isHanUnit(c)) break;
  }
  // Or after it.
  const end = s.index + Math.max(1, s.length);
  for (let k = end; k < text.length && k - end < DOTTED_PART; k++) {
    const c = text.charCodeAt(k);
    if (NAME_DOTS.has(c)) return other(k + 1, 1);
    if (!isHanUnit(c)) break;
  }
  return false;
}

/** Prepositions a post is followed by (组长由国务院…, 律师向当事人): no name begins with one. */
const TITLE_PREPOSITIONS_ALL = new Set([..."由向于对在为与和把被将从经"].map((c) => c.charCodeAt(0)));
const COMMA = "，".charCodeAt(0);
/** One-character verbs and links a name is followed by (次旦多吉|任常务副组长, 白玛央金|为组长). */
const AFTER_NAME = new Set([..."任为是在对和等及与到将"].map((c) => c.charCodeAt(0)));
/** How often (jieba's count) each half may be a word in a name of four (曲比 3, 扎西 17, 多吉 15; 负责 13,745). */
const NAME_HALF = 100;
/**
 * Is text[t, t + 4) a name of four characters right after a post: Chinese characters, no dictionary word, each half
 * and the middle two seldom a word (not 群众|的基本活: 基本), not opening with a preposition (组长|由玉务院), and then a word, a
 * one-character link, a comma or a 、 (not 。: 主任高雨担件。 is a name and a slip)? The post must end a word (not 委员 of
 * 委员会|下射办公室).
 */
function fourCharacterName(text: string, t: number): boolean {
  for (let k = t; k < t + 4; k++) if (!isHanUnit(text.charCodeAt(k))) return false;
  if (TITLE_PREPOSITIONS_ALL.has(text.charCodeAt(t)) || !postBefore(text, t) || !startsToken(text, t) || wordFrequency(text.slice(t, t + 2)) >= NAME_HALF || wordFrequency(text.slice(t + 2, t + 4)) >= NAME_HALF || wordFrequency(text.slice(t + 1, t + 3)) >= NAME_HALF || wordFrequency(text.slice(t, t + 4)) > 0) return false;
  const next = text.charCodeAt(t + 4);
  if (next === COMMA || next === IDEOGRAPHIC_COMMA || AFTER_NAME.has(next)) return true;
  for (let w = 2; w <= 4; w++) if (wordFrequency(text.slice(t + 4, t + 4 + w)) > 0) return true;
  return false;
}

/**
 * Does the suspect lie in an item of a list of people's names (古敏、耿学等; 由田云、聂锐婷负责): an item of
 * two or three Chinese characters beside a 、 that starts with a surname and is no dictionary word,
 * whose neighbour across the 、 is the same? Terms listed with 、 are mostly words (金融、石油), and a
 * term with a slip in it stays flagged beside a word (金触、石油).
 */
function inNameList(text: string, s: SpellingSuspect): boolean {
  const han = (i: number): boolean => i >= 0 && i < text.length && isHanUnit(text.charCodeAt(i));
  const nameItem = (from: number, to: number): boolean => from >= 0 && to <= text.length && SURNAMES_AFTER_TITLE.has(text[from]!) && wordFrequency(text.slice(from, to)) === 0;
  // An item ends where the list goes on (、), ends (等) or the clause does.
  const endsItem = (i: number): boolean => !han(i) || text[i] === "等";
  // Where a neighbour ends or starts is not known (耿学|负责, 邀请|古敏): two or three characters from the 、 — but not the
  // start or the end of a word of four characters or more, longer than a name (公证、仲栽、司法鉴定: 司法鉴 is no name;
  // 谭彦、吴天祥: 吴天 may be, though the dictionary has 吴天祥).
  const inWord = (from: number, to: number, forward: boolean): boolean => {
    for (let k = 1; k <= 3; k++) {
      if (!han(forward ? to + k - 1 : from - k)) return false;
      if (to - from + k >= 4 && wordFrequency(forward ? text.slice(from, to + k) : text.slice(from - k, to)) > 0) return true;
    }
    return false;
  };
  const after = (at: number): boolean => [2, 3].some((len) => han(at + len - 1) && nameItem(at, at + len) && !inWord(at, at + len, true));
  const before = (sep: number): boolean => [2, 3].some((len) => han(sep - len) && nameItem(sep - len, sep) && !inWord(sep - len, sep, false));
  const end = s.index + s.length;
  for (let from = end - 3; from <= s.index; from++) {
    for (const len of [2, 3]) {
      const to = from + len;
      if (from < 0 || to < end || !han(from) || !han(to - 1) || !nameItem(from, to)) continue;
      if (text[to] === "、" && after(to + 1)) return true;
      if (text[from - 1] === "、" && endsItem(to) && before(from - 1)) return true;
    }
  }
  return false;
}

/**
 * Is the segmenter's token a made-up word of three characters that starts with a surname (罗伟刚,
 * 蒋建浩): a personal name, whatever word a change would make of it (蒋建造)? Not two: a wrong
 * character often makes one with a character that is also a surname (王管 for 主管, 肖除 for
 * 消除 — 8 of ECSpell's catches), where three cost 2. Sentences naming 400 made-up people in a
 * report's wording: 73 false suspects before, 38 after.
 */
function surnamed(token: string): boolean {
  return token.length === 3 && SURNAMES.has(token[0]!) && wordFrequency(token) === 0;
}

/**
 * The positions 1..last that pass `gate`, in order — at most WEIGH_BASE + WEIGH_SHARE of the
 * paragraph's length (up to WEIGH_LENGTH) of them, the most implausible by `score` (lower is worse) when more pass.
 * Prose passes a gate at a fifth of its characters; text the model finds implausible throughout
 * (garbled, random, a list of foreign names) at most of them, and would cost seconds per 10,000
 * characters without a bound.
 */
function mostImplausible(last: number, gate: (j: number) => boolean, score: (j: number) => number, places: { bounded: boolean }): number[] {
  const passed: number[] = [];
  for (let j = 1; j <= last; j++) if (gate(j)) passed.push(j);
  const budget = WEIGH_BASE + Math.floor(WEIGH_SHARE * Math.min(last, WEIGH_LENGTH));
  if (passed.length <= budget) return passed;
  places.bounded = true;
  return passed
    .sort((a, b) => score(a) - score(b) || a - b)
    .slice(0, budget)
    .sort((a, b) => a - b);
}

/** A paragraph as the searches read it: the text, its model input, and what the model makes of each unit as written. */
interface Reading {
  text: string;
  /** The model's buffers that `u`, `lp` and `match` are (and `b.v`, for a change's text). */
  b: ParagraphBuffers;
  /** The text's length; positions in `u` are 1..n (0 is BOS, n + 1 EOS). */
  n: number;
  order: number;
  u: Uint16Array;
  /** lp[j]: log10 p(u[j] | what comes before), j in 1..n+1. */
  lp: Float64Array;
  /** match[j]: the length of the longest n-gram the model kept that ends at j, which bounds the context worth looking up at j + 1. */
  match: Uint8Array;
  margins: Margins;
  options: SpellingOptions;
}

function read(text: string, options: SpellingOptions): Reading {
  const n = text.length;
  const b = unitsOf(text);
  modelPass(b, n + 2);
  return { text, b, n, order: languageModelOrder(), u: b.u, lp: b.lp, match: b.match, margins: options.margins ?? DEFAULT_MARGINS, options };
}

/**
 * The suspects in one paragraph (any text is accepted), at most one per position. Throws
 * LanguageModelError if the model cannot be read.
 *
 * (Each search is a function of its own: V8 optimises a small hot function sooner than one large
 * one, and a report's first check runs mostly before anything is optimised.)
 */
export function findSpellingSuspects(text: string, options: SpellingOptions): SpellingSuspect[] {
  const r = read(text, options);
  const p: Places = { singles: [], pairs: [], sounds: [], gaps: [], bounded: false };
  p.singles = singlePlaces(r, p);
  p.pairs = pairPlaces(r, p);
  p.sounds = soundPlaces(r, p);
  p.gaps = gapPlaces(r, p);
  const memo = options.sentences;
  // Where a search had more places than it weighs, which it weighs depends on the whole paragraph: no sentence is its own.
  if (memo === undefined || p.bounded) return settle(r, search(r, p, 0, text.length).flat());
  const bySearch: SpellingSuspect[][] = [[], [], [], [], []];
  for (let s = 0; s < text.length; ) {
    const e = sentenceEnd(text, s);
    const key = sentenceKey(text, s, e, options.skip);
    let found = memo.get(key);
    if (found === undefined) memo.set(key, (found = search(r, p, s, e).map((list) => list.map((x) => ({ ...x, index: x.index - s })))));
    for (let k = 0; k < found.length; k++) for (const x of found[k]!) bySearch[k]!.push({ ...x, index: x.index + s });
    s = e;
  }
  // In the searches' order, each by place, as the whole paragraph's search finds them (settle's sort keeps that order among equals).
  return settle(r, bySearch.flat());
}

/** The places each search weighs (unit positions j: the text's offset j − 1), found for the whole paragraph. */
interface Places {
  singles: number[];
  pairs: number[];
  sounds: number[];
  gaps: number[];
  /** Did a search have more places than it weighs (mostImplausible)? */
  bounded: boolean;
}

/** What each search finds at the places whose offset is in [s, e), in the searches' order (see findSpellingSuspects). */
function search(r: Reading, p: Places, s: number, e: number): SpellingSuspect[][] {
  const within = (places: number[]): number[] => (s === 0 && e === r.n ? places : places.filter((j) => j - 1 >= s && j - 1 < e));
  const out: SpellingSuspect[][] = [[], [], [], [], []];
  searchSingles(r, within(p.singles), out[0]!);
  searchPairs(r, within(p.pairs), out[1]!);
  searchSoundWords(r, within(p.sounds), out[2]!);
  const gaps = within(p.gaps);
  searchMissing(r, gaps, out[3]!);
  searchExtra(r, gaps, out[4]!);
  return out;
}

/**
 * How far on each side of a sentence the searches read: the model's window — the order − 1 characters before a place
 * (4), and up to 5 after it (an extra character's terms; a pair's reach 4 past its second) — with a few to spare.
 * Everything else they read (the dictionary's words around a place, the segmenter's tokens, a list's items) stops at
 * the punctuation that ends a sentence. (settle's guards read further, and run on the whole paragraph each time.)
 * Twice this, 16, re-weighed a quarter more of the text --fix's joins changed, for nothing.
 */
const SENTENCE_CONTEXT = 8;
/** What ends a sentence for the memo: its last character. */
const SENTENCE_ENDS = new Set([..."。！？；"].map((c) => c.charCodeAt(0)));

/** Where the sentence starting at s ends: after its closing mark (and any more marks right after), or the text's end. */
function sentenceEnd(text: string, s: number): number {
  let e = s;
  while (e < text.length && !SENTENCE_ENDS.has(text.charCodeAt(e))) e++;
  while (e < text.length && SENTENCE_ENDS.has(text.charCodeAt(e))) e++;
  return e;
}

/**
 * The sentence [s, e) with what the searches read around it, and where they may not look (skip) — the key of what
 * they find there: how much context each side has (less at the paragraph's ends, where the model reads its start and
 * end), the offsets skipped from one before the sentence to one after it, and the text.
 */
function sentenceKey(text: string, s: number, e: number, skip: ((index: number) => boolean) | undefined): string {
  const a = Math.max(0, s - SENTENCE_CONTEXT);
  const b = Math.min(text.length, e + SENTENCE_CONTEXT);
  let skipped = "";
  if (skip !== undefined) for (let i = Math.max(0, s - 1); i <= e && i < text.length; i++) if (skip(i)) skipped += `${i - s},`;
  return `${s - a}|${b - e}|${skipped}|${text.slice(a, b)}`;
}

/**
 * What the searches found in sentences, by sentence and what surrounds it (see sentenceKey), for the document being
 * checked and the one before it: a paragraph changed in one sentence (an editor's check after a keystroke, --fix's
 * check of what its fixes made) is weighed in that sentence only. One memo serves one set of candidates and margins.
 */
export class SentenceMemo extends TwoDocuments<SpellingSuspect[][]> {}

// Scratch space of the candidate shortlists, reused by every search (one runs at a time).
// The best SHORTLIST so far, by score (ties: the earlier first).
const topScore = new Float64Array(SHORTLIST);
const topIndex = new Int32Array(SHORTLIST);
/**
 * The candidates worth weighing at j: those that form a pair the model kept with a neighbour
 * and whose two pairs together are at most PAIRS_SLACK less likely than the written
 * character's, the SHORTLIST best by those pairs' stored probabilities (a cheap stand-in for
 * the full score). On ECSpell's sentences this finds exactly what weighing every candidate
 * with a kept pair finds, and on the seeds weighs 58 % as many; the left pairs of all the
 * candidates are looked up first, in one table, and alone settle most of them (the right one
 * can only lower the sum).
 */
function shortlist(u: Uint16Array, all: readonly Candidate[], j: number, unit: number): Candidate[] {
  let qualified = 0;
  const { units, list } = knownCandidates(all);
  // The pairs are looked up in the model's module, all of them in one call (see candidateScores).
  // Before a figure (every digit is 0 to the model) a pair is kept seldom (群众|1350户: 众0 is not), and a candidate that
  // reads well with the character before it is not held to its pair with the digit.
  const scores = candidateScores(u[j - 1]!, unit, u[j + 1]!, units, MISSING_PAIR, isAsciiDigit(u[j + 1]!) ? PAIRS_SLACK + DIGIT_SLACK : PAIRS_SLACK);
  for (let k = 0; k < units.length; k++) {
    const score = scores[k]!;
    if (Number.isNaN(score)) continue;
    // Insert into the top list: after every kept score at least as high.
    let at = Math.min(qualified, SHORTLIST);
    while (at > 0 && topScore[at - 1]! < score) at--;
    if (at < SHORTLIST) {
      for (let m = Math.min(qualified, SHORTLIST - 1); m > at; m--) {
        topScore[m] = topScore[m - 1]!;
        topIndex[m] = topIndex[m - 1]!;
      }
      topScore[at] = score;
      topIndex[at] = k;
    }
    qualified++;
  }
  const kept = Math.min(qualified, SHORTLIST);
  const out: Candidate[] = new Array<Candidate>(kept);
  // All of them, in the list's order; or the best SHORTLIST, best first.
  if (qualified <= SHORTLIST) {
    for (let a = 1; a < kept; a++) {
      const x = topIndex[a]!;
      let b = a;
      for (; b > 0 && topIndex[b - 1]! > x; b--) topIndex[b] = topIndex[b - 1]!;
      topIndex[b] = x;
    }
  }
  for (let m = 0; m < kept; m++) out[m] = list[topIndex[m]!]!;
  return out;
}

/**
 * The candidates for one place of a pair that form a kept pair with its outer neighbour: after
 * `before` (the pair's first place), or before `after` (its second; their units in a scratch
 * array, valid until the next call). Not those alike only by strokes: two such slips side by side
 * are rare, and their many combinations made words of names (伊滨 → 身份, 毛鸡 → 手机).
 */
function fitsAfter(all: readonly Candidate[], before: number): Candidate[] {
  const { units, list } = knownCandidates(all);
  const left = followerLogProbs(before, units, MISSING_PAIR);
  const fit: Candidate[] = [];
  for (let k = 0; k < list.length; k++) if (left[k] !== MISSING_PAIR && list[k]!.kind !== "stroke") fit.push(list[k]!);
  return fit;
}
let fitUnits = new Uint16Array(64);
function fitsBefore(all: readonly Candidate[], after: number): Omit<KnownCandidates, "homophones"> {
  const { units, list } = knownCandidates(all);
  const kept = pairsBefore(units, after);
  if (fitUnits.length < units.length) fitUnits = new Uint16Array(2 * units.length);
  const fit: Candidate[] = [];
  for (let k = 0; k < list.length; k++) {
    if (kept[k] !== 1 || list[k]!.kind === "stroke") continue;
    fitUnits[fit.length] = units[k]!;
    fit.push(list[k]!);
  }
  return { units: fitUnits.subarray(0, fit.length), list: fit };
}

/**
 * How much less a shape of the closest likeness needs (Confusable.closest: 己/已, 人/入, 日/曰, 未/末): the homophones'
 * margin. Such a slip is one the reader's eye slides over, as a homophone is one the input method offers. Planted shape
 * substitutions (bench/src/unseen.mjs) 1,612 → 1,633 of 2,000, ECSpell unchanged (763); the model's 19.4 M characters 8
 * findings more (泉域 → 水域, 旧志 → 日志: names and rare words), the held-out 5 % one; the drafts' 均己达标, 投人警力 (4.69,
 * 4.76 over). On 36 reports written correct it told 3 things (增加至1120项, 边清边欠, 分众化), each now kept as a class:
 * 至 before a figure, the A×A× frames of FRAME_HEADS, a genre word.
 */
const CLOSEST_RELIEF = 0.5;
/** One character replaced. */
function singlePlaces(r: Reading, places: { bounded: boolean }): number[] {
  const { n, u, lp } = r;
  return mostImplausible(n, (j) => isHanUnit(u[j]!) && ((lp[j]! < GATE_CHAR && lp[j + 1]! < GATE_NEXT && lp[j]! + lp[j + 1]! < GATE_BOTH) || (lp[j]! < GATE_CHAR_BEFORE_BREAK && lp[j + 1]! < GATE_BREAK && !STANDING_FUNCTION_WORDS.has(u[j]!))), (j) => lp[j]! + lp[j + 1]!, places);
}
function searchSingles(r: Reading, singles: readonly number[], found: SpellingSuspect[]): void {
  const { text, b, n, order, u, match, margins, options } = r;
  for (const j of singles) {
    const unit = u[j]!;
    const i = j - 1;
    if (options.skip?.(i) === true) continue;
    // After a figure, a unit is the figure's (7旬, 3个, 100人次): judged only where it and the next character make no word
    // and a candidate makes one (240入次 → 人次), not a measure word for another (12箱 → 项).
    const afterFigure = isAsciiDigit(u[j - 1]!);
    if (afterFigure ? AFTER_NUMBER.has(unit) || wordFrequency(text.slice(i, i + 2)) > 0 : partOfNumber(u, j)) continue;
    const end = Math.min(n + 2, j + order);
    let best: SpellingSuspect | null = null;
    const conjunction = CONJUNCTIONS.has(text[i]!);
    for (const c of shortlist(u, options.candidates(text[i]!), j, unit)) {
      if (conjunction && CONJUNCTIONS.has(c.char)) continue;
      if (afterFigure && wordFrequency(c.char + text.slice(i + 1, i + 2)) === 0 && !(MEASURE_WORDS.has(c.char.charCodeAt(0)) && !MEASURE_WORDS.has(unit))) continue;
      const cu = c.char.charCodeAt(0);
      const need = margins[c.kind] - (c.closest === true ? CLOSEST_RELIEF : 0);
      u[j] = cu;
      let margin = boundedGain(b, j, end, need - SINGLE_LM_SLACK, match[j - 1]!);
      u[j] = unit;
      if (margin === -Infinity) continue;
      const gain = wordGain(text, i, 1, c.char);
      margin += WORD_WEIGHT * gain - (gain < WORDLESS_GAIN ? WORDLESS_EXTRA : 0);
      if (margin >= need && (best === null || margin - need > best.margin - margins[best.kind as CandidateKind])) {
        best = { index: i, length: 1, replacement: c.char, kind: c.kind, margin };
      }
    }
    if (best !== null) found.push(best);
  }
}

/**
 * Two adjacent characters, both changed (风险平谷 → 风险评估): only where the first is implausible
 * and so is the second or the character after the pair. (Asking it of the character after the
 * pair alone missed whole words typed as their homophones, after which the text reads on well:
 * 进行靠河，→ 考核, 合法全意，→ 权益 — 6 of ECSpell's sentences. The places weighed rise from 424 to
 * 555 per 10,000 characters of the benchmark's reports; the whole search takes ~2 % longer.)
 */
function pairPlaces(r: Reading, places: { bounded: boolean }): number[] {
  const { n, u, lp } = r;
  return mostImplausible(
    n - 1,
    (j) => isHanUnit(u[j]!) && isHanUnit(u[j + 1]!) && lp[j]! < GATE_PAIR && (lp[j + 1]! < GATE_PAIR || lp[j + 2]! < GATE_PAIR) && lp[j]! + lp[j + 1]! + lp[j + 2]! < GATE_PAIR_ALL,
    (j) => lp[j]! + lp[j + 1]! + lp[j + 2]!,
    places,
  );
}
function searchPairs(r: Reading, pairStarts: readonly number[], found: SpellingSuspect[]): void {
  const { text, n, order, u, margins, options } = r;
  for (const j of pairStarts) {
    const i = j - 1;
    if (options.skip?.(i) === true || options.skip?.(i + 1) === true || partOfNumber(u, j)) continue;
    const left = fitsAfter(options.candidates(text[i]!), u[j - 1]!);
    if (left.length === 0) continue;
    const right = fitsBefore(options.candidates(text[i + 1]!), u[j + 2]!);
    if (right.list.length === 0) continue;
    const end = Math.min(n + 2, j + 1 + order);
    // Two characters that are a word already (澄澈, 沧桑, 黄冈) are replaced only on stronger evidence.
    const realWord = wordFrequency(text.slice(i, i + 2)) > 0 ? REAL_WORD_PAIR : 0;
    let best: SpellingSuspect | null = null;
    let bestExcess = 0;
    for (const x of left) {
      const xu = x.char.charCodeAt(0);
      // The candidates for the second place that follow x, looked up in x's one table (a view of
      // the model's memory: what the loop asks of the model below hands out none).
      const middles = followerLogProbs(xu, right.units, MISSING_PAIR);
      for (let k = 0; k < right.list.length; k++) {
        if (middles[k] === MISSING_PAIR) continue;
        const y = right.list[k]!;
        const yu = right.units[k]!;
        // A word the dictionary knows, changed into another by two likenesses of which neither is a sound (牦牛产业 → 物流: a
        // shape and a near sound): two slips of two kinds at once that happen to make a word — a rare animal's, a trade's
        // name is what the model has not read, not a slip.
        if (realWord > 0 && x.kind !== "homophone" && y.kind !== "homophone") continue;
        const need = Math.max(margins[x.kind], margins[y.kind]) + margins.pair + realWord + (x.kind !== "homophone" && y.kind !== "homophone" ? LOOSE_PAIR : x.kind !== "homophone" || y.kind !== "homophone" ? MIXED_PAIR : 0);
        const margin = pairMargin(r, j, end, xu, yu, need);
        if (margin >= need && (best === null || margin - need > bestExcess)) {
          best = { index: i, length: 2, replacement: x.char + y.char, kind: x.kind, margin };
          bestExcess = margin - need;
        }
      }
    }
    if (best !== null) found.push(best);
  }
}

/**
 * How much more plausible the pair at j, j + 1 (units; text offset j − 1) makes the text as xu, yu: the model's gain
 * over [j, end) plus the word level's, or −Infinity as soon as the model's alone cannot reach need − LM_SLACK (the
 * pair search's and the same-sound search's one weighing).
 */
function pairMargin(r: Reading, j: number, end: number, xu: number, yu: number, need: number): number {
  const { text, b, u, match } = r;
  const u0 = u[j]!;
  const u1 = u[j + 1]!;
  u[j] = xu;
  u[j + 1] = yu;
  const gain = boundedGain(b, j, end, need - LM_SLACK, match[j - 1]!);
  u[j] = u0;
  u[j + 1] = u1;
  return gain === -Infinity ? gain : gain + WORD_WEIGHT * wordGain(text, j - 1, 2, String.fromCharCode(xu, yu));
}

/**
 * Where a pair is implausible enough to look for a word of the same sound (log10): the pair's two terms and the next
 * one's under SOUND_WORD_GATE, the pair's two under SOUND_WORD_PAIR, and one of them under SOUND_WORD_ONE — looser
 * than the pair search's gate, since the pair is often a word itself (桂花 for 规划: its second term is high). The
 * last two halve the places of the first alone for 2 of the search's catches on ECSpell (measured with the
 * dictionary's words as candidates, 15 of 17).
 */
const SOUND_WORD_GATE = -8;
const SOUND_WORD_PAIR = -6;
const SOUND_WORD_ONE = -3.2;
/**
 * How much less likely (log10, the model's stored pairs) the word's first character may be after the character
 * before it than the written one is: a word whose first character does not follow there is not weighed.
 */
const SOUND_WORD_SLACK = 1;
/**
 * Two adjacent characters an input method put for a word of the same sound (有效衔接桂花 → 规划, 本系统家猫伪劣 → 假冒,
 * 公共自愿交易 → 资源): pairs of the first character or a homophone of it and the second or one of its that the model
 * reads as a word is read (SOUND_BOND), each weighed as a pair is. The pair search weighs only what each character's
 * own neighbour allows, and prunes the word that way when both characters are wrong. The written pair itself may be a
 * word (家猫, 自愿): it then needs the stronger evidence a pair that is a word always needs. Only first characters that
 * follow the one before about as well as the written one (SOUND_WORD_SLACK), and second characters the model has seen
 * before the one after, are tried.
 *
 * (The dictionary's two-character words of each first character found the same on ECSpell, one sentence more, but
 * read a block of the dictionary for each homophone at a report's first check: +30 ms of a cold start, against +10.)
 */
function soundPlaces(r: Reading, places: { bounded: boolean }): number[] {
  const { n, u, lp } = r;
  return mostImplausible(
    n - 1,
    (j) => isHanUnit(u[j]!) && isHanUnit(u[j + 1]!) && lp[j]! + lp[j + 1]! + lp[j + 2]! < SOUND_WORD_GATE && lp[j]! + lp[j + 1]! < SOUND_WORD_PAIR && Math.min(lp[j]!, lp[j + 1]!) < SOUND_WORD_ONE,
    (j) => lp[j]! + lp[j + 1]! + lp[j + 2]!,
    places,
  );
}
function searchSoundWords(r: Reading, places: readonly number[], found: SpellingSuspect[]): void {
  const { text, n, order, u, lp, margins, options } = r;
  for (const j of places) {
    const i = j - 1;
    if (options.skip?.(i) === true || options.skip?.(i + 1) === true || partOfNumber(u, j)) continue;
    const u0 = u[j]!;
    const u1 = u[j + 1]!;
    const end = Math.min(n + 2, j + 1 + order);
    // The second character and those of its homophones the model saw before the character after the pair.
    const seconds = knownCandidates(options.candidates(text[i + 1]!)).homophones;
    let ys = 0;
    soundSeconds[ys++] = u1;
    if (isHanUnit(u[j + 2]!)) {
      const kept = pairsBefore(seconds, u[j + 2]!);
      for (let k = 0; k < seconds.length; k++) if (kept[k] === 1) soundSeconds[ys++] = seconds[k]!;
    } else for (let k = 0; k < seconds.length; k++) soundSeconds[ys++] = seconds[k]!;
    // The first character and those of its homophones that follow the character before the pair about as well as it
    // does (one call for all; a view of the module's memory, read before anything else asks the module for a list).
    const before = u[j - 1]!;
    const firsts = knownCandidates(options.candidates(text[i]!)).homophones;
    const follow = followerLogProbs(before, firsts, MISSING_PAIR);
    const written = pairLogProb(before, u0, MISSING_PAIR) - SOUND_WORD_SLACK;
    let xs = 0;
    soundFirsts[xs++] = u0;
    for (let f = 0; f < firsts.length; f++) if (follow[f]! >= written) soundFirsts[xs++] = firsts[f]!;
    let need = -1;
    let best: SpellingSuspect | null = null;
    const ysUnits = soundSeconds.subarray(0, ys);
    let pairs = 0;
    for (let f = 0; f < xs; f++) {
      const xu = soundFirsts[f]!;
      // The pairs of xu and a second character that the model reads as a word is read: p(y | x) ≥ 10^SOUND_BOND.
      const bond = followerLogProbs(xu, ysUnits, MISSING_PAIR);
      for (let k = 0; k < ys; k++) if (bond[k]! >= SOUND_BOND && !(xu === u0 && k === 0)) soundPairs[pairs++] = (xu << 16) | ysUnits[k]!;
    }
    for (let k = 0; k < pairs; k++) {
      const xu = soundPairs[k]! >>> 16;
      const yu = soundPairs[k]! & 0xffff;
      if (need < 0) {
        const written = wordFrequency(text.slice(i, i + 2));
        need = margins.homophone + margins.pair + (written > 0 && written < COMMON_WORD ? REAL_WORD_PAIR : 0);
      }
      const margin = pairMargin(r, j, end, xu, yu, need);
      if (margin >= need && (best === null || margin > best.margin)) best = { index: i, length: 2, replacement: String.fromCharCode(xu, yu), kind: "homophone", margin };
    }
    if (best !== null) found.push(best);
  }
}
/**
 * How likely (log10) the model must find the word's second character after its first, whatever came before, for the
 * pair to be weighed: a pair read as a word is (规 → 划 −0.6). At −3 one more of ECSpell's sentences is caught (749
 * against 748, core's search alone) for seven times the pairs weighed.
 */
const SOUND_BOND = -2;
/** searchSoundWords' scratch: the place's second characters, and the pairs to weigh (first << 16 | second). */
const soundSeconds = new Uint16Array(64);
const soundPairs = new Uint32Array(64 * 64);
/** searchSoundWords' scratch: the first characters that pass at the current place (a confusion list holds ≤ 46, and the written one). */
const soundFirsts = new Uint16Array(64);

/**
 * Where a character may be missing before j, or one should not be there: the character at j is
 * implausible after what precedes it (GATE_MISSING). The gap may also be right before punctuation or
 * a space: the word before it lost its last character (原则。→ 原。) — but not after one character
 * standing alone, an abbreviated item of a list (动、植物, 企、事业单位, 优、特、珍、稀): what it
 * abbreviates is written after it.
 */
function gapPlaces(r: Reading, places: { bounded: boolean }): number[] {
  const { n, u, lp } = r;
  return mostImplausible(
    n,
    (j) =>
      j >= 2 &&
      (isHanUnit(u[j]!) || (endsChinese(u[j]!) && isHanUnit(u[j - 2]!))) &&
      isHanUnit(u[j - 1]!) &&
      (lp[j]! < GATE_MISSING || (lp[j]! < GATE_MISSING_NEAR && Math.min(lp[j - 1]!, lp[j + 1]!) + lp[j]! < GATE_MISSING_BOTH)),
    (j) => lp[j]!,
    places,
  );
}

/**
 * The Chinese characters proposed for one gap, each once, in the order first proposed: a list
 * and a table of the units in it (stamped with the gap's number, so it is emptied without a
 * clear). One for the whole search, reused at every gap (a Set and an array per gap were ~5 % of
 * the search).
 */
class Proposals {
  private units = new Uint16Array(64);
  private readonly seen = new Uint32Array(0x10000);
  private stamp = 0;
  size = 0;
  clear(): void {
    this.size = 0;
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
  }
  add(unit: number): void {
    if (!isHanUnit(unit) || this.seen[unit] === this.stamp) return;
    this.seen[unit] = this.stamp;
    if (this.size === this.units.length) {
      const more = new Uint16Array(2 * this.size);
      more.set(this.units);
      this.units = more;
    }
    this.units[this.size++] = unit;
  }
  /** Was `unit` proposed at this gap? */
  has(unit: number): boolean {
    return this.seen[unit] === this.stamp;
  }
  /** All of them, in order: a view, valid until the next clear. */
  all(): Uint16Array {
    return this.units.subarray(0, this.size);
  }
  /** Those that pass `test`, in order: a view, valid until the next clear. */
  keep(test: (unit: number) => boolean): Uint16Array {
    let n = 0;
    for (let k = 0; k < this.size; k++) {
      const unit = this.units[k]!;
      if (test(unit)) this.units[n++] = unit;
    }
    this.size = n;
    return this.units.subarray(0, n);
  }
}
const proposed = new Proposals();

/**
 * A character missing before j (《数据全法》 → 数据安全法): the dictionary's words that run from up
 * to three characters before the gap through one new character into the text after it propose
 * the new character; the model weighs the text with it (one more term to pay for, so the
 * insertion must earn it).
 */
function searchMissing(r: Reading, gaps: readonly number[], found: SpellingSuspect[]): void {
  const { text, n, order, u, lp, match, margins, options } = r;
  // The text with a character inserted at the gap, as far as the model reads it.
  const longer = r.b.v;
  for (const j of gaps) {
    const i = j - 1;
    if (options.skip?.(i) === true || options.skip?.(i - 1) === true || partOfNumber(u, j - 1)) continue;
    proposed.clear();
    const after = text.slice(i, i + 6);
    const endsWord = !isHanUnit(u[j]!);
    const need = missingMargin(margins, text, i);
    // After a ministry's name (民政部，, 财政部承担), not 部门: both read well, and the model, having read
    // 部门 far more often, prefers it.
    for (let k = text.charCodeAt(i - 1) === MINISTRY && endsWordAt(text, i, 3, 5) ? 2 : 1; k <= 3 && i - k >= 0 && isHanUnit(text.charCodeAt(i - k)); k++) {
      addGapCompletions(text.slice(i - k, i), after, 0, endsWord, proposed);
      if (k === 1) for (const c of officialTwos(text.charCodeAt(i - 1))) proposed.add(c);
    }
    // Or the word after the gap lost its first character (法治|设 → 建设).
    if (!endsWord && !STANDING_FUNCTION_WORDS.has(u[j]!)) addWordStarts(after, proposed);
    if (proposed.size === 0) continue;
    const end = Math.min(n + 2, j + order);
    let base = 0;
    for (let k = j; k < end; k++) base += lp[k]!;
    // The text with a character inserted at j, as far as the model reads it: from order − 1
    // before the gap (the longest context of the new character) to `end` (the last term weighed).
    const w0 = Math.max(0, j - order + 1);
    const at = j - w0;
    longer.set(u.subarray(w0, j), 0);
    longer.set(u.subarray(j, end), at + 1);
    // Before 、 a character that the next item has is the list's shared ending, written once (动、植物, 企、事业单位).
    const beforeComma = u[j] === IDEOGRAPHIC_COMMA;
    const shortForm = SHORT_FORM_FIRSTS.has(u[j - 1]!);
    // Two words that share their last character, written once (偷骗税 for 偷税骗税, 津补贴 for 津贴补贴): that
    // character is not missing after the first.
    const shared = text.charCodeAt(i + 1);
    const contracted = proposed.has(shared) && wordFrequency(text[i - 1]! + text[i + 1]!) > 0 && wordFrequency(text.slice(i, i + 2)) > 0;
    // 企 after a character of its own, the short form of 企业 ending a compound (茶农和茶企, 房企, 涉企): not 企业 with 业
    // lost. After a word or a particle it is (联系重点企|制度, 国家标准的企|标准).
    const shortEnterprise = u[j - 1] === ENTERPRISE && isHanUnit(u[j - 2]!) && !PARTICLES.has(u[j - 2]!) && !endsWordAt(text, i - 1, 2, 4);
    const weighed =
      !beforeComma && !shortForm && !contracted && !shortEnterprise
        ? proposed.all()
        : proposed.keep((cu) => !(beforeComma && sharedEnding(u, j, cu)) && !(shortForm && SHORT_FORMS.has(pairKey(u[j - 1]!, cu))) && !(contracted && cu === shared) && !(shortEnterprise && cu === INDUSTRY));
    if (weighed.length === 0) continue;
    // Each one in its turn at the gap. The new character and the one after it together must read
    // no worse than that one did alone after the gap (of ECSpell's sentences with a dropped
    // character, every insertion that clears its margin does; 4 % of those proposed pass). Each
    // term is ≤ 0 and at most the followerCeiling of its pair (below 0 where the model never saw
    // the pair): those bounds, then the first term with the second's, settle most proposals before
    // the second is looked up; then every later term is ≤ 0 too: once the sum falls below what
    // could still clear the margin, it cannot recover. All in the model's module, the gap's
    // proposals in one call (insertionSums). (Ranking the proposals by their pairs and weighing the
    // best few costs catches: the best 8 of them, 1 of the 199 dropped characters
    // bench/src/missing.mjs finds; the best 3, 16.)
    const relieved = endsWord || bound(u[j]!) ? need - ORPHAN_RELIEF : need;
    const floor = Math.min(relieved, need - LONG_WORD_RELIEF);
    const sums = insertionSums(r.b, at, end - w0, lp[j]!, base + floor - LM_SLACK, match[j - 1]!, weighed);
    let best: SpellingSuspect | null = null;
    let bestLong: SpellingSuspect | null = null;
    for (let k = 0; k < weighed.length; k++) {
      const sum = sums[k]!;
      if (sum === -Infinity) continue;
      let margin = sum - base;
      const c = String.fromCharCode(weighed[k]!);
      margin += WORD_WEIGHT * wordGain(text, i, 1, c + text[i]!);
      if (margin >= relieved && (best === null || margin > best.margin)) {
        best = { index: i, length: 1, replacement: c + text[i]!, kind: "missing", margin };
      }
      if (margin >= floor && (bestLong === null || margin > bestLong.margin)) {
        bestLong = { index: i, length: 1, replacement: c + text[i]!, kind: "missing", margin };
      }
    }
    // Below the margin only after a piece of a word before punctuation, or before one (ORPHAN_RELIEF; the segmenter is
    // asked last: it costs).
    if (best !== null && (best.margin >= need || (endsWord ? orphanBefore(text, i) : orphanAfter(text, i)))) found.push(best);
    // Or where the best insertion completes a long word of the dictionary (LONG_WORD_RELIEF).
    else if (!endsWord && bestLong !== null && bestLong.margin >= need - LONG_WORD_RELIEF && !CHINESE_NUMERALS.has(u[j - 1]!) && orphanBefore(text, i) && completesLongWord(text, i, bestLong.replacement[0]!)) found.push(bestLong);
  }
}

/**
 * How much less an insertion needs before more Chinese where the character before the gap stands alone and is seldom a
 * word by itself (orphanBefore) and the insertion completes a dictionary word of LONG_WORD or more characters through it
 * (流|人口 → 流动人口, 人工智|和 → 人工智能, 民|评议 → 民主评议): a long word with a character missing is seldom what was
 * meant, while the model, reading characters, weighs the shorter text as one term cheaper. bench/src/missing.mjs: 316 →
 * 322 of 925 restored, 0 of 925 clean sentences told at 1.0, 1.5 and 2.0; held-out 5 % of the corpus: 108 → 109
 * findings; the model's whole corpus (19.4 M characters, taken as correct) 847 → 850 (以简审批优服务, 稳就业稳物价: the
 * genre's one-character verbs; 软土地基区域). Not after a Chinese numeral (一九七九和 → 九年). Without the orphan condition
 * the same relief restored 329 but told 7 more in the held-out text (大众|媒体 → 传媒, 多|形式 → 多种形式) and 73 more in
 * the corpus.
 */
const LONG_WORD_RELIEF = 1.5;
const LONG_WORD = 4;
/** Does inserting `c` before text[i] give a dictionary word of LONG_WORD or more characters through it (the segmenter's token there)? */
function completesLongWord(text: string, i: number, c: string): boolean {
  const changed = text.slice(0, i) + c + text.slice(i);
  const { token } = tokenSpan(changed, i);
  return token.length >= LONG_WORD && wordFrequency(token) > 0;
}

/**
 * Are the four characters from `at` a parallel frame with one character twice — 应A尽A, 能A尽A, 有A必A, 逢A必A, 能A则A
 * (应录尽录, 应收尽收, 能统则统)? Only these frames: 综合考合 has 合 twice too, and is a slip (考核). (Frames of one head
 * twice, 边A边A and 边A边B alike, are inHeadFrame's.)
 */
function parallelPair(text: string, at: number): boolean {
  if (at < 0 || at + 4 > text.length || text[at + 1] !== text[at + 3] || !isHanUnit(text.charCodeAt(at + 1))) return false;
  return FRAMES.has(text[at]! + text[at + 2]!);
}
/** The two fixed characters of a four-character frame 逢×必×, 有×必×, 凡×必×, 应×尽× … (逢圩必讲, 有诉必应, 凡进必考, 每会必学, 应出尽出). */
const SPLIT_FRAMES = new Set(["逢必", "有必", "凡必", "每必", "见必", "遇必", "无不", "应尽", "能尽"]);
/** Does [from, to) lie inside such a frame, which starts up to three characters before `from`? */
function inSplitFrame(text: string, from: number, to: number): boolean {
  for (let a = Math.max(0, to - 4); a <= from; a++) {
    if (!SPLIT_FRAMES.has(text[a]! + text[a + 2]!)) continue;
    let han = true;
    for (let k = a; k < a + 4 && han; k++) han = isHanUnit(text.charCodeAt(k));
    if (han) return true;
  }
  return false;
}
/**
 * The heads of a four-character A×A× frame whose two × the writer chooses (边清边欠, 又快又好, 越来越好, 自编自导, 半信半疑,
 * and the genre's 一×一× of one measure per unit: 一课一消, 一企一策, 一户一档; 可×可× of what can be done: 可查可溯, 可防可控).
 */
const FRAME_HEADS = new Set([..."边又越愈即随有无不自半一可"].map((c) => c.charCodeAt(0)));
/** Is text[k] one of the two × of such a frame — the same head before it and two before or after that? */
function inHeadFrame(text: string, k: number): boolean {
  const head = text.charCodeAt(k - 1);
  if (!FRAME_HEADS.has(head)) return false;
  return (text.charCodeAt(k - 3) === head && isHanUnit(text.charCodeAt(k - 2))) || (text.charCodeAt(k + 1) === head && isHanUnit(text.charCodeAt(k + 2)));
}
/** The character a gap would add after a unit's last (伍 after 队, 织 after 组). */
const TEAM_ENDS: Readonly<Record<string, string>> = { 伍: "队", 织: "组" };
/**
 * Is text[k] the first character of a two-character item in a 、 series of three or more whose items all end with the
 * same character (知责、履责、尽责)? The last item may run on into the sentence; the first may follow other words.
 */
function headOfSeries(text: string, k: number): boolean {
  const x = text[k + 1];
  // (Not places of one ending, 龙村、农村、山村: their names are the lists' of places.)
  if (x === undefined || !isHanUnit(x.charCodeAt(0)) || PLACE_WORD.has(x) || PLACE_ENDING.has(x.charCodeAt(0))) return false;
  const item = (p: number): boolean => p >= 0 && isHanUnit(text.charCodeAt(p)) && text[p + 1] === x;
  let n = 1;
  for (let p = k; text[p + 2] === "、" && item(p + 3); p += 3) n++;
  for (let p = k; text[p - 1] === "、" && item(p - 3); p -= 3) n++;
  return n >= 3;
}
/** The people 籍 tells the origin of (港澳籍|投资者, 外籍|人员, 台湾籍|同胞). */
const ORIGIN_OF = /^(?:投资者|投资人|人员|人士|居民|员工|职工|干部|学生|船员|劳动者|华人|侨胞|同胞|客商|游客|乘客|旅客|商人|企业家|务工|劳务|就业)/u;
/**
 * A frame of two heads: the first, one to `most` characters, a 、, a comma or none, the second and what it governs (先…后…,
 * 重…、轻…), read within `span` characters of either head. `opens`: the first head must open its clause or item.
 */
interface TwoHeadFrame {
  first: string;
  second: string;
  after: RegExp;
  before: RegExp;
  span: number;
}
function twoHeadFrame(first: string, second: string, most: number, span: number, opens: boolean): TwoHeadFrame {
  const head = `${opens ? "(?:^|[^\\p{Script=Han}]|[、，,])" : ""}${first}`;
  return {
    first,
    second,
    after: new RegExp(`^\\p{Script=Han}{1,${most}}[、，,]?${second}\\p{Script=Han}`, "u"),
    before: new RegExp(`${head}\\p{Script=Han}{1,${most}}[、，,]?$`, "u"),
    span,
  };
}
/** Is text[k] the first head of the frame, or its second? */
function inTwoHeadFrame(text: string, k: number, frame: TwoHeadFrame): boolean {
  if (text[k] === frame.first) return frame.after.test(text.slice(k + 1, k + 1 + frame.span));
  if (text[k] === frame.second) return frame.before.test(text.slice(Math.max(0, k - frame.span), k));
  return false;
}
/** 先…后…: 后 after one to five more characters (先立后破, 先审核、后公开). */
const SEQUENCE = twoHeadFrame("先", "后", 5, 8, false);
/** 重…、轻…: what each weighs (重项目落地速度、轻合同条款审查, 重形式轻实效), 重 opening its clause. */
const WEIGHING = twoHeadFrame("重", "轻", 12, 14, true);
/** Pairs of opposites that fill an A…A… frame (畸高畸低, 时上时下, 大进大出), each way round. */
const OPPOSITES = new Set(
  ["高低", "上下", "大小", "多少", "进出", "前后", "内外", "左右", "轻重", "长短", "快慢", "冷热", "早晚", "起落", "来去", "明暗", "深浅", "宽窄", "好坏", "优劣", "真假", "新旧", "远近", "强弱", "松紧", "升降", "涨落", "缓急"].flatMap((w) => [w, w[1]! + w[0]!]),
);
/** Are the four characters from `at` A×A× with a pair of opposites for the two × (畸高畸低, 时上时下)? */
function opposedPair(text: string, at: number): boolean {
  return at >= 0 && text[at] === text[at + 2] && OPPOSITES.has((text[at + 1] ?? "") + (text[at + 3] ?? ""));
}
/**
 * Do the two characters at i open one half of an A…A… pair — the same character two before them, with a Chinese one
 * between, or two after them (畸高|畸低, 畸高畸低's first half)?
 */
function opensRepeatedHalf(text: string, i: number): boolean {
  if (!isHanUnit(text.charCodeAt(i))) return false;
  return text[i - 2] === text[i] ? isHanUnit(text.charCodeAt(i - 1)) : text[i + 2] === text[i];
}
const FRAMES = new Set(["应尽", "能尽", "有必", "逢必", "能则", "应则", "宜则"]);

/** The verbs of the 以A促B set phrases (以评促建, 以点带面, 以工代赈, 以收定支, 以房养老, 以案释法). */
const YI_FRAME_VERBS = new Set([..."促带代定养释保助推换治强"].map((c) => c.charCodeAt(0)));
const YI = "以".charCodeAt(0);
/** Is text[k] the verb of a four-character 以A促B phrase — 以 two before it, one Chinese character on each side? */
function yiFrameVerb(text: string, k: number): boolean {
  return YI_FRAME_VERBS.has(text.charCodeAt(k)) && text.charCodeAt(k - 2) === YI && isHanUnit(text.charCodeAt(k - 1)) && isHanUnit(text.charCodeAt(k + 1));
}

/** The frame of going to a place and its homes (进村入户, 进屯入户, 走村串户, 下乡入户): its second character is the place. */
const VISIT_FRAME = /^[进走下到]\p{Script=Han}[入串进到]户$/u;
const KIND = "类".charCodeAt(0);
/** The suffixes a modifier may take or go without before a noun (老年(人)群体, 公益(性)文化). */
const OPTIONAL_SUFFIXES = new Set([..."人性"].map((c) => c.charCodeAt(0)));
/** How far over its margin an optional suffix between two words must be to be told (see meant). */
const OPTIONAL_SUFFIX_EXCESS = 1.5;
/** Does a dictionary word of two characters or more start at `i`, as the segmenter cuts the text? */
function startsWordOfTwo(text: string, i: number): boolean {
  const t = tokenSpan(text, i);
  return t.start === i && t.token.length >= 2 && wordFrequency(t.token) > 0;
}
/**
 * Is text[at] the last character of a list item whose neighbour across a 、 ends with the same character, where
 * `inserted` before it would not give the item the neighbour's last two characters (农贸|场、…市场: 农贸市场 is the
 * series' form, and the gap is told)? Not an organ's ending (国家中医|局、国家药监局: organs are named in full).
 */
function sharesItemEnding(text: string, at: number, inserted: string): boolean {
  const unit = text.charCodeAt(at);
  if (!isHanUnit(unit) || ORGAN_ENDINGS.has(unit) || isHanUnit(text.charCodeAt(at + 1))) return false;
  const tail = inserted + text[at]!;
  const [a, b] = hanRun(text, at);
  const p = previousItemEnding(text, a, unit);
  if (p !== -1 && text.slice(p - 1, p + 1) !== tail) return true;
  if (text.charCodeAt(b) !== IDEOGRAPHIC_COMMA) return false;
  const e = nextItemEnding(text, b, unit);
  return e !== -1 && text.slice(e - 1, e + 1) !== tail;
}
/** The characters of an administrative level (县, 市 …, and Inner Mongolia's 旗, 盟). */
const LEVEL_UNITS = new Set([..."省市县区乡镇旗盟州"].map((c) => c.charCodeAt(0)));
/**
 * Does a character of [at, at + length) end the list item before the one it stands in (黄腹角雉、白颈长尾|雉同框画面: 雉
 * both times)? The series' shared word for a kind (a bird's 雉, a river's 河), which a slip seldom makes.
 */
function endsPreviousItem(text: string, at: number, length: number): boolean {
  const [a] = hanRun(text, at);
  if (text.charCodeAt(a - 1) !== IDEOGRAPHIC_COMMA) return false;
  for (let k = at; k < at + length; k++) if (previousItemEnding(text, a, text.charCodeAt(k)) !== -1) return true;
  return false;
}
/** One-character adjectives that may end a clause as its predicate (路途远, 成本高, 难度大). */
const PREDICATE_ADJECTIVES = new Set([..."远近高低大小多少长短快慢难易强弱深浅宽窄重轻好差贵早晚新旧"].map((c) => c.charCodeAt(0)));
/** What ends a clause after such an adjective. */
const CLAUSE_END = /^[，。；、：！？）”]?$/u;
/** The punctuation that ends a clause whose predicate such an adjective is (效率低。). */
const PREDICATE_END = /^[，。；、：！？]?$/u;
/** Adverbs of time and scope, never taken out as a character typed in by mistake (see meant). */
const ADVERBS = new Set([..."已均并将正都也又再还仍曾尚亦皆"].map((c) => c.charCodeAt(0)));
/**
 * Those of them that are only adverbs (not 将, 正, 并, 还: 以粮换林换草 is no 林还草), which a correction may make a word
 * of its own before a word of one character (see nameLike).
 */
const STANDING_ADVERBS = new Set([..."已均都也又再仍曾尚亦皆"].map((c) => c.charCodeAt(0)));

const MINISTRY = "部".charCodeAt(0);
/** Does a dictionary word of `shortest` to `longest` characters end at i (民政部, 财政部, 应急管理部's 管理部; 调解 before 类)? */
function endsWordAt(text: string, i: number, shortest: number, longest: number): boolean {
  for (let m = shortest; m <= longest && i - m >= 0; m++) if (wordFrequency(text.slice(i - m, i)) > 0) return true;
  return false;
}

/**
 * A character that should not be there (数据安金全法 → 数据安全法): at the same places, where the
 * character at j is implausible after what precedes it, but only where taking it out joins a
 * dictionary word across the gap that the text with it is not (安|全); the model then weighs the
 * text without it. One term fewer to pay for, the model always leans to a deletion: hence the
 * wide margin, calibrated in bench/src/extra.mjs. A doubled character is duplicated-word's.
 */
function searchExtra(r: Reading, gaps: readonly number[], found: SpellingSuspect[]): void {
  const { text, n, order, u, lp, match, margins, options } = r;
  // The text without the character, as far as the model reads it.
  const shorter = r.b.v;
  for (const j of gaps) {
    const x = u[j]!;
    const i = j - 1;
    // Only where the character itself is implausible: the wider gate of a missing one (GATE_MISSING_NEAR) here found
    // 45 more of bench/src/extra.mjs's drawn insertions but 4 of the same-sound ones an input method makes, and took
    // correct words out of recent work reports (大起或大落, 控辍保学) and the laws (维修与保养).
    if (!isHanUnit(x) || lp[j]! >= GATE_MISSING || x === u[j - 1] || x === u[j + 1] || !isHanUnit(u[j + 1]!) || options.skip?.(i) === true) continue;
    // The terms of x and of the `order` units after it, which are all that change without it.
    const end = Math.min(n + 2, j + order + 1);
    let base = 0;
    for (let k = j; k < end; k++) base += lp[k]!;
    // Every term is ≤ 0: without x the model gains at most −base, and the word level at most EXTRA_SLACK.
    const floor = base + margins.extra - EXTRA_SLACK;
    if (floor > 0) continue;
    // The text without x, as far as the model reads it: from order − 1 before the gap to `end`.
    const w0 = Math.max(0, j - order + 1);
    const at = j - w0;
    shorter.set(u.subarray(w0, j), 0);
    shorter.set(u.subarray(j + 1, end), at);
    const sum = logProbSum(shorter, at, end - 1 - w0, floor, match[j - 1]!);
    // The model first (most places end here, after a term or two), then the dictionary.
    if (sum < floor || !joinsWord(text, i)) continue;
    const margin = sum - base + WORD_WEIGHT * wordGain(text, i, 1, "");
    if (margin >= margins.extra) found.push({ index: i, length: 1, replacement: "", kind: "extra", margin });
  }
}

/** The run of Chinese characters around text[at]: [start, end). */
function hanRun(text: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && isHanUnit(text.charCodeAt(a - 1))) a--;
  let b = at + 1;
  while (b < text.length && isHanUnit(text.charCodeAt(b))) b++;
  return [a, b];
}

/** Does `rep` in place of text[at] make a word of two characters with the one before or after it? */
function makesWord(text: string, at: number, rep: string): boolean {
  return (at > 0 && wordFrequency(text[at - 1]! + rep) > 0) || (at + 1 < text.length && wordFrequency(rep + text[at + 1]!) > 0);
}
/** The directions, of which place names are made (西南, 城东 — 东 here). */
const DIRECTION_CHARS = "东南西北中";
const DIRECTIONS = new Set([...DIRECTION_CHARS].map((c) => c.charCodeAt(0)));
/** The one-character endings of a river's, a lake's or a hill's name (潆水|河, 青螺|山). */
const WATER_OR_HILL = new Set([..."河江湖溪山岭峰"].map((c) => c.charCodeAt(0)));
/**
 * Does `c` put in at the gap before text[at] make a dictionary word — with the whole word before the gap (国务|院), with
 * more before it (人民|政|府 read 人|民政: 人民政府), or with the character after the gap (人民|医|院)? Not with the word's
 * last character alone (补考|试|合格: 考试 is a word, 补考试 none).
 */
function insertionMakesWord(text: string, wordStart: number, at: number, c: string): boolean {
  for (let a = Math.max(0, at - 4); a <= wordStart; a++) if (wordFrequency(text.slice(a, at) + c) > 0) return true;
  return wordFrequency(c + text[at]!) > 0;
}
/**
 * A gap inside a dictionary word of this many characters or more is the word's, not a character dropped (依赖|度 read as
 * 依赖程度: 依赖度 is a word).
 */
const MISSING_INSIDE_WORD = 3;
/**
 * Does the insertion make a word through the whole of the segmenter's token and the gap inside it that jieba counts
 * at least OUTWEIGHS times as often and as a common word (国家|工人员 → 工作人员: 2,306 against 2, a stray entry of the
 * dictionary; 依赖度 → 依赖程度 stays the token's)? Then the token was the slip's reading, not the writer's word.
 */
function outweighsToken(text: string, s: SpellingSuspect, start: number, token: string): boolean {
  const fixed = text.slice(0, s.index) + s.replacement + text.slice(s.index + s.length);
  const need = Math.max(COMMON_WORD, OUTWEIGHS * wordFrequency(token));
  const end = start + token.length + 1;
  for (let a = Math.max(0, start - 2); a <= start; a++) for (let b = end; b <= Math.min(fixed.length, end + 2); b++) if (wordFrequency(fixed.slice(a, b)) >= need) return true;
  return false;
}
const OUTWEIGHS = 100;
/** How close to a 、 a character must stand to be taken for part of a list's short item (see shortListItem). */
const LIST_ITEM_REACH = 3;
/**
 * Is text[at] in a short item of a list: within LIST_ITEM_REACH characters after a 、 or before one (红隼、白鹇、豹猫等 —
 * the first item led into from the clause, 收容救护红隼, the last running on into it, 豹猫等国家)?
 */
function shortListItem(text: string, at: number): boolean {
  const [a, b] = hanRun(text, at);
  const afterComma = text.charCodeAt(a - 1) === IDEOGRAPHIC_COMMA && at - a < LIST_ITEM_REACH;
  const beforeComma = text.charCodeAt(b) === IDEOGRAPHIC_COMMA && b - at <= LIST_ITEM_REACH;
  if (!afterComma && !beforeComma) return false;
  // Not a list of organs (财政部、税务总局、发展改革委): their names are the model's to read, and a slip in one is told.
  const before = afterComma ? text.charCodeAt(a - 2) : -1;
  const after = beforeComma ? hanRun(text, b + 1)[1] : -1;
  return !ORGAN_ENDINGS.has(before) && !(after > b + 1 && ORGAN_ENDINGS.has(text.charCodeAt(after - 1)));
}
/** The last characters of organs' names (商务部, 发展改革委, 税务总局, 办公厅, 海关总署 …). */
const ORGAN_ENDINGS = new Set([..."部委局厅署院办会室处科所站队行"].map((c) => c.charCodeAt(0)));

const OPEN_BRACKETS = new Set([..."（("].map((c) => c.charCodeAt(0)));
const CLOSE_BRACKETS = new Set([..."）)"].map((c) => c.charCodeAt(0)));
/**
 * Is text[at] a character standing alone — the whole of a bracket (烧蜂（蚁）窝, 排放（弃）) or a list
 * item of one character (铂、钯、铑; 肝、脾、胰; the last before 等)? With no word around it the model has nothing to judge
 * it by but the character's own frequency.
 */
function standsAlone(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  if (OPEN_BRACKETS.has(before) && CLOSE_BRACKETS.has(after)) return true;
  // (The last item may be followed by the list's 等: 肩、肘、腕、髋、膝、踝等六大关节.)
  return (before === IDEOGRAPHIC_COMMA || after === IDEOGRAPHIC_COMMA) && !isHanUnit(before) && (!isHanUnit(after) || (before === IDEOGRAPHIC_COMMA && after === LIST_END));
}
const LIST_END = "等".charCodeAt(0);

/** The words that stand before a figure to say how much (约41万元, 共63件, 达100%). */
const QUANTITY_WORDS = new Set("约近逾超达共计余至");
/**
 * Is text[at] a word of quantity right before a figure in Arabic numerals? What stands before one the model reads
 * poorly: it sees every digit as 0. (Not before a Chinese numeral, which it reads as written: 近一步 is 进一步.)
 */
function quantityWord(text: string, at: number): boolean {
  return QUANTITY_WORDS.has(text[at]!) && isAsciiDigit(text.charCodeAt(at + 1));
}

/** How far from its item's end a character may be to echo the item beside it (多劳者多得: 3). */
const ECHO_TAIL = 4;

/**
 * Does the character at `at` stand in an item of a list whose neighbour across 、 has the same
 * character as far from its end (多劳者多得、技高者多得; 应保尽保、应助尽助)? Items of a series end
 * alike whatever their heads (让多劳者多得): the character is the series' pattern, not a slip.
 */
function parallelEcho(text: string, at: number): boolean {
  if (!isHanUnit(text.charCodeAt(at))) return false;
  const [a, b] = hanRun(text, at);
  const unit = text.charCodeAt(at);
  if (startEcho(text, a, b, at, unit)) return true;
  const tail = b - at;
  if (tail > ECHO_TAIL) return false;
  if (text.charCodeAt(a - 1) === IDEOGRAPHIC_COMMA && a >= 2 && a - 1 - hanRun(text, a - 2)[0] >= tail && text.charCodeAt(a - 1 - tail) === unit) return true;
  const after = runAfter(text, b);
  return after !== null && after[1] - after[0] >= tail && text.charCodeAt(after[1] - tail) === unit;
}

/**
 * The same counted from the items' starts, for an item whose end the run does not show: the last of a list, its run
 * going on into what the list is said of (救急难、解急困作用进一步发挥), or the first, led into from the clause before
 * its comma. The character as far from its item's start as the same character in the item across 、, within ECHO_TAIL
 * of it, in an item that starts where its run does.
 */
function startEcho(text: string, a: number, b: number, at: number, unit: number): boolean {
  const k = at - a;
  if (k >= ECHO_TAIL) return false;
  // The item before, whole: from its run's start to the 、.
  const before = runBefore(text, a);
  if (before !== null && before[1] - before[0] > k + 1 && text.charCodeAt(before[0] + k) === unit) return true;
  // The item after, which starts its run (this one must start its own: not after more Chinese).
  const after = b - a <= ECHO_TAIL + 2 ? runAfter(text, b) : null;
  return after !== null && after[1] - after[0] > k + 1 && text.charCodeAt(after[0] + k) === unit;
}

/** The run of Chinese characters that ends at the 、 before `a` (a list's item before the one starting at a), or null. */
function runBefore(text: string, a: number): [number, number] | null {
  return text.charCodeAt(a - 1) === IDEOGRAPHIC_COMMA && a >= 2 && isHanUnit(text.charCodeAt(a - 2)) ? hanRun(text, a - 2) : null;
}
/** The run of Chinese characters that starts after the 、 at `b` (a list's item after the one ending at b), or null. */
function runAfter(text: string, b: number): [number, number] | null {
  return text.charCodeAt(b) === IDEOGRAPHIC_COMMA && isHanUnit(text.charCodeAt(b + 1)) ? hanRun(text, b + 1) : null;
}

/** The shortest and the longest items wholeBesideTwin compares. */
const TWIN_ITEM = 3;
const TWIN_ITEM_MAX = 6;
/**
 * Is text[at] within an item of a 、 list that has the length of the item across the 、 and differs from it in one
 * character (依法治水、|依法护水的良好风尚)? The runs on either side may go on past the items (led into from the clause, or
 * into what the list is said of): the two items are the run's last n characters before the 、 and the first n after it.
 */
function wholeBesideTwin(text: string, at: number): boolean {
  const [a, b] = hanRun(text, at);
  const twins = (x: number, y: number, n: number): boolean => oneApart(text.slice(x, x + n), text.slice(y, y + n)) !== -1;
  const before = runBefore(text, a);
  if (before !== null) for (let n = TWIN_ITEM; n <= TWIN_ITEM_MAX && n <= before[1] - before[0] && n <= b - a; n++) if (at < a + n && twins(before[1] - n, a, n)) return true;
  const after = runAfter(text, b);
  if (after !== null) for (let n = TWIN_ITEM; n <= TWIN_ITEM_MAX && n <= after[1] - after[0] && n <= b - a; n++) if (at >= b - n && twins(b - n, after[0], n)) return true;
  return false;
}

/** How far over its margin a change of an echoed word's head must be to be told (see echoedWord). */
const ECHO_EXCESS = 3;
/**
 * Is text[at] the first character of a two-character dictionary word beside another that ends with the same character
 * (学法|知法, 知法|守法): two items of one series, side by side with nothing between?
 */
function echoedWord(text: string, at: number): boolean {
  const words = (a: number): boolean =>
    a >= 0 &&
    text.charCodeAt(a + 1) === text.charCodeAt(a + 3) &&
    [0, 1, 2, 3].every((k) => isHanUnit(text.charCodeAt(a + k))) &&
    wordFrequency(text.slice(a, a + 2)) > 0 &&
    wordFrequency(text.slice(a + 2, a + 4)) > 0;
  return words(at - 2) || words(at);
}

/** The function characters that make a four-character frame the items of a series fill (×而不×, ×之以×, 不×不×). */
const FRAME_CHARS = new Set([..."而不之以为所其于无有非且乃"].map((c) => c.charCodeAt(0)));
/**
 * Is text[at] the filled slot of a four-character item whose frame the item across 、 shares — a function character
 * at the same place in both (锲而不舍、驰而不息: ×而不×)? The slots are the writer's words; a slip would break the frame
 * it stands in, not fill it.
 */
function framedItem(text: string, at: number): boolean {
  if (!isHanUnit(text.charCodeAt(at))) return false;
  const [a, b] = hanRun(text, at);
  const k = at - a;
  const frames = (pa: number, pb: number): boolean => {
    if (pb - pa !== 4 || k >= 4) return false;
    for (let q = 0; q < 4; q++) if (q !== k && text.charCodeAt(pa + q) === text.charCodeAt(a + q) && FRAME_CHARS.has(text.charCodeAt(a + q))) return true;
    return false;
  };
  if (b - a !== 4 && !(text.charCodeAt(a - 1) === IDEOGRAPHIC_COMMA && b - a > 4)) return false;
  const before = runBefore(text, a);
  if (before !== null && frames(Math.max(before[0], before[1] - 4), before[1])) return true;
  const after = b - a === 4 ? runAfter(text, b) : null;
  return after !== null && frames(after[0], Math.min(after[1], after[0] + 4));
}

/** How long (in characters) the items of a list are that official prose keeps even (稳增长、调结构、推改革). */
const SHORT_ITEM = 4;

/**
 * Is text[at] in a short item of a list with an item of the same length beside it across 、 — an
 * item of a parallel series whose length is the series' own (推改革 beside 调结构, not 推进改革)? An
 * inserted or a dropped character there would break the series: such suspects are most often the
 * series' abbreviations, which the model, having read the full words more often, would lengthen.
 * (A character dropped from such an item, or typed into it, leaves it a character shorter or longer
 * than its neighbour: 行政审、行政处罚 is still searched.)
 *
 * The series' first item often carries the words that lead into it, with no punctuation between
 * (推动外贸稳规模、优结构; 进一步扩范围、降门槛; 与祖国内地同发展、共繁荣): there the item is the end of the run before the
 * 、 as long as the item after it, if the segmenter cuts the two alike into dictionary words (外贸|稳|规模 beside
 * 优|结构). Not 稳定|规模 (定规模 is part of a longer word, not an item), nor 中国人民|提|银行 beside 财政部 (a name
 * of one word): those are still searched.
 */
function shortParallel(text: string, at: number): boolean {
  if (at < 0 || !isHanUnit(text.charCodeAt(at))) return false;
  const [a, b] = hanRun(text, at);
  const n = b - a;
  // The item before the run, across 、: [c, a − 1).
  const before = runBefore(text, a);
  if (before !== null) {
    const c = before[0];
    const m = a - 1 - c;
    if (m === n ? shortItem(n) : shortItem(n) && m > n && leadsInto(text, c, a - 1, a, b)) return true;
    // (A longer item's frame: the item before may run on from what leads into it, 做到|清单之外无许可.)
    if (m >= n && framedAlike(text, a - 1 - n, a, n)) return true;
    if (m === n && pivotAlike(text, c, a, n, at)) return true;
  }
  // The item after it: [b + 1, d).
  const after = runAfter(text, b);
  if (after !== null) {
    const d = after[1];
    const m = d - (b + 1);
    if (m === n ? shortItem(n) : shortItem(m) && n > m && at >= b - m && leadsInto(text, a, b, b + 1, d)) return true;
    if (m === n && framedAlike(text, a, b + 1, n)) return true;
    if (m === n && pivotAlike(text, b + 1, a, n, at)) return true;
  }
  return false;
}
/**
 * Two items as long as each other, up to FRAMED_ITEM, with the same character at the place of the suspect or just after
 * it, inside them (专家查隐患、执法查违法: 查 third in each): one pattern filled twice, each item whole. A character dropped there, or
 * typed in, would leave the items of different lengths (专家检查隐患、执法查违法 is still searched).
 */
function pivotAlike(text: string, other: number, item: number, length: number, at: number): boolean {
  if (length > FRAMED_ITEM) return false;
  // (Not the items' first or last character, which a list's items share as its kind: 国家中医|局、国家药监局.)
  for (let k = at - item; k <= at - item + 1; k++) if (k >= 1 && k < length - 1 && text[item + k] === text[other + k]) return true;
  return false;
}
const shortItem = (m: number): boolean => m >= 2 && m <= SHORT_ITEM;
/** How long a longer item may be that the same frame keeps even with its neighbour (清单之外无许可、清单之内依法办: 7). */
const FRAMED_ITEM = 8;
/** How many characters at the same places make a frame of two items (清单之外 / 清单之内: 清, 单, 之). */
const FRAME_SHARED = 3;
/**
 * Are the two items of n characters starting at x and y one frame filled twice — as long as each other, up to
 * FRAMED_ITEM, with FRAME_SHARED characters or more the same at the same places? Then each is whole: a character
 * dropped from one or put into it would leave it a character off its neighbour (清单之外无许可、清单之内依法办 is no
 * 依法办理 cut short).
 */
function framedAlike(text: string, x: number, y: number, n: number): boolean {
  // (Not names of one kind, ending alike: 国家林草局、国家中医局 — 国家中医药局 with 药 dropped, its length no frame's.)
  if (n > FRAMED_ITEM || text.charCodeAt(x + n - 1) === text.charCodeAt(y + n - 1)) return false;
  let same = 0;
  for (let k = 0; k < n; k++) if (text.charCodeAt(x + k) === text.charCodeAt(y + k)) same++;
  return same >= FRAME_SHARED;
}

/**
 * Does the run [a, b) before a 、 end in an item like the short one after it, [c, d) — a piece as long, cut from what
 * leads into it and into words of the same lengths?
 */
function leadsInto(text: string, a: number, b: number, c: number, d: number): boolean {
  const m = d - c;
  const piece = cutLengths(text, Math.max(a, b - m - TOKEN_WINDOW), b, b - m);
  return piece !== null && piece === cutLengths(text, c, d, c);
}

/**
 * The lengths of the segmenter's words in [from, b) when it cuts [a, b); null if no word begins at `from` or one of
 * them is not in the dictionary (a run of unknown characters the segmenter's HMM put together: 信息|喜化部).
 */
function cutLengths(text: string, a: number, b: number, from: number): string | null {
  let at = a;
  let out = "";
  for (const t of segment(text.slice(a, b))) {
    if (at >= from && t.length > 1 && wordFrequency(t) === 0) return null;
    if (at === from) out = String(t.length);
    else if (at > from) out += t.length;
    else if (at + t.length > from) return null;
    at += t.length;
  }
  return out;
}

/** Where a pair and a single character overlap, the one that clears its margin by more wins; what is most likely meant, or a name, goes. */
function settle(r: Reading, found: SpellingSuspect[]): SpellingSuspect[] {
  const { text, n, margins } = r;
  const excess = (s: SpellingSuspect): number =>
    s.kind === "missing" ? s.margin - missingMargin(margins, text, s.index) : s.kind === "extra" ? s.margin - margins.extra : s.length === 2 ? s.margin - (margins[s.kind] + margins.pair) : s.margin - margins[s.kind];
  found.sort((a, b) => excess(b) - excess(a));
  const kept = (s: SpellingSuspect): boolean =>
    !meant(text, s, excess(s)) &&
    !nameLike(text, s, excess(s), r.options.candidates) &&
    !((s.kind === "missing" || s.kind === "extra") && shortParallel(text, s.kind === "missing" ? s.index - 1 : s.index)) &&
    // A real place's name (潞州区, 禹临村, 倚象镇), as the 国家统计局's division codes have it: written as its people
    // write it, whatever word a change makes of it (泸州区, 于临村, 倚乡镇). A slip that makes no real name (淮安市鸿泽区
    // for 洪泽区) is not in the list and is still told.
    !inPlaceNames(text, s);
  const taken = new Uint8Array(n);
  const out: SpellingSuspect[] = [];
  // The character each told replacement (at its index) and insertion (before its index) puts in: the same character
  // proposed in place of one and inserted beside it is one reading of one slip (政府性息: 性 → 信, or 信 before 息), told once.
  const replaced = new Map<number, string>();
  const inserted = new Map<number, string>();
  for (const s of found) {
    if (taken[s.index] === 1 || (s.length === 2 && taken[s.index + 1] === 1)) continue;
    if (s.kind === "missing" && (replaced.get(s.index - 1) === s.replacement[0] || replaced.get(s.index) === s.replacement[0])) continue;
    if (s.length === 1 && s.kind !== "missing" && s.kind !== "extra" && (inserted.get(s.index) === s.replacement || inserted.get(s.index + 1) === s.replacement)) continue;
    if (!kept(s)) continue;
    if (replacing(s) && out.some((o) => replacing(o) && !gainsBeside(r, o, s, s.margin - excess(s)))) continue;
    // Two insertions at neighbouring gaps are two readings of one dropped character (服务系。: 服务体系 or 服务系统): the
    // stronger is told.
    if (s.kind === "missing" && out.some((o) => o.kind === "missing" && Math.abs(o.index - s.index) <= 1)) continue;
    // A character replaced by a copy of its neighbour (市视场 → 市市场) where taking it out reads well too (市场):
    // the character is extra. (Where only the copy reads well, it stays: 关锐税则 → 关税税则.)
    if (s.length === 1 && s.kind !== "missing" && s.kind !== "extra" && (s.replacement === text[s.index - 1] || s.replacement === text[s.index + 1])) {
      const extra = found.find((o) => o.kind === "extra" && o.index === s.index);
      if (extra !== undefined && kept(extra)) {
        taken[s.index] = 1;
        out.push(extra);
        continue;
      }
    }
    for (let k = 0; k < s.length; k++) taken[s.index + k] = 1;
    if (s.kind === "missing") inserted.set(s.index, s.replacement[0]!);
    else if (s.length === 1 && s.kind !== "extra") replaced.set(s.index, s.replacement);
    out.push(s);
  }
  return out.sort((a, b) => a.index - b.index);
}

const replacing = (s: SpellingSuspect): boolean => s.kind !== "missing" && s.kind !== "extra";

/** Is every character the suspect changes (or the gap it fills) inside a real place's name — for two, each in its own (洞口县|桐山乡)? */
function inPlaceNames(text: string, s: SpellingSuspect): boolean {
  const inside = (k: number): boolean => insidePlaceName(text, k, k + 1) || bareVillage(text, k);
  if (!replacing(s)) return s.kind === "missing" ? insidePlaceName(text, s.index, s.index) : inside(s.index);
  for (let k = 0; k < s.length; k++) if (text[s.index + k] !== s.replacement[k] && !inside(s.index + k)) return false;
  return true;
}

/**
 * Is text[k] in a village's name written without 村, in a 、 list that follows its township's name (江湾镇篁岭、汪口、晓起:
 * 汪口村 and 晓起村 are real villages)? Scenic villages are listed so.
 */
function bareVillage(text: string, k: number): boolean {
  const [a, b] = hanRun(text, k);
  const village = (from: number, to: number): boolean => to - from >= 2 && to - from <= 3 && isPlaceName(`${text.slice(from, to)}村`, 0, to - from + 1);
  if (text[a - 1] === "、") {
    // A later item: back over the items before it to the first, which ends the run that holds the township's name.
    if (!village(a, b)) return false;
    for (let start = a; text[start - 1] === "、"; ) {
      const [p, q] = hanRun(text, start - 2);
      if (q !== start - 1) return false;
      if (text[p - 1] !== "、") return [2, 3].some((len) => townshipBefore(text, p, q - len));
      if (q - p > 4) return false;
      start = p;
    }
    return false;
  }
  // The first item: the last two or three characters of the run, a 、 after them.
  return text[b] === "、" && [2, 3].some((len) => k >= b - len && village(b - len, b) && townshipBefore(text, a, b - len));
}

/** Does a real township's name (江湾镇, 递铺街道) end at `at`, within the run of characters from `from`? */
function townshipBefore(text: string, from: number, at: number): boolean {
  for (let p = Math.max(from, at - LONGEST_PLACE_NAME); p <= at - 2; p++) if (/(?:镇|乡|街道)$/u.test(text.slice(p, at)) && isPlaceName(text, p, at)) return true;
  return false;
}

/**
 * Does `weaker` still make the text more plausible by `need` once `told`, a stronger change near it, is made? Two
 * changes within the model's reach share the evidence: one slip lowers the characters around it, and each neighbour
 * can look like a slip of its own (贯切落实: 切 → 彻 by 11.5, 贯 → 关 by 5.4 — 关彻 reads no better than 贯切). Told
 * as one slip, once. Two real slips side by side (持旭推近) each still gain beside the other's correction.
 */
function gainsBeside(r: Reading, told: SpellingSuspect, weaker: SpellingSuspect, need: number): boolean {
  const { text, n, order, u } = r;
  const a = told.index + 1;
  const b = weaker.index + 1;
  // Not within the model's reach of each other: the weaker's evidence is its own.
  if (b >= a + told.length + order - 1 || a >= b + weaker.length + order - 1) return true;
  const from = Math.min(a, b);
  const end = Math.min(n + 2, Math.max(a + told.length, b + weaker.length) - 1 + order);
  const saved = u.slice(from, end);
  for (let k = 0; k < told.length; k++) u[a + k] = told.replacement.charCodeAt(k);
  const base = logProbSum(u, from, end, -Infinity, ANY_CONTEXT);
  for (let k = 0; k < weaker.length; k++) u[b + k] = weaker.replacement.charCodeAt(k);
  const changed = logProbSum(u, from, end, -Infinity, ANY_CONTEXT);
  u.set(saved, from);
  const corrected = text.slice(0, told.index) + told.replacement + text.slice(told.index + told.length);
  return changed - base + WORD_WEIGHT * wordGain(corrected, weaker.index, weaker.length, weaker.replacement) >= need;
}

/**
 * How much more plausible (log10) the text is with its `length` characters at `index` replaced by `replacement` — a
 * character put in (length 0: 出庭应率 → 出庭应诉率), taken out ("": 满意度率 → 满意率) or changed — by the model over
 * every term the change reaches, and by the word level around it as the searches weigh a change. Positive: the model
 * prefers the change.
 */
export function editMargin(text: string, index: number, length: number, replacement: string): number {
  if (replacement.length - length > 8) throw new RangeError("report-lint: editMargin lengthens the text by at most 8 units");
  const order = languageModelOrder();
  const b = unitsOf(text);
  const written = b.u;
  const j = index + 1;
  const end = Math.min(written.length, j + length - 1 + order);
  const before = logProbSum(written, j, end, -Infinity, ANY_CONTEXT);
  // The changed text in the module's memory too (its second text has room for up to 8 units more).
  const changed = b.v;
  changed.set(written.subarray(0, j), 0);
  for (let k = 0; k < replacement.length; k++) changed[j + k] = normalisedUnit(replacement.charCodeAt(k));
  changed.set(written.subarray(j + length), j + replacement.length);
  const after = logProbSum(changed, j, end - length + replacement.length, -Infinity, ANY_CONTEXT);
  return after - before + WORD_WEIGHT * wordGain(text, index, length, replacement);
}

/**
 * How much more plausible (log10) the text is without the `length` characters at `index`, which repeat
 * those before them (依法法行政 → 依法行政, 执法检查检查 → 执法检查). Positive: the model prefers the deletion.
 */
export function doubledCharacterMargin(text: string, index: number, length = 1): number {
  return editMargin(text, index, length, "");
}
