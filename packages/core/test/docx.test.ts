import { createRequire } from "node:module";
import { strFromU8, unzipSync } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, asRead, buildDocx, escapeXml, paragraph, pickEdits } from "@report-lint/test-support/docx";
import { zipOf } from "../../../test-support/zip.js";
import { annotateDocx, readDocxStories, reviseDocx, checkZipSizes, DocxError, DocxPackage, extractDocxText, MAX_DOCX_UNCOMPRESSED_BYTES, readDocxText } from "../src/index.js";

const mammoth = createRequire(import.meta.url)("mammoth") as { extractRawText(o: { buffer: Buffer }): Promise<{ value: string }> };

/** The text mammoth gives, as report-lint read .docx files before it had its own reader. */
async function mammothText(bytes: Uint8Array): Promise<string> {
  const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  return raw.replace(/\n{3,}/gu, "\n\n").replace(/^\n+|\n+$/gu, "") + "\n";
}

/** A body with what real reports have: runs split mid-word, a table, a hyperlink, tracked changes, a field, tabs, a text box, a content control, a bookmark, a footnote reference and a comment. */
const RICH = [
  paragraph("关于2025年度法治", "政府建设情况的报告"),
  `<w:p><w:r><w:t>一、主要举措</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>和成效</w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/></w:p>`,
  paragraph("全面推进依", "法行", "政，思想思想认识不断提高。"),
  `<w:p><w:hyperlink r:id="rId3"><w:r><w:t>中国政府网</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve">发布了&lt;通知&gt;&amp;意见。</w:t></w:r></w:p>`,
  `<w:p><w:r><w:t>全年办理</w:t></w:r><w:del w:id="1" w:author="张三" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>行政复议</w:delText></w:r></w:del><w:ins w:id="2" w:author="张三" w:date="2025-01-01T00:00:00Z"><w:r><w:t>行政诉讼</w:t></w:r></w:ins><w:r><w:t>案件12件。</w:t></w:r></w:p>`,
  `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2026年1月15日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>事项</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数量</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>行政</w:t></w:r><w:r><w:t>复议</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
  `<w:p><w:r><w:t>见附图</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框中的说明文字。</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>。</w:t></w:r></w:p>`,
  `<w:sdt><w:sdtPr><w:alias w:val="落款"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>某某镇人民政府</w:t></w:r></w:p></w:sdtContent></w:sdt>`,
  `<w:p><w:commentRangeStart w:id="7"/><w:r><w:t>已有批注的文字</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r><w:r><w:t>，脚注在此</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r></w:p>`,
  `<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="张三" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t>段落标记被删除的一段</w:t></w:r></w:p>`,
  paragraph("接着上一段。"),
  `<w:p><mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>新版</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>旧版</w:t></w:r></mc:Fallback></mc:AlternateContent><w:r><w:t>内容</w:t></w:r></w:p>`,
  `<w:p/>`,
  `<w:p><w:r><w:noBreakHyphen/><w:t>结尾</w:t><w:softHyphen/></w:r></w:p>`,
].join("");
const EXISTING_COMMENT = `<w:comment w:id="7" w:author="审核人" w:date="2025-02-01T00:00:00Z" w:initials="SH"><w:p><w:r><w:t>请核实。</w:t></w:r></w:p></w:comment>`;

/**
 * The text each comment of an annotated document.xml is anchored on, read independently of
 * report-lint's reader: the document's text runs (w:t, w:tab) in order between a comment's
 * range start and end, outside deleted text and field instructions.
 */
function anchored(xml: string): Map<string, string> {
  const open = new Map<string, string>();
  const done = new Map<string, string>();
  const tokens = /<w:commentRangeStart w:id="(\d+)"\/>|<w:commentRangeEnd w:id="(\d+)"\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:del\b[^>]*>[\s\S]*?<\/w:del>|<mc:Choice\b[\s\S]*?<\/mc:Choice>/gu;
  for (const m of xml.matchAll(tokens)) {
    if (m[1] !== undefined) open.set(m[1], "");
    else if (m[2] !== undefined) {
      done.set(m[2], open.get(m[2]) ?? "");
      open.delete(m[2]);
    } else if (m[0].startsWith("<w:del") || m[0].startsWith("<mc:Choice")) continue;
    else {
      const text = m[0] === "<w:tab/>" ? "\t" : m[3]!.replace(/&lt;/gu, "<").replace(/&gt;/gu, ">").replace(/&amp;/gu, "&");
      for (const id of open.keys()) open.set(id, open.get(id) + text);
    }
  }
  return done;
}

function partsOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

describe("reading a .docx", () => {
  it("gives the text mammoth gave, on a document with everything real reports have", async () => {
    const bytes = buildDocx({ body: RICH, comments: EXISTING_COMMENT });
    const ours = await extractDocxText(bytes);
    expect(ours).toBe(await mammothText(bytes));
    expect(ours).toContain("全面推进依法行政，思想思想认识不断提高。");
    expect(ours).toContain("全年办理行政诉讼案件12件。");
    expect(ours).not.toContain("行政复议案件");
    expect(ours).not.toContain("DATE");
    expect(ours).toContain("段落标记被删除的一段接着上一段。");
    expect(ours).toContain("见附图。\n\n文本框中的说明文字。");
    expect(ours).toContain("旧版内容");
  });

  it("keeps the text of a paragraph whose deleted mark has nothing to run on into: the last of the body or of a cell, before a table", () => {
    const deleted = `<w:pPr><w:rPr><w:del w:id="1" w:author="审核人" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr>`;
    const cases: Array<[string, string]> = [
      // Word keeps the body's last mark: accepting the deletion leaves the signature where it was (mammoth drops it).
      [`<w:p><w:r><w:t>正文。</w:t></w:r></w:p><w:p>${deleted}<w:r><w:t>某某镇人民政府</w:t></w:r></w:p>`, "正文。\n\n某某镇人民政府\n"],
      // A paragraph cannot run on into a table (mammoth joins it to the first cell).
      [`<w:p>${deleted}<w:r><w:t>表格前</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`, "表格前\n\n单元格\n"],
      // Nor a cell's last paragraph into the next cell.
      [`<w:tbl><w:tr><w:tc><w:p>${deleted}<w:r><w:t>格内末段</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>下一格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`, "格内末段\n\n下一格\n"],
      // Inside a cell it runs on as in the body.
      [`<w:tbl><w:tr><w:tc><w:p>${deleted}<w:r><w:t>甲</w:t></w:r></w:p><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`, "甲乙\n"],
      // And a text box's last paragraph does not run on into the body's next one.
      [`<w:p><w:r><w:t>见图</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>${deleted}<w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p><w:p><w:r><w:t>下一段</w:t></w:r></w:p>`, "见图\n\n框内\n\n下一段\n"],
    ];
    for (const [body, want] of cases) expect(readDocxText(DocxPackage.open(buildDocx({ body }))).text, body).toBe(want);
  });

  it("reads a simple field's shown result as a complex field's (a date inserted as a field)", () => {
    const body = `<w:p><w:r><w:t>某某镇人民政府</w:t></w:r></w:p><w:p><w:fldSimple w:instr=" CREATEDATE \\@ &quot;yyyy年M月d日&quot; "><w:r><w:t>2025年1月10日</w:t></w:r></w:fldSimple></w:p>`;
    expect(readDocxText(DocxPackage.open(buildDocx({ body }))).text).toBe("某某镇人民政府\n\n2025年1月10日\n");
  });

  it("reads the runs of a bidirectional embedding (w:dir, w:bdo) as any others", () => {
    const body = `<w:p><w:r><w:t>依法</w:t></w:r><w:dir w:val="ltr"><w:r><w:t>行政</w:t></w:r></w:dir><w:bdo w:val="ltr"><w:r><w:t>工作</w:t></w:r></w:bdo></w:p>`;
    expect(readDocxText(DocxPackage.open(buildDocx({ body }))).text).toBe("依法行政工作\n");
  });

  it("maps every character back to the XML it came from", () => {
    const pkg = DocxPackage.open(buildDocx({ body: RICH }));
    const doc = readDocxText(pkg);
    for (let i = 0; i < doc.text.length; i++) {
      const p = doc.pieceOf[i]!;
      if (p < 0) {
        expect(doc.text[i]).toBe("\n");
        continue;
      }
      const piece = doc.pieces[p]!;
      if (piece.offsets === null) continue;
      const raw = doc.xml.slice(piece.offsets[i - piece.from]!, piece.offsets[i - piece.from]! + 5);
      // The character itself, or the entity that stands for it.
      expect(raw.startsWith(doc.text[i]!) || raw.startsWith("&")).toBe(true);
    }
  });

  it("refuses what is not a .docx with one clear line", async () => {
    await expect(extractDocxText(new TextEncoder().encode("not a zip"))).rejects.toThrow("不是有效的 .docx 文件");
    const noBody = buildDocx({ body: "" });
    const parts = partsOf(noBody);
    delete parts["word/document.xml"];
    const { zipSync } = await import("fflate");
    await expect(extractDocxText(zipSync(parts))).rejects.toThrow("缺少正文");
    const broken = { ...partsOf(noBody), "word/document.xml": new TextEncoder().encode("<w:document><w:body><w:p></w:body>") };
    await expect(extractDocxText(zipSync(broken))).rejects.toThrow("正文不是有效的 XML");
  });
});

describe("the other stories of a .docx", () => {
  it("reads headers, footers and footnotes (not the separators Word keeps among the notes), each with its own map", () => {
    const pkg = DocxPackage.open(
      buildDocx({
        body: paragraph("正文。"),
        header: paragraph("某某县人民政府", "办公室"),
        footer: paragraph("— 1 —"),
        footnotes: `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 第一个脚注。</w:t></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>第二个脚注。</w:t></w:r></w:p></w:footnote>`,
      }),
    );
    const stories = readDocxStories(pkg);
    expect(stories.map((s) => [s.kind, s.label, s.part, s.text])).toEqual([
      ["footer", "页脚", "word/footer1.xml", "— 1 —\n"],
      ["footnotes", "脚注", "word/footnotes.xml", " 第一个脚注。\n\n第二个脚注。\n"],
      ["header", "页眉", "word/header1.xml", "某某县人民政府办公室\n"],
    ]);
    const notes = stories[1]!;
    const at = notes.text.indexOf("第二");
    expect(notes.xml.slice(notes.pieces[notes.pieceOf[at]!]!.offsets![0]!, notes.pieces[notes.pieceOf[at]!]!.offsets![0]! + 2)).toBe("第二");
    expect(readDocxText(pkg).text).toBe("正文。\n");
  });
});

describe("annotating a .docx", () => {
  const date = new Date("2026-03-01T08:00:00Z");

  it("anchors each comment on exactly its text, runs split mid-word and all, and keeps the text and every other part", () => {
    const bytes = buildDocx({ body: RICH, comments: EXISTING_COMMENT, extra: { "word/media/image1.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) } });
    const pkg = DocxPackage.open(bytes);
    const text = readDocxText(pkg).text;
    const want = ["依法行政", "思想思想", "法治政府", "<通知>&意见", "行政诉讼案件", "2026年1月15日", "行政复议", "主要举措\t和成效", "已有批注的文字", "文本框中的说明", "某某镇人民政府", "段落标记被删除的一段接着"];
    const comments = want.map((w) => {
      const at = text.indexOf(w);
      expect(at, w).toBeGreaterThanOrEqual(0);
      return { range: [at, at + w.length] as const, text: `【测试】${w}` };
    });
    expect(annotateDocx(pkg, comments, { date })).toBe(want.length);
    const out = pkg.bytes();
    const after = DocxPackage.open(out);
    // The text is unchanged.
    expect(readDocxText(after).text).toBe(text);
    // Each new comment (ids after the existing 7) covers exactly its text.
    const spans = anchored(after.text("word/document.xml")!);
    want.forEach((w, k) => expect(spans.get(String(8 + k)), w).toBe(w.replace(/\n/gu, "")));
    expect(spans.get("7")).toBe("已有批注的文字");
    // The comments part keeps the reviewer's comment and adds ours, authored report-lint.
    const commentsXml = after.text("word/comments.xml")!;
    expect(commentsXml).toContain('w:author="审核人"');
    expect(commentsXml).toContain(`<w:comment w:id="8" w:author="report-lint" w:date="2026-03-01T08:00:00Z" w:initials="RL">`);
    expect(commentsXml).toContain(escapeXml("【测试】<通知>&意见"));
    // Every other part is byte-identical.
    const before = partsOf(bytes);
    const now = partsOf(out);
    for (const name of Object.keys(before)) {
      if (name === "word/document.xml" || name === "word/comments.xml") continue;
      expect(Buffer.from(now[name]!).equals(Buffer.from(before[name]!)), name).toBe(true);
    }
    expect(Object.keys(now)).toEqual(Object.keys(before));
  });

  it("adds the comments part, its relationship and content type to a document that has none", () => {
    const pkg = DocxPackage.open(buildDocx({ body: paragraph("坚持以习近平法治思想思想为指导。") }));
    const text = readDocxText(pkg).text;
    const at = text.indexOf("思想思想");
    annotateDocx(pkg, [{ range: [at + 2, at + 4], text: "“思想思想”重复" }], { date });
    const out = DocxPackage.open(pkg.bytes());
    expect(out.text("word/comments.xml")).toContain("“思想思想”重复");
    expect(out.text("word/_rels/document.xml.rels")).toMatch(/<Relationship Id="rId4" Type="[^"]+\/comments" Target="comments.xml"\/>/u);
    expect(out.text("[Content_Types].xml")).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>');
    expect(anchored(out.text("word/document.xml")!).get("0")).toBe("思想");
  });

  it("puts a comment on the character before a range that is only a paragraph break", () => {
    const pkg = DocxPackage.open(buildDocx({ body: paragraph("上一段没有句号") + paragraph("下一段。") }));
    const text = readDocxText(pkg).text;
    const br = text.indexOf("\n");
    annotateDocx(pkg, [{ range: [br, br + 2], text: "段落断开" }], { date });
    expect(anchored(DocxPackage.open(pkg.bytes()).text("word/document.xml")!).get("0")).toBe("号");
  });

  it("never lands a comment on the wrong text (generated documents, random ranges)", () => {
    const piece = fc.stringMatching(/^[一-龥，。、a-z0-9 &<>]{1,6}$/u);
    const paragraphs = fc.array(fc.array(piece, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(paragraphs, fc.array(fc.tuple(fc.nat(), fc.nat(8)), { minLength: 1, maxLength: 6 }), (paras, picks) => {
        const pkg = DocxPackage.open(buildDocx({ body: paras.map((p) => paragraph(...p)).join("") }));
        const text = readDocxText(pkg).text;
        // Ranges that hold at least one character of the document (a range of breaks only moves to the character before).
        const ranges = picks
          .map(([s, len]) => {
            const start = s % text.length;
            return [start, Math.min(text.length, start + len + 1)] as const;
          })
          .filter(([s, e]) => /[^\n]/u.test(text.slice(s, e)));
        annotateDocx(pkg, ranges.map((range, k) => ({ range, text: `c${k}` })), { date });
        const out = DocxPackage.open(pkg.bytes());
        expect(readDocxText(out).text).toBe(text);
        const spans = anchored(out.text("word/document.xml")!);
        ranges.forEach(([s, e], k) => {
          const inner = text.slice(s, e);
          const first = s + inner.search(/[^\n]/u);
          const last = s + inner.length - 1 - [...inner].reverse().join("").search(/[^\n]/u);
          expect(spans.get(String(k))).toBe(text.slice(first, last + 1).replace(/\n/gu, ""));
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("fixes as tracked changes", () => {
  const date = new Date("2026-03-01T08:00:00Z");
  const edit = (text: string, find: string, offset: number, length: number, by: string) => {
    const at = text.indexOf(find);
    expect(at, find).toBeGreaterThanOrEqual(0);
    return { range: [at + offset, at + offset + length] as const, text: by };
  };

  it("deletes and inserts inside runs split mid-word, keeps each run's formatting, joins a broken paragraph; accepting all gives the fixed text", () => {
    const body = [
      paragraph("坚持以习近平法治思", "想思想为指导,全面推进依法行政。"),
      paragraph("全面夯实"),
      paragraph("普法责任机制。"),
      `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>办理案件12件,同比增长。</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
      `<w:p><w:r><w:t xml:space="preserve">发布&lt;通知&gt;,</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>完。</w:t></w:r></w:p>`,
    ].join("");
    const pkg = DocxPackage.open(buildDocx({ body }));
    const text = readDocxText(pkg).text;
    const edits = [
      edit(text, "思想思想", 2, 2, ""),
      edit(text, "指导,", 2, 1, "，"),
      edit(text, "夯实\n\n普法", 2, 2, ""),
      edit(text, "12件,", 3, 1, "，"),
      edit(text, "<通知>,", 4, 1, "，"),
      edit(text, "\t完", 0, 1, ""),
    ].filter((e) => e.range[1] > e.range[0] || e.text !== "");
    const result = reviseDocx(pkg, edits, { date });
    expect(result).toEqual({ applied: edits.length, skipped: [] });
    const revised = DocxPackage.open(pkg.bytes());
    expect(readDocxText(revised).text).toBe(applyEdits(text, edits));
    const xml = revised.text("word/document.xml")!;
    // The deleted 思想 keeps its run's formatting (red, the second piece), authored and dated.
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="report-lint" w:date="2026-03-01T08:00:00Z"><w:r w:rsidR="00A1B2C1"><w:rPr><w:color w:val="FF0000"\/><\/w:rPr><w:delText xml:space="preserve">思想<\/w:delText><\/w:r><\/w:del>/u);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="report-lint" w:date="2026-03-01T08:00:00Z"><w:r w:rsidR="00A1B2C1"><w:rPr><w:color w:val="FF0000"\/><\/w:rPr><w:t xml:space="preserve">，<\/w:t><\/w:r><\/w:ins>/u);
    // The broken paragraph: 全面夯实's mark is deleted.
    expect(xml).toMatch(/<w:p><w:pPr><w:jc w:val="both"\/><w:rPr><w:del w:id="\d+" w:author="report-lint" w:date="[^"]+"\/><\/w:rPr><\/w:pPr><w:r w:rsidR="00A1B2C0"><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">全面夯实/u);
  });

  it("leaves out what a paragraph cannot show: a new line, half of a blank line, a join across table cells", () => {
    const body = paragraph("第一段。") + paragraph("第二段。") + `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const pkg = DocxPackage.open(buildDocx({ body }));
    const text = readDocxText(pkg).text;
    const newline = edit(text, "第一段。", 1, 0, "\n");
    const half = edit(text, "。\n\n第二", 1, 1, "");
    const cells = edit(text, "甲\n\n乙", 1, 2, "");
    const fine = edit(text, "第二段", 1, 1, "三");
    expect(reviseDocx(pkg, [newline, half, cells, fine], { date })).toEqual({ applied: 1, skipped: [newline, half, cells] });
    expect(readDocxText(DocxPackage.open(pkg.bytes())).text).toBe(applyEdits(text, [fine]));
  });

  it("accepting every revision gives exactly the edited text (generated documents, random edits)", () => {
    const piece = fc.stringMatching(/^[一-龥，。,a-z0-9 &<>]{1,6}$/u);
    const paragraphs = fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    const edits = fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.stringMatching(/^[一-龥，。a-z&<]{0,3}$/u)), { maxLength: 6 });
    fc.assert(
      fc.property(paragraphs, edits, (paras, picks) => {
        const pkg = DocxPackage.open(buildDocx({ body: paras.map((p) => paragraph(...p)).join("") }));
        const text = readDocxText(pkg).text;
        // Non-overlapping edits, in order.
        const chosen = pickEdits(text, picks);
        const result = reviseDocx(pkg, chosen, { date });
        const applied = chosen.filter((c) => !result.skipped.includes(c));
        expect(result.applied).toBe(applied.length);
        // (An edit that empties a paragraph leaves an empty paragraph, which reads as no blank line more.)
        expect(readDocxText(DocxPackage.open(pkg.bytes())).text).toBe(asRead(applyEdits(text, applied)));
        // Only what a paragraph cannot show is left out: a part of a blank line.
        for (const s of result.skipped) expect(/\n/u.test(text.slice(Math.max(0, s.range[0] - 1), s.range[1] + 1))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("strFromU8 round trip", () => {
  it("keeps a part's bytes when nothing is changed", () => {
    const bytes = buildDocx({ body: RICH });
    const pkg = DocxPackage.open(bytes);
    const again = partsOf(pkg.bytes());
    for (const [name, content] of Object.entries(partsOf(bytes))) expect(strFromU8(again[name]!)).toBe(strFromU8(content));
  });
});

const BOMB = "Word 文件解压后过大或压缩比异常（解压后超过 200 MB），疑似压缩炸弹，拒绝处理；请在 Word 中重新另存为 .docx";

describe("extractDocxText refuses a zip bomb without inflating it", () => {
  it("a 200 KB .docx whose word/document.xml inflates to 210 MB", async () => {
    const bomb = zipOf("word/document.xml", Buffer.alloc(210 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(400 * 1024);
    const heapBefore = process.memoryUsage().arrayBuffers;
    await expect(extractDocxText(bomb)).rejects.toThrow(new DocxError(BOMB));
    // Refused from the central directory alone: nothing near 210 MB was allocated.
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(50 * 1024 * 1024);
  });

  it("an entry with an impossible compression ratio, even under the total limit", () => {
    const ratio = zipOf("word/document.xml", Buffer.alloc(3 * 1024 * 1024, 0x20), 150 * 1024 * 1024);
    expect(() => checkZipSizes(ratio)).toThrow("压缩比超过 1000:1");
  });

  it("a part whose declared size is forged smaller: refused by its checksum, not read truncated", async () => {
    const forged = zipOf("word/document.xml", Buffer.alloc(5_000_000, 0x20), 1000);
    await expect(extractDocxText(forged)).rejects.toThrow("部件 word/document.xml 已损坏：校验和不符");
  });

  it("sizes stored as ZIP64 markers", () => {
    const zip64 = zipOf("word/document.xml", Buffer.from("<x/>"), 0xffffffff);
    expect(() => checkZipSizes(zip64)).toThrow("（ZIP64）");
  });

  it("lets an ordinary zip through (then the reader decides), and a zip without a central directory too", async () => {
    const small = zipOf("word/document.xml", Buffer.from("<w:document/>"));
    expect(() => checkZipSizes(small)).not.toThrow();
    expect(() => checkZipSizes(Buffer.from("PK\x03\x04 truncated"))).not.toThrow();
    expect(MAX_DOCX_UNCOMPRESSED_BYTES).toBe(200 * 1024 * 1024);
    // No w:body: refused with the usual message.
    await expect(extractDocxText(small)).rejects.toThrow(/^无法读取 \.docx 文件（.*）；请在 Word 中重新另存为 \.docx$/u);
  });
});
