/**
 * wrong-character — 错别字 found by reading the language, not a list: a character that the
 * model of official prose (core's n-gram model, built from 19.4 M characters of laws,
 * regulations and government reports) finds implausible where a character of the same or a
 * near sound, or of a similar shape, makes the sentence far more plausible: 持旭推进 → 持续推进,
 * 银呆监会 → 银保监会, 本条例白发布之日起施行 → 自; two such characters side by side
 * (风险平谷 → 风险评估); and a character dropped from a word where the dictionary and the model
 * agree on what it was (依法政 → 依法行政, 法治宣传育活动 → 法治宣传教育活动).
 *
 * Why: a wrong character that is itself a common character passes every list and the reader's
 * eye; it is the mistake a reviewer most needs a tool for. A judgement, though, not a
 * certainty: the finding names the likely character and offers it as a quick fix in the
 * editor, but `--fix` never applies it.
 *
 * Quiet by design: only a wide margin (calibrated on ECSpell's official-document sentences,
 * docs/rules/wrong-character.md) is reported; never on numbers or Latin, on the name of a law
 * that law-name speaks for (a law in force, or one it flags as misnamed), in words given in
 * `allow`, in what looks like a personal or place name, in a formulation the formulation rule finds misquoted
 * (it names the exact wording), or in a term the document writes four times just so. The
 * context-bound confusions a list can name for sure (截止目前, 必需加强 …) are
 * confusable-word's.
 *
 * Names, which the model cannot judge, are held against the document itself instead: a place's
 * name written once one sound-alike or look-alike character away from the one written three
 * times or more (嘉详县 among 嘉祥县) is reported (src/name-variants.ts).
 */
import {
  ETHNIC_GROUPS,
  confusables,
  confusionKindOf,
  oneApart,
  confusionSetError,
  placeNamesError,
  insidePlaceName,
  isPlaceName,
  placeSlipsInDocument,
  findSpellingSuspects,
  rareCharacter,
  inQuotedName,
  languageModelError,
  firmEndingAhead,
  opensFirmName,
  placeEndingAt,
  segment,
  wordFrequency,
  ConfusionSetError,
  PlaceNamesError,
  DEFAULT_MARGINS,
  editMargin,
  conditionalLogProb,
  hasNgram,
  languageModelOrder,
  normaliseForModel,
  BOS,
  LanguageModelError,
  SentenceMemo,
  type Margins,
  type SpellingSuspect,
} from "@report-lint/core";
import { defineRule } from "../define-rule.js";
import { lawLexicon, lexiconDefaults, listLexicon } from "../lexicon/data.js";
import { LawNames } from "../lexicon/laws.js";
import { confusableMatcher, spoken } from "../lexicon/terms.js";
import { formulationLexicon, type FormulationMatcher } from "../lexicon/formulations.js";
import { memoFor, ParagraphMemo } from "../paragraph-memo.js";
import { nameVariants } from "../name-variants.js";
import { askModel } from "../language-model.js";
import { termSlips, type TermSlip } from "../lexicon/genre-terms.js";

interface Options {
  allow: string[];
  /** Minimum margin (log10) for a same-sound replacement; the others keep their distance from it. */
  margin: number;
}

/**
 * What the reports write of them: the people (傣族) and its language (傣语) — not its script (水文, 白文 are other words) —
 * and the languages taught and printed beside Chinese, by their first character, in either order (傣汉双语, 汉傣双语, 蒙汉双语).
 */
const ETHNIC_GROUP_WORDS: readonly string[] = [
  ...ETHNIC_GROUPS.flatMap((g) => [`${g}族`, `${g}语`]),
  ..."蒙藏维哈朝彝壮傣".split("").flatMap((c) => [`${c}汉`, `汉${c}`]),
];

/**
 * Words of this genre that the model's corpus (laws, regulations, State Council documents) lacks
 * and that sound like common words: 刑释 (刑满释放) reads as 行使 to it. Never judged, like `allow`.
 * Short forms of recent years too, which the corpus has seldom (新冠病毒感染 read as 新冠状病毒; 文旅市场 as 文旅游市场), and a
 * commission's own offices named by its last character (卫健委的委机关, read as 为机关). And the reports' own account of
 * shortcomings, which laws do not give: 安全意识淡薄。 read as 担保 (the corpus never has 淡 after 意识).
 */
export const GENRE_WORDS: readonly string[] = `
全覆盖 新媒体 刑释 刑释解教 镇直 县直 市直 区直 帮教 安置帮教 网格员 法律明白人 枫桥经验 一村一法律顾问 法治副校长 良法善治 计价秤 电子计价秤 农特产品 中小学幼儿园
新冠 新冠病毒 首违不罚 股室 打非治违 三夏 明厨亮灶 绿剑护粮安 文旅 委机关 意识淡薄 观念淡薄 维稳 迎检 监委 纪委监委 实务 首违 警营 私屠滥宰 守牢 兜牢 扎牢 织牢 执法队员 尤显 嘱托 升放 偷牧 夜牧 专班 关口前移 同频共振 代拟 终期 应尽之责 智治 局务会 委务会 厅务会 宜存 跨域通办 述法 酒驾 醉驾 接合部 分众化 分众 科级干部 处级干部 股级干部 科级领导干部 售烟 售酒 无证售烟 闭店 院区 淡薄 烦琐 失联 督缴 亡人 亡人火灾 诺鲁孜节 肉孜节 古尔邦节 入企 特例单议 实地察看 新聘 诉仲对接 诉调对接 包案 领导包案 疑点线索 煨桑 沃柑 糖料蔗 抖音 抖音号 智造 黎锦 纺染织绣 用海 党政同责 一岗双责 散浸 围垸 入井 说事 两违 州级 盟级 旗级 羌绣 苗绣 师市 依法治县办 依法治市办 依法治区办 依法治省办 依法治州办 依法治旗办 条次 术后 铆足 驾培 研提 硬措施 长牙齿 所队 慎诉慎押 尊崇 乱捕滥猎 乱砍滥伐 公益岗位 银企 政银企 银企对接 政银企对接 入警 辅警 民辅警 警情 涉警 网咖 优亲厚友 寨老 互查 交叉互查 数智 数智化 盖度 植被盖度 集采 高炮 出险 打早打小 寨内 寨中 分内之责 分内之事 疏果 疏花 疏花疏果 三非 自贸港 自贸区 封关 解译 图斑 卫片 卫片执法
总产 粮食总产 全警 学深悟透 繁案精办 访源治理 可溯 全程可溯 末级渠系 出庭发声 主动发声 及时发声 一屏统览 一网统管 会前学法 实时预警 实时监测 实时监控 实时推送 实时共享 实时更新 实时上传 实时跟踪 补植复绿 亮剑 后厨 非遗 赶集日 赶场日 逢集日 春灌 夏灌 秋灌 冬灌 秋冬灌 冬春灌 稻渔综合种养 收集池 事故池 应急池 调节池 沉淀池 初期雨水 耳标 警示片 警示教育片 调解组 联合调解组 采摘季 春茶季 采收季 收获季 秋收季 夏收季 旅游季 开学季 毕业季 涉旅 堤段 圩日
`
  .split(/\s+/u)
  .filter((w) => w.length > 0)
  .concat(ETHNIC_GROUP_WORDS);
const KIND_NAME: Record<string, string> = { homophone: "音同", "near-sound": "音近", shape: "形近", stroke: "形近", missing: "漏", extra: "多" };

const HAN = /\p{Script=Han}/u;

/** Where the word that ends at `i` starts, with the word before it if it is one character (服务|体 before 。). */
function wordBefore(text: string, i: number): number {
  let a = i;
  while (a > 0 && i - a < 6 && HAN.test(text[a - 1]!)) a--;
  const tokens = segment(text.slice(a, i));
  let start = i - (tokens.at(-1)?.length ?? 0);
  if (i - start < 2 && tokens.length >= 2) start -= tokens.at(-2)!.length;
  return start;
}

