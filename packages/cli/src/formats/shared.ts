import { relative, isAbsolute } from "node:path";
import type { TextlintMessage } from "@textlint/types";
import { docxParagraphAt, parseReport } from "@report-lint/core";
import { findableExcerpt, type Finding } from "@report-lint/formatter";
import type { ReportModel } from "@report-lint/schema";
import type { FileReport } from "../process-file.js";

/** What every output format gets besides the reports. */
export interface FormatContext {
  color: boolean;
  cwd: string;
  version: string;
}

export type Formatter = (reports: FileReport[], ctx: FormatContext) => string;

/** textlint's severity levels. */
export const SEVERITY = { warning: 1, error: 2, info: 3 } as const;

export function countBy(messages: readonly TextlintMessage[], severity: number): number {
  return messages.filter((m) => m.severity === severity).length;
}

/** A path relative to the working directory when inside it, else absolute; always with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  return shown.split("\\").join("/");
}

/** Width of a string in terminal columns (CJK and full-width forms count as two). */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

export function pad(s: string, w: number): string {
  return s + " ".repeat(Math.max(0, w - width(s)));
}

/** Where a finding is in a .docx: its story (null for the body), paragraph, the headings it is under, an excerpt, and all that as one place name. */
export interface DocxPlace {
  story: string | null;
  paragraph: number;
  /** The outline above the paragraph, outermost first, e.g. ["一、主要举措和成效", "（二）严格执法"]. */
  headings: string[];
  excerpt: string;
  /** 第12段（一、主要举措和成效 › （二）严格执法）, 页脚 第1段. */
  where: string;
}

/** The text a finding's range is in: its story's, or the body's. */
export function textOf(r: FileReport, m: Finding): string {
  return (m.story !== undefined ? r.stories?.[m.story] : undefined) ?? r.text ?? "";
}

let outlineCache: { text: string; sections: ReportModel["sections"] } | null = null;

/** The headings above `offset` in `text`, outermost first. */
function headingsAt(text: string, offset: number): string[] {
  if (outlineCache?.text !== text) outlineCache = { text, sections: parseReport(text, "text").sections };
  const { sections } = outlineCache;
  let at = -1;
  for (const [i, s] of sections.entries()) if (s.range[0] <= offset && offset < s.range[1] && s.headingRange[0] <= offset) at = i;
  const out: string[] = [];
  for (let i: number | null = at; i !== null && i >= 0; i = sections[i]!.parent) {
    const s = sections[i]!;
    // The heading's own finding is placed by its paragraph, not under itself.
    if (offset >= s.headingRange[0] && offset < s.headingRange[1] && i === at) continue;
    out.unshift(`${s.marker?.text ?? ""}${s.title}`.replace(/\s+/gu, ""));
  }
  return out;
}

/** Where a finding is in a .docx (see DocxPlace). */
export function docxPlace(r: FileReport, m: Finding): DocxPlace {
  const text = textOf(r, m);
  const [s, e] = m.range;
  const paragraph = docxParagraphAt(text, s);
  // The clause the finding is in, as the document has it: pasted into Word's 查找, it is found.
  const excerpt = findableExcerpt(text, s, e);
  const story = m.story ?? null;
  const headings = story === null ? headingsAt(text, s) : [];
  const base = `${story === null ? "" : `${story} `}第${paragraph}段`;
  return { story, paragraph, headings, excerpt, where: headings.length === 0 ? base : `${base}（${headings.join(" › ")}）` };
}

const MISSING_RULE = "required-sections";

/** The names of the missing mandatory items: the first “…” of each required-sections finding. */
export function missingItems(messages: readonly { ruleId: string; message: string }[]): string[] {
  return messages.filter((m) => m.ruleId === MISSING_RULE).map((m) => /“([^”]+)”/u.exec(m.message)?.[1] ?? m.message);
}
