// A report as read (SourceFile) linted whole — its body, a .docx's layout and its other stories —
// and a .docx's findings written back into a copy, as comments or as tracked changes. What every
// front door does with a document, in one place and without a Node built-in (the CLI through the
// Linter, the page through the browser build).
import { annotateDocx, DocxPackage, getReportModel, readDocxLayout, reviseDocx } from "@report-lint/core";
import { getBuiltinProfile, type Profile } from "@report-lint/schema";
import { pageNumberLines } from "textlint-rule-preset-gov-report";
import { ruleCatalog } from "./catalog.js";
import { checkDocxLayout, docxLayoutMeta, DOCX_LAYOUT_ID, type DocxLayoutOptions } from "./docx-layout.js";
import { lintText, type EngineOptions, type Finding } from "./engine.js";
import type { TextEdit } from "./edits.js";
import type { SourceFile } from "./source.js";

/**
 * The findings in a .docx's other stories (headers, footers, footnotes, endnotes), each story
 * linted as a plain text of its own, every finding named by its story (`story`; its range is in
 * that story's text). A footer's or header's page number (— 3 —) is what it is for, not debris.
 */
export async function lintStories(source: SourceFile, engine: EngineOptions): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const story of source.stories ?? []) {
    const pages = story.kind === "header" || story.kind === "footer" ? pageNumberLines(story.text) : [];
    const { messages } = await lintText(story.text, { ...engine, filePath: `${engine.filePath ?? source.path}.${story.kind}.txt` });
    for (const f of messages) if (!pages.some(([s, e]) => f.range[0] >= s && f.range[0] < e)) out.push({ ...f, story: story.label });
  }
  return out;
}

/**
 * The docx-layout findings of a .docx (GB/T 9704: page, margins, fonts, page numbers) under the
 * report type `profile` (an id or the profile itself): none for other inputs, when the rule is off,
 * or for a type published on a website rather than sent as bound 公文. Ranges are in the body text.
 */
export function lintDocxLayout(source: SourceFile, engine: EngineOptions, profile: string | Profile): Finding[] {
  if (!source.docx) return [];
  const setting = engine.rules?.[DOCX_LAYOUT_ID] ?? {};
  const severity = setting.severity ?? docxLayoutMeta.severity;
  if (severity === "off") return [];
  if ((typeof profile === "string" ? getBuiltinProfile(profile) : profile)?.layout === "none") return [];
  const { severity: _, ...rest } = setting;
  const layout = readDocxLayout(DocxPackage.open(source.bytes, { xmlOnly: true }));
  return checkDocxLayout(source.text, layout, getReportModel(source.text, "text"), rest as DocxLayoutOptions, severity === "error" ? 2 : severity === "info" ? 3 : 1);
}

/** Every finding of a report: the body's and its layout's (a .docx) in document order, then the other stories'. */
export async function lintSource(source: SourceFile, engine: EngineOptions, profile: string | Profile): Promise<Finding[]> {
  const body = [...(await lintText(source.text, engine)).messages, ...lintDocxLayout(source, engine, profile)].sort((a, b) => a.range[0] - b.range[0]);
  return [...body, ...(await lintStories(source, engine))];
}

const ruleNames = new Map(ruleCatalog().map((r) => [r.id, r.name]));

/** The comment a finding becomes: the rule's Chinese name and id, then its message. */
export function commentText(m: Finding, where = ""): string {
  const name = ruleNames.get(m.ruleId);
  return `【report-lint：${name === undefined ? m.ruleId : `${name}（${m.ruleId}）`}】${where}${m.message}`;
}

/** A .docx copy with findings as comments, and how many went in and how many could not (headers and footers). */
export interface AnnotatedDocx {
  bytes: Uint8Array;
  comments: number;
  /** Findings in headers and footers, where Word keeps no comments: listed by the caller only. */
  outside: number;
}

/** A copy of the .docx `source` with every finding as a Word comment on its text (author report-lint); the source is not touched. */
export function annotatedDocx(source: SourceFile, findings: readonly Finding[]): AnnotatedDocx {
  const pkg = DocxPackage.open(source.bytes);
  const partOf = new Map((source.stories ?? []).map((s) => [s.label, s]));
  const notes = findings.filter((m) => m.story === undefined || /^(footnotes|endnotes)$/u.test(partOf.get(m.story)?.kind ?? ""));
  const comments = annotateDocx(
    pkg,
    notes.map((m) => {
      if (m.story === undefined) return { range: m.range, text: commentText(m) };
      // On the note's mark in the body: the comment says which words of the note it means.
      const story = partOf.get(m.story)!;
      const words = story.text.slice(m.range[0], Math.max(m.range[1], m.range[0] + 1)).replace(/\s+/gu, " ");
      return { range: m.range, text: commentText(m, `${m.story}“${words}”：`), part: story.part };
    }),
  );
  return { bytes: pkg.bytes(), comments, outside: findings.length - notes.length };
}

/** A .docx copy with edits of its body text as tracked changes, and the edits a paragraph cannot show. */
export interface RevisedDocx {
  bytes: Uint8Array;
  applied: number;
  /** Edits left out (they would split a paragraph or join table cells). */
  skipped: TextEdit[];
}

/** A copy of the .docx `source` with `edits` (of its body text) as tracked changes by report-lint, each to accept or reject in Word/WPS. */
export function revisedDocx(source: SourceFile, edits: readonly TextEdit[]): RevisedDocx {
  const pkg = DocxPackage.open(source.bytes);
  const result = reviseDocx(pkg, edits);
  return { bytes: pkg.bytes(), applied: result.applied, skipped: result.skipped as TextEdit[] };
}
