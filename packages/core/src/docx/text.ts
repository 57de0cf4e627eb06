// The text of a Word document's body, and where each of its characters stands in the XML, so
// that a finding's range in the text can be put back into the document (a comment anchored on
// exactly that text, a tracked change of exactly those characters).
//
// The text follows the conventions report-lint has always read .docx files with (mammoth's raw
// text): every paragraph followed by a blank line, table cells' paragraphs in reading order,
// tabs as "\t", no-break and soft hyphens as U+2011 and U+00AD; deleted text (w:del), field
// instructions, footnote and comment references and line breaks give nothing; a field's shown
// result is read, a simple field's as a complex one's (mammoth skips the simple ones); a paragraph
// whose mark is deleted runs on into the next paragraph of its cell, text box or story — not into
// a table, and the last one stands as it is, since Word keeps that mark (mammoth drops it); a VML
// text box's paragraphs follow the paragraph holding it; of mc:AlternateContent the fallback is
// read. Then runs of blank lines become one and the text ends with one line break.
import { DocxError } from "./guard.js";
import type { DocxPackage } from "./package.js";
import { childNamed, childrenNamed, decodeWithOffsets, escapeXml, parseXml, XmlError, type XmlElement } from "./xml.js";

/** A stretch of the text that came from one element of the XML. */
export interface Piece {
  /** The run (w:r) the element is in, or null. */
  run: XmlElement | null;
  /** The w:t holding the text, or the one-character element (w:tab, w:noBreakHyphen, w:softHyphen). */
  node: XmlElement;
  /** Where the piece starts in the text. */
  from: number;
  /** For a w:t: the offset in the XML of each UTF-16 unit's raw text. */
  offsets: number[] | null;
  /**
   * For a w:t: is the XML between two units' offsets exactly those units as written — one run of character data, no
   * CDATA section, comment or processing instruction among it? Then a cut there keeps Word's bytes (pieceXml).
   */
  verbatim: boolean;
  /** The element's own text as read (before runs of blank lines are collapsed). */
  text: string;
}

export interface DocxText {
  /** The text, as the rules read it. */
  text: string;
  /** The main document's XML, as the package holds it. */
  xml: string;
  /** The document's part name (word/document.xml). */
  part: string;
  pieces: Piece[];
  /** For each UTF-16 unit of `text`: the index of its piece, or -1 for the line breaks between paragraphs. */
  pieceOf: Int32Array;
}

/** Containers whose children are read as if they stood in the container's place. */
const TRANSPARENT = new Set([
  "w:body",
  "w:hyperlink",
  "w:ins",
  "w:smartTag",
  "w:customXml",
  "w:moveTo",
  "w:moveFromRangeEnd",
  "w:moveFromRangeStart",
  "w:moveToRangeEnd",
  "w:moveToRangeStart",
  "w:object",
  "w:drawing",
  "v:roundrect",
  "v:shape",
  "v:textbox",
  "w:txbxContent",
  "v:group",
  "v:rect",
  "w:tbl",
  "w:tc",
  // A simple field shows its result as a complex one does (a page number, a date): that is the text.
  "w:fldSimple",
  // Bidirectional embedding and override (Word 2010 and later): their runs are text as any other.
  "w:dir",
  "w:bdo",
]);
const ONE_CHARACTER: Record<string, string> = { "w:tab": "\t", "w:noBreakHyphen": "\u2011", "w:softHyphen": "\u00ad" };

/** Read the body text of a .docx with its map. Throws DocxError. */
export function readDocxText(pkg: DocxPackage): DocxText {
  const part = pkg.mainDocumentPath();
  const xml = pkg.text(part);
  if (xml === null) throw new DocxError("无法读取 .docx 文件（缺少正文 word/document.xml）；请在 Word 中重新另存为 .docx");
  const root = parsePart(xml, "正文");
  const body = childNamed(root, "w:body");
  if (body === null) throw new DocxError("无法读取 .docx 文件（正文缺少 w:body）；请在 Word 中重新另存为 .docx");
  return readStory(xml, part, [body]);
}

