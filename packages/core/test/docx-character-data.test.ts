// A w:t's character data in every form XML allows — a comment or processing instruction between two stretches, a
// CDATA section, a reference the reader does not resolve, line breaks — read as text without its markup, and cut by
// comments and tracked changes without breaking the XML or changing a character. Found by mutating real documents' XML (an
// annotated copy that Word could not open; a revision that left its text elsewhere).
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { applyEdits, asRead, buildDocx, paragraph } from "@report-lint/test-support/docx";
import { annotateDocx, DocxError, DocxPackage, readDocxText, reviseDocx } from "../src/index.js";

const date = new Date("2026-01-01T00:00:00Z");

/** A document of two paragraphs whose first w:t holds `inner` as its raw XML. */
function withText(inner: string): Uint8Array {
  return buildDocx({ body: `<w:p><w:r><w:t xml:space="preserve">${inner}</w:t></w:r><w:r><w:t>尾</w:t></w:r></w:p>${paragraph("第二段。")}` });
}

const read = (bytes: Uint8Array): string => readDocxText(DocxPackage.open(bytes)).text;

/** Every range of up to three units of the text, the line breaks' included. */
function ranges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let a = 0; a < text.length; a++) for (let b = a; b <= Math.min(text.length, a + 3); b++) out.push([a, b]);
  return out;
}

const CASES: Array<[string, string]> = [
  ["甲乙<!-- 作者的注释 -->丙丁", "甲乙丙丁"],
  ["甲乙<?mso-application progid?>丙丁", "甲乙丙丁"],
  ["<![CDATA[甲乙丙丁]]>", "甲乙丙丁"],
  ["甲<![CDATA[乙<丙>&]]>丁", "甲乙<丙>&丁"],
  ["甲&amp;乙&#x4E00;&#19968;丙", "甲&乙一一丙"],
  // Not resolved: text as written (a reference to no character, an entity XML does not define, a bare ampersand).
  ["甲&bogus;乙&#x110000;丙 & 丁", "甲&bogus;乙&#x110000;丙 & 丁"],
  // Line breaks typed into the character data: white space to Word and LibreOffice, not paragraphs (a run of them was
  // collapsed as blank lines are, and the units after it no longer matched their offsets).
  ["甲\n乙\n\n\n\n丙\r\n丁", "甲 乙    丙  丁"],
];

describe("a w:t's character data", () => {
  it.each(CASES)("%s reads as %s", (inner, text) => {
    expect(read(withText(inner))).toBe(`${text}尾\n\n第二段。\n`);
  });

  it.each(CASES)("%s: a comment on any range keeps every character and the XML whole", (inner) => {
    const bytes = withText(inner);
    const text = read(bytes);
    for (const range of ranges(text)) {
      const pkg = DocxPackage.open(bytes);
      expect(annotateDocx(pkg, [{ range, text: "请核对" }])).toBe(1);
      const again = DocxPackage.open(pkg.bytes());
      expect(read(pkg.bytes()), `range ${range}`).toBe(text);
      expect(again.text("word/comments.xml")).toContain("请核对");
    }
  });

  it.each(CASES)("%s: a tracked change of any range reads, accepted, as the edited text", (inner) => {
    const bytes = withText(inner);
    const text = read(bytes);
    for (const range of ranges(text)) {
      const pkg = DocxPackage.open(bytes);
      const edit = { range, text: "改" };
      const result = reviseDocx(pkg, [edit], { date });
      expect(read(pkg.bytes()), `range ${range}`).toBe(result.applied === 1 ? asRead(applyEdits(text, [edit])) : text);
    }
  });

  it("keeps Word's bytes where the text is one plain stretch (an entity stays an entity)", () => {
    const bytes = withText("甲&amp;乙丙");
    const pkg = DocxPackage.open(bytes);
    annotateDocx(pkg, [{ range: [2, 3], text: "请核对" }]);
    const xml = strFromU8(unzipSync(pkg.bytes())["word/document.xml"]!);
    expect(xml).toContain(`<w:t xml:space="preserve">甲&amp;</w:t>`);
  });

  it("refuses an element inside w:t, which Word does not open, naming the part", () => {
    for (const inner of ["甲乙<w:tab/>丙丁", "甲<w:r><w:t>乙</w:t></w:r>丙"]) {
      expect(() => read(withText(inner))).toThrow(DocxError);
      expect(() => read(withText(inner))).toThrow(/word\/document\.xml 的文字元素 w:t 中含有元素/u);
    }
  });
});

describe("annotating a document whose relationships part is not XML", () => {
  it("is a DocxError naming the part, not a crash", () => {
    const files = unzipSync(buildDocx({ body: paragraph("正文。") }));
    files["word/_rels/document.xml.rels"] = strToU8(strFromU8(files["word/_rels/document.xml.rels"]!).replace("</Relationships>", "</Relationship>"));
    const pkg = DocxPackage.open(zipSync(files));
    expect(read(zipSync(files))).toBe("正文。\n");
    expect(() => annotateDocx(pkg, [{ range: [0, 2], text: "请核对" }])).toThrow(DocxError);
    expect(() => annotateDocx(pkg, [{ range: [0, 2], text: "请核对" }])).toThrow(/关系部件 word\/_rels\/document\.xml\.rels 不是有效的 XML/u);
  });
});
