import type { Enumeration, Paragraph, ReportModel, Section, TextSpan, DateSpan, Range } from "@report-lint/schema";
import { markdownBlocks, textBlocks, type Block } from "./blocks.js";
import { matchMarker } from "./markers.js";
import { parseChineseNumber, parseChineseYear } from "./chinese-number.js";

export type Format = ReportModel["format"];

/** Pick the parser for a file name: Markdown for .md/.markdown, plain text otherwise. */
export function formatOf(filePath: string | undefined): Format {
  return filePath !== undefined && /\.(md|markdown|mdx)$/iu.test(filePath) ? "markdown" : "text";
}

const ORGAN_END = /(委员会|人民政府|政府|办公室|党委|党工委|管委会|局|司法所|街道办事处|办事处|党政办|委|厅|处|中心|大队|支队|总队|档案馆)$/u;
const PLACE_END = /[镇乡县区市州盟旗]$|街道$/u;
const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}\s*[〔【\[［（(]?\s*[0-9０-９]{2,4}\s*[〕】\]］）)]?\s*第?\s*[0-9０-９]+\s*号/u;
const DATE_AR = /^(\d{4})年(\d{1,2})月(\d{1,2})日(印发|发布)?$/u;
/** A date of Arabic numerals joined by dots, hyphens or slashes (2026.1.15, 2026-01-15): not how an issue date is written, but one. */
const DATE_JOINED = /^(\d{4})([.．\-－/／])(\d{1,2})\2(\d{1,2})$/u;
/** An issue date without its 日 (2026年1月15): a slip, but the issue date. */
const DATE_NO_DAY_MARK = /^(\d{4})年(\d{1,2})月(\d{1,2})$/u;
const DATE_CN = /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日(印发|发布)?$/u;
const SENTENCE_END = /[。！？；;!?]/u;
// A heading's title ends at the first sentence end or colon: "（一）加强组织领导：成立了…" is a run-in heading.
const TITLE_END = /[。！？；;!?：:]/u;
const ATTACHMENT = /^附\s*件\s*[：:]/u;

/**
 * Parse a report into the report model: metadata, the numbered outline,
 * paragraphs and inline enumerations (一是/二是, 第一/第二), with exact
 * UTF-16 offsets into `text`.
 */
