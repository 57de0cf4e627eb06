// A report as a Word document laid out as GB/T 9704-2012 prescribes for a 公文: A4 paper with
// its margins (上 37 mm、下 35 mm、左 28 mm、右 26 mm), a 22-line grid of 28 characters, the title
// in 2号方正小标宋简体 centred, the body in 3号仿宋_GB2312 indented two characters, first-level
// headings in 黑体 and second-level ones in 楷体 (bound to the outline levels, so Word's navigation
// pane shows them), the signature and date right-aligned, page numbers “— 1 —” in 4号宋体 at the
// foot. Placeholders (【待填写：…】) are highlighted for the clerk to replace. report-lint init
// writes its template with it; the docx-layout check passes it.
import { strToU8, zipSync } from "fflate";
import { escapeXml } from "./xml.js";

/** One paragraph of the document and what it is. */
export interface DocxParagraph {
  kind: "title" | "heading1" | "heading2" | "body" | "plain" | "signature";
  text: string;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const PLACEHOLDER = /【待填写[^】]*】/gu;

const STYLE_OF: Record<DocxParagraph["kind"], string> = { title: "Title", heading1: "Heading1", heading2: "Heading2", body: "Normal", plain: "Plain", signature: "Signature" };

/** The runs of a paragraph's text: placeholders highlighted yellow, the rest plain. */
function runs(text: string): string {
  const out: string[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > at) out.push(`<w:r><w:t xml:space="preserve">${escapeXml(text.slice(at, m.index))}</w:t></w:r>`);
    out.push(`<w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">${escapeXml(m[0])}</w:t></w:r>`);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(`<w:r><w:t xml:space="preserve">${escapeXml(text.slice(at))}</w:t></w:r>`);
  return out.join("");
}

const font = (name: string): string => `<w:rFonts w:ascii="${name}" w:eastAsia="${name}" w:hAnsi="${name}" w:hint="eastAsia"/>`;

const STYLES =
  `${HEAD}<w:styles xmlns:w="${W}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr>${font("仿宋_GB2312")}<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:line="579" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:rPr>${font("仿宋_GB2312")}<w:sz w:val="32"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="Plain Text Line"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:spacing w:line="700" w:lineRule="exact"/></w:pPr><w:rPr>${font("方正小标宋简体")}<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>${font("黑体")}<w:sz w:val="32"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>${font("楷体_GB2312")}<w:sz w:val="32"/></w:rPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0" w:rightChars="400" w:right="1280"/><w:jc w:val="right"/></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr>${font("宋体")}<w:sz w:val="28"/></w:rPr></w:style>` +
  `</w:styles>`;

/** A .docx of `paragraphs` laid out per GB/T 9704 (see the module's comment). */
export function buildReportDocx(paragraphs: readonly DocxParagraph[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:pPr><w:pStyle w:val="${STYLE_OF[p.kind]}"/></w:pPr>${runs(p.text)}</w:p>`).join("");
  // 22 lines of 28 characters on the 156 × 225 mm type area: a line pitch of 579 twips, and the
  // character pitch 16 pt − 849/4096 pt (3号 less a little: 28 of them fill the 156 mm line).
  const section =
    `<w:sectPr><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/>` +
    `<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1304" w:gutter="0"/>` +
    `<w:cols w:space="720"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>`;
  const footer = `<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>`;
  return zipSync({
    "[Content_Types].xml": [
      strToU8(
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
          `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
          `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
          `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
      ),
      { level: 6 },
    ],
    "_rels/.rels": strToU8(`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`),
    "word/_rels/document.xml.rels": strToU8(
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/settings" Target="settings.xml"/><Relationship Id="rId3" Type="${R}/footer" Target="footer1.xml"/></Relationships>`,
    ),
    "word/document.xml": strToU8(`${HEAD}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${section}</w:body></w:document>`),
    "word/styles.xml": strToU8(STYLES),
    "word/settings.xml": strToU8(`${HEAD}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/></w:settings>`),
    "word/footer1.xml": strToU8(`${HEAD}<w:ftr xmlns:w="${W}">${footer}</w:ftr>`),
  });
}
