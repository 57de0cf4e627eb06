/**
 * bracket-pair — brackets, quotation marks and title marks that do not pair up within a
 * paragraph: an unclosed “（” or “《”, a “”” with no “““, or a half-width bracket closed by a
 * full-width one (`村(社区）`).
 *
 * Why: GB/T 15834-2011 (标点符号用法) 4.8 (引号), 4.9 (括号) and 4.15 (书名号) use these marks
 * in pairs; a lost half changes where a quotation or an aside ends, and a mixed pair is a
 * typing slip that shows in print. Which half is wrong is a guess, so there is no fix.
 *
 * Not flagged: nested pairs (《关于〈…〉的通知》, “…‘…’…”), a quotation of several paragraphs,
 * each opened with “ and only the last closed (GB/T 15834-2011 4.8), pairs spanning the lines of one
 * Markdown paragraph (or a plain-text line broken mid-sentence), closing marks used as
 * enumeration markers (`1）` `a)`), numbering markers (the numbering rule owns `(一)` `一）`),
 * half-width pairs (punctuation-width owns them), inline code and apostrophes in Latin text.
 */
import type { Paragraph } from "@report-lint/schema";
import { maskInlineCode } from "../chars.js";
import { defineRule } from "../define-rule.js";

const CLOSE_OF: Record<string, string> = { "（": "）", "(": ")", "“": "”", "‘": "’", "《": "》", "〈": "〉", "〔": "〕", "【": "】" };
const OPEN_OF: Record<string, string> = Object.fromEntries(Object.entries(CLOSE_OF).map(([o, c]) => [c, o]));
/** 1 at the code unit of every mark in CLOSE_OF or OPEN_OF: the loop below skips every other character cheaply. */
const BRACKET = new Uint8Array(0x10000);
for (const c of [...Object.keys(CLOSE_OF), ...Object.keys(OPEN_OF)]) BRACKET[c.charCodeAt(0)] = 1;
/** The straight double quote: read only as the other half of a “ or ” (开展“八五"普法), which punctuation-width makes full-width. */
const STRAIGHT = '"';
BRACKET[STRAIGHT.charCodeAt(0)] = 1;
const KIND: Record<string, string> = { "《": "书名号", "〈": "书名号" };
/** Quotation marks are named in messages: a quoted “”” is unreadable. */
const QUOTE: Record<string, string> = { "“": "引号", "”": "引号", "‘": "单引号", "’": "单引号" };
const WIDTH_TWIN: Record<string, string> = { "(": "（", "（": "(", ")": "）", "）": ")" };
/** A line that does not end a sentence (`…体系建`, `…规范性文件、`): the next line continues it. */
const SENTENCE_END = /[。！？；：.!?;:…][”’）》〉〕】)]?$/u;
/**
 * `1）` `a)` `①)` after the start or a pause: an enumeration marker, not half of a pair. Tested on
 * the three characters before the mark, which is exact: `^` can only match where the slice starts
 * at the paragraph's start, since one or two characters cannot fill three.
 */
const ENUMERATION = /(?:^|[\s：:；;，,。、])[0-9０-９a-zA-Z一二三四五六七八九十]{1,2}$/u;

/** Consecutive paragraphs that are one paragraph of prose: lines of one Markdown paragraph, or a broken plain-text line. */
function groups(text: string, format: string, paragraphs: readonly Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = [];
  let prev: Paragraph | null = null;
  for (const p of paragraphs) {
    if (p.kind === "code" || p.kind === "html") {
      prev = null;
      continue;
    }
    const gap = prev === null ? "" : text.slice(prev.range[1], p.range[0]);
    const joined =
      prev !== null &&
      (p.kind === "body" || p.kind === "list") &&
      /^\s*$/u.test(gap) &&
      (format === "markdown" ? (gap.match(/\n/gu)?.length ?? 0) === 1 : !SENTENCE_END.test(prev.text) && prev.kind !== "title" && prev.kind !== "meta");
    if (joined) out[out.length - 1]!.push(p);
    else out.push([p]);
    prev = p;
  }
  return out;
}

