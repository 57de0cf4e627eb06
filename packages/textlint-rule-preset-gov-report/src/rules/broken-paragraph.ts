/**
 * broken-paragraph — a paragraph split in two by page-break debris: Word → text
 * conversion turns the end of a page into a paragraph break, so a sentence (even a
 * word: 体系建 / 设, 自觉 / 性) runs on in the next paragraph. The first part ends
 * without closing punctuation, the next part carries on the sentence.
 *
 * Why: GB/T 9704-2012 7.3.3 lays out the body as paragraphs of complete sentences;
 * a paragraph ending mid-sentence is a layout fault the published report must not keep.
 * The fix joins the two parts: the line break(s), blank lines and indentation between
 * them (and any page-number line left there) are deleted.
 *
 * Also: a prose paragraph that stops without its 。 right before a heading (the heading shows
 * it is no page break); the fix adds the 。.
 *
 * Only body paragraphs (and run-in headings followed by prose) are joined: never headings on a line of their own, the title (a title split over two
 * lines is normal), 主送/抄送/落款/dates, list items or code. A short line without any
 * sentence punctuation is taken for an unnumbered heading, a header or a signature.
 */
import { conditionalLogProb, segment } from "@report-lint/core";
import { defineRule, type Finding } from "../define-rule.js";
import { askModel } from "../language-model.js";
import type { Paragraph } from "@report-lint/schema";
import { BEFORE_CHINESE_PERIOD } from "../sentence.js";

// What a complete paragraph may end with (GB/T 15834-2011: 句末点号, closing quotes and brackets, 省略号),
// and a half-width `.` after Chinese (punctuation-width makes it 。; the paragraph is whole).
const CLOSING = new RegExp(`(?:[。！？；：”’）」』】…!?;:)"'\\]]|(?<=${BEFORE_CHINESE_PERIOD})\\.)$`, "u");
// Sentence punctuation inside a paragraph: it is prose, not a heading or a header line.
const SENTENCE_MARK = new RegExp(`[。！？；!?;]|(?<=${BEFORE_CHINESE_PERIOD})\\.(?![0-9A-Za-z.])`, "u");
const CLAUSE_END = /[，、,]$/u;
// A lead-in that lost its colon (“现将有关情况报告如下”) is followed by a new block, not a continuation.
const LEAD_IN = /如下$/u;
// A paragraph that opens a new item (一是 / 第一， / 特此报告 / 附件 / 注：) or a new paragraph
// (同时， / 今年以来，): the paragraph before it lost its final 。, it was not split.
const NEW_ITEM =
  /^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、：:]|特此|附件|附：|注[：:]|(?:同时|此外|另外|总之|综上所述|今年以来|一年来|近年来|下一步|下步|目前|当前|截至目前)[，,])/u;
// Page numbers that conversion leaves between the two parts (see conversion-artifact).
/** A line of a pipe table (| 指标 | 2025年 |), Markdown's or typed so in plain text. */
const TABLE_ROW = /^\||\|$/u;
const PAGE_NUMBER = /^(?:[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?)$/u;
// What the gap between the two parts may hold besides whitespace: conversion debris only.
const GAP_DEBRIS = /\[bookmark:[^\]\n]{0,80}\]|[\u200b\u200c\u200d\u2060\ufeff\f]/gu;

/**
 * A line without sentence punctuation is prose when it is this long, or has this many clauses
 * at this length; shorter ones are taken for a heading, a header or a signature.
 */
const MIN_PROSE = 40;
const MIN_CLAUSES = { count: 3, length: 20 };
/**
 * A text hard-wrapped at a fixed width has a "break" after nearly every line: that is its layout,
 * not page-break debris. Page breaks come at most once a page.
 */
const HARD_WRAP = { count: 8, share: 0.6 };

/**
 * What a stretch of text tells about being prose, kept as a running summary so that a
 * paragraph joined to those before it (a chain of breaks) is judged without rescanning them.
 */