/** The word around [i, i + len) of `text` as the segmenter cuts it, and the next word: what the message quotes. */
function quoted(text: string, i: number, len: number): [number, number] {
  let a = i;
  let b = i + len;
  while (a > 0 && i - a < 6 && HAN.test(text[a - 1]!)) a--;
  while (b < text.length && b - i < 6 && HAN.test(text[b]!)) b++;
  const tokens = segment(text.slice(a, b));
  let at = a;
  let start = i;
  let end = i + len;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const tEnd = at + t.length;
    if (tEnd > i && at < i + len) {
      start = Math.min(start, at);
      end = Math.max(end, tEnd);
    }
    at = tEnd;
  }
  // Too short to recognise: take the neighbouring word as well (必需|加强).
  if (end - start < 3) {
    at = a;
    for (const t of tokens) {
      if (at === end && t.length > 0) {
        end += t.length;
        break;
      }
      at += t.length;
    }
  }
  return [start, Math.min(end, start + 8)];
}

/**
 * The pairs of forms the confusable-word lexicon decides by context (短版 → 短板 after 补齐, but
 * 短版上衣 is meant): wrong-character leaves a change between them to that rule, which knows
 * where each is right. Only entries whose pattern, without its lookarounds, is a literal — and not
 * those marked `modelElsewhere`, which catch a classic slip where it is sure (形式分析会) without
 * saying where else each form is right: elsewhere the model still judges a change between them.
 * And only pairs whose wrong form is written as a word somewhere: a dictionary word (检察), a run of
 * characters the model kept from its corpus (不与, 新形式, 办公司), or a word of its own in one of the
 * entry's correct sentences, as the segmenter reads them (采购|短版|上衣 — not 积极|做|用户). A form
 * written nowhere (做用, 排察, 纠分) is wrong wherever it stands; the lexicon's context only marks
 * where the confusable-word rule is sure without the model, and elsewhere the model judges a change
 * to the other form as any change (示范带动做用 → 作用, which the lexicon's 发挥|起到|… before 做用
 * does not reach).
 */
function lexiconPairs(): Array<{ wrong: string; right: string }> {
  return listLexicon("wrong-character", "confusable", lexiconDefaults, (entries) =>
    entries.flatMap((e) => {
      if (e.modelElsewhere === true) return [];
      const core = e.match.replace(/\(\?<?[=!](?:[^()]|\([^()]*\))*\)/gu, "");
      if (!/^\p{Script=Han}+$/u.test(core) || core.length !== e.replacement.length) return [];
      const written = wordFrequency(core) > 0 || (e.valid ?? []).some((v) => segment(v).includes(core)) || askModel(() => keptByModel(core), true);
      return written ? [{ wrong: core, right: e.replacement }] : [];
    }),
  );
}

/** The text as the model reads it: its code units, normalised (every digit one unit, …). */
const modelUnits = (text: string): number[] => Array.from(normaliseForModel(text), (c) => c.charCodeAt(0));

/** Did the model keep every n-gram of its order (or the whole form, if shorter) in `form`: does its corpus write it? */
function keptByModel(form: string): boolean {
  const units = modelUnits(form);
  const n = Math.min(languageModelOrder(), units.length);
  for (let a = 0; a + n <= units.length; a++) if (!hasNgram(units, a, a + n)) return false;
  return true;
}

/**
 * The formulation rule's matcher of political formulations and central documents' titles, the built-in lexicon's:
 * a suspect inside a formulation it finds misquoted (习进平法治思想) is told there, with the exact wording — one
 * finding for one slip.
 */
const formulationMatcher = (): FormulationMatcher => formulationLexicon(lexiconDefaults).matcher;

/**
 * The parallel words of the built-in formulations, each formulation's as one group: two-character items of a list
 * (自治、法治、德治) and the two-character halves of a run that all end or all begin alike (尊法学法守法用法: 尊法, 学法,
 * 守法, 用法).
 */
const formulationWords = (): Array<Set<string>> =>
  listLexicon("wrong-character", "formulations", lexiconDefaults, (entries) =>
    entries.flatMap((e) => {
      const parts = e.canonical.split(/[、，；]/u);
      const groups: Array<Set<string>> = [];
      if (parts.length >= 3 && parts.every((x) => x.length === 2)) groups.push(new Set(parts));
      for (const x of parts) {
        if (x.length < 6 || x.length % 2 !== 0) continue;
        const words = Array.from({ length: x.length / 2 }, (_, k) => x.slice(2 * k, 2 * k + 2));
        if (words.every((w) => w[1] === words[0]![1]) || words.every((w) => w[0] === words[0]![0])) groups.push(new Set(words));
      }
      return groups;
    }),
  );

/**
 * Does the change of [i, i + len) of `text` to `rep` turn one parallel word of a formulation into another of the same
 * (带头学法尊法 → 学法守法: 尊法 and 守法 both of 尊法学法守法用法)? The writer chose among the formulation's own words,
 * which read alike to the model; a slip would not make another of them.
 */
function swapsFormulationWords(text: string, i: number, len: number, rep: string): boolean {
  const changed = text.slice(0, i) + rep + text.slice(i + len);
  const groups = formulationWords();
  for (let a = Math.max(0, i - 1); a <= i + len - 1; a++) {
    const written = text.slice(a, a + 2);
    const meant = changed.slice(a, a + 2);
    if (written.length < 2 || written === meant) continue;
    if (groups.some((g) => g.has(written) && g.has(meant))) return true;
  }
  return false;
}

/** Does the change of [i, i + len) of `text` to `rep` turn a lexicon pair's one form into its other? */
function decidedByLexicon(text: string, i: number, len: number, rep: string, pairs: ReadonlyArray<{ wrong: string; right: string }>): boolean {
  // Compared code unit by code unit, without building the changed text or slices of it: this runs for every suspect of
  // every paragraph at every lint (the suspects are remembered, these judgements are not), and the strings it built
  // were ~8 % of what a lint allocates.
  const changedAt = (q: number): number => (q < i ? text.charCodeAt(q) : q < i + rep.length ? rep.charCodeAt(q - i) : text.charCodeAt(q - rep.length + len));
  const changedLength = text.length - len + rep.length;
  const matches = (form: string, at: number, changed: boolean): boolean => {
    if (at + form.length > (changed ? changedLength : text.length)) return false;
    for (let k = 0; k < form.length; k++) if ((changed ? changedAt(at + k) : text.charCodeAt(at + k)) !== form.charCodeAt(k)) return false;
    return true;
  };
  for (const { wrong, right } of pairs) {
    for (let at = Math.max(0, i + len - wrong.length); at <= i; at++) {
      if ((matches(wrong, at, false) && matches(right, at, true)) || (matches(right, at, false) && matches(wrong, at, true))) return true;
    }
  }
  return false;
}

/** How many matches of `re` (global) the text has, counted no further than `limit`. */
function matchesUpTo(text: string, re: RegExp, limit: number): number {
  let n = 0;
  for (const _ of text.matchAll(re)) if (++n >= limit) break;
  return n;
}

/** Does a dictionary word of three or four characters cover text[a] and text[a + 1]? */
function insideLongerWord(text: string, a: number): boolean {
  for (let start = Math.max(0, a - 2); start <= a; start++) {
    for (let n = Math.max(3, a + 2 - start); n <= 4 && start + n <= text.length; n++) if (wordFrequency(text.slice(start, start + n)) > 0) return true;
  }
  return false;
}

/**
 * Is text[a] text[a + 1] the edge of two words as the segmenter reads the text there: the first character ending a
 * common word (jieba's count EDGE_WORD or more) or the second beginning one (300余户|群众, 维户|群众)?
 */