export default defineRule<Record<string, never>>(
  {
    id: "bracket-pair",
    name: "括号引号配对",
    description: "检查段落内不配对或全半角混用的括号、引号、书名号（（）“”‘’《》〈〉〔〕【】）",
    summary: "Flags unpaired or mixed-width brackets, quotation marks and title marks within a paragraph.",
    fixable: false,
    severity: "error",
    optionsSchema: { properties: {}, additionalProperties: false },
    defaults: {},
    messages: {
      unclosed: "{kind}不配对：“{open}”缺少对应的“{close}”，应补充“{close}”或删除“{open}”",
      unopened: "{kind}不配对：“{close}”缺少对应的“{open}”，应补充“{open}”或删除“{close}”",
      quoteUnclosed: "引号不配对：左{name}缺少对应的右{name}，应补充右{name}或删除这个左{name}",
      quoteUnopened: "引号不配对：右{name}缺少对应的左{name}，应补充左{name}或删除这个右{name}",
      mixed: "括号不配对：半角“{half}”与全角“{full}”混用，应统一为全角“（）”",
      quoteSide: "引号不配对：{shown}中的{which}{name}应为{side}{name}（{mark}）",
    },
  },
  ({ model, text, report }) => {
    // Every offset inside a numbering marker (a few characters per heading).
    const marked = new Set<number>();
    for (const s of model.sections) if (s.marker) for (let i = s.marker.range[0]; i < s.marker.range[1]; i++) marked.add(i);
    const kindOf = (c: string): string => KIND[c] ?? KIND[OPEN_OF[c] ?? ""] ?? "括号";
    /** The quotation marks of the current group left without their other half, reported once the group is read (see sides). */
    const loneQuotes: number[] = [];
    const unclosed = (i: number): void => {
      const open = text[i] ?? "";
      if (open === "(" || open === STRAIGHT) return; // a lone half-width bracket or straight quote is punctuation-width's business
      if (QUOTE[open] !== undefined) loneQuotes.push(i);
      else report({ range: [i, i + 1], messageId: "unclosed", data: { kind: kindOf(open), open, close: CLOSE_OF[open] ?? "" } });
    };
    /**
     * The group's lone quotation marks, in order. Two of one side around a short stretch of one sentence (“三项制度“,
     * ”放管服”) are one slip, the other side's mark typed for the one meant: one finding, at the mark to change (the
     * second of two left marks, the first of two right ones), naming it. Any other lone mark is missing its other half.
     */
    const sides = (): void => {
      loneQuotes.sort((a, b) => a - b);
      for (let k = 0; k < loneQuotes.length; k++) {
        const i = loneQuotes[k]!;
        const c = text[i]!;
        const j = loneQuotes[k + 1];
        if (j !== undefined && text[j] === c && j - i - 1 <= SIDE_SPAN && j - i > 1 && !BREAK.test(text.slice(i + 1, j))) {
          const open = c in CLOSE_OF;
          const at = open ? j : i;
          const shown = text.slice(i, j + 1);
          const name = QUOTE[c]!;
          report({
            range: [at, at + 1],
            messageId: "quoteSide",
            data: { shown, which: open ? "后一个左" : "前一个右", name, side: open ? "右" : "左", mark: open ? CLOSE_OF[c]! : OPEN_OF[c]! },
            suggestions: [{ text: open ? CLOSE_OF[c]! : OPEN_OF[c]!, message: `改为${open ? "右" : "左"}${name}` }],
          });
          k++;
          continue;
        }
        if (c in CLOSE_OF) report({ range: [i, i + 1], messageId: "quoteUnclosed", data: { name: QUOTE[c]! } });
        else report({ range: [i, i + 1], messageId: "quoteUnopened", data: { name: QUOTE[c]! } });
      }
      loneQuotes.length = 0;
    };

    const all = groups(text, model.format, model.paragraphs);
    for (let g = 0; g < all.length; g++) {
      const group = all[g]!;
      const stack: number[] = [];
      for (const p of group) {
        const t = model.format === "markdown" ? maskInlineCode(p.text) : p.text;
        for (let k = 0; k < t.length; k++) {
          if (BRACKET[t.charCodeAt(k)] !== 1) continue;
          const c = t[k]!;
          const i = p.range[0] + k;
          if (marked.has(i) || (c === "’" && /[A-Za-z]/u.test(t[k - 1] ?? "") && /[A-Za-z]/u.test(t[k + 1] ?? ""))) continue;
          const top = stack[stack.length - 1];
          const topChar = top === undefined ? "" : (text[top] ?? "");
          if (c === STRAIGHT) {
            // Closes an open “ (or a straight one), else may open what a ” closes: either way punctuation-width reports it.
            if (topChar === "“" || topChar === STRAIGHT) stack.pop();
            else stack.push(i);
            continue;
          }
          if (c in CLOSE_OF) {
            stack.push(i);
            continue;
          }
          if (c === "”" && topChar === STRAIGHT) {
            stack.pop();
            continue;
          }
          if (CLOSE_OF[topChar] === c) {
            stack.pop();
          } else if (top !== undefined && WIDTH_TWIN[topChar] === OPEN_OF[c]) {
            const half = c === ")" ? i : top;
            report({ range: [half, half + 1], messageId: "mixed", data: { half: text[half] ?? "", full: c === ")" ? topChar : c } });
            stack.pop();
          } else {
            // (A loop, not findLastIndex with a closure: a closure over `c` would make V8 allocate this
            // block's scope at every character of the paragraph — 400 kB per 10,000 characters.)
            let d = stack.length - 1;
            while (d >= 0 && CLOSE_OF[text[stack[d]!] ?? ""] !== c) d--;
            if (d >= 0) {
              for (const j of stack.splice(d).slice(1)) unclosed(j);
            } else if (QUOTE[c] !== undefined) {
              loneQuotes.push(i);
            } else if (c !== ")" && !ENUMERATION.test(t.slice(Math.max(0, k - 3), k))) {
              report({ range: [i, i + 1], messageId: "unopened", data: { kind: kindOf(c), open: OPEN_OF[c] ?? "", close: c } });
            }
          }
        }
      }
      // A quotation of several paragraphs opens each with “ and closes only the last (GB/T 15834-2011
      // 4.8, 引号): a paragraph whose one unclosed mark is “, followed by one that opens with “, is not missing its ”.
      if (!(stack.length === 1 && text[stack[0]!] === "“" && all[g + 1]?.[0]?.text.trimStart().startsWith("“") === true)) for (const j of stack) unclosed(j);
      sides();
    }
  },
);

/** How long (characters between the two marks) a quotation with a mark of the wrong side may be to say which mark it is. */
const SIDE_SPAN = 30;
/** What ends a sentence or a line: two lone marks with one between them belong to two quotations. */
const BREAK = /[。！？；\n]/u;
