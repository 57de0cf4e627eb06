import type { ReportModel } from "@report-lint/schema";
import { parseReport, type Format } from "./model.js";
import { forgetMarkdownTree } from "./blocks.js";

const cache = new Map<string, ReportModel>();
const MAX = 8;

/** The last model handed out: the rules of one lint ask for it one after another. */
let last: { text: string; format: Format; model: ReportModel } | null = null;

/**
 * parseReport, memoised on (format, text): the fifteen rules that look at one
 * document share one parse.
 */
export function getReportModel(text: string, format: Format): ReportModel {
  // The rules of one lint ask one after another for the same text (the same string, so this
  // compares pointers): answer without building and hashing a key as long as the document.
  if (last !== null && last.text === text && last.format === format) return last.model;
  const key = format + "\u0000" + text;
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    last = { text, format, model: hit };
    return hit;
  }
  const model = parseReport(text, format);
  cache.set(key, model);
  last = { text, format, model };
  if (cache.size > MAX) cache.delete(cache.keys().next().value as string);
  return model;
}

/**
 * Drop the memoised models of `text` (in every format) and its Markdown tree, e.g. when an editor
 * closes the document, so a large closed document does not stay in memory
 * until eight other texts have pushed it out.
 */
export function forgetReportModel(text: string): void {
  if (last !== null && last.text === text) last = null;
  forgetMarkdownTree(text);
  for (const key of [...cache.keys()]) if (key.length === text.length + key.indexOf("\u0000") + 1 && key.endsWith(text)) cache.delete(key);
}