function atWordEdge(text: string, a: number): boolean {
  const from = Math.max(0, a - 4);
  let at = from;
  for (const token of segment(text.slice(from, Math.min(text.length, a + 6)))) {
    const end = at + token.length;
    if (token.length >= 2 && wordFrequency(token) >= EDGE_WORD && (end === a + 1 || at === a + 1)) return true;
    if (at > a + 1) break;
    at = end;
  }
  return false;
}

/** How often a suspect's characters and their neighbours must stand, as written, in one document to be the writer's term. */
const RECURRING = 4;
/** …and how seldom (log10 p of its second character after its first) the model has read it. */
const UNREAD_PAIR = -3.5;
/** How common (jieba's count) a word across a pair's edge must be for the pair to be two words' edges. */
const EDGE_WORD = 100;

/**
 * Is a suspect the document's own term — the characters it would change, with those beside them, written just so at
 * least RECURRING times in the document (古榧树 all through a regulation on 古榧树, 驻湖机构 for the offices stationed
 * in 湖州, a county's own project or place names)? A slip is seldom typed the same way, between the same neighbours,
 * four times; a term the model does not know is written every time it is named. (With three, ECSpell's sentences,
 * scored as one document, lose the catches of a slip its makers planted three times: 部前头 for 部牵头.)
 */
