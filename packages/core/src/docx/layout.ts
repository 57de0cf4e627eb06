// The layout facts of a Word document that GB/T 9704-2012 prescribes for a 公文: the page and its
// margins, the document grid, for each paragraph of the body text its font, size and alignment as
// Word resolves them (the run's own properties, else its paragraph style's and the styles that
// one is based on, else the document defaults), and whether the footers number the pages. The
// docx-layout check judges them; this module only reads them.
import type { DocxPackage } from "./package.js";
import { readDocxStories, readDocxText } from "./text.js";
import { childNamed, childrenNamed, parseXml, type XmlElement } from "./xml.js";

/** Millimetres (to a tenth). */
export interface PageLayout {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Lines per page of the document grid (w:docGrid with a line pitch), when it sets one. */
  linesPerPage: number | null;
  /** Characters per line of a character grid (w:docGrid linesAndChars), when it sets one. */
  charsPerLine: number | null;
}

/** One paragraph of the body text as Word shows it: the range of its text, and the font, size and alignment of most of its characters. */
export interface ParagraphLayout {
  range: [number, number];
  /** The East Asian font (else the font named for Latin text); null when only a theme font is named. */
  font: string | null;
  /** Points. */
  size: number | null;
  /** w:jc: center, both, left … (null: not set anywhere, Word's left). */
  align: string | null;
}

export interface DocxLayout {
  page: PageLayout | null;
  paragraphs: ParagraphLayout[];
  /** Whether a footer (or header) holds a PAGE field; null when the document has no footer at all. */
  pageNumbers: boolean | null;
  /** The footers' texts, their page fields' shown numbers included. */
  footers: string[];
  /** The size (points) and font of the footers' page-number paragraphs (those holding a PAGE field), as Word resolves them. */
  pageNumberSizes: number[];
  pageNumberFonts: string[];
}

