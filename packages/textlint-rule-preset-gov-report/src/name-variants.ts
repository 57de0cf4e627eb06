/**
 * A place's name written once with one character of another sound-alike or look-alike (嘉详县 in a report
 * that writes 嘉祥县 everywhere else, 金豚镇 for 金屯镇): the language model cannot judge a name — it has
 * never read most of a county's villages and towns, and wrong-character leaves names alone for that
 * reason — but the document itself says how the name is written. A report names its own county, town,
 * villages and communities again and again; a slip in one of those mentions is the one way of writing it
 * that stands alone.
 *
 * Read as: the two characters before a place's ending (县, 镇, 村, 街道 …) with the ending, where the character
 * before the ending makes no word with it (not 城市, 农村, 地区: the ending is then a word's). A form written
 * once whose one differing character is a same-sound, near-sound or similar-shape character (core's
 * confusion set) of a form written at least DOMINANT times is the slip — unless its two characters are a
 * dictionary word (新化县 is a county of its own), it stands in a list of names (新华村、新桦村 are two
 * villages), or a function word makes the difference (国家或省, 国家和省).
 */
import { confusionKindOf, wordFrequency, type ConfusionKind } from "@report-lint/core";
import { ParagraphMemo } from "./paragraph-memo.js";

/** A place's ending. */
const ENDINGS = /省|市|县|区|镇|乡|村|旗|盟|街道|社区|嘎查|苏木/gu;
/** The character after an ending that makes it the start of another word (区域, 市场, 村民), not a name's end. */
const WORD_AFTER = new Set("域场民");
/** How many times the form it is taken for must be written. */
const DOMINANT = 3;
/** Function words: where one of two forms has one (国家或省, 国家和省), they are two phrasings, not a name written twice. */
const FUNCTION_WORDS = new Set("和或与及并且而的地得在是为于对向从把被将各每个其该本全我此这那");
const ONE_CHARACTER_ENDINGS = new Set("省市县区镇乡村旗盟");
const HAN = /\p{Script=Han}/u;
const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);

export interface NameVariant {
  /** Index of the paragraph (in the list given) and offset of the differing character in its text. */
  paragraph: number;
  index: number;
  written: string;
  /** The form the document writes elsewhere, and how often. */
  form: string;
  replacement: string;
  count: number;
  kind: ConfusionKind;
}

/** A place's name in a paragraph: where its two characters before the ending start, and the form (嘉祥县). */
interface Place {
  at: number;
  form: string;
}

/** The places named in one paragraph. */
function placesIn(text: string): Place[] {
  const out: Place[] = [];
  for (const m of text.matchAll(ENDINGS)) {
    const k = m.index;
    if (k < 2 || WORD_AFTER.has(text[k + m[0].length] ?? "") || !isHan(text[k - 1]) || !isHan(text[k - 2])) continue;
    // The ending inside a word with the character before it (城市, 本市, 农村, 地区, 城乡) is no name's ending, nor one
    // after a function word, a pronoun or another ending (组成人员和市人大, 目前我镇 / 加强我镇, 简称市市容).
    const before = text[k - 1]!;
    if (FUNCTION_WORDS.has(before) || ONE_CHARACTER_ENDINGS.has(before) || wordFrequency(before + m[0]) > 0) continue;
    out.push({ at: k - 2, form: text.slice(k - 2, k + m[0].length) });
  }
  return out;
}
/** The places of each paragraph (see ParagraphMemo): a check after an edit reads only the paragraphs it changed. */
const placeMemo = new ParagraphMemo<Place[]>();

/** The names written once that another form of the document, written often, says are slips. */
export function nameVariants(texts: readonly string[]): NameVariant[] {
  const places: Array<{ paragraph: number; at: number; form: string }> = [];
  const counts = new Map<string, number>();
  texts.forEach((text, paragraph) => {
    for (const { at, form } of placeMemo.get(text, () => placesIn(text))) {
      places.push({ paragraph, at, form });
      counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  });
  // The often-written forms, by each of their first two characters left out (嘉?县, ?祥县).
  const byPattern = new Map<string, string[]>();
  for (const [form, n] of counts) {
    if (n < DOMINANT) continue;
    for (const j of [0, 1]) {
      const key = `${j}${form.slice(0, j)}?${form.slice(j + 1)}`;
      const list = byPattern.get(key) ?? [];
      list.push(form);
      byPattern.set(key, list);
    }
  }
  const out: NameVariant[] = [];
  for (const { paragraph, at, form } of places) {
    if (counts.get(form) !== 1 || wordFrequency(form.slice(0, 2)) > 0) continue;
    const text = texts[paragraph]!;
    // One of a list of names (新华村、新桦村): each is a place of its own.
    if (text[at - 1] === "、" || text[at + form.length] === "、") continue;
    for (const j of [0, 1]) {
      for (const dominant of byPattern.get(`${j}${form.slice(0, j)}?${form.slice(j + 1)}`) ?? []) {
        if (FUNCTION_WORDS.has(form[j]!) || FUNCTION_WORDS.has(dominant[j]!)) continue;
        const kind = confusionKindOf(form[j]!, dominant[j]!);
        if (kind === null) continue;
        out.push({ paragraph, index: at + j, written: form, form: dominant, replacement: dominant[j]!, count: counts.get(dominant)!, kind });
      }
    }
  }
  return out;
}