function recurrence(
  paragraphs: ReadonlyArray<{ text: string }>,
  margins: Margins,
): (text: string, s: { index: number; length: number; kind: string; replacement: string; margin: number }) => boolean {
  let whole: string | null = null;
  // What has been counted in the document, by what was counted (a stretch of text as written, a level's places, a
  // pair's settings …) and its key: each question its own name, so no two share a count.
  const counts = new Map<string, number>();
  const counted = (what: string, key: string, count: (whole: string) => number): number => {
    const k = `${what}\u0000${key}`;
    let n = counts.get(k);
    if (n === undefined) counts.set(k, (n = count((whole ??= paragraphs.map((p) => p.text).join("\n")))));
    return n;
  };
  const count = (key: string): number =>
    counted("text", key, (w) => {
      let n = 0;
      for (let at = w.indexOf(key); at !== -1 && n < RECURRING; at = w.indexOf(key, at + 1)) n++;
      return n;
    });
  const recurring = (key: string, times = RECURRING): boolean => key.length >= 3 && HAN_RUN.test(key) && count(key) >= times;
  // The document's title: its first paragraph that is not empty.
  const title = paragraphs.find((p) => p.text.trim() !== "")?.text ?? "";
  // A report's title (a line ending with 报告) names the issuer's places (嵩原市伏牛区人民政府2025年……报告): a place named
  // there and once more, in the signature or the text, is the document's own.
  const reportTitle = title.length <= TITLE_LENGTH && title.trim().endsWith("报告");
  // Is a place named `times` times the document's own: RECURRING_PLACE times, or TITLED_PLACE times and in the report's title?
  const ownPlace = (times: number, inTitle: () => boolean): boolean => times >= RECURRING_PLACE || (times >= TITLED_PLACE && reportTitle && inTitle());
  // A place's name with its ending (白鹤县, 嵩原市), written just so.
  const placeNamed = (key: string): boolean => key.length >= 3 && HAN_RUN.test(key) && ownPlace(count(key), () => title.includes(key));
  // How often the document names a place of each level (两字以上的名称 + 县, 市 …): its own level's character.
  const ownLevel = (level: string): boolean => counted("level", level, (w) => matchesUpTo(w, LEVEL_NAMED[level]!, RECURRING_PLACE)) >= RECURRING_PLACE;
  // The characters it would change with one on each side (for a missing one: the two across the gap and the next):
  // the same neighbours every time. (Any stretch of three that holds the change would also take 通过|皖事通 for a term,
  // but common ones too — 和监督, 工作人 — and cost ECSpell's one document 12 of its catches.)
  // At a line's start or after punctuation, two on the right instead (淮泽经济技术开发区 as the title, the first line and
  // the text name it).
  // Does the document name a place of this two-character name (青岚 of 青岚经开区, 青岚经济技术开发区) with any of a
  // place's endings, RECURRING_PLACE times in all?
  // (Or, named in a report's title, TITLED_PLACE times.)
  const namesPlace = (name: string): boolean => {
    if (!HAN_RUN.test(name)) return false;
    const named = `${name}${OWN_PLACE_ENDING}`;
    return ownPlace(
      counted("place", name, (w) => matchesUpTo(w, new RegExp(named, "gu"), RECURRING_PLACE)),
      () => new RegExp(named, "u").test(title),
    );
  };
  // Is this character the first of a place's name of two that the document names, just so, RECURRING_PLACE times (澄 of
  // 澄州市 all through its government's report)?
  const ownInitial = (c: string): boolean =>
    HAN_RUN.test(c) &&
    counted("initial", c, (w) => {
      const names = new Map<string, number>();
      for (const m of w.matchAll(new RegExp(`${c}\\p{Script=Han}${OWN_PLACE_ENDING}`, "gu"))) {
        const n = (names.get(m[0]) ?? 0) + 1;
        if (n >= RECURRING_PLACE) return n;
        names.set(m[0], n);
      }
      return 0;
    }) >= RECURRING_PLACE;
  // Does the document name a business by this two-character trade name, with its ending, where such a name starts (柘源县|
  // 鑫达建筑工程有限公司)? Then the trade name standing alone elsewhere (鑫达建筑欠薪, 锦程纺织集体劳动争议) is that business.
  const namesFirm = (name: string): boolean =>
    HAN_RUN.test(name) &&
    counted("firm", name, (w) => {
      for (let at = w.indexOf(name); at !== -1; at = w.indexOf(name, at + name.length)) if (firmEndingAhead(w, at + name.length) && opensFirmName(w, at)) return 1;
      return 0;
    }) === 1;
  // (Where the name has its ending right there, core's search has judged it as a business's already: a slip there is told.)
  const tradeName = (text: string, s: { index: number; length: number; kind: string }): boolean => {
    if (s.kind === "missing" || s.kind === "extra") return false;
    for (let start = s.index + s.length - 2; start <= s.index; start++) {
      if (start >= 0 && !firmEndingAhead(text, start + 2) && namesFirm(text.slice(start, start + 2))) return true;
    }
    return false;
  };
  // The organ's own character (厅 in a provincial department's report: 厅党组书记、厅长, 厅法治政府建设工作领导小组), the
  // issuer's as its title has it (湖南省生态环境厅2024年……报告), and named so at least RECURRING_PLACE times: 分管厅领导 is
  // its own deputy head, not 分管领导 with a character too many.
  const ownOrgan = (c: string): boolean =>
    ISSUER_IN_TITLE[c]!.test(title) &&
    counted("organ", c, (w) => matchesUpTo(w, OWN_ORGAN_NAMED[c]!, RECURRING_PLACE)) >= RECURRING_PLACE;
  // Does the document name a site by this two-character name with its ending (青屿渔港, 澜沙渔港, 仙林大学城) other than
  // where the suspect is? Then the name standing elsewhere without it, or before another (青屿国家级中心渔港), is that
  // site's. Not an administrative area's (白治区, 自台县: a slip in such a name is made again wherever the name is typed,
  // and ECSpell's sentences have them twice; the document's own places are namesPlace's, RECURRING_PLACE times).
  const siteEnding = (w: string, at: number): boolean => {
    const ending = placeEndingAt(w, at);
    return ending !== null && !ADMINISTRATIVE_ENDING.test(ending);
  };
  const namedSite = (text: string, start: number): boolean => {
    const name = text.slice(start, start + 2);
    if (name.length !== 2 || !HAN_RUN.test(name) || wordFrequency(name) > 0) return false;
    const named = counted("site", name, (w) => {
      let n = 0;
      for (let at = w.indexOf(name); at !== -1 && n < 2; at = w.indexOf(name, at + 1)) if (siteEnding(w, at + 2)) n++;
      return n;
    });
    return named - (siteEnding(text, start + 2) ? 1 : 0) >= 1;
  };
  // A short name in quotation marks that opens with the document's own place's name (“丹霞赤山柑”, “丹霞红岩茶” in 丹霞县's
  // report: a product's, a brand's): the writer's name, whatever the model reads in it (赤山港).
  const ownQuotedName = (text: string, s: { index: number; length: number }): boolean => {
    let a = s.index;
    while (a > 0 && s.index - a < QUOTED_NAME && HAN_CHAR.test(text[a - 1]!)) a--;
    let b = s.index + s.length;
    while (b < text.length && b - a <= QUOTED_NAME && HAN_CHAR.test(text[b]!)) b++;
    return text[a - 1] === "“" && text[b] === "”" && b - a <= QUOTED_NAME && a + 2 <= s.index + s.length && namesPlace(text.slice(a, a + 2));
  };
  // A business named with the document's own place's bare name before its trade name (包括朔川伊禾清真食品有限公司 in
  // 朔川市's report): the trade name's characters, as they are after 朔川市 (core's inFirmName).
  const afterOwnPlace = (text: string, s: { index: number; length: number; kind: string }): boolean => {
    if (s.kind === "missing" || s.kind === "extra" || !firmEndingAhead(text, s.index + s.length)) return false;
    for (let start = Math.max(0, s.index + s.length - 2 - OWN_PLACE_TRADE_NAME); start <= s.index - 2; start++) {
      if (PLACE_ENDING.test(text.slice(start + 2)) || !namesPlace(text.slice(start, start + 2))) continue;
      if (start === 0 || !HAN_CHAR.test(text[start - 1]!) || opensFirmName(text, start)) return true;
    }
    return false;
  };
  // A name before a city's or a county's ending that no list has, read as a listed place one character from it (与上游的
  // 清源市 → 清远市, 凤岭县 → 凤山县): the writer's name, unless the document writes the listed one's name elsewhere. Any
  // name a writer makes up or the list lacks is one character from some listed place, and the model has read only the
  // listed ones; a slip in a place named after its parent is placeSlipsInDocument's (浙江省江三市 → 江山市). Unless the
  // model is sure by far more (垃萨市 → 拉萨市, 5.8 over its margin; the made-up names 0.7–1.2 over: PLACE_NAME_EXCESS).
  const unwitnessedPlace = (text: string, s: { index: number; length: number; kind: string; replacement: string; margin: number }): boolean => {
    if (s.kind === "missing") return unwitnessedGap(text, s);
    if (s.length > 2 || s.kind === "extra") return false;
    const excess = s.margin - (margins[s.kind as keyof Margins] ?? 0) - (s.length === 2 ? margins.pair : 0);
    for (const start of s.length === 2 ? [s.index] : [s.index - 1, s.index]) {
      const ending = unlistedCityEnding(text, start);
      if (ending === null) continue;
      const written = text.slice(start, start + 2);
      const meant = text.slice(start, s.index) + s.replacement + text.slice(s.index + s.length, start + 2);
      // No listed place either (与东屿市、青岚市 → 青山市): the model reads a common word there, not a place — where a
      // name starts (平定山市 → 平顶山市 is a longer name's slip: still told).
      // (Not where the change makes a word through the ending — 个低区和 → 地区, 直害市 → 直辖市, 主消区 → 主销区 — unless
      // the document writes the name so twice: 青崖县 → 青山县.)
      if (!isPlaceName(meant + ending, 0, 3)) {
        if ((wordFrequency(meant[1]! + ending) > 0 || wordFrequency(meant + ending) > 0) && count(written + ending) < 2) continue;
        return startsName(text, start);
      }
      // One character changed far past its margin (垃萨市 → 拉萨市) is told without a witness; both characters of the name
      // changed into a listed one (苍岭县 → 常山县) are not: that is the better-known name read in its place. (ECSpell's
      // 赫峰市, 赤峰市 misspelt, is lost so: the model proposed 合山市, another city. Asking whether a listed place is one
      // character from the written name does not tell the two apart: 苍岭县 is one from 长岭县.)
      if (s.length === 1 && excess >= PLACE_NAME_EXCESS) return false;
      return counted("meant", meant, (w) => (w.includes(meant) ? 1 : 0)) === 0;
    }
    return false;
  };
  // A character proposed inside a two-character name before a city's, a district's or a county's ending that no list has,
  // making a name no list has either (沧澜市's 澜江区 → 澜沧江区: the river the model has read): the writer's name, where a
  // name starts. (乌鲁齐市 → 乌鲁木齐市 makes a listed one: told.)
  const unwitnessedGap = (text: string, s: { index: number; replacement: string }): boolean => {
    const start = s.index - 1;
    const ending = unlistedCityEnding(text, start);
    if (ending === null) return false;
    const meant = text[start]! + s.replacement + ending;
    return !isPlaceName(meant, 0, meant.length) && startsName(text, start);
  };
  // Does a pair stand in settings of its own: three times or more, not all between the same neighbours, or twice between
  // other characters on both sides (干部进塘口”走访, 服务进塘口”等)? ECSpell's sentences come again with another slip beside
  // their first (大数局产业, 大书局产业; 营业支招, 营业直招): one side the same.
  // (One walk over the pair's places answers both: bit 1 for ownSettings, bit 2 for ownSides.)
  const settings = (pair: string): number =>
    counted("settings", pair, (w) => {
      const sides: Array<[string, string]> = [];
      // (Not where it is a piece of a longer word, 民约 of 村规民约.)
      for (let at = w.indexOf(pair); at !== -1 && sides.length < 8; at = w.indexOf(pair, at + 1)) if (!insideLongerWord(w, at)) sides.push([w.slice(Math.max(0, at - 2), at), w.slice(at + 2, at + 4)]);
      const varied = sides.length >= 3 && new Set(sides.map(([l]) => l.slice(-1))).size >= 2 && new Set(sides.map(([, r]) => r.slice(0, 1))).size >= 2 ? 2 : 0;
      if (sides.length >= 3 && new Set(sides.map(([l, r]) => `${l}|${r}`)).size >= 2) return 1 | varied;
      for (let i = 0; i < sides.length; i++) for (let j = i + 1; j < sides.length; j++) if (sides[i]![0] !== sides[j]![0] && sides[i]![1] !== sides[j]![1]) return 1 | varied;
      return varied;
    });
  const ownSettings = (pair: string): boolean => (settings(pair) & 1) !== 0;
  // Is a pair written three times or more, with more than one character before it and more than one after it?
  const ownSides = (pair: string): boolean => (settings(pair) & 2) !== 0;
  // A pair of characters in the suspect that makes no dictionary word and that the model has seldom read, written in
  // settings of its own elsewhere in the document (塘口 of a county's fish ponds, 湖汊, 稻渔): the writer's word for a thing
  // of the place. A slip is seldom typed the same way twice in other sentences.
  const ownUnknownPair = (text: string, s: { index: number; length: number; replacement: string }): boolean => {
    const fixed = text.slice(0, s.index) + s.replacement + text.slice(s.index + s.length);
    for (let a = Math.max(0, s.index - 1); a < s.index + s.length; a++) {
      const pair = text.slice(a, a + 2);
      // (A character typed twice is no pair of the writer's: 小组组长 elsewhere, 副组组长 here.)
      if (pair.length !== 2 || pair[0] === pair[1] || !HAN_RUN.test(pair) || wordFrequency(pair) > 0 || !ownSettings(pair)) continue;
      // (Nor a pair inside a longer word the dictionary has, 副组长, which the model has read; nor two common words' edge
      // as the segmenter cuts the text, 户|群众 — 维户群众 beside 300余户群众; 塘口|湖汊 and 青澜江|流域 are none.)
      if (insideLongerWord(text, a) || atWordEdge(text, a)) continue;
      // (Nor where the document writes what the change makes there as often, 技术 all through a text with 技木 here and
      // there: the pair at the same place for a changed character, the pair across the gap for one taken out or put in.)
      const meant = s.replacement.length === s.length ? fixed.slice(a, a + 2) : s.replacement === "" ? `${text[s.index - 1] ?? ""}${text[s.index + 1] ?? ""}` : `${text[s.index - 1] ?? ""}${s.replacement[0]!}`;
      if (meant !== pair && count(meant) >= count(pair)) continue;
      // (Not two words' edges, 的工, 了一, which every document repeats: a pair the model has seldom read as written — or
      // one of whose characters it has seldom read at all, whatever it guesses of the pair from the other, written with
      // other characters on both sides (ownSides): 漴河, 溱河, 汭水, a river's name all through its county's report; not
      // 通过皖事通 three times, the same slip typed after the same word.)
      const units = modelUnits(pair);
      if (askModel(() => conditionalLogProb(units, 1, 0) < UNREAD_PAIR || ((rareCharacter(pair[0]!) || rareCharacter(pair[1]!)) && ownSides(pair)), false)) return true;
    }
    return false;
  };
  return (text, s) =>
    ownUnknownPair(text, s) ||
    unwitnessedPlace(text, s) ||
    ownQuotedName(text, s) ||
    afterOwnPlace(text, s) ||
    (s.kind !== "missing" && s.kind !== "extra" && s.length <= 2 && [s.index + s.length - 2, s.index].some((start) => start >= 0 && start + 2 >= s.index + s.length && namedSite(text, start))) ||
    (s.index >= 1 && recurring(text.slice(s.index - 1, s.index + (s.kind === "missing" ? 2 : s.length + 1)))) ||
    (s.length === 1 && s.kind !== "missing" && OWN_ORGAN_NAMED[text[s.index]!] !== undefined && ownOrgan(text[s.index]!)) ||
    tradeName(text, s) ||
    (s.kind !== "missing" && recurringPlace(text, s, placeNamed, namesPlace, ownInitial, (key) => recurring(key, 2))) ||
    (s.length === 1 && s.kind !== "missing" && s.kind !== "extra" && LEVEL_NAMED[text[s.index]!] !== undefined && ownLevel(text[s.index]!));
}

