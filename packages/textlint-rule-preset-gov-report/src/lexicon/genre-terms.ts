/**
 * The genre's terms (data/genre-terms.txt: 出庭应诉率, 规范性文件, 执法记录仪, 理论学习中心组 …) and the written phrases
 * one character from one of them: a character left out (出庭应率), put in (满意度率) or changed for one alike in sound
 * or shape (执法记录议). The character model reads such a phrase almost as well as the term where the corpus it learnt
 * from seldom writes the term (出庭应诉率: never) — the genre's own vocabulary is what it lacks; the list supplies the
 * term, and the model still has to prefer it in the sentence (wrong-character asks it).
 */
import { confusionKindOf, wordFrequency, type ConfusionKind } from "@report-lint/core";
import { GENRE_TERMS } from "./genre-terms.generated.js";

export interface TermSlip {
  /** Where the written phrase starts, and its length. */
  start: number;
  length: number;
  /** The term it is one character from. */
  term: string;
  /** The change, in the text's offsets: the character at `index` taken out (extra), one put in before it (missing), or it changed. */
  index: number;
  kind: "missing" | "extra" | ConfusionKind;
  /** What goes at `index`: the character put in (missing), nothing (extra), the term's character (a change). */
  put: string;
}

interface Term {
  text: string;
  /** Bit k: the term without its character k is a slip (the corpus never writes that form). */
  shorter: number;
}

const HAN = /^\p{Script=Han}$/u;
/** How often (jieba's count) a word that the shorter form's last character begins must be for the text to read on through it. */
const RUN_ON_WORD = 100;

/** The terms by their first character. */
let byFirst: Map<string, Term[]> | null = null;
function terms(): Map<string, Term[]> {
  if (byFirst !== null) return byFirst;
  byFirst = new Map();
  for (const line of GENRE_TERMS.split("\n")) {
    const [text, places] = line.split("\t") as [string, string];
    let shorter = 0;
    for (const p of places) shorter |= 1 << (p.charCodeAt(0) - 0x30);
    const list = byFirst.get(text[0]!) ?? [];
    list.push({ text, shorter });
    byFirst.set(text[0]!, list);
  }
  return byFirst;
}

/** Does a term of the list stand in `text` over all of [a, b)? Then the phrase there is that term, written as it is. */
function termCovers(text: string, a: number, b: number): boolean {
  for (let s = Math.max(0, b - 12); s <= a; s++) {
    for (const t of terms().get(text[s]!) ?? []) if (s + t.text.length >= b && text.startsWith(t.text, s)) return true;
  }
  return false;
}

/** The last figure of a year (2026, ２０２６, 二〇二六). */
const YEAR_FIGURE = /[0-9０-９〇零一二三四五六七八九]/u;

/**
 * A term written whole and typed on past its end into a word its last character begins (法律顾问题, 出庭应诉讼制度,
 * 执法记录仪器， for 法律顾问, 出庭应诉, 执法记录仪): the input method offered the longer word for the last syllables. Only
 * where the character put in makes no word with what follows it (法律顾问团: 问团 is no word; 执法记录仪器材: 器材 is), is not
 * the term's last character again (duplicated-word's), nor a word of place or time that follows a noun phrase (民主生活会上,
 * 集体讨论决定时: 会上, 定时 are words too); termSlips drops it where a longer term stands there (出庭应诉率).
 */
const PLACE_OR_TIME = new Set("上下中里内外间前后时旁边初末底");
function typedOnPast(text: string, p: number, term: string): TermSlip | null {
  const e = p + term.length;
  const x = text[e];
  if (x === undefined || !HAN.test(x) || x === term[term.length - 1] || PLACE_OR_TIME.has(x)) return null;
  if (wordFrequency(term[term.length - 1]! + x) < RUN_ON_WORD) return null;
  // (A term that is a word and one more character, 监督|权, reads as that word and another: 监督权威, 监督权利. Nor where
  // the term's last two characters and the one after make a word: 行政执法权 is 执法权's, not 行政执法 typed on.)
  if (wordFrequency(term.slice(0, -1)) > 0 || wordFrequency(term.slice(-2) + x) > 0) return null;
  const next = text[e + 1];
  if (next !== undefined && HAN.test(next) && wordFrequency(x + next) > 0) return null;
  return { start: p, length: term.length + 1, term, index: e, kind: "extra", put: "" };
}

