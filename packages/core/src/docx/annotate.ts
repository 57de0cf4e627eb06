// Findings back into the Word document, as comments (批注) anchored on exactly the text each is
// about — how a reviewer already returns a report. Only the main document's XML, the comments
// part, its relationship and the content types change; every other part stays as Word wrote it.
import type { DocxPackage } from "./package.js";
import { parsePart, pieceIndexOf, pieceXml, readDocxStories, readDocxText, runShell, type DocxText } from "./text.js";
import { childrenNamed, escapeXml, parseXml, type XmlElement } from "./xml.js";

/** One comment: the range of the extracted text it is about (of the body, or of the footnotes or endnotes named by `part`), and what it says. */
export interface DocxComment {
  range: readonly [number, number];
  text: string;
  /**
   * The part of a story other than the body: for word/footnotes.xml or endnotes.xml the comment is
   * anchored on the note's reference mark in the body (so its text should say which words of the
   * note it is about); comments about headers and footers are not written (Word keeps none there).
   */
  part?: string;
}

export interface AnnotateOptions {
  /** The comments' author (default “report-lint”). */
  author?: string;
  initials?: string;
  /** The comments' date (default now). */
  date?: Date;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

/** Where a marker goes: before unit `unit` of piece `piece` of the text's map (unit = the piece's length: after it). */
interface Point {
  piece: number;
  unit: number;
}

/** A marker to put at a point; ends sort before starts at the same point (one comment ends where the next begins). */
interface Marker {
  at: Point;
  order: number;
  xml: string;
}

/**
 * Add `comments` to the package (in place) on the text `readDocxText` gives for it; returns how
 * many were anchored. A range over nothing but paragraph breaks is anchored on the character
 * before it.
 */
export function annotateDocx(pkg: DocxPackage, comments: readonly DocxComment[], options: AnnotateOptions = {}): number {
  if (comments.length === 0) return 0;
  const body = readDocxText(pkg);
  const commentsPart = commentsPartOf(pkg, body.part);
  // A note's finding is anchored on the note's reference mark in the body: comments inside the notes
  // part are valid in Word, but LibreOffice (7.4) refuses to open such a document at all.
  const notes = new Map<string, DocxText>();
  if (comments.some((c) => c.part !== undefined && c.part !== body.part)) {
    for (const story of readDocxStories(pkg)) if (story.kind === "footnotes" || story.kind === "endnotes") notes.set(story.part, story);
  }
  const references = notes.size === 0 ? null : noteReferences(body.xml);
  let nextId = firstFreeId(pkg, [body], commentsPart.path);
  const markers: Marker[] = [];
  const around: Array<{ element: XmlElement; id: number }> = [];
  const bodies: string[] = [];
  const author = escapeXml(options.author ?? "report-lint");
  const initials = escapeXml(options.initials ?? "RL");
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/u, "Z");
  const comment = (id: number, text: string): void => {
    const paragraphs = text.split("\n").map((line, k) => `<w:p>${k === 0 ? "<w:r><w:annotationRef/></w:r>" : ""}<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`);
    bodies.push(`<w:comment w:id="${id}" w:author="${author}" w:date="${date}" w:initials="${initials}">${paragraphs.join("")}</w:comment>`);
  };
  for (const c of comments) {
    if (c.part === undefined || c.part === body.part) {
      const span = pointsOf(body, c.range);
      if (span === null) continue;
      const id = nextId++;
      markers.push({ at: span.start, order: 1, xml: `<w:commentRangeStart w:id="${id}"/>` });
      markers.push({ at: span.end, order: 0, xml: `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>` });
      comment(id, c.text);
      continue;
    }
    const story = notes.get(c.part);
    const note = story === undefined ? null : noteOf(story, c.range[0]);
    const run = note === null ? undefined : references?.get(`${note.kind}:${note.id}`);
    if (story === undefined || note === null || run === undefined) continue;
    const id = nextId++;
    around.push({ element: run, id });
    comment(id, c.text);
  }
  if (bodies.length === 0) return 0;
  pkg.set(body.part, insertMarkers(body, markers, around));
  writeComments(pkg, body.part, commentsPart, bodies);
  return bodies.length;
}

/** The runs holding the body's note references, by "footnote:1" / "endnote:2". */
function noteReferences(xml: string): Map<string, XmlElement> {
  const out = new Map<string, XmlElement>();
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.name === "#text") continue;
      const el = c as XmlElement;
      if ((el.name === "w:footnoteReference" || el.name === "w:endnoteReference") && el.parent?.name === "w:r") {
        out.set(`${el.name === "w:footnoteReference" ? "footnote" : "endnote"}:${el.attributes["w:id"] ?? ""}`, el.parent);
      } else walk(el);
    }
  };
  walk(parseXml(xml));
  return out;
}