/**
 * The characters of an administrative level (县, 市 …), each with a pattern of a place named with it. In a document that
 * names places of that level at least RECURRING_PLACE times (a county office's report: 桐岭县, 桐岭县人民政府 …), the
 * level's character standing for the office's own level (在县政务服务中心, 县委) is meant, whatever the model prefers
 * (在线政务, which it has read far more often).
 */
const LEVEL_NAMED: Readonly<Record<string, RegExp>> = Object.fromEntries([..."省市县区镇乡旗盟"].map((c) => [c, new RegExp(`\\p{Script=Han}{2}${c}`, "gu")]));

/** An organ's own character standing for it before its bodies and posts (厅党组, 厅长, 局机关, 委领导), by character. */
const OWN_ORGAN_NAMED: Readonly<Record<string, RegExp>> = Object.fromEntries(
  [..."厅局委办"].map((c) => [c, new RegExp(`${c}(?=党组|党委|长|领导|机关|属|系统|班子)`, "gu")]),
);

/** The issuer's organ ending its name in a report's title, before the year or what the report is (生态环境厅2024年, 司法局关于). */
const ISSUER_IN_TITLE: Readonly<Record<string, RegExp>> = Object.fromEntries([..."厅局委办"].map((c) => [c, new RegExp(`${c}(?:[（(][^）)]*[）)])?(?:\\d{4}|关于|法治|党组)`, "u")]));

/**
 * A one-character name of an ethnic group standing for it before what the group has (侗汉双语, 苗年、侗年, 苗歌、侗歌, 瑶医,
 * 彝绣): the group's, which the model, having read few of them, would read as a commoner character (东汉, 同年).
 */
const ETHNIC_SHORT = /[苗侗瑶彝壮傣黎佤畲羌藏蒙维](?=汉[双语文、和]|年|歌|医|药|绣|锦|戏|历|寨|乡|语|话|文(?![件化明字章])|族)/gu;

/**
 * A mountain named before the side of its foot (地处云台岭南麓, 大青山北麓): the mountain's name and its ending, which the
 * model, knowing 山南麓 better than 岭南 (a region's name), would change.
 */
const MOUNTAIN_FOOT = /\p{Script=Han}{1,3}[山岭峰](?=[东南西北]麓)/gu;

/**
 * The name of a village called after its people (岜朗侗寨, 乌冲苗寨, 西江千户苗寨): two characters of a local language's
 * name, often written with characters of its own (岜, a Zhuang and Dong place's), that the model reads as a commoner one (巴朗).
 */
const ETHNIC_VILLAGE_NAME = /\p{Script=Han}{2}(?=[苗侗瑶彝壮傣黎佤畲羌藏]寨)/gu;

/** How long a report's title may be (its first paragraph). */
const TITLE_LENGTH = 80;
/** How often a place the title names must stand in the document, the title included, to be the document's own place. */
const TITLED_PLACE = 2;
/** How often a place's name, with its ending, must stand in one document to be the document's own place. */
const RECURRING_PLACE = 3;
/** The endings of a place's name right after it (苍岭|县, 白鹭|镇), longest first. */
const PLACE_ENDING = /^(?:自治县|自治州|自治区|街道|社区|县|镇|乡|村|区|市|旗)/u;

/**
 * Is the suspect in the two-character name of a place, before its ending, that the document names just so at least
 * RECURRING_PLACE times (苍岭县 in the title, the text and the signature of a 苍岭县 office's report)? The model reads
 * such a name as the better-known one it resembles (常山县, 长岭县 — in jieba's dictionary, so the search takes the change
 * for a name's correction); but a report names its own county, town and villages alike every time, and one name read
 * as another is no slip of a character. The whole name replaced, or one character of a name that is no word: a
 * character of a word before an ending is still told however often it is written (ECSpell's sentences, scored as one
 * document, plant 实验区 for 试验区 four times).
 */