const TWIPS_PER_MM = 1440 / 25.4;
/** A PAGE field, simple (w:fldSimple) or complex (w:instrText). */
const PAGE_FIELD = /(?:w:instr="\s*PAGE\b|<w:instrText[^>]*>\s*PAGE\b)/u;

interface RunStyle {
  font: string | null;
  size: number | null;
}

/** Read the layout facts of a .docx (see the module's comment). */
export function readDocxLayout(pkg: DocxPackage): DocxLayout {
  const doc = readDocxText(pkg);
  const styles = readStyles(pkg.text("word/styles.xml"));
  const root = parseXml(doc.xml);
  const body = childNamed(root, "w:body");
  const sect = body === null ? null : childNamed(body, "w:sectPr");
  const page = sect === null ? null : pageOf(sect, styles.defaults.size ?? 10.5);
  // Each paragraph of the text by the w:p its characters stand in, weighed by its characters.
  const byParagraph = new Map<XmlElement, { range: [number, number]; fonts: Map<string, number>; sizes: Map<number, number> }>();
  for (let i = 0; i < doc.text.length; i++) {
    const k = doc.pieceOf[i]!;
    if (k < 0) continue;
    const piece = doc.pieces[k]!;
    let p: XmlElement | null = piece.node;
    while (p !== null && p.name !== "w:p") p = p.parent;
    if (p === null) continue;
    let entry = byParagraph.get(p);
    if (entry === undefined) {
      entry = { range: [i, i + 1], fonts: new Map(), sizes: new Map() };
      byParagraph.set(p, entry);
    }
    entry.range[1] = i + 1;
    if (/\s/u.test(doc.text[i]!)) continue;
    const style = effectiveRun(piece.run, p, styles);
    if (style.font !== null) entry.fonts.set(style.font, (entry.fonts.get(style.font) ?? 0) + 1);
    if (style.size !== null) entry.sizes.set(style.size, (entry.sizes.get(style.size) ?? 0) + 1);
  }
  const paragraphs: ParagraphLayout[] = [];
  for (const [p, e] of byParagraph) paragraphs.push({ range: e.range, font: most(e.fonts), size: most(e.sizes), align: alignOf(p, styles) });
  paragraphs.sort((a, b) => a.range[0] - b.range[0]);
  const footers = readDocxStories(pkg).filter((s) => s.kind === "footer").map((s) => s.text);
  const numbers = pageNumberRuns(pkg, styles);
  return { page, paragraphs, pageNumbers: pageNumbersOf(pkg), footers, pageNumberSizes: numbers.flatMap((r) => (r.size === null ? [] : [r.size])), pageNumberFonts: numbers.flatMap((r) => (r.font === null ? [] : [r.font])) };
}

/** The run style of the footers' paragraphs that hold a PAGE field (their number's run, else the paragraph's first). */
function pageNumberRuns(pkg: DocxPackage, styles: Styles): RunStyle[] {
  const found: RunStyle[] = [];
  for (const name of pkg.parts.keys()) {
    if (!/^word\/footer\d*\.xml$/u.test(name)) continue;
    let root: XmlElement;
    try {
      root = parseXml(pkg.text(name) ?? "");
    } catch {
      continue;
    }
    const paragraphs: XmlElement[] = [];
    const walk = (e: XmlElement): void => {
      for (const c of e.children) if (c.name !== "#text") (c.name === "w:p" ? paragraphs.push(c as XmlElement) : walk(c as XmlElement));
    };
    walk(root);
    const xml = pkg.text(name) ?? "";
    for (const p of paragraphs) {
      const source = xml.slice(p.start, p.end);
      if (!PAGE_FIELD.test(source)) continue;
      // The run showing the number: inside the simple field, else any run of the paragraph with a size.
      const runs: XmlElement[] = [];
      const collect = (e: XmlElement): void => {
        for (const c of e.children) if (c.name !== "#text") (c.name === "w:r" ? runs.push(c as XmlElement) : collect(c as XmlElement));
      };
      collect(p);
      const numbered = runs.find((r) => /\d/u.test(xml.slice(r.start, r.end).replace(/<[^>]+>/gu, ""))) ?? runs[0] ?? null;
      found.push(effectiveRun(numbered, p, styles));
    }
  }
  return found;
}

function most<T>(counts: Map<T, number>): T | null {
  let best: T | null = null;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

function pageOf(sect: XmlElement, defaultSize: number): PageLayout | null {
  const size = childNamed(sect, "w:pgSz");
  const margins = childNamed(sect, "w:pgMar");
  if (size === null || margins === null) return null;
  const twips = (e: XmlElement, name: string): number => Math.abs(Number(e.attributes[name] ?? "0"));
  const mm = (t: number): number => Math.round((t / TWIPS_PER_MM) * 10) / 10;
  const grid = childNamed(sect, "w:docGrid");
  const pitch = Number(grid?.attributes["w:linePitch"] ?? "0");
  const gridded = grid !== null && /^(lines|linesAndChars|snapToChars)$/u.test(grid.attributes["w:type"] ?? "") && pitch > 0;
  const usable = twips(size, "w:h") - twips(margins, "w:top") - twips(margins, "w:bottom");
  // A character grid's pitch is the default font size plus w:charSpace 4096ths of a point.
  const chars = grid !== null && grid.attributes["w:type"] === "linesAndChars";
  const pitchPt = defaultSize + Number(grid?.attributes["w:charSpace"] ?? "0") / 4096;
  const widthPt = (twips(size, "w:w") - twips(margins, "w:left") - twips(margins, "w:right")) / 20;
  return {
    width: mm(twips(size, "w:w")),
    height: mm(twips(size, "w:h")),
    top: mm(twips(margins, "w:top")),
    bottom: mm(twips(margins, "w:bottom")),
    left: mm(twips(margins, "w:left")),
    right: mm(twips(margins, "w:right")),
    linesPerPage: gridded ? Math.floor(usable / pitch) : null,
    charsPerLine: chars && pitchPt > 0 ? Math.floor(widthPt / pitchPt + 0.01) : null,
  };
}

interface Styles {
  defaults: RunStyle;
  paragraph: Map<string, { run: RunStyle; align: string | null; basedOn: string | null }>;
  normal: string | null;
}

function runStyleOf(rPr: XmlElement | null): RunStyle {
  if (rPr === null) return { font: null, size: null };
  const fonts = childNamed(rPr, "w:rFonts");
  const sz = childNamed(rPr, "w:sz");
  const font = fonts?.attributes["w:eastAsia"] ?? fonts?.attributes["w:ascii"] ?? fonts?.attributes["w:hAnsi"] ?? null;
  return { font, size: sz === null ? null : Number(sz.attributes["w:val"]) / 2 };
}

function readStyles(xml: string | null): Styles {
  // Word's own defaults when the document names none: 10.5 pt (五号).
  const out: Styles = { defaults: { font: null, size: 10.5 }, paragraph: new Map(), normal: null };
  if (xml === null) return out;
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch {
    return out;
  }
  const docDefaults = childNamed(root, "w:docDefaults");
  const rPrDefault = docDefaults === null ? null : childNamed(docDefaults, "w:rPrDefault");
  const d = runStyleOf(rPrDefault === null ? null : childNamed(rPrDefault, "w:rPr"));
  out.defaults = { font: d.font, size: d.size ?? 10.5 };
  for (const s of childrenNamed(root, "w:style")) {
    if (s.attributes["w:type"] !== "paragraph") continue;
    const id = s.attributes["w:styleId"] ?? "";
    const pPr = childNamed(s, "w:pPr");
    const jc = pPr === null ? null : childNamed(pPr, "w:jc");
    out.paragraph.set(id, { run: runStyleOf(childNamed(s, "w:rPr")), align: jc?.attributes["w:val"] ?? null, basedOn: childNamed(s, "w:basedOn")?.attributes["w:val"] ?? null });
    if (s.attributes["w:default"] === "1") out.normal = id;
  }
  return out;
}

/** A paragraph's style and the styles it is based on, nearest first. */
function styleChain(p: XmlElement, styles: Styles): Array<{ run: RunStyle; align: string | null }> {
  const pPr = childNamed(p, "w:pPr");
  let id: string | null = (pPr === null ? null : childNamed(pPr, "w:pStyle")?.attributes["w:val"]) ?? styles.normal;
  const chain: Array<{ run: RunStyle; align: string | null }> = [];
  const seen = new Set<string>();
  while (id !== null && id !== undefined && !seen.has(id)) {
    seen.add(id);
    const s = styles.paragraph.get(id);
    if (s === undefined) break;
    chain.push(s);
    id = s.basedOn;
  }
  return chain;
}

function effectiveRun(run: XmlElement | null, p: XmlElement, styles: Styles): RunStyle {
  const rPr = run === null ? null : childNamed(run, "w:rPr");
  const own = runStyleOf(rPr);
  const chain = styleChain(p, styles);
  return {
    font: own.font ?? chain.find((s) => s.run.font !== null)?.run.font ?? styles.defaults.font,
    size: own.size ?? chain.find((s) => s.run.size !== null)?.run.size ?? styles.defaults.size,
  };
}

function alignOf(p: XmlElement, styles: Styles): string | null {
  const pPr = childNamed(p, "w:pPr");
  const jc = pPr === null ? null : childNamed(pPr, "w:jc");
  return jc?.attributes["w:val"] ?? styleChain(p, styles).find((s) => s.align !== null)?.align ?? null;
}

/** Whether the footers (or headers) hold a PAGE field; null when the document has no footer. */
function pageNumbersOf(pkg: DocxPackage): boolean | null {
  const parts = [...pkg.parts.keys()].filter((n) => /^word\/(footer|header)\d*\.xml$/u.test(n));
  if (!parts.some((n) => n.includes("footer"))) return null;
  return parts.some((n) => PAGE_FIELD.test(pkg.text(n) ?? ""));
}