/** The note (footnote or endnote, and its id) that holds `offset` of a notes story. */
function noteOf(story: DocxText, offset: number): { kind: "footnote" | "endnote"; id: string } | null {
  for (let i = Math.max(0, offset); i < story.pieceOf.length; i++) {
    const piece = story.pieceOf[i]!;
    if (piece < 0) continue;
    for (let at: XmlElement | null = story.pieces[piece]!.node; at !== null; at = at.parent) {
      if (at.name === "w:footnote" || at.name === "w:endnote") return { kind: at.name === "w:footnote" ? "footnote" : "endnote", id: at.attributes["w:id"] ?? "" };
    }
    return null;
  }
  return null;
}

/** The first and last characters of `range` that stand in the document, as marker points; null for an empty document. */
function pointsOf(doc: DocxText, range: readonly [number, number]): { start: Point; end: Point } | null {
  const map = doc.pieceOf;
  const [s, e] = [Math.max(0, range[0]), Math.min(map.length, Math.max(range[1], range[0] + 1))];
  let first = -1;
  let last = -1;
  for (let i = s; i < e; i++) {
    if (map[i]! < 0) continue;
    if (first === -1) first = i;
    last = i;
  }
  if (first === -1) {
    // Only paragraph breaks (a broken paragraph, a missing full stop at a paragraph's end): the character before.
    for (let i = Math.min(s, map.length) - 1; i >= 0 && first === -1; i--) if (map[i]! >= 0) first = last = i;
    for (let i = e; i < map.length && first === -1; i++) if (map[i]! >= 0) first = last = i;
    if (first === -1) return null;
  }
  const at = (i: number, after: boolean): Point => {
    const piece = map[i]!;
    return { piece, unit: i - doc.pieces[piece]!.from + (after ? 1 : 0) };
  };
  return { start: at(first, false), end: at(last, true) };
}