function recurringPlace(
  text: string,
  s: { index: number; length: number; replacement: string },
  placeNamed: (key: string) => boolean,
  namesPlace: (name: string) => boolean,
  ownInitial: (c: string) => boolean,
  namedTwice: (key: string) => boolean,
): boolean {
  // Two characters changed may be the name's last and its ending's first (《临漪市……规程》 → 临医师): the name with its ending.
  // Where the ending is one character and the change takes it away (渔湾乡 → 渔网箱), twice is enough — in a list of the
  // county's townships (金橘乡、渔湾乡等6个乡镇) and where the text names it again: a slip is not typed so twice.
  if (s.length === 2 && s.index >= 1 && wordFrequency(text.slice(s.index - 1, s.index + 1)) === 0) {
    const ending = PLACE_ENDING.exec(text.slice(s.index + 1));
    const key = ending === null ? "" : text.slice(s.index - 1, s.index + 1) + ending[0];
    if (ending !== null && placeNamed(key)) return true;
    if (ending !== null && ending[0].length === 1 && s.replacement[1] !== ending[0] && namedTwice(key)) return true;
  }
  for (const start of s.length === 2 ? [s.index] : [s.index, s.index - 1]) {
    if (start < 0) continue;
    const name = text.slice(start, start + 2);
    const ending = PLACE_ENDING.exec(text.slice(start + 2));
    // A name that is a word (白鹤县, named three times): a county's, a city's or a district's, with its ending every time.
    if (s.length === 1 && wordFrequency(name) > 0) {
      if (ending !== null && COUNTY_LEVEL.test(ending[0]) && placeNamed(name + ending[0])) return true;
      continue;
    }
    if (ending !== null) {
      if (placeNamed(name + ending[0])) return true;
      // The first character of a name the document's own place lends its places (澄东区, 澄西区 of 澄州市's report):
      // the model reads the common name it resembles (城东区); the document names its places so, one after another.
      // Only where a name starts: after no Chinese character but a preposition's (not 平定山市, 边江地区).
      if (s.length === 1 && start === s.index && NAME_OPENS.test(text.slice(Math.max(0, start - 1), start)) && ownInitial(name[0]!)) return true;
      continue;
    }
    // …and lends the names of its own brands in quotation marks (“桐心暖救” of 桐源县's civil affairs: 桐心 for 同心).
    if (start === s.index && text[start - 1] === "“" && ownInitial(text[start]!)) return true;
    // The name without its ending, in a name of the place's own (“岚溪统计”公众号, 《岚溪统计年鉴》 of 岚溪县's
    // statistics bureau; “青岚法治讲堂” of 青岚经开区): the place the document names with its endings at least as often.
    // Not a word (the name of a place that is a word, 新华, is told as a word is).
    if (wordFrequency(name) === 0 && namesPlace(name)) return true;
  }
  return false;
}
/** The endings of a county or a city: a name that is a word is a place's only with one of them (白鹤县, not 白鹤村, nor 实验区: a district's ending ends common nouns too). */
const COUNTY_LEVEL = /^(?:自治县|自治州|县|市|旗)$/u;
/** A city's, a district's or a county's ending right after a name (清源|市, 凤岭|县人民政府), not the first of a word (市场, 区域, 县城). */
const CITY_OR_COUNTY_AFTER = /^([市县区旗])(?![场民域级界委长])/u;
const CITY_OR_COUNTY_SPAN = 2;
/** How far past its margin the model's change of such a name must go to be told without the document's witness (log10). */
const PLACE_NAME_EXCESS = 3;
/** The prepositions and conjunctions a place's name may follow (在澄东区, 和澄西区). */
const NAME_OPENERS = "在对与和及向由到至从于";
/** What may stand right before a place's name: no Chinese character, or a preposition or conjunction. */
const NAME_OPENS = new RegExp(`^(?:[^\\p{Script=Han}]?|[${NAME_OPENERS}])$`, "u");
/** What a made-up city's or county's name follows where it starts: also 的 and the verbs of going and basis (上游的清源市, 赴, 据). */
const NAME_START = new RegExp(`^(?:[^\\p{Script=Han}]?|[${NAME_OPENERS}的同赴经据])$`, "u");
/** Does a place's name start at `start` (see NAME_START)? */
const startsName = (text: string, start: number): boolean => NAME_START.test(text.slice(Math.max(0, start - 1), start));
/**
 * The ending of a city, district or county (市, 县, 区, 旗) after the two characters at `start`, where those two with it
 * name no listed place (清源|市, 凤岭|县); null otherwise.
 */
function unlistedCityEnding(text: string, start: number): string | null {
  if (start < 0) return null;
  const ending = CITY_OR_COUNTY_AFTER.exec(text.slice(start + 2, start + 2 + CITY_OR_COUNTY_SPAN))?.[1];
  const written = text.slice(start, start + 2);
  return ending !== undefined && HAN_RUN.test(written) && !isPlaceName(written + ending, 0, 3) ? ending : null;
}
/**
 * The endings a document's own place is named with — a county's, a town's, a development zone's (青岚经济技术开发区, and
 * short, 青岚经开区) — for its name standing without one (the longer first: 经开区 is not 区 after 经开).
 */
const OWN_PLACE_ENDING = "(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|开发区|新区|自治县|自治州|自治区|街道|县|市|区|镇|乡|村|旗)";
const HAN_RUN = /^\p{Script=Han}+$/u;
const HAN_CHAR = /^\p{Script=Han}$/u;
/** How many characters of a trade name afterOwnPlace reads after the place's bare name (伊禾, 鑫达建). */
const OWN_PLACE_TRADE_NAME = 3;
/** The longest quoted name ownQuotedName takes for the writer's: the place's two characters and up to six more. */
const QUOTED_NAME = 8;
/** A place's ending (core's placeEndingAt) that names an administrative area, a development zone or a community rather than a site. */
const ADMINISTRATIVE_ENDING = /^(?:[省市县区镇乡村旗盟州]|街道|社区|嘎查|苏木|居委会|村委会|.*开发区|高新区|经开区)$/u;

/** Where each of `words` stands in `text`: [start, end) of every occurrence. */
function occurrences(text: string, words: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const w of words) for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + 1)) out.push([at, at + w.length]);
  return out;
}

/** The names of an official document's elements that open a line before a colon (GB/T 9704-2012): 主送：, 抄送：, 附件：. */
const ELEMENT_LABELS = ["主送", "抄送", "附件", "签发人", "联系人", "联系电话", "发文机关", "印发机关"];
const LABEL_AT_START = /^([\s\u3000]*)(\p{Script=Han}{2,4})[：:]/u;

/**
 * A line opened by an element's name with one character of another sound or shape (珠送： for 主送：, 抄逆： for
 * 抄送：): the model has next to no context at a line's start to see it. The label written, where it starts, and the
 * name meant; null if the line opens otherwise.
 */
function elementLabelSlip(text: string): { at: number; written: string; meant: string; index: number; kind: string } | null {
  const m = LABEL_AT_START.exec(text);
  if (m === null) return null;
  const written = m[2]!;
  if (ELEMENT_LABELS.includes(written)) return null;
  for (const meant of ELEMENT_LABELS) {
    const differ = oneApart(written, meant);
    if (differ < 0) continue;
    const kind = confusionKindOf(written[differ]!, meant[differ]!);
    if (kind !== null) return { at: m[1]!.length, written, meant, index: differ, kind };
  }
  return null;
}

/**
 * A suspect of a paragraph that the paragraph's own text does not explain away, and what its finding quotes: the
 * written text around it and the same with the replacement.
 */
interface Suspect {
  s: SpellingSuspect;
  quote: string;
  replaced: string;
}

/**
 * The suspects the model finds in `text` that the lexicons do not speak for (a confusable word's pair, a formulation's
 * words, a span confusable-word or formulation flags), with their quotes: all of it depends on the paragraph alone.
 */
/**
 * Does a span confusable-word or formulation flags in `text` overlap [start, end)? Such a suspect (一如继往, a pattern of
 * 继/即) is that rule's finding already, with the sure wording. Each lexicon scans the paragraph once, when first asked.
 */
function flaggedByLexicons(text: string): (start: number, end: number) => boolean {
  let flagged: ReadonlyArray<{ start: number; end: number }> | null = null;
  let misquoted: ReadonlyArray<{ start: number; end: number }> | null = null;
  return (start, end) => {
    flagged ??= spoken(confusableMatcher().scan(text));
    if (flagged.some((h) => h.start < end && h.end > start)) return true;
    misquoted ??= formulationMatcher().scan(text);
    return misquoted.some((h) => h.start < end && h.end > start);
  };
}

function paragraphSuspects(
  text: string,
  found: readonly SpellingSuspect[],
  pairs: ReadonlyArray<{ wrong: string; right: string }>,
  flagged: (start: number, end: number) => boolean,
): Suspect[] {
  const out: Suspect[] = [];
  for (const s of found) {
    if (decidedByLexicon(text, s.index, s.length, s.replacement, pairs)) continue;
    if (s.kind !== "missing" && s.kind !== "extra" && swapsFormulationWords(text, s.index, s.length, s.replacement)) continue;
    if (flagged(s.index, s.index + s.length)) continue;
    // A missing character is quoted with the word before the gap (“依法政”疑为“依法行政”).
    // Before punctuation, with the word that lost its last character (“服务体。”疑为“服务体系。”).
    // An extra one with the words on both sides, which taking it out joins (“国务五院”疑为“国务院”).
    const [a, b] =
      s.kind === "missing" && s.index > 0
        ? HAN.test(text[s.index]!)
          ? quoted(text, s.index - 1, s.length + 1)
          : [wordBefore(text, s.index), s.index + 1]
        : s.kind === "extra" && s.index > 0 && HAN.test(text[s.index - 1]!) && HAN.test(text[s.index + 1] ?? "")
          ? quoted(text, s.index - 1, 3)
          : quoted(text, s.index, s.length);
    out.push({ s, quote: text.slice(a, b), replaced: text.slice(a, s.index) + s.replacement + text.slice(s.index + s.length, b) });
  }
  return out;
}

