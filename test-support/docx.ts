// Word documents for the tests, built part by part: a body written as WordprocessingML (so a test
// can split runs mid-word, add a table, a hyperlink, tracked changes, fields, a text box, existing
// comments …), with the package parts Word writes around it.
import { strToU8, zipSync } from "fflate";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function escapeXml(s: string): string {
  return s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

/** A paragraph of one run per piece (pieces cut anywhere: the runs split mid-word as Word's do), each with its own formatting. */
export function paragraph(...pieces: string[]): string {
  return `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${pieces.map((t, i) => `<w:r w:rsidR="00A1B2C${i % 10}"><w:rPr>${i % 2 === 0 ? "<w:b/>" : '<w:color w:val="FF0000"/>'}</w:rPr><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`).join("")}</w:p>`;
}

export interface DocxParts {
  /** The body's content (paragraphs, tables …) as WordprocessingML. */
  body: string;
  /** The comments part's comments (w:comment elements), if the document has comments already. */
  comments?: string;
  /** More parts, by name (a picture, custom XML), kept as given. */
  extra?: Record<string, string | Uint8Array>;
  /** A header's and a footer's content (paragraphs), and footnotes (w:footnote elements; the separators are added). */
  header?: string;
  footer?: string;
  footnotes?: string;
  /** The section properties' page size, margins and grid (default: A4 with GB/T 9704's margins, no grid). */
  page?: string;
}

/** A .docx with the body given, a styles part, settings and (optionally) comments. */
export function buildDocx(parts: DocxParts): Uint8Array {
  const overrides = [
    ["/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"],
    ["/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"],
    ["/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"],
    ...(parts.comments === undefined ? [] : [["/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"]]),
    ...(parts.header === undefined ? [] : [["/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"]]),
    ...(parts.footer === undefined ? [] : [["/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"]]),
    ...(parts.footnotes === undefined ? [] : [["/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"]]),
  ];
  const rels = [
    `<Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId2" Type="${R}/settings" Target="settings.xml"/>`,
    `<Relationship Id="rId3" Type="${R}/hyperlink" Target="https://www.gov.cn/" TargetMode="External"/>`,
    ...(parts.comments === undefined ? [] : [`<Relationship Id="rId4" Type="${R}/comments" Target="comments.xml"/>`]),
    ...(parts.header === undefined ? [] : [`<Relationship Id="rId5" Type="${R}/header" Target="header1.xml"/>`]),
    ...(parts.footer === undefined ? [] : [`<Relationship Id="rId6" Type="${R}/footer" Target="footer1.xml"/>`]),
    ...(parts.footnotes === undefined ? [] : [`<Relationship Id="rId7" Type="${R}/footnotes" Target="footnotes.xml"/>`]),
  ];
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`,
    ),
    "_rels/.rels": strToU8(`${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`),
    "word/_rels/document.xml.rels": strToU8(`${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`),
    "word/document.xml": strToU8(
      `${xml}<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body>${parts.body}<w:sectPr>${parts.header === undefined ? "" : '<w:headerReference w:type="default" r:id="rId5"/>'}${parts.footer === undefined ? "" : '<w:footerReference w:type="default" r:id="rId6"/>'}${parts.page ?? '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'}</w:sectPr></w:body></w:document>`,
    ),
    "word/styles.xml": strToU8(
      `${xml}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style></w:styles>`,
    ),
    "word/settings.xml": strToU8(`${xml}<w:settings xmlns:w="${W}"><w:zoom w:percent="100"/></w:settings>`),
  };
  if (parts.header !== undefined) files["word/header1.xml"] = strToU8(`${xml}<w:hdr xmlns:w="${W}">${parts.header}</w:hdr>`);
  if (parts.footer !== undefined) files["word/footer1.xml"] = strToU8(`${xml}<w:ftr xmlns:w="${W}">${parts.footer}</w:ftr>`);
  if (parts.footnotes !== undefined) {
    const separators = `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`;
    files["word/footnotes.xml"] = strToU8(`${xml}<w:footnotes xmlns:w="${W}">${separators}${parts.footnotes}</w:footnotes>`);
  }
  if (parts.comments !== undefined) files["word/comments.xml"] = strToU8(`${xml}<w:comments xmlns:w="${W}">${parts.comments}</w:comments>`);
  for (const [name, content] of Object.entries(parts.extra ?? {})) files[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(files);
}

/** A minimal .docx whose body is one single-run paragraph per string. */
export function makeDocx(paragraphs: string[]): Uint8Array {
  return buildDocx({ body: paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join("") });
}

/** Text as the .docx reader gives it: a document has paragraphs, not runs of blank lines. */
export function asRead(text: string): string {
  return text.replace(/\n{3,}/gu, "\n\n").replace(/^\n+|\n+$/gu, "") + "\n";
}

export interface TextEdit {
  range: readonly [number, number];
  text: string;
}

/** `text` with non-overlapping edits applied. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range[0] - a.range[0])) out = out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]);
  return out;
}

/**
 * Non-overlapping edits of `text`, in order, from a property test's draws ([start, length, replacement]): each starts
 * after the one before and none touches the text's last line break. An edit `accept` refuses is left out (its place
 * is still used up).
 */
export function pickEdits(text: string, picks: ReadonlyArray<readonly [number, number, string]>, accept: (start: number, end: number) => boolean = () => true): TextEdit[] {
  const chosen: TextEdit[] = [];
  let from = 0;
  for (const [s, len, by] of picks) {
    const start = from + (s % Math.max(1, text.length - from));
    const end = Math.min(text.length - 1, start + len);
    if (start >= text.length - 1 || end < start) break;
    if (accept(start, end)) chosen.push({ range: [start, end], text: by });
    from = end + 1;
  }
  return chosen;
}
