// A small XML reader for the parts of a Word package: elements with their exact place in the
// source string, so that text can be mapped back to it and the source edited by splicing —
// everything not edited stays byte for byte as Word wrote it. Word's XML has no DTD and no
// entities beyond the five predefined ones and character references; comments, processing
// instructions and CDATA sections are skipped over whole.

/** An element: its name, attributes, children and where it stands in the source. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** Offsets of `<` of the start tag and just past its `>`. */
  start: number;
  startTagEnd: number;
  /** Offset of `<` of the end tag (= startTagEnd for an empty element) and just past the element. */
  endTagStart: number;
  end: number;
  parent: XmlElement | null;
}

/** Character data between tags: its raw source span (entities not yet resolved). */
export interface XmlText {
  name: "#text";
  start: number;
  end: number;
  parent: XmlElement;
}

export type XmlNode = XmlElement | XmlText;

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

const NAME_END = /[\s/>]/u;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/gu;

/** Parse `source` into its root element (the document element). Throws XmlError on malformed XML. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: "#document", attributes: {}, children: [], start: 0, startTagEnd: 0, endTagStart: source.length, end: source.length, parent: null };
  let current = root;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf("<", i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i && current !== root) current.children.push({ name: "#text", start: i, end: textEnd, parent: current });
    if (lt === -1) break;
    if (source.startsWith("<!--", lt)) {
      i = skipPast(source, "-->", lt);
    } else if (source.startsWith("<?", lt)) {
      i = skipPast(source, "?>", lt);
    } else if (source.startsWith("<![CDATA[", lt)) {
      const end = skipPast(source, "]]>", lt);
      if (current !== root) current.children.push({ name: "#text", start: lt, end, parent: current });
      i = end;
    } else if (source.startsWith("<!", lt)) {
      i = skipPast(source, ">", lt);
    } else if (source[lt + 1] === "/") {
      const gt = source.indexOf(">", lt);
      if (gt === -1) throw new XmlError("结束标签不完整");
      const name = source.slice(lt + 2, gt).trim();
      if (name !== current.name) throw new XmlError(`结束标签 </${name}> 与 <${current.name}> 不匹配`);
      current.endTagStart = lt;
      current.end = gt + 1;
      current = current.parent ?? root;
      i = gt + 1;
    } else {
      const gt = tagEnd(source, lt);
      const selfClosing = source[gt - 1] === "/";
      const body = source.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const nameEnd = body.search(NAME_END);
      const name = nameEnd === -1 ? body : body.slice(0, nameEnd);
      const attributes: Record<string, string> = {};
      if (nameEnd !== -1) for (const m of body.slice(nameEnd).matchAll(ATTRIBUTE)) attributes[m[1]!] = unescapeXml(m[3] ?? m[4] ?? "");
      const element: XmlElement = { name, attributes, children: [], start: lt, startTagEnd: gt + 1, endTagStart: gt + 1, end: gt + 1, parent: current };
      current.children.push(element);
      if (!selfClosing) current = element;
      i = gt + 1;
    }
  }
  if (current !== root) throw new XmlError(`元素 <${current.name}> 没有结束`);
  const top = root.children.find((c): c is XmlElement => c.name !== "#text");
  if (top === undefined) throw new XmlError("没有根元素");
  top.parent = null;
  return top;
}

function skipPast(source: string, what: string, from: number): number {
  const at = source.indexOf(what, from);
  if (at === -1) throw new XmlError(`缺少“${what}”`);
  return at + what.length;
}

/** The `>` closing the start tag at `lt`, skipping `>` inside quoted attribute values. */
function tagEnd(source: string, lt: number): number {
  let quote = "";
  for (let i = lt + 1; i < source.length; i++) {
    const c = source[i]!;
    if (quote !== "") {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  throw new XmlError("开始标签不完整");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Resolve the predefined entities and character references of XML character data. */
export function unescapeXml(raw: string): string {
  if (!raw.includes("&")) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/gu, (whole, ref: string) => {
    // A reference to no character (&#x110000;) or to an entity XML does not define (&nbsp;) stays as written.
    if (ref.startsWith("#")) {
      const code = ref.startsWith("#x") ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

/** Escape text for character data or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/gu, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/**
 * The decoded text of raw character data with, for each UTF-16 unit of it, the offset in `source`
 * of the raw text it came from (an entity maps every unit it yields to its `&`).
 */
export function decodeWithOffsets(source: string, start: number, end: number): { text: string; offsets: number[] } {
  if (source.startsWith("<![CDATA[", start)) {
    const text = source.slice(start + 9, end - 3);
    return { text, offsets: Array.from({ length: text.length }, (_, k) => start + 9 + k) };
  }
  let text = "";
  const offsets: number[] = [];
  for (let i = start; i < end; ) {
    if (source[i] === "&") {
      const semi = source.indexOf(";", i);
      const piece = semi !== -1 && semi < end ? unescapeXml(source.slice(i, semi + 1)) : "";
      // A reference the reader does not resolve (&bogus;) is text as written, each character at its own offset.
      if (piece !== "" && piece !== source.slice(i, semi + 1)) {
        text += piece;
        for (let k = 0; k < piece.length; k++) offsets.push(i);
        i = semi + 1;
        continue;
      }
    }
    text += source[i];
    offsets.push(i);
    i++;
  }
  return { text, offsets };
}

/** The element children of `e` named `name`. */
export function childrenNamed(e: XmlElement, name: string): XmlElement[] {
  return e.children.filter((c): c is XmlElement => c.name === name);
}

/** The first element child of `e` named `name`, or null. */
export function childNamed(e: XmlElement, name: string): XmlElement | null {
  return (e.children.find((c) => c.name === name) as XmlElement | undefined) ?? null;
}
