/**
 * Where and how the heading of a missing profile item goes into a report: the edits behind the
 * “插入章节标题” action that required-sections offers with each finding. It uses the rule's own
 * profile (the one it judged the report by, chosen by the issuer when none is configured) and
 * the rule's own heading matching, so the action always inserts what the rule found missing.
 */
import { toChineseNumber } from "@report-lint/core";
import { fillYears, type ReportModel, type Section } from "@report-lint/schema";
import { matches, type CompiledItem, type CompiledProfile } from "./profile.js";

/** One replacement, in UTF-16 offsets of the text. */
export interface Edit {
  range: [number, number];
  text: string;
}

/** A heading to insert and the edits that insert it (and renumber what follows). */
export interface SectionInsertion {
  /** The heading line as inserted, e.g. “三、2024年推进法治政府建设存在的不足和原因”. */
  heading: string;
  edits: Edit[];
}

/** The year a report is about: the model's, else the year before now (reports are written in the first quarter). */
export function reportYearOf(model: ReportModel, now = new Date()): number {
  return model.year ?? now.getFullYear() - 1;
}

/** An item's template heading (else its name) with {year}/{nextYear} filled in. */
export function templateHeading(c: CompiledItem, year: number): string {
  return fillYears(c.item.template?.heading ?? c.item.name, year);
}

/**
 * Insert the heading of a missing item before the first top-level section that satisfies an
 * item coming after it in the profile's order (taking that section's number and moving the
 * following numbers up by one), else after the last section of the outline with the next
 * top-level number.
 */
export function planSectionInsertion(text: string, model: ReportModel, profile: CompiledProfile, item: CompiledItem, year = reportYearOf(model)): SectionInsertion {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const title = templateHeading(item, year);
  const later = profile.items.slice(profile.items.indexOf(item) + 1);
  const tops = model.sections.filter((s) => s.parent === null);
  const before = tops.find((s) => later.some((c) => matches(c, s)));

  if (before !== undefined) {
    const at = lineStart(text, before.headingRange[0]);
    const heading = `${markerFor(before, before.marker?.number ?? null)}${title}`;
    const sep = separatorBefore(text, before, model, eol);
    const edits: Edit[] = [{ range: [at, at], text: `${linePrefix(text, before)}${heading}${sep}` }];
    edits.push(...renumberFrom(tops, tops.indexOf(before)));
    return { heading, edits };
  }

  const last = tops[tops.length - 1];
  const numbers = tops.map((s) => (s.marker?.style === "cn" ? s.marker.number : null)).filter((n): n is number => n !== null);
  const next = numbers.length > 0 ? Math.max(...numbers) + 1 : tops.length === 0 || tops.some((s) => s.marker !== null) ? tops.length + 1 : null;
  const heading = `${next === null ? "" : `${toChineseNumber(next)}、`}${title}`;
  if (last === undefined) {
    const at = contentEnd(model, text);
    const prefix = model.format === "markdown" ? "## " : "";
    return { heading, edits: [{ range: [at, at], text: `${at > 0 ? eol + eol : ""}${prefix}${heading}${eol}` }] };
  }
  const end = trimEnd(text, last.range[1]);
  const sep = separatorBefore(text, last, model, eol);
  return { heading, edits: [{ range: [end, end], text: `${sep}${linePrefix(text, last)}${heading}` }] };
}

/** The top-level markers from `from` on, moved up by one while they count on without a gap. */
function renumberFrom(tops: Section[], from: number): Edit[] {
  const edits: Edit[] = [];
  let expect: number | null = null;
  for (let i = from; i < tops.length; i++) {
    const m = tops[i]!.marker;
    if (m === null || m.style !== "cn" || m.number === null) break;
    if (expect !== null && m.number !== expect) break;
    const numeral = /[一二三四五六七八九十]{1,3}/u.exec(m.text);
    if (numeral === null) break;
    const s = m.range[0] + numeral.index;
    edits.push({ range: [s, s + numeral[0].length], text: toChineseNumber(m.number + 1) });
    expect = m.number + 1;
  }
  return edits;
}

function markerFor(s: Section, n: number | null): string {
  if (s.marker === null || n === null) return "";
  return s.marker.style === "cn" ? `${toChineseNumber(n)}、` : "";
}

/** What stands before a heading's marker (or title) on its line: indentation, a Markdown “## ”. */
function linePrefix(text: string, s: Section): string {
  return text.slice(lineStart(text, s.headingRange[0]), s.marker?.range[0] ?? s.titleRange[0]);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s\u3000]/u.test(text[e - 1] ?? "")) e--;
  return e;
}

/** The paragraph separator the document uses before this heading: a blank line or a single break. */
function separatorBefore(text: string, s: Section, model: ReportModel, eol: string): string {
  const p = model.paragraphs[s.paragraph - 1];
  if (p === undefined) return eol + eol;
  return /\n[ \t\u3000]*\r?\n/u.test(text.slice(p.range[1], s.headingRange[0])) ? eol + eol : eol;
}

function contentEnd(model: ReportModel, text: string): number {
  for (let i = model.paragraphs.length - 1; i >= 0; i--) {
    const p = model.paragraphs[i]!;
    if (p.kind !== "meta") return p.range[1];
  }
  return trimEnd(text, text.length);
}