interface Summary {
  length: number;
  /** Holds a sentence mark (。！？；). */
  sentence: boolean;
  /** Clause separators (，、,). */
  separators: number;
  /** Holds a comma. */
  comma: boolean;
}
const EMPTY: Summary = { length: 0, sentence: false, separators: 0, comma: false };

function summarise(t: string, before: Summary = EMPTY): Summary {
  let separators = before.separators;
  // (By code unit: iterating the string by character would make a string of each.)
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0xff0c || c === 0x3001 || c === 0x2c) separators++;
  }
  return { length: before.length + t.length, sentence: before.sentence || SENTENCE_MARK.test(t), separators, comma: before.comma || /[，,]/u.test(t) };
}

function prose(s: Summary): boolean {
  return s.sentence || s.length >= MIN_PROSE || (s.length >= MIN_CLAUSES.length && s.separators + 1 >= MIN_CLAUSES.count);
}

function isProse(t: string): boolean {
  return prose(summarise(t));
}

export default defineRule(
  {
    id: "broken-paragraph",
    name: "段落断开",
    description: "检查因分页等转换残留而在句子中间断开的段落（修复时将前后两段合并为一段），以及标题前缺少句号的段落（修复时补上“。”；停在词中间、像是缺了字的只提示）",
    summary: "Flags a paragraph split mid-sentence by page-break debris (the first part ends without closing punctuation) and joins the parts; and a prose paragraph missing its final 。 before a heading, which the fix adds (unless it stops inside a word: then it is only flagged).",
    fixable: true,
    severity: "error",
    optionsSchema: { properties: {}, additionalProperties: false },
    defaults: {},
    messages: {
      broken: "段落在“{before}”与“{after}”之间被断开（疑为分页残留），应合并为一段",
      unfinished: "段落末尾“{before}”后缺少句号，下一行已是标题，应补上“。”",
      cut: "段落在“{before}”处中断，像是缺了字（下一行已是标题），请补全这句话",
    },
  },
  ({ text, model, report }) => {
    const paragraphs = model.paragraphs.filter((p) => !(p.kind === "body" && PAGE_NUMBER.test(p.text.trim())));
    // A run-in heading (“（五）化解矛盾纠纷。全镇……”) carries prose after it and can be split like a body paragraph.
    const runIn = new Set(model.sections.filter((s) => s.inlineBody).map((s) => model.paragraphs[s.paragraph]));
    const enumerationStarts = new Set(model.enumerations.map((e) => e.range[0]));
    const found: Finding[] = [];
    // The paragraphs already found broken before p, which the fix joins to it: p is judged as the
    // whole it will be, so a chain of breaks is found in one pass (and fixed in one), not one link
    // per --fix pass. Kept as a summary, not as text, so a long chain costs no more than its lines.
    let joined: Summary | null = null;
    let joinedRunIn = false;
    for (let i = 0; i + 1 < paragraphs.length; i++) {
      const p = paragraphs[i]!;
      const q = paragraphs[i + 1]!;
      const before = joined ?? EMPTY;
      const isRunIn: boolean = joined === null ? runIn.has(p) : joinedRunIn;
      joined = null;
      if (unfinished(p, q, isRunIn, before)) {
        const a = p.text.trimEnd();
        const last = /[\s\S]$/u.exec(a)?.[0] ?? "";
        const end = p.range[0] + a.length;
        // Stopped inside a word (……服务体系建): a 。 would make the cut sentence look whole.
        if (endsMidWord(a)) found.push({ range: [end - last.length, end], messageId: "cut", data: { before: lastWords(a) } });
        else found.push({ range: [end - last.length, end], messageId: "unfinished", data: { before: last }, fix: { text: "。", range: [end, end] } });
        continue;
      }
      if (!continues(p, q, isRunIn, enumerationStarts.has(q.range[0]), before)) continue;
      const gap = text.slice(p.range[1], q.range[0]);
      const rest = gap.replace(GAP_DEBRIS, "").split(/\r\n|\r|\n/u).map((line) => line.trim());
      if (rest.some((line) => line !== "" && !PAGE_NUMBER.test(line))) continue;
      // In Markdown, lines of one paragraph are joined when rendered: only a blank line breaks it.
      if (model.format === "markdown" && rest.length < 3) continue;
      // Whole code points, so a character outside the BMP is neither cut nor misquoted.
      const last = /[\s\S]$/u.exec(p.text)?.[0] ?? "";
      const first = /^[\s\S]/u.exec(q.text)?.[0] ?? "";
      found.push({
        range: [p.range[1] - last.length, q.range[0] + first.length],
        messageId: "broken",
        data: { before: last, after: first },
        fix: { text: "", range: [p.range[1], q.range[0]] },
      });
      joined = summarise(p.text, before);
      joinedRunIn = isRunIn;
    }
    const body = paragraphs.filter((p) => p.kind === "body").length;
    if (found.length >= HARD_WRAP.count && found.length > body * HARD_WRAP.share) return;
    for (const f of found) report(f);
  },
);