/** log10 p(text[i] | up to TERM_CONTEXT characters before it), as the model reads the text as written. */
const TERM_CONTEXT = 8;
function writtenLogProb(text: string, i: number): number {
  if (i >= text.length) return 0;
  const a = Math.max(0, i - TERM_CONTEXT);
  const units = [BOS, ...modelUnits(text.slice(a, i + 1))];
  return conditionalLogProb(units, units.length - 1, 0);
}

/** A term this long, with a character left out, is no other phrase: the model is asked only not to rule it out (理论学中心组: −1.8). */
const LONG_TERM = 6;

/**
 * Characters that stand as words of their own between two words of a term — function words (安全与生产, 合法性的审查,
 * 执法有力度, 知识产权大保护) and adverbs before a verb (行政机关负责人均出庭应诉: 人均 is a word too) — and 性, which makes
 * the word before it an adjective (风险性评估, 行政性事业性收费).
 */
const STANDING_BETWEEN = new Set("的地得之与和及或等未不有对由进在为了并且更大性均都也已皆亦还仍尚须应要将可能才就又再即");

/**
 * How far past what it needs the model's preference `margin` (log10, editMargin) for a genre term restored over a phrase
 * one character from it (termSlips) is, or null where it is not told. The list says which term was meant, so less is needed than where the
 * search of every character proposes (DEFAULT_MARGINS), and where the model never learnt the term (出庭应诉率: the corpus
 * never writes it) a phrase it finds implausible as written is enough (出庭应率: 率 −7.0 after 出庭应). Calibrated on
 * the keyed drafts d7–d64, their correct copies, the blind correct reports b01–b40 and the model's corpus (docs/benchmarks.md).
 * - A character left out: 2 (3 for the term's last, whose shorter form is often an abbreviation of its own: 党组会),
 *   or, inside the term, a character after the gap below −5 as written and the restored term no worse than −0.5; in a
 *   term of LONG_TERM characters or more, −3 inside it. Never a rate's last character (调解成功38件).
 * - One put in: only a character that makes a word with the one before it (知情况权: 情况; 满意度率: 满意度 — a word
 *   typed on past the term's end) and is not one that stands between words (安全与生产); 3, or 0.5 where the term's
 *   next character reads below −4 after it (满意度率: 率).
 * - One changed: 2.5, or 4 where the written character makes a word with a neighbour (执法检察: 检察 is a word).
 */
function termExcess(text: string, slip: TermSlip, margin: number, shift: number): number | null {
  if (margin === -Infinity) return null;
  const m = margin - shift;
  if (slip.kind === "missing") {
    if (slip.index === slip.start + slip.length) {
      // The last character: a rate's (调解成功率) leaves the count's own phrase (调解成功38件).
      // (Nor at 0.5 in a long term: 民主法治示范镇 is the town's title, not 民主法治示范村 cut short.)
      if (slip.term.endsWith("率")) return null;
      return m >= 3 ? m - 3 : null;
    }
    if (m >= 2) return m - 2;
    if (m >= -0.5 && writtenLogProb(text, slip.index) <= -5) return m + 0.5;
    return slip.term.length >= LONG_TERM && m >= -3 ? m + 3 : null;
  }
  if (slip.kind === "extra") {
    const x = text[slip.index]!;
    const before = text.slice(Math.max(slip.start, slip.index - 2), slip.index);
    const word = wordFrequency(before.slice(-1) + x) > 0 || (before.length === 2 && wordFrequency(before + x) > 0);
    if (!word || STANDING_BETWEEN.has(x)) return null;
    if (m >= 3) return m - 3;
    return m >= 0.5 && writtenLogProb(text, slip.index + 1) <= -4 ? m - 0.5 : null;
  }
  const realWord = wordFrequency(text.slice(slip.index - 1, slip.index + 1)) > 0 || wordFrequency(text.slice(slip.index, slip.index + 2)) > 0;
  const need = realWord ? 4 : 2.5;
  return m >= need ? m - need : null;
}

/**
 * The phrases one character from a genre term (termSlips) that the model prefers restored (termExcess), as suspects
 * quoted whole (“出庭应率”疑为“出庭应诉率”), where no suspect of the search's already speaks for the place, nothing skipped
 * lies in them, and no entry of confusable-word or formulation covers them (those rules say it with the sure wording).
 */
function termSuspects(text: string, skipped: Uint8Array, found: readonly Suspect[], flagged: (start: number, end: number) => boolean, shift: number, pairs: ReadonlyArray<{ wrong: string; right: string }>): Suspect[] {
  const weighed: Array<{ slip: TermSlip; margin: number; excess: number }> = [];
  for (const slip of termSlips(text)) {
    const end = slip.start + slip.length;
    // (A change between the two forms of a confusable-word pair is that rule's, which knows where each is right: 执法检察监督
    // is the procurators', not 执法检查 with a slip.)
    if (slip.kind !== "missing" && slip.kind !== "extra" && decidedByLexicon(text, slip.index, 1, slip.put, pairs)) continue;
    if ((slip.kind === "missing" && slip.index >= text.length) || skipped.subarray(slip.start, end).includes(1)) continue;
    // (A character left out is placed at the one after the gap, which may lie past the phrase: 营商环。.)
    const reach = Math.max(end, slip.index + 1);
    if (found.some(({ s }) => s.index - (s.kind === "missing" ? 1 : 0) < reach && s.index + s.length > slip.start)) continue;
    if (flagged(slip.start, end)) continue;
    // (Inside a name in quotation marks, as core's search leaves it: “青禾入学一网通”平台 is no 一网通办 cut short.)
    if (inQuotedName(text, slip.index, slip.kind === "missing" ? slip.index : slip.index + 1)) continue;
    const margin = askModel(() => editMargin(text, slip.index, slip.kind === "missing" ? 0 : 1, slip.put), -Infinity);
    const excess = termExcess(text, slip, margin, shift);
    if (excess !== null) weighed.push({ slip, margin, excess });
  }
  // Two terms read into one phrase (出庭应率: 出庭应诉率 with a character left out, or 出庭率 with one put in): the one the
  // model prefers by more over what it needs.
  weighed.sort((x, y) => y.excess - x.excess || x.slip.start - y.slip.start);
  const out: Suspect[] = [];
  const taken: Array<[number, number]> = [];
  for (const { slip, margin } of weighed) {
    const end = slip.start + slip.length;
    if (taken.some(([a, b]) => a < end && b > slip.start)) continue;
    taken.push([slip.start, end]);
    const s: SpellingSuspect =
      slip.kind === "missing"
        ? { index: slip.index, length: 1, replacement: slip.put + text[slip.index]!, kind: "missing", margin }
        : { index: slip.index, length: 1, replacement: slip.put, kind: slip.kind, margin };
    out.push({ s, quote: text.slice(slip.start, end), replaced: slip.term });
  }
  return out.sort((x, y) => x.s.index - y.s.index);
}

/**
 * The suspects of each paragraph, by the rule's options (see ParagraphMemo): what the model found and the lexicons
 * left, so that a check after an edit weighs only what depends on the rest of the document (recurrence).
 */
