import type { ReportModel } from "@report-lint/schema";
import { parseReport, type Format } from "./model.js";

const cache = new Map<string, ReportModel>();
const MAX = 8;

/**
 * parseReport, memoised on (format, text): the fifteen rules that look at one
 * document share one parse.
 */
export function getReportModel(text: string, format: Format): ReportModel {
  const key = format + "\u0000" + text;
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const model = parseReport(text, format);
  cache.set(key, model);
  if (cache.size > MAX) cache.delete(cache.keys().next().value as string);
  return model;
}

/**
 * Drop the memoised models of `text` (in every format), e.g. when an editor
 * closes the document, so a large closed document does not stay in memory
 * until eight other texts have pushed it out.
 */
export function forgetReportModel(text: string): void {
  for (const key of [...cache.keys()]) if (key.length === text.length + key.indexOf("\u0000") + 1 && key.endsWith(text)) cache.delete(key);
}
