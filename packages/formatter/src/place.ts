// Where a finding is, in the words a clerk looks for it by: a .docx has no lines, so its findings
// are placed by paragraph (第12段) under the headings above them. Shared by every output that shows
// findings (the CLI's formats, the HTML report, the page).
import { docxParagraphAt, parseReport } from "@report-lint/core";
import type { ReportModel } from "@report-lint/schema";
import type { Finding } from "./engine.js";
import { findableExcerpt } from "./excerpt.js";

/** A checked report's texts: the body's (null when it could not be read) and a .docx's other stories' by label. */
export interface CheckedText {
  text: string | null;
  stories?: Record<string, string>;
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
export function textOf(r: CheckedText, m: Finding): string {
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
export function docxPlace(r: CheckedText, m: Finding): DocxPlace {
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