const memos = new Map<string, ParagraphMemo<Suspect[]>>();
/** The element label slip of each paragraph's first line (see elementLabelSlip), null for none. */
const labelMemo = new ParagraphMemo<ReturnType<typeof elementLabelSlip>>();
/**
 * And of each sentence, for a paragraph not met before (core's SentenceMemo): a paragraph an edit or a fix changed is
 * weighed again only in the sentences it changed.
 */
const sentenceMemos = new Map<string, SentenceMemo>();

export default defineRule<Options>(
  {
    id: "wrong-character",
    name: "错别字",
    description: "用官方文书语言模型检查错别字：某个字放在句中很不通顺，而同音、近音或形近的另一个字通顺得多（如“持旭推进”疑为“持续推进”），以及词中漏掉或多出的字（“依法政”“制持度”）；只提示并给出建议，不自动修改",
    summary: "Flags characters that a language model of official Chinese prose finds implausible where a same-sound, near-sound or similar-shape character is far more plausible, and a character dropped from or added to a word; suggests the replacement as a quick fix, never applies it.",
    fixable: false,
    severity: "error",
    optionsSchema: {
      properties: {
        allow: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true, description: "不检查的词语（如本地地名、人名、专用词）" },
        margin: { type: "number", minimum: 1, maximum: 20, description: "报告所需的最小把握（对数概率差，默认 4.5；越大越安静）" },
      },
      additionalProperties: false,
    },
    defaults: { allow: [], margin: DEFAULT_MARGINS.homophone },
    messages: {
      suspect: "“{text}”疑为“{replacement}”（{kind}字），请核对",
      variant: "“{text}”疑为“{replacement}”（本文其他{count}处均作“{replacement}”，{kind}字），请核对",
      placeSlip: "“{text}”疑为“{replacement}”（{parent}所辖没有“{text}”，{kind}字），请核对",
      label: "“{text}”疑为“{replacement}”（公文要素名称，{kind}字），请核对",
      modelMissing: "{error}，本次未检查错别字；请重新安装 report-lint",
    },
  },
  ({ model, options, report }) => {
    const failure = languageModelError() ?? confusionSetError() ?? placeNamesError();
    const unchecked = (e: Error) => report({ range: [0, 0], messageId: "modelMissing", data: { error: e.message.replace(/^report-lint: /u, "") } });
    if (failure !== null) {
      unchecked(failure);
      return;
    }
    const shift = options.margin - DEFAULT_MARGINS.homophone;
    // Every kind's threshold moves with the option (a kind core adds moves too); `pair` is added on top of its two
    // kinds' and stays.
    const margins = Object.fromEntries(Object.entries(DEFAULT_MARGINS).map(([kind, m]) => [kind, kind === "pair" ? m : m + shift])) as Margins;
    const laws = lawLexicon("law-name", lexiconDefaults, (data) => new LawNames(data));
    const pairs = lexiconPairs();
    const key = JSON.stringify([options.margin, options.allow]);
    const memo = memoFor(memos, key);
    memo.begin(model);
    let sentences = sentenceMemos.get(key);
    if (sentences === undefined) sentenceMemos.set(key, (sentences = new SentenceMemo()));
    sentences.begin(model);
    const prose = model.paragraphs.filter((p) => p.kind !== "code" && p.kind !== "html");
    const recurs = recurrence(prose, margins);
    /** The offsets (in the document) a finding of this rule already speaks for. */
    const told = new Set<number>();
    for (const p of prose) {
      const text = p.text;
      let suspects: Suspect[];
      try {
        suspects = memo.get(text, () => {
          // Offsets not to judge: the names of laws, right or wrong, which law-name speaks for; genre words and the user's allowed words.
          const skipped = new Uint8Array(text.length);
          for (const [a, b] of laws.spans(text)) skipped.fill(1, a, b);
          for (const [a, b] of occurrences(text, [...GENRE_WORDS, ...options.allow])) skipped.fill(1, a, b);
          for (const m of text.matchAll(ETHNIC_SHORT)) skipped[m.index] = 1;
          for (const m of text.matchAll(ETHNIC_VILLAGE_NAME)) skipped.fill(1, m.index, m.index + m[0].length);
          for (const m of text.matchAll(MOUNTAIN_FOOT)) skipped.fill(1, m.index, m.index + m[0].length);
          const flagged = flaggedByLexicons(text);
          const found = paragraphSuspects(text, findSpellingSuspects(text, { candidates: confusables, margins, skip: (i) => skipped[i] === 1, sentences }), pairs, flagged);
          return [...found, ...termSuspects(text, skipped, found, flagged, shift, pairs)];
        });
      } catch (e) {
        // The model's groups and the confusion set's lists are read as they are needed: damage in
        // one shows here, mid-document, and ends the check as a missing file does.
        if (!(e instanceof LanguageModelError || e instanceof ConfusionSetError || e instanceof PlaceNamesError)) throw e;
        unchecked(e);
        return;
      }
      for (const { s, quote, replaced } of suspects) {
        if (recurs(text, s)) continue;
        const range = [p.range[0] + s.index, p.range[0] + s.index + s.length] as const;
        for (let k = range[0]; k < range[1]; k++) told.add(k);
        report({
          range,
          messageId: "suspect",
          data: { text: quote, replacement: replaced, kind: KIND_NAME[s.kind] ?? "形近" },
          suggestions: [{ text: s.replacement, message: s.kind === "extra" ? `删去“${text[s.index]!}”` : `改为“${replaced}”` }],
        });
      }
    }
    // A line opened by an element's name typed wrong (珠送：).
    for (const p of prose) {
      const slip = labelMemo.get(p.text, () => elementLabelSlip(p.text));
      if (slip === null) continue;
      const at = p.range[0] + slip.at + slip.index;
      if (told.has(at)) continue;
      told.add(at);
      report({
        range: [at, at + 1],
        messageId: "label",
        data: { text: `${slip.written}：`, replacement: `${slip.meant}：`, kind: KIND_NAME[slip.kind] ?? "形近" },
        suggestions: [{ text: slip.meant[slip.index]!, message: `改为“${slip.meant}”` }],
      });
    }
    // A place's name written once otherwise than everywhere else (see name-variants.ts).
    for (const v of nameVariants(prose.map((p) => p.text))) {
      const p = prose[v.paragraph]!;
      const at = p.range[0] + v.index;
      if (told.has(at) || occurrences(p.text, options.allow).some(([a, b]) => a <= v.index && v.index < b)) continue;
      // A real place's name (马贾庄村 beside the 家庄村 of other villages): another place, not a slip of the one written often.
      if (insidePlaceName(p.text, v.index, v.index + 1)) continue;
      told.add(at);
      report({
        range: [at, at + 1],
        messageId: "variant",
        data: { text: v.written, replacement: v.form, count: String(v.count), kind: KIND_NAME[v.kind] ?? "形近" },
        suggestions: [{ text: v.replacement, message: `改为“${v.form}”` }],
      });
    }
    // A division named right after its parent that the parent does not have, one character from one it has (绵阳市府城区:
    // 涪城区), or named alone in a document that names its parent often (阳朔县's report: 在高舔镇 — 高田镇): core's
    // placeSlipsInDocument, one pass over the document.
    for (const slip of placeSlipsInDocument(prose.map((p) => p.text))) {
      const p = prose[slip.paragraph]!;
      const at = p.range[0] + slip.index;
      if (told.has(at) || occurrences(p.text, options.allow).some(([a, b]) => a <= slip.index && slip.index < b)) continue;
      told.add(at);
      report({
        range: [at, at + 1],
        messageId: "placeSlip",
        data: { text: slip.written, replacement: slip.meant, parent: slip.parent, kind: KIND_NAME[slip.kind] ?? "形近" },
        suggestions: [{ text: slip.replacement, message: `改为“${slip.meant}”` }],
      });
    }
  },
);