/** Parse a part of the package; XML that is not well formed is a DocxError naming it (`what`). */
export function parsePart(xml: string, what: string): XmlElement {
  try {
    return parseXml(xml);
  } catch (e) {
    throw new DocxError(`无法读取 .docx 文件（${what}不是有效的 XML：${e instanceof XmlError ? e.message : String(e)}）；请在 Word 中重新另存为 .docx`);
  }
}

/** A story of the document besides its body: a header, a footer, the footnotes or the endnotes. */
export interface DocxStory extends DocxText {
  kind: "header" | "footer" | "footnotes" | "endnotes";
  /** How a reader names it: 页眉, 页脚 2, 脚注, 尾注. */
  label: string;
}

const STORY_TYPES: Record<string, { kind: DocxStory["kind"]; label: string }> = {
  header: { kind: "header", label: "页眉" },
  footer: { kind: "footer", label: "页脚" },
  footnotes: { kind: "footnotes", label: "脚注" },
  endnotes: { kind: "endnotes", label: "尾注" },
};

/**
 * The document's other stories, each with its text and map as the body's: headers and footers
 * (numbered when there are several of a kind), footnotes and endnotes (the separator notes Word
 * keeps there left out). Comments are not read. A story whose part is missing or not XML is
 * skipped: the body is what must be read.
 */
