/**
 * conversion-artifact — debris left by Word → text conversion: `[bookmark: …]`
 * markers, zero-width characters, U+FFFD replacement characters, form feeds and
 * stray page numbers (`- 3 -`). None belongs in a published report; all are deleted.
 */
import { defineRule } from "../define-rule.js";

const PATTERNS: ReadonlyArray<{ re: RegExp; messageId: string; name?: string }> = [
  { re: /\[bookmark:[^\]\n]{0,80}\]/gu, messageId: "bookmark" },
  { re: /[\u200b\u200c\u200d\u2060\ufeff\u00ad]+/gu, messageId: "zeroWidth" },
  { re: /\ufffd+/gu, messageId: "replacement" },
  { re: /\f+/gu, messageId: "formFeed" },
];

// A line that holds nothing but a page number: "- 3 -", "— 3 —", "－3－", "第 3 页", "第3页 共10页".
export const PAGE_LINE = /^[ \t\u3000]*(?:[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?)[ \t\u3000]*(?:\r\n|\r|\n|$)/gmu;

/**
 * The page-number lines of a text (“— 3 —”, “第 3 页 共 12 页”), as ranges: debris in a body
 * pasted from a printed document, but what a Word footer or header is for.
 */
export function pageNumberLines(text: string): Array<[number, number]> {
  return [...text.matchAll(PAGE_LINE)].map((m) => [m.index, m.index + m[0].length]);
}

export default defineRule(
  {
    id: "conversion-artifact",
    name: "文档转换残留",
    description: "检查从 Word 等格式转换时残留的书签标记、零宽字符、替换字符（�）、换页符和页码行",
    summary: "Flags conversion debris: [bookmark: …] markers, zero-width characters, U+FFFD, form feeds and stray page-number lines.",
    fixable: true,
    severity: "error",
    optionsSchema: { properties: { pageNumbers: { type: "boolean" } }, additionalProperties: false },
    defaults: { pageNumbers: true },
    messages: {
      bookmark: "文档转换残留“{text}”，应删除",
      zeroWidth: "含有不可见的零宽字符，应删除",
      replacement: "含有乱码替换字符“�”，应删除并核对原文此处的文字",
      formFeed: "含有换页符，应删除",
      pageNumber: "页码“{text}”是转换残留，应删除",
    },
  },
  ({ text, options, report }) => {
    for (const { re, messageId } of PATTERNS) {
      for (const m of text.matchAll(re)) {
        const s = m.index;
        // A BOM at the very start is an encoding mark, not debris.
        if (messageId === "zeroWidth" && s === 0 && m[0] === "\ufeff") continue;
        report({ range: [s, s + m[0].length], messageId, data: { text: m[0] }, fix: { text: "" } });
      }
    }
    if (!options.pageNumbers) return;
    for (const m of text.matchAll(PAGE_LINE)) {
      const s = m.index;
      const shown = m[0].trim();
      const start = s + m[0].indexOf(shown);
      report({ range: [start, start + shown.length], messageId: "pageNumber", data: { text: shown }, fix: { text: "", range: [s, s + m[0].length] } });
    }
  },
);
