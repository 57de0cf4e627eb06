// Fixes back into the Word document as tracked changes (修订): each replaced character becomes a
// deletion (w:del, its run's formatting kept), each new text an insertion (w:ins) formatted as the
// text it replaces or stands next to, and two paragraphs joined by a fix a deleted paragraph mark.
// The clerk accepts or rejects each in Word or WPS; accepting all gives the text --fix gives.
import type { DocxPackage } from "./package.js";
import { pieceIndexOf, pieceXml, readDocxText, runShell, type DocxText, type Piece } from "./text.js";
import { escapeXml, type XmlElement } from "./xml.js";

/** One replacement in the extracted text's offsets (as the engine's fix edits are). */
export interface DocxEdit {
  range: readonly [number, number];
  text: string;
}

export interface ReviseOptions {
  author?: string;
  date?: Date;
}

/** What became of the edits: how many are in the document as revisions, and those that could not be expressed. */
export interface ReviseResult {
  applied: number;
  skipped: DocxEdit[];
}

/** A change to one run: units of its pieces deleted, text inserted at points. */
interface RunChange {
  /** Deleted units, as "piece:unit" keys. */
  deleted: Set<string>;
  /** Insertions: before unit `unit` of piece `piece` (unit = the piece's length: after it). */
  inserts: Array<{ piece: number; unit: number; text: string }>;
}

/**
 * Write `edits` into the package (in place) as revisions. An edit that would need a new paragraph
 * (its text holds a line break), that joins paragraphs of different table cells or text boxes, or
 * whose place cannot be found is skipped and returned.
 */
export function reviseDocx(pkg: DocxPackage, edits: readonly DocxEdit[], options: ReviseOptions = {}): ReviseResult {
  const doc = readDocxText(pkg);
  const author = escapeXml(options.author ?? "report-lint");
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/u, "Z");
  let nextId = firstFreeRevisionId(doc.xml);
  const attrs = (): string => `w:id="${nextId++}" w:author="${author}" w:date="${date}"`;
  const runs = new Map<XmlElement, RunChange>();
  const marks = new Set<XmlElement>();
  const skipped: DocxEdit[] = [];
  let applied = 0;
  const change = (holder: XmlElement): RunChange => {
    let c = runs.get(holder);
    if (c === undefined) {
      c = { deleted: new Set(), inserts: [] };
      runs.set(holder, c);
    }
    return c;
  };
  for (const edit of [...edits].sort((a, b) => a.range[0] - b.range[0])) {
    const plan = planEdit(doc, edit);
    if (plan === null) {
      skipped.push(edit);
      continue;
    }
    for (const [piece, unit] of plan.deleted) change(holderOf(doc.pieces[piece]!)).deleted.add(`${piece}:${unit}`);
    for (const p of plan.marks) marks.add(p);
    if (plan.insert !== null) change(holderOf(doc.pieces[plan.insert.piece]!)).inserts.push(plan.insert);
    applied++;
  }
  if (applied === 0) return { applied, skipped };
  const splices: Array<{ start: number; end: number; text: string }> = [];
  for (const [holder, c] of runs) splices.push({ start: holder.start, end: holder.end, text: rebuildRun(doc, holder, c, attrs) });
  for (const p of marks) splices.push(markDeletion(doc.xml, p, attrs));
  // From the end, so that earlier offsets hold; at one offset the run's rebuild before an insertion there.
  splices.sort((a, b) => b.start - a.start || b.end - a.end);
  let xml = doc.xml;
  for (const s of splices) xml = xml.slice(0, s.start) + s.text + xml.slice(s.end);
  pkg.set(doc.part, xml);
  return { applied, skipped };
}

function holderOf(p: Piece): XmlElement {
  return p.run ?? p.node;
}

function paragraphOf(e: XmlElement): XmlElement | null {
  for (let at: XmlElement | null = e; at !== null; at = at.parent) if (at.name === "w:p") return at;
  return null;
}

interface Plan {
  deleted: Array<[number, number]>;
  marks: XmlElement[];
  insert: { piece: number; unit: number; text: string } | null;
}