/** The document's XML with the markers in: each run that holds a point is cut there (its formatting copied to both halves). */
function insertMarkers(doc: DocxText, markers: Marker[], around: Array<{ element: XmlElement; id: number }> = []): string {
  const xml = doc.xml;
  // Markers by the run (or, outside any run, the element) they cut.
  const byRun = new Map<XmlElement, Marker[]>();
  for (const m of markers) {
    const p = doc.pieces[m.at.piece]!;
    const holder = p.run ?? p.node;
    const list = byRun.get(holder);
    if (list === undefined) byRun.set(holder, [m]);
    else list.push(m);
  }
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const [holder, list] of byRun) edits.push({ start: holder.start, end: holder.end, text: cutRun(doc, holder, list) });
  // Comments around a whole run (a note's reference mark), unless that run is cut for another comment.
  const cut = new Set([...byRun.keys()].map((h) => h.start));
  const byElement = new Map<XmlElement, number[]>();
  for (const a of around) if (!cut.has(a.element.start)) byElement.set(a.element, [...(byElement.get(a.element) ?? []), a.id]);
  for (const [element, ids] of byElement) {
    const start = ids.map((id) => `<w:commentRangeStart w:id="${id}"/>`).join("");
    const end = ids.map((id) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`).join("");
    edits.push({ start: element.start, end: element.end, text: start + xml.slice(element.start, element.end) + end });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * A run rebuilt with markers between its pieces: the run's start tag and properties open each
 * piece; a w:t cut inside its text becomes two w:t. A holder that is not a run (a w:t outside
 * one, which Word does not write) gets the markers around it.
 */
function cutRun(doc: DocxText, holder: XmlElement, markers: Marker[]): string {
  const xml = doc.xml;
  // Position of a point in document order within this run: the node's index among the run's children, then the unit.
  const childIndex = (node: XmlElement): number => holder.children.indexOf(node);
  const key = (m: Marker): [number, number, number] => {
    const p = doc.pieces[m.at.piece]!;
    return [holder.name === "w:r" ? childIndex(p.node) : 0, m.at.unit, m.order];
  };
  markers.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  if (holder.name !== "w:r") {
    const before = markers.filter((m) => m.at.unit === 0).map((m) => m.xml).join("");
    const after = markers.filter((m) => m.at.unit !== 0).map((m) => m.xml).join("");
    return before + xml.slice(holder.start, holder.end) + after;
  }
  const { open, props, rPr } = runShell(xml, holder);
  const out: string[] = [];
  let content = "";
  const flush = (): void => {
    if (content !== "") out.push(`${open}${rPr}${content}</w:r>`);
    content = "";
  };
  let k = 0;
  const marksAt = (node: XmlElement, unit: number | "after"): string => {
    let s = "";
    while (k < markers.length) {
      const m = markers[k]!;
      const p = doc.pieces[m.at.piece]!;
      if (p.node !== node || (unit !== "after" && m.at.unit !== unit) || (unit === "after" && m.at.unit === 0)) break;
      s += m.xml;
      k++;
    }
    return s;
  };
  for (const c of holder.children) {
    if (c === props) continue;
    if (c.name === "#text") {
      content += xml.slice(c.start, c.end);
      continue;
    }
    const node = c as XmlElement;
    const piece = doc.pieces[pieceIndexOf(doc, node)];
    if (piece === undefined) {
      content += xml.slice(node.start, node.end);
      continue;
    }
    const before = marksAt(node, 0);
    if (before !== "") {
      flush();
      out.push(before);
    }
    if (piece.offsets === null) {
      content += xml.slice(node.start, node.end);
    } else {
      // Cuts inside the text, in order.
      let from = 0;
      for (;;) {
        const m = markers[k];
        if (m === undefined || doc.pieces[m.at.piece]!.node !== node || m.at.unit >= piece.offsets.length) break;
        const cut = m.at.unit;
        content += `<w:t xml:space="preserve">${pieceXml(xml, piece, from, cut)}</w:t>`;
        flush();
        let s = "";
        const unit = m.at.unit;
        while (k < markers.length && doc.pieces[markers[k]!.at.piece]!.node === node && markers[k]!.at.unit === unit) s += markers[k++]!.xml;
        out.push(s);
        from = cut;
      }
      content += from === 0 ? xml.slice(node.start, node.end) : `<w:t xml:space="preserve">${pieceXml(xml, piece, from, piece.offsets.length)}</w:t>`;
    }
    const after = marksAt(node, "after");
    if (after !== "") {
      flush();
      out.push(after);
    }
  }
  flush();
  return out.join("");
}

/** The comments part of the document: its path and relationship, if it has one. */
function commentsPartOf(pkg: DocxPackage, part: string): { path: string; exists: boolean; relsPath: string } {
  const dir = part.includes("/") ? part.slice(0, part.lastIndexOf("/") + 1) : "";
  const relsPath = `${dir}_rels/${part.slice(dir.length)}.rels`;
  const rels = pkg.text(relsPath);
  if (rels !== null) {
    // Where the comments' relationship is to be added: a relationships part that is not XML cannot take it.
    for (const r of childrenNamed(parsePart(rels, `关系部件 ${relsPath} `), "Relationship")) {
      if (r.attributes["Type"] === COMMENTS_TYPE) {
        const target = r.attributes["Target"] ?? "comments.xml";
        const path = target.startsWith("/") ? target.slice(1) : dir + target;
        return { path, exists: pkg.parts.has(path), relsPath };
      }
    }
  }
  return { path: `${dir}comments.xml`, exists: false, relsPath };
}

/** An id no comment and no comment range of the document uses yet. */
function firstFreeId(pkg: DocxPackage, docs: DocxText[], commentsPath: string): number {
  let max = -1;
  for (const source of [...docs.map((d) => d.xml), pkg.text(commentsPath) ?? ""]) {
    for (const m of source.matchAll(/<w:(?:comment|commentRangeStart|commentRangeEnd|commentReference)\b[^>]*\bw:id="(\d+)"/gu)) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/** Add the comments' bodies: to the existing comments part, or to a new one with its relationship and content type. */
function writeComments(pkg: DocxPackage, part: string, where: { path: string; exists: boolean; relsPath: string }, bodies: string[]): void {
  if (where.exists) {
    const xml = pkg.text(where.path)!;
    const close = xml.lastIndexOf("</w:comments>");
    pkg.set(where.path, close === -1 ? xml.replace(/<w:comments\b([^>]*)\/>/u, `<w:comments$1>${bodies.join("")}</w:comments>`) : xml.slice(0, close) + bodies.join("") + xml.slice(close));
    return;
  }
  pkg.set(where.path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W}">${bodies.join("")}</w:comments>`);
  const dir = part.includes("/") ? part.slice(0, part.lastIndexOf("/") + 1) : "";
  const target = where.path.startsWith(dir) ? where.path.slice(dir.length) : `/${where.path}`;
  const rels = pkg.text(where.relsPath);
  if (rels === null) {
    pkg.set(where.relsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${COMMENTS_TYPE}" Target="${target}"/></Relationships>`);
  } else {
    let n = 1;
    for (const m of rels.matchAll(/\bId="rId(\d+)"/gu)) n = Math.max(n, Number(m[1]) + 1);
    const close = rels.lastIndexOf("</Relationships>");
    pkg.set(where.relsPath, rels.slice(0, close) + `<Relationship Id="rId${n}" Type="${COMMENTS_TYPE}" Target="${target}"/>` + rels.slice(close));
  }
  const types = pkg.text("[Content_Types].xml");
  if (types !== null && !types.includes(`PartName="/${where.path}"`)) {
    const close = types.lastIndexOf("</Types>");
    pkg.set("[Content_Types].xml", types.slice(0, close) + `<Override PartName="/${where.path}" ContentType="${COMMENTS_CONTENT_TYPE}"/>` + types.slice(close));
  }
}