export function readDocxStories(pkg: DocxPackage): DocxStory[] {
  const main = pkg.mainDocumentPath();
  const dir = main.includes("/") ? main.slice(0, main.lastIndexOf("/") + 1) : "";
  const rels = pkg.text(`${dir}_rels/${main.slice(dir.length)}.rels`);
  if (rels === null) return [];
  let relations: XmlElement[];
  try {
    relations = childrenNamed(parseXml(rels), "Relationship");
  } catch {
    return [];
  }
  const found: Array<{ kind: DocxStory["kind"]; label: string; part: string }> = [];
  for (const r of relations) {
    const type = STORY_TYPES[(r.attributes["Type"] ?? "").replace(/^.*\//u, "")];
    if (type === undefined || r.attributes["TargetMode"] === "External") continue;
    const target = r.attributes["Target"] ?? "";
    found.push({ ...type, part: target.startsWith("/") ? target.slice(1) : dir + target });
  }
  found.sort((a, b) => a.part.localeCompare(b.part, "en", { numeric: true }));
  const stories: DocxStory[] = [];
  for (const f of found) {
    const xml = pkg.text(f.part);
    if (xml === null) continue;
    let root: XmlElement;
    try {
      root = parseXml(xml);
    } catch {
      continue;
    }
    const containers =
      f.kind === "footnotes" || f.kind === "endnotes"
        ? root.children.filter((c): c is XmlElement => (c.name === "w:footnote" || c.name === "w:endnote") && !/separator|continuation/iu.test((c as XmlElement).attributes["w:type"] ?? ""))
        : [root];
    const story = readStory(xml, f.part, containers);
    if (story.text.trim() === "") continue;
    const same = found.filter((g) => g.kind === f.kind);
    const label = same.length > 1 ? `${f.label} ${same.indexOf(f) + 1}` : f.label;
    stories.push({ ...story, kind: f.kind, label });
  }
  return stories;
}

/** The text of the paragraphs and tables in `containers` (a body, a header, the notes), with its map. */
function readStory(xml: string, part: string, containers: XmlElement[]): DocxText {
  const units: string[] = [];
  const pieceOf: number[] = [];
  const pieces: Piece[] = [];
  let length = 0;
  const emit = (s: string, piece: number): void => {
    units.push(s);
    for (let k = 0; k < s.length; k++) pieceOf.push(piece);
    length += s.length;
  };
  /** Paragraphs met inside a paragraph (a VML text box): read after it. */
  let extra: XmlElement[][] = [];
  let run: XmlElement | null = null;

  const visit = (e: XmlElement): void => {
    const name = e.name;
    if (name === "w:p") return paragraph(e);
    if (name === "w:r") {
      const outer = run;
      run = e;
      children(e);
      run = outer;
      return;
    }
    if (name === "w:t") {
      if (e.children.length === 0) return;
      // Character data only, each stretch decoded where it stands: the comments and processing instructions between
      // them are not text, a CDATA section's content is. An element inside w:t is not a Word document.
      let text = "";
      const offsets: number[] = [];
      for (const c of e.children) {
        if (c.name !== "#text") throw new DocxError(`无法读取 .docx 文件（${part} 的文字元素 w:t 中含有元素 <${c.name}>）；请在 Word 中重新另存为 .docx`);
        const d = decodeWithOffsets(xml, c.start, c.end);
        text += d.text;
        for (const o of d.offsets) offsets.push(o);
      }
      const only = e.children[0]!;
      const verbatim = e.children.length === 1 && only.start === e.startTagEnd && only.end === e.endTagStart && !xml.startsWith("<![CDATA[", only.start);
      pieces.push({ run, node: e, from: length, offsets, verbatim, text });
      // A line break typed into the character data is white space to Word, not a paragraph: read as a space, so that
      // no run of blank lines is collapsed inside a piece (its units stay one for one with the text's).
      emit(text.replace(/[\r\n]/gu, " "), pieces.length - 1);
      return;
    }
    const one = ONE_CHARACTER[name];
    if (one !== undefined) {
      pieces.push({ run, node: e, from: length, offsets: null, verbatim: false, text: one });
      emit(one, pieces.length - 1);
      return;
    }
    if (name === "w:pict") {
      // Its text box's paragraphs come after the paragraph that holds the picture.
      const found: XmlElement[] = [];
      collectParagraphs(e, found);
      extra.push(found);
      return;
    }
    if (name === "mc:AlternateContent") {
      const fallback = childNamed(e, "mc:Fallback");
      if (fallback !== null) children(fallback);
      return;
    }
    if (name === "w:sdt") {
      const content = childNamed(e, "w:sdtContent");
      if (content !== null) children(content);
      return;
    }
    if (name === "w:tr") {
      // A deleted table row gives nothing.
      if (path(e, "w:trPr", "w:del") !== null) return;
      children(e);
      return;
    }
    // A paragraph whose mark is deleted runs on into the next one in its cell, not into a table after it or the next cell.
    if (name === "w:tbl") {
      flush();
      children(e);
      return;
    }
    if (name === "w:tc") {
      children(e);
      flush();
      return;
    }
    if (TRANSPARENT.has(name)) children(e);
  };
  const children = (e: XmlElement): void => {
    for (const c of e.children) if (c.name !== "#text") visit(c as XmlElement);
  };
  /** Paragraphs whose mark was deleted: their content runs on into the next paragraph of the same container. */
  let carried: XmlElement[] = [];
  const paragraph = (p: XmlElement): void => {
    if (path(p, "w:pPr", "w:rPr", "w:del") !== null) {
      carried.push(p);
      return;
    }
    const joined = carried;
    carried = [];
    joined.push(p);
    emitParagraph(joined);
  };
  /** One paragraph of the text made of `parts` (those whose mark was deleted, then the one that ends it), then its text boxes'. */
  const emitParagraph = (parts: XmlElement[]): void => {
    const outerExtra = extra;
    extra = [];
    for (const q of parts) children(q);
    emit("\n\n", -1);
    const mine = extra;
    extra = outerExtra;
    for (const list of mine) {
      for (const q of list) paragraph(q);
      flush();
    }
  };
  /**
   * At the end of a container (the body, a table cell, a text box, a note) or before a table: paragraphs whose mark is
   * deleted have nothing to run on into — Word keeps a cell's and a story's last mark — and stand as a paragraph.
   */
  const flush = (): void => {
    if (carried.length === 0) return;
    const left = carried;
    carried = [];
    emitParagraph(left);
  };
  for (const c of containers) {
    children(c);
    flush();
  }

  return collapse(units.join(""), Int32Array.from(pieceOf), xml, part, pieces);
}

/** The element reached from `e` through children of these names, or null. */
function path(e: XmlElement, ...names: string[]): XmlElement | null {
  let at: XmlElement | null = e;
  for (const n of names) {
    if (at === null) return null;
    at = childNamed(at, n);
  }
  return at;
}

/** The w:p elements under `e` (a text box's), outermost only. */
function collectParagraphs(e: XmlElement, out: XmlElement[]): void {
  for (const c of e.children) {
    if (c.name === "#text") continue;
    const el = c as XmlElement;
    if (el.name === "w:p") out.push(el);
    else collectParagraphs(el, out);
  }
}

/** Runs of three or more line breaks become two, leading and trailing ones go, and one ends the text; the map follows. */
function collapse(raw: string, map: Int32Array, xml: string, part: string, pieces: Piece[]): DocxText {
  let start = 0;
  while (start < raw.length && raw[start] === "\n") start++;
  let end = raw.length;
  while (end > start && raw[end - 1] === "\n") end--;
  const out: string[] = [];
  const pieceOf: number[] = [];
  for (let i = start; i < end; ) {
    if (raw[i] === "\n") {
      let j = i;
      while (j < end && raw[j] === "\n") j++;
      const keep = Math.min(j - i, 2);
      for (let k = 0; k < keep; k++) {
        out.push("\n");
        pieceOf.push(map[i + k]!);
      }
      i = j;
      continue;
    }
    out.push(raw[i]!);
    pieceOf.push(map[i]!);
    i++;
  }
  out.push("\n");
  pieceOf.push(-1);
  // Pieces' `from` in the collapsed text.
  const text = out.join("");
  const firstUnit = new Map<number, number>();
  for (let i = pieceOf.length - 1; i >= 0; i--) if (pieceOf[i]! >= 0) firstUnit.set(pieceOf[i]!, i);
  for (const [k, p] of pieces.entries()) p.from = firstUnit.get(k) ?? -1;
  return { text, xml, part, pieces, pieceOf: Int32Array.from(pieceOf) };
}

const pieceIndexes = new WeakMap<DocxText, Map<XmlElement, number>>();

/** The index of the piece an element holds (its w:t or one-character element), or -1: one lookup table per text. */
export function pieceIndexOf(doc: DocxText, node: XmlElement): number {
  let index = pieceIndexes.get(doc);
  if (index === undefined) {
    index = new Map(doc.pieces.map((p, k) => [p.node, k]));
    pieceIndexes.set(doc, index);
  }
  return index.get(node) ?? -1;
}

/** What every piece of a run cut in two starts with: its start tag (never self-closing) and its properties. */
export function runShell(xml: string, run: XmlElement): { open: string; props: XmlElement | undefined; rPr: string } {
  const props = run.children.find((c) => c.name === "w:rPr") as XmlElement | undefined;
  return { open: xml.slice(run.start, run.startTagEnd).replace(/\/>$/u, ">"), props, rPr: props === undefined ? "" : xml.slice(props.start, props.end) };
}

/**
 * The XML of units [a, b) of a w:t piece, to stand in a w:t or w:delText of their own: Word's bytes where the piece is
 * verbatim, else the units' text escaped anew (a cut inside a CDATA section, or across a comment, would break the XML).
 */
export function pieceXml(xml: string, piece: Piece, a: number, b: number): string {
  const offsets = piece.offsets!;
  if (piece.verbatim) return xml.slice(offsets[a]!, b < offsets.length ? offsets[b]! : piece.node.endTagStart);
  return escapeXml(piece.text.slice(a, b));
}