export function parseReport(text: string, format: Format = "text"): ReportModel {
  const blocks = format === "markdown" ? markdownBlocks(text) : textBlocks(text);
  const paragraphs: Paragraph[] = blocks.map((b) => ({
    kind: b.kind === "heading" ? "heading" : b.kind,
    text: text.slice(b.start, b.end),
    range: [b.start, b.end] as Range,
    section: null,
  }));

  const sections = buildOutline(text, blocks, paragraphs);
  const firstSection = sections[0]?.paragraph ?? paragraphs.length;

  // Header: everything before the first numbered section that is not a long body paragraph.
  let documentNumber: TextSpan | null = null;
  let recipients: TextSpan | null = null;
  let titleParas: number[] = [];
  const mdTitle = format === "markdown" ? blocks.findIndex((b) => b.markdownDepth === 1) : -1;
  for (let i = 0; i < firstSection; i++) {
    const p = paragraphs[i]!;
    if (p.kind !== "body" && p.kind !== "heading") continue;
    const t = p.text;
    if (i === mdTitle) {
      titleParas = [i];
      continue;
    }
    if (t.length <= 40 && DOC_NUMBER.test(t) && documentNumber === null && !/报告/u.test(t)) {
      p.kind = "meta";
      p.meta = "document-number";
      documentNumber = span(text, p.range);
      continue;
    }
    if (/^签发人[：:]/u.test(t)) {
      p.kind = "meta";
      p.meta = "signer";
      continue;
    }
    if (t.length <= 60 && /[：:]$/u.test(t) && !SENTENCE_END.test(t) && recipients === null && titleParas.length > 0) {
      p.kind = "meta";
      p.meta = "recipients";
      recipients = span(text, p.range);
      break;
    }
    if (t.length <= 80 && /报告|情况|总结/u.test(t) && !SENTENCE_END.test(t) && titleParas.length === 0 && mdTitle === -1) {
      titleParas = [i];
      // An organ name on the line just above the title is part of the title.
      const prev = paragraphs[i - 1];
      if (prev && (prev.kind === "body" || prev.meta === "header-organ") && prev.text.length <= 30 && ORGAN_END.test(prev.text.replace(/\s+/gu, ""))) {
        titleParas = [i - 1, i];
      }
      continue;
    }
    if (titleParas.length === 0 && t.length <= 30 && ORGAN_END.test(t.replace(/\s+/gu, ""))) {
      p.kind = "meta";
      p.meta = "header-organ";
    }
  }
  for (const i of titleParas) {
    const p = paragraphs[i]!;
    p.kind = "title";
    delete p.meta;
  }
  const first = titleParas[0];
  const last = titleParas[titleParas.length - 1];
  const title: TextSpan | null =
    first !== undefined && last !== undefined
      ? { text: titleParas.map((i) => paragraphs[i]!.text).join(""), range: [paragraphs[first]!.range[0], paragraphs[last]!.range[1]] }
      : null;

  // Footer: 主送/抄送/附件 lines, dates and the signing organ.
  let issueDate: DateSpan | null = null;
  let signatory: TextSpan | null = null;
  for (let i = firstSection; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.kind !== "body") continue;
    const t = p.text.replace(/\s+/gu, "");
    if (/^主送[：:]/u.test(t)) setMeta(p, "recipients");
    else if (/^抄送[：:]/u.test(t)) setMeta(p, "copy-to");
    else if (/^附件[：:]/u.test(t) || (p.kind === "body" && paragraphs[i - 1]?.meta === "attachment" && matchMarker(t) !== null)) setMeta(p, "attachment");
    else {
      const d = parseDate(t);
      if (d !== null) {
        setMeta(p, /印发$/u.test(t) ? "printer" : "date");
        issueDate = { text: p.text, range: p.range, ...d };
        const prev = paragraphs[i - 1];
        if (prev && prev.kind === "body" && prev.text.length <= 40 && ORGAN_END.test(prev.text.replace(/\s+/gu, ""))) {
          setMeta(prev, /印发$/u.test(t) ? "printer" : "signatory");
          if (!/印发$/u.test(t)) signatory = span(text, prev.range);
        }
      }
    }
  }
  if (recipients === null) {
    const r = paragraphs.find((p) => p.meta === "recipients");
    if (r) recipients = span(text, r.range);
  }

  // Sections: paragraph membership and ranges.
  let current: number | null = null;
  let nextHeading = 0;
  paragraphs.forEach((p, i) => {
    while (nextHeading < sections.length && sections[nextHeading]!.paragraph <= i) current = nextHeading++;
    p.section = current;
  });
  const contentEnd = lastContentEnd(paragraphs);
  sections.forEach((s, i) => {
    let end = contentEnd;
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j]!.depth <= s.depth) {
        end = paragraphs[sections[j]!.paragraph]!.range[0];
        break;
      }
    }
    s.range = [s.headingRange[0], Math.max(end, s.headingRange[1])];
  });
  // The footer (主送/抄送/落款/日期 after the last section's content) belongs to no section.
  for (const p of paragraphs) {
    if (p.section !== null && p.range[0] >= sections[p.section]!.range[1]) p.section = null;
  }

  const inferred = inferYear(title?.text ?? "", documentNumber?.text ?? null, issueDate?.year ?? null, paragraphs);
  return {
    format,
    length: text.length,
    title,
    year: inferred?.year ?? null,
    ...(inferred !== null ? { yearSource: inferred.source } : {}),
    organs: organsOf(title?.text ?? "", paragraphs),
    documentNumber,
    recipients,
    signatory,
    issueDate,
    sections,
    paragraphs,
    enumerations: findEnumerations(paragraphs),
  };
}

function setMeta(p: Paragraph, meta: NonNullable<Paragraph["meta"]>): void {
  p.kind = "meta";
  p.meta = meta;
}