/** How one edit goes into the XML, or null when it cannot. */
function planEdit(doc: DocxText, edit: DocxEdit): Plan | null {
  const [s, e] = edit.range;
  if (edit.text.includes("\n") || s < 0 || e > doc.text.length || e < s) return null;
  const map = doc.pieceOf;
  const deleted: Array<[number, number]> = [];
  const marks: XmlElement[] = [];
  for (let i = s; i < e; i++) {
    const piece = map[i]!;
    if (piece >= 0) {
      deleted.push([piece, i - doc.pieces[piece]!.from]);
      continue;
    }
    // A paragraph break: join the paragraph before it to the one after it.
    let j = i;
    while (j < e && map[j]! < 0) j++;
    // Part of a break (a blank line made a single line break) is no change a paragraph can show.
    if ((i === s && s > 0 && map[s - 1]! < 0) || (j === e && e < map.length && map[e]! < 0)) return null;
    const before = realBefore(doc, i);
    const after = realAt(doc, j);
    if (before === -1 || after === -1) return null;
    const joined = paragraphsBetween(doc, before, after);
    if (joined === null) return null;
    marks.push(...joined);
    i = j - 1;
  }
  let insert: Plan["insert"] = null;
  if (edit.text !== "") {
    // Next to the text it replaces (its formatting), else after the character before, else before the one after.
    const first = deleted[0];
    if (first !== undefined) insert = { piece: first[0], unit: first[1], text: edit.text };
    else if (s > 0 && map[s - 1]! >= 0) insert = pointAfter(doc, s - 1, edit.text);
    else if (s < map.length && map[s]! >= 0) insert = { piece: map[s]!, unit: s - doc.pieces[map[s]!]!.from, text: edit.text };
    else {
      // Between the two line breaks of a blank line: no paragraph holds that place.
      if (marks.length === 0) return null;
      const before = realBefore(doc, s);
      if (before === -1) return null;
      insert = pointAfter(doc, before, edit.text);
    }
  }
  return { deleted, marks, insert };
}

function pointAfter(doc: DocxText, unit: number, text: string): { piece: number; unit: number; text: string } {
  const piece = doc.pieceOf[unit]!;
  return { piece, unit: unit - doc.pieces[piece]!.from + 1, text };
}

function realBefore(doc: DocxText, i: number): number {
  for (let k = i - 1; k >= 0; k--) if (doc.pieceOf[k]! >= 0) return k;
  return -1;
}

function realAt(doc: DocxText, i: number): number {
  for (let k = i; k < doc.pieceOf.length; k++) if (doc.pieceOf[k]! >= 0) return k;
  return -1;
}

/**
 * The paragraphs whose marks go when the paragraph of unit `a` is joined to that of unit `b`: it
 * and the empty ones between, all siblings (a table cell's last paragraph is never joined to the
 * next cell's, nor a text box's to the body).
 */
function paragraphsBetween(doc: DocxText, a: number, b: number): XmlElement[] | null {
  const pa = paragraphOf(doc.pieces[doc.pieceOf[a]!]!.node);
  const pb = paragraphOf(doc.pieces[doc.pieceOf[b]!]!.node);
  if (pa === null || pb === null || pa === pb || pa.parent !== pb.parent || pa.parent === null) return null;
  const siblings = pa.parent.children.filter((c): c is XmlElement => c.name !== "#text");
  const from = siblings.indexOf(pa);
  const to = siblings.indexOf(pb);
  if (from === -1 || to <= from) return null;
  const between = siblings.slice(from, to);
  return between.every((p) => p.name === "w:p") ? between : null;
}