/** The term at `p` with its character `m` written as one alike in sound or shape, or null where the two are not alike. */
function changedAt(text: string, p: number, term: string, m: number): TermSlip | null {
  const kind = confusionKindOf(text[p + m]!, term[m]!);
  return kind === null ? null : { start: p, length: term.length, term, index: p + m, kind, put: term[m]! };
}

/**
 * The phrases of `text` one character from a term: at each start, each term that begins with the character there,
 * compared up to its first difference (most stop at their second character). Not where the term stands written
 * whole, nor where another term covers the phrase as written (行政执法证 is a term of its own beside 行政执法证件).
 * A term with a character left out only where the shorter form's last character and what follows make no common word.
 */
export function termSlips(text: string): TermSlip[] {
  const out: TermSlip[] = [];
  const byFirstChar = terms();
  for (let p = 0; p < text.length; p++) {
    const list = byFirstChar.get(text[p]!);
    if (list === undefined) continue;
    for (const { text: term, shorter } of list) {
      const n = term.length;
      let m = 1;
      while (m < n && text.charCodeAt(p + m) === term.charCodeAt(m)) m++;
      if (m < n && p + m >= text.length) continue;
      // (A mark or a figure is put in or changed by no slip of a term's character.)
      const han = m < n && HAN.test(text[p + m]!);
      let slip: TermSlip | null = null;
      // A term's last character changed (诉调对按 for 诉调对接) reads as the term without it as well: both are weighed.
      let changed: TermSlip | null = null;
      if (m === n) {
        // The term written whole, perhaps typed on past its end.
        slip = typedOnPast(text, p, term);
      } else if ((shorter & (1 << m)) !== 0 && text.startsWith(term.slice(m + 1), p + m)) {
        // The term without its character m (a run of the same character: the first of them) — not where the shorter
        // form's last character makes a word with what follows (地方性规定, 执法督导, 人民调处: 规定, 督导, 调处).
        // Nor where the term's first character ends a word with the one before it and the second is the one left out
        // (推行执法人员, 财政信息公开: 推行|执法人员, not 行政执法人员 without 政).
        const runsOn = wordFrequency(text.slice(p + n - 2, p + n)) >= RUN_ON_WORD;
        const opensWord = m === 1 && p > 0 && wordFrequency(text.slice(p - 1, p + 1)) > 0;
        // Nor a 年度 term's 度 after a year in figures (列入2026年立法计划): the year's 年, the writer's choice of form.
        const dated = m === 1 && term[0] === "年" && term[1] === "度" && p > 0 && YEAR_FIGURE.test(text[p - 1]!);
        if (!runsOn && !opensWord && !dated) slip = { start: p, length: n - 1, term, index: p + m, kind: "missing", put: term[m]! };
        if (han && m === n - 1) changed = changedAt(text, p, term, m);
      } else if (han && text.startsWith(term.slice(m), p + m + 1) && text[p + m] !== term[m - 1] && text[p + m] !== term[m]) {
        // One put in (a copy of a neighbour is duplicated-word's).
        slip = { start: p, length: n + 1, term, index: p + m, kind: "extra", put: "" };
      } else if (han && text.startsWith(term.slice(m + 1), p + m + 1)) {
        slip = changedAt(text, p, term, m);
      }
      for (const s of [slip, changed]) if (s !== null && !termCovers(text, s.start, s.start + s.length)) out.push(s);
    }
  }
  return out;
}