/**
 * Does prose paragraph `p` (body, or a run-in heading's text) stop without its closing 。 right
 * before heading `q` (“……规范行政行为” / “（二）强化监督”)? Only prose of some length with
 * clauses in it, ending in a Chinese character: an unnumbered heading, a signature or a lead-in
 * (“现将有关情况报告如下”) is not.
 */
function unfinished(p: Paragraph, q: Paragraph, pIsRunIn: boolean, joined: Summary): boolean {
  if ((p.kind !== "body" && !pIsRunIn) || q.kind !== "heading") return false;
  const a = p.text.trimEnd();
  if (TABLE_ROW.test(a)) return false;
  const whole = summarise(a, joined);
  return whole.length >= 15 && whole.comma && /\p{Script=Han}$/u.test(a) && !LEAD_IN.test(a) && !CLOSING.test(a);
}

/**
 * Below this (log10), a 。 right after the last characters is a sentence the language model has
 * hardly ever seen end there: the text stops inside a word (体系建。 −5.6, 监督管。 −6.2, 工作机。
 * −5.6), not after one (行政行为。 −1.6). Of the sentence ends in 3 M characters of the model's
 * corpus, 0.02 % fall below it.
 */
const CUT_WORD = -4;
const tail = new Uint16Array(4);

/** Does prose that ends with Chinese text `a` stop inside a word, by the language model (never, without one)? */
function endsMidWord(a: string): boolean {
  if (a.length < 3) return false;
  for (let k = 0; k < 3; k++) tail[k] = a.charCodeAt(a.length - 3 + k);
  tail[3] = 0x3002;
  return askModel(() => conditionalLogProb(tail, 3, 0) < CUT_WORD, false);
}

/** The last words of `a`, at least three characters (服务体系|建, 监督|管): what the message quotes. */
function lastWords(a: string): string {
  const tokens = segment(a.slice(-8));
  let out = "";
  while (out.length < 3 && tokens.length > 0) out = tokens.pop()! + out;
  return out;
}

/** Does body paragraph `q` carry on the sentence that paragraph `p` (body, or a run-in heading; after the `joined` ones) left unfinished? */
function continues(p: Paragraph, q: Paragraph, pIsRunIn: boolean, qIsEnumeration: boolean, joined: Summary): boolean {
  if ((p.kind !== "body" && !pIsRunIn) || q.kind !== "body") return false;
  const a = p.text.trimEnd();
  const b = q.text.trimStart();
  if (a === "" || b === "" || CLOSING.test(a) || LEAD_IN.test(a)) return false;
  // A table's row, or the line after one: rows end without punctuation, and the parser (remark without GFM) reads them
  // as lines of a paragraph. Joining would run a row into the prose after the table.
  if (TABLE_ROW.test(a) || TABLE_ROW.test(b)) return false;
  if (!prose(summarise(a, joined)) && !CLAUSE_END.test(a)) return false;
  if (qIsEnumeration || NEW_ITEM.test(b)) return false;
  // A short line without punctuation after it is an unnumbered heading, not the rest of a sentence.
  return isProse(b) || /[，、,：:]/u.test(b);
}