function span(text: string, range: Range): TextSpan {
  return { text: text.slice(range[0], range[1]), range: [range[0], range[1]] };
}

function lastContentEnd(paragraphs: Paragraph[]): number {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (p.kind !== "meta") return p.range[1];
  }
  return 0;
}

function buildOutline(text: string, blocks: Block[], paragraphs: Paragraph[]): Section[] {
  const sections: Section[] = [];
  const stack: number[] = [];
  const titleDepth = blocks.some((b) => b.markdownDepth === 1) ? 1 : 0;
  let attachments = false;
  blocks.forEach((b, i) => {
    if (b.kind !== "heading" && b.kind !== "body") return;
    const line = text.slice(b.start, b.end);
    const m = matchMarker(line);
    // "附件：1.……" and the numbered lines under it list attachments; they are no sections.
    if (ATTACHMENT.test(line)) attachments = true;
    else if (attachments && m !== null && m.level >= 3 && b.kind === "body") return;
    else attachments = false;
    if (attachments) return;
    if (m === null && b.kind !== "heading") return;
    if (m === null && b.markdownDepth === 1) return; // the title
    const p = paragraphs[i]!;
    p.kind = "heading";
    const level = m !== null ? m.level : Math.max(1, (b.markdownDepth ?? 2) - titleDepth);
    while (stack.length > 0 && sections[stack[stack.length - 1]!]!.level >= level) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]! : null;
    const titleStart = b.start + (m?.end ?? 0);
    let ts = titleStart;
    while (ts < b.end && /[ \t\u3000]/u.test(text[ts] ?? "")) ts++;
    let te = ts;
    while (te < b.end && !TITLE_END.test(text[te] ?? "")) te++;
    const rest = text.slice(te + 1, b.end).trim();
    const section: Section = {
      level,
      depth: stack.length + 1,
      marker:
        m === null
          ? null
          : {
              text: m.text,
              range: [b.start + m.start, b.start + m.end],
              style: m.style,
              number: m.number,
              standard: m.standard,
              expected: m.expected,
            },
      title: text.slice(ts, te),
      titleRange: [ts, te],
      headingRange: [b.start, b.end],
      range: [b.start, b.end],
      parent,
      paragraph: i,
      inlineBody: rest.length > 0,
    };
    if (b.markdownDepth !== undefined) section.markdownDepth = b.markdownDepth;
    stack.push(sections.length);
    sections.push(section);
  });
  return sections;
}

function parseDate(t: string): { year: number; month: number; day: number } | null {
  let m = DATE_AR.exec(t);
  if (m) return checkDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DATE_JOINED.exec(t);
  if (m) return checkDate(Number(m[1]), Number(m[3]), Number(m[4]));
  m = DATE_NO_DAY_MARK.exec(t);
  if (m) return checkDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DATE_CN.exec(t);
  if (m) {
    const y = parseChineseYear(m[1] ?? "");
    const mo = parseChineseNumber(m[2] ?? "");
    const d = parseChineseNumber(m[3] ?? "");
    if (y !== null && mo !== null && d !== null) return checkDate(y, mo, d);
  }
  return null;
}

function checkDate(year: number, month: number, day: number): { year: number; month: number; day: number } | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}

/** Where the report's year was read: its title, its opening sentence, its 发文字号, the years its body names most, its issue date. */
export type YearSource = "title" | "opening" | "document-number" | "body" | "issue-date";

/** A single year in running text (2023年, not 2021—2023年, 2018年以来 or 2023年度 inside 《》). */
const BODY_YEAR = /(?<![\d—－–~\-至到])((?:19|20)\d{2})\s*年(?!\s*[—－–~\-至到]|以来|来|至今)/gu;
/** An opening that names the year it sums up: 2023年，我镇…… / 2023年以来 is not one. */
const OPENING_YEAR = /^\s*((?:19|20)\d{2})\s*年(?:度)?[，,、]/u;