/** A run rebuilt: kept units in runs as before, deleted ones in w:del, insertions in w:ins, all with the run's properties. */
function rebuildRun(doc: DocxText, holder: XmlElement, change: RunChange, attrs: () => string): string {
  const xml = doc.xml;
  if (holder.name !== "w:r") return xml.slice(holder.start, holder.end);
  const { open, props, rPr } = runShell(xml, holder);
  const out: string[] = [];
  let kept = "";
  let gone = "";
  const flushKept = (): void => {
    if (kept !== "") out.push(`${open}${rPr}${kept}</w:r>`);
    kept = "";
  };
  const flushGone = (): void => {
    if (gone !== "") out.push(`<w:del ${attrs()}>${open}${rPr}${gone}</w:r></w:del>`);
    gone = "";
  };
  const insertAt = (piece: number, unit: number): void => {
    for (const ins of change.inserts) {
      if (ins.piece !== piece || ins.unit !== unit) continue;
      flushKept();
      flushGone();
      out.push(`<w:ins ${attrs()}>${open}${rPr}<w:t xml:space="preserve">${escapeXml(ins.text)}</w:t></w:r></w:ins>`);
    }
  };
  for (const c of holder.children) {
    if (c === props) continue;
    if (c.name === "#text") {
      kept += xml.slice(c.start, c.end);
      continue;
    }
    const node = c as XmlElement;
    const index = pieceIndexOf(doc, node);
    if (index === -1) {
      flushGone();
      kept += xml.slice(node.start, node.end);
      continue;
    }
    const piece = doc.pieces[index]!;
    const length = piece.offsets?.length ?? 1;
    if (piece.offsets === null) {
      insertAt(index, 0);
      if (change.deleted.has(`${index}:0`)) {
        flushKept();
        gone += xml.slice(node.start, node.end);
      } else {
        flushGone();
        kept += xml.slice(node.start, node.end);
      }
      insertAt(index, 1);
      continue;
    }
    for (let u = 0; u < length; ) {
      insertAt(index, u);
      const del = change.deleted.has(`${index}:${u}`);
      let v = u + 1;
      while (v < length && change.deleted.has(`${index}:${v}`) === del && !change.inserts.some((x) => x.piece === index && x.unit === v)) v++;
      const raw = pieceXml(xml, piece, u, v);
      if (del) {
        flushKept();
        gone += `<w:delText xml:space="preserve">${raw}</w:delText>`;
      } else {
        flushGone();
        kept += `<w:t xml:space="preserve">${raw}</w:t>`;
      }
      u = v;
    }
    insertAt(index, length);
  }
  flushKept();
  flushGone();
  return out.join("");
}

/** The paragraph's mark as deleted: w:del in its paragraph properties' run properties. */
function markDeletion(xml: string, p: XmlElement, attrs: () => string): { start: number; end: number; text: string } {
  const del = `<w:del ${attrs()}/>`;
  const pPr = p.children.find((c) => c.name === "w:pPr") as XmlElement | undefined;
  if (pPr === undefined) return { start: p.startTagEnd, end: p.startTagEnd, text: `<w:pPr><w:rPr>${del}</w:rPr></w:pPr>` };
  const rPr = pPr.children.find((c) => c.name === "w:rPr") as XmlElement | undefined;
  // w:ins and w:del come first in a paragraph mark's run properties.
  if (rPr !== undefined) {
    if (rPr.startTagEnd === rPr.end) return { start: rPr.start, end: rPr.end, text: `<w:rPr>${del}</w:rPr>` };
    return { start: rPr.startTagEnd, end: rPr.startTagEnd, text: del };
  }
  // The run properties come after every other paragraph property but the section and the change record.
  const later = pPr.children.find((c) => c.name === "w:sectPr" || c.name === "w:pPrChange") as XmlElement | undefined;
  if (pPr.startTagEnd === pPr.end) return { start: pPr.start, end: pPr.end, text: `<w:pPr><w:rPr>${del}</w:rPr></w:pPr>` };
  const at = later?.start ?? pPr.endTagStart;
  return { start: at, end: at, text: `<w:rPr>${del}</w:rPr>` };
}

/** A revision id above every w:id the document uses (revisions, comments, bookmarks share the attribute). */
function firstFreeRevisionId(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/\bw:id="(\d+)"/gu)) max = Math.max(max, Number(m[1]));
  return max + 1;
}