/**
 * The year a report sums up, and where it was read, in order of trust: the title (2023年度法治政府
 * 建设情况报告); the opening sentence (2023年，我镇……); the 发文字号's year less one (a year's
 * report is issued early in the next: 〔2024〕 → 2023); the year the body names most often, if
 * it is at least half of its single years and named three times; the issue date's year less one.
 */
export function inferYear(title: string, documentNumber: string | null, issueYear: number | null, paragraphs: readonly Paragraph[]): { year: number; source: YearSource } | null {
  const fromTitle = reportYear(title);
  if (fromTitle !== null) return { year: fromTitle, source: "title" };
  const body = paragraphs.filter((p) => p.kind === "body");
  const opening = body.find((p) => p.text.trim().length >= 10);
  const o = opening === undefined ? null : OPENING_YEAR.exec(opening.text);
  if (o !== null) return { year: Number(o[1]), source: "opening" };
  const d = documentNumber === null ? null : /[〔【\[［（(]\s*((?:19|20)\d{2})\s*[〕】\]］）)]/u.exec(documentNumber);
  if (d !== null) return { year: Number(d[1]) - 1, source: "document-number" };
  const counts = new Map<number, number>();
  let all = 0;
  for (const p of body) {
    for (const m of p.text.matchAll(BODY_YEAR)) {
      const y = Number(m[1]);
      counts.set(y, (counts.get(y) ?? 0) + 1);
      all++;
    }
  }
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  if (n >= 3 && 2 * n >= all) return { year: top, source: "body" };
  if (issueYear !== null) return { year: issueYear - 1, source: "issue-date" };
  return null;
}

/** The report year: the first year named in the title (2023年度 / 二〇二三年). */
export function reportYear(title: string): number | null {
  const m = /(\d{4})\s*年/u.exec(title);
  if (m) return Number(m[1]);
  const c = /([〇○零一二三四五六七八九]{4})年/u.exec(title);
  return c ? parseChineseYear(c[1] ?? "") : null;
}

function organsOf(title: string, paragraphs: Paragraph[]): string[] {
  const cut = title.search(/关于|\d{4}\s*年|[〇○零一二三四五六七八九]{4}年/u);
  const head = (cut === -1 ? "" : title.slice(0, cut)).trim();
  const parts = head.split(/[\s、，,]+/u).filter((s) => s.length > 0 && (ORGAN_END.test(s) || PLACE_END.test(s)));
  if (parts.length > 0) return parts;
  const organ = paragraphs.find((p) => p.meta === "header-organ");
  return organ ? [organ.text.trim()] : [];
}

const SHI = /([一二三四五六七八九十]{1,3})是/gu;
const DI = /第([一二三四五六七八九十]{1,3})[，,、：:]/gu;
const BEFORE_ENUM = /[。；;！？!?：:，,）)”"\s\u3000]/u;

/** Inline enumerations: 一是…二是… and 第一，第二， at the start of a clause. */
function findEnumerations(paragraphs: Paragraph[]): Enumeration[] {
  const out: Enumeration[] = [];
  paragraphs.forEach((p, pi) => {
    if (p.kind !== "body" && p.kind !== "heading" && p.kind !== "list") return;
    for (const [re, kind] of [
      [SHI, "shi"],
      [DI, "di"],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(p.text); m !== null; m = re.exec(p.text)) {
        const before = m.index === 0 ? "" : (p.text[m.index - 1] ?? "");
        if (before !== "" && !BEFORE_ENUM.test(before)) continue;
        const n = parseChineseNumber(m[1] ?? "");
        if (n === null) continue;
        // "一是一、二是二" (the idiom for exactness) is no enumeration.
        if (kind === "shi" && p.text.startsWith(m[1] ?? "", m.index + m[0].length)) continue;
        const start = p.range[0] + m.index;
        const len = kind === "shi" ? m[0].length : m[0].length - 1;
        out.push({ kind, text: m[0].slice(0, len), number: n, range: [start, start + len], paragraph: pi, section: p.section });
      }
    }
  });
  return out.sort((a, b) => a.range[0] - b.range[0]);
}
