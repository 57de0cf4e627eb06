// Comments and tracked changes written into documents built from everything WordprocessingML puts
// around text in real reports — runs split anywhere, tabs and line breaks, hyperlinks, smart tags,
// custom XML, bidirectional embeddings, content controls, complex and simple fields, tracked insertions, deletions and moves,
// text boxes, tables (nested too), bookmarks, existing comments, symbols, alternate content,
// characters outside the BMP — with random ranges and edits. Whatever the structure, the text must
// not change where nothing was asked, every comment must cover exactly its range as the reader
// reads it, accepting every revision must give exactly the edited text, and every part must stay
// well-formed XML.
import { strFromU8, unzipSync } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, asRead, buildDocx, escapeXml, pickEdits } from "@report-lint/test-support/docx";
import { annotateDocx, DocxPackage, readDocxText, reviseDocx } from "../src/index.js";

const date = new Date("2026-03-01T08:00:00Z");

/** Text of a run: Chinese, punctuation, Latin, digits, spaces, XML specials, a character outside the BMP. */
const words = fc.stringMatching(/^(?:[一-龥]|[，。、；：（）“”《》]|[a-zA-Z0-9 ,.]|[&<>"']|😀|𠀀){1,6}$/u);

/** A run, sometimes with a tab, a line break or a symbol inside it. */
const run = fc.tuple(words, fc.constantFrom("", "<w:tab/>", "<w:br/>", '<w:sym w:font="Wingdings" w:char="F0FC"/>', "<w:noBreakHyphen/>", "<w:lastRenderedPageBreak/>"), fc.boolean()).map(
  ([t, inner, bold]) => `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${escapeXml(t)}</w:t>${inner}</w:r>`,
);
const runs = fc.array(run, { minLength: 1, maxLength: 3 }).map((r) => r.join(""));

/** What stands inside a paragraph beside its runs. */
const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: runs },
  { weight: 1, arbitrary: runs.map((r) => `<w:hyperlink r:id="rId3">${r}</w:hyperlink>`) },
  { weight: 1, arbitrary: runs.map((r) => `<w:smartTag w:uri="urn:x" w:element="place">${r}</w:smartTag>`) },
  { weight: 1, arbitrary: runs.map((r) => `<w:customXml w:element="field">${r}</w:customXml>`) },
  { weight: 1, arbitrary: runs.map((r) => `<w:dir w:val="ltr">${r}</w:dir>`) },
  { weight: 1, arbitrary: runs.map((r) => `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${r}</w:sdtContent></w:sdt>`) },
  { weight: 1, arbitrary: runs.map((r) => `<w:ins w:id="{ID}" w:author="张三" w:date="2025-01-01T00:00:00Z">${r}</w:ins>`) },
  { weight: 1, arbitrary: words.map((t) => `<w:del w:id="{ID}" w:author="张三" w:date="2025-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">${escapeXml(t)}</w:delText></w:r></w:del>`) },
  { weight: 1, arbitrary: runs.map((r) => `<w:moveFrom w:id="{ID}" w:author="张三" w:date="2025-01-01T00:00:00Z">${r}</w:moveFrom>`) },
  { weight: 1, arbitrary: runs.map((r) => `<w:moveTo w:id="{ID}" w:author="张三" w:date="2025-01-01T00:00:00Z">${r}</w:moveTo>`) },
  {
    weight: 1,
    arbitrary: fc.tuple(words, words).map(
      ([instr, result]) =>
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${escapeXml(instr)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">${escapeXml(result)}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`,
    ),
  },
  { weight: 1, arbitrary: runs.map((r) => `<w:fldSimple w:instr=" PAGE ">${r}</w:fldSimple>`) },
  { weight: 1, arbitrary: fc.constant(`<w:bookmarkStart w:id="{ID}" w:name="b{SAME}"/><w:bookmarkEnd w:id="{SAME}"/>`) },
  { weight: 1, arbitrary: runs.map((r) => `<w:commentRangeStart w:id="7"/>${r}<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>`) },
  { weight: 1, arbitrary: runs.map((r) => `<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>${r}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`) },
  { weight: 1, arbitrary: fc.tuple(runs, runs).map(([a, b]) => `<mc:AlternateContent><mc:Choice Requires="w14">${a}</mc:Choice><mc:Fallback>${b}</mc:Fallback></mc:AlternateContent>`) },
);

const paragraphXml = fc.tuple(fc.array(inline, { minLength: 0, maxLength: 4 }), fc.constantFrom("", '<w:pPr><w:jc w:val="both"/></w:pPr>', '<w:pPr><w:rPr><w:del w:id="{ID}" w:author="张三" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr>')).map(
  ([parts, pPr]) => `<w:p>${pPr}${parts.join("")}</w:p>`,
);
const cell = fc.array(paragraphXml, { minLength: 1, maxLength: 2 }).map((ps) => `<w:tc>${ps.join("")}</w:tc>`);
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }).map((rows) => `<w:tbl><w:tblPr/>${rows.map((r) => `<w:tr>${r.join("")}</w:tr>`).join("")}</w:tbl>`);
const nested = fc.tuple(paragraphXml, table).map(([p, t]) => `<w:tbl><w:tr><w:tc>${p}${t}<w:p/></w:tc></w:tr></w:tbl>`);
const block = fc.oneof({ weight: 6, arbitrary: paragraphXml }, { weight: 1, arbitrary: table }, { weight: 1, arbitrary: nested }, { weight: 1, arbitrary: paragraphXml.map((p) => `<w:sdt><w:sdtContent>${p}</w:sdtContent></w:sdt>`) });
/** The blocks, with the revisions' and bookmarks' ids numbered from 100 in order (each id once, as Word writes them). */
const body = fc.array(block, { minLength: 1, maxLength: 6 }).map((b) => {
  let id = 100;
  return b.join("").replace(/\{ID\}|\{SAME\}/gu, (m) => String(m === "{ID}" ? id++ : id - 1));
});

const EXISTING = `<w:comment w:id="7" w:author="审核人" w:date="2025-02-01T00:00:00Z" w:initials="SH"><w:p><w:r><w:t>请核实。</w:t></w:r></w:p></w:comment>`;

/** Throws unless `xml` is well-formed as far as a tag-balancing reader can tell: every element closed in order, no stray < or &. */
function assertWellFormed(xml: string, name: string): void {
  const stack: string[] = [];
  const tags = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)|(<)/gu;
  for (const m of xml.matchAll(tags)) {
    if (m[6] !== undefined) throw new Error(`${name}: a stray “<” at ${m.index}: ${xml.slice(m.index, m.index + 60)}`);
    if (m[5] !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/u.test(m[5])) throw new Error(`${name}: a bare “&” at ${m.index}: ${m[5].slice(0, 60)}`);
      continue;
    }
    if (m[2] === undefined) continue;
    if (m[4] === "/") continue;
    if (m[1] === "/") {
      const open = stack.pop();
      if (open !== m[2]) throw new Error(`${name}: </${m[2]}> closes <${open}> at ${m.index}`);
    } else stack.push(m[2]);
  }
  if (stack.length !== 0) throw new Error(`${name}: <${stack.join("> <")}> never closed`);
}

function assertAllWellFormed(bytes: Uint8Array): void {
  for (const [name, content] of Object.entries(unzipSync(bytes))) if (name.endsWith(".xml") || name.endsWith(".rels")) assertWellFormed(strFromU8(content), name);
}

/** Does [s, e) cut a character outside the BMP in two? (No rule's range does: they are made of whole characters.) */
const splitsPair = (text: string, s: number, e: number): boolean =>
  [s, e].some((o) => o > 0 && o < text.length && /[\ud800-\udbff]/u.test(text[o - 1]!) && /[\udc00-\udfff]/u.test(text[o]!));

/**
 * The text each of our comments covers, as the reader reads it: each comment's range start and end
 * replaced by a run holding a marker character, the document read again, the text between a
 * comment's two markers (others' markers and paragraph breaks left out).
 */
function covered(pkg: DocxPackage, count: number): string[] {
  const xml = pkg.text("word/document.xml")!;
  const START = 0xe000;
  const END = 0xe800;
  const marked = xml.replace(/<w:commentRange(Start|End) w:id="(\d+)"\/>/gu, (all, kind: string, id: string) => {
    // Ours are numbered from 8, after the document's own comment 7.
    const k = Number(id) - 8;
    if (k < 0) return all;
    return `<w:r><w:t>${String.fromCharCode((kind === "Start" ? START : END) + k)}</w:t></w:r>`;
  });
  const copy = DocxPackage.open(pkg.bytes());
  copy.set("word/document.xml", marked);
  const text = readDocxText(copy).text;
  return Array.from({ length: count }, (_, k) => {
    const a = text.indexOf(String.fromCharCode(START + k));
    const b = text.indexOf(String.fromCharCode(END + k));
    if (a < 0 || b < 0) return `(marker ${a < 0 ? "start" : "end"} lost)`;
    return text.slice(a + 1, b).replace(/[\ue000-\uefff\n]/gu, "");
  });
}

describe("the checks themselves", () => {
  it("refuses XML that is not well-formed", () => {
    expect(() => assertWellFormed("<a><b></a></b>", "x")).toThrow(/closes/u);
    expect(() => assertWellFormed("<a>&nbsp;</a>", "x")).toThrow(/bare/u);
    expect(() => assertWellFormed("<a><b/>", "x")).toThrow(/never closed/u);
    expect(() => assertWellFormed("<a>1 < 2</a>", "x")).toThrow(/stray/u);
    expect(() => assertWellFormed('<?xml version="1.0"?><a x="1"><b/>&amp;&#x4e00;</a>', "x")).not.toThrow();
  });

  it("sees a comment that covers other text than its range", () => {
    const pkg = DocxPackage.open(buildDocx({ body: `<w:p><w:r><w:t>甲乙</w:t></w:r><w:r><w:t>丙丁</w:t></w:r></w:p>`, comments: EXISTING }));
    annotateDocx(pkg, [{ range: [0, 2], text: "c0" }], { date });
    expect(covered(pkg, 1)).toEqual(["甲乙"]);
    // The end moved past the next run.
    const xml = pkg.text("word/document.xml")!;
    const end = xml.match(/<w:commentRangeEnd w:id="8"\/>/u)![0];
    pkg.set("word/document.xml", xml.replace(end, "").replace("<w:t>丙丁</w:t></w:r>", `<w:t>丙丁</w:t></w:r>${end}`));
    expect(covered(pkg, 1)).toEqual(["甲乙丙丁"]);
  });
});

describe("documents of every structure a report has", () => {
  it("annotating changes no text and covers exactly each range (generated documents, random ranges)", () => {
    fc.assert(
      fc.property(body, fc.array(fc.tuple(fc.nat(), fc.nat(10)), { minLength: 1, maxLength: 5 }), (xml, picks) => {
        const pkg = DocxPackage.open(buildDocx({ body: xml, comments: EXISTING }));
        const text = readDocxText(pkg).text;
        if (!/[^\n]/u.test(text)) return;
        const ranges = picks
          .map(([s, len]) => {
            const start = s % text.length;
            return [start, Math.min(text.length, start + len + 1)] as const;
          })
          .filter(([s, e]) => /[^\n]/u.test(text.slice(s, e)) && !splitsPair(text, s, e));
        if (ranges.length === 0) return;
        const written = annotateDocx(pkg, ranges.map((range, k) => ({ range, text: `c${k}` })), { date });
        const out = pkg.bytes();
        assertAllWellFormed(out);
        const again = DocxPackage.open(out);
        expect(readDocxText(again).text).toBe(text);
        expect(written).toBe(ranges.length);
        // A range's leading and trailing paragraph breaks are not covered; what is between them is.
        const want = ranges.map(([s, e]) => text.slice(s, e).replace(/^\n+|\n+$/gu, "").replace(/\n/gu, ""));
        expect(covered(again, ranges.length)).toEqual(want);
      }),
      { numRuns: Number(process.env.DOCX_RUNS ?? 300) },
    );
  });

  it("accepting every revision gives exactly the edited text (generated documents, random edits)", () => {
    const edits = fc.array(fc.tuple(fc.nat(), fc.nat(4), fc.stringMatching(/^(?:[一-龥，。a-z&<]|😀){0,3}$/u)), { maxLength: 6 });
    fc.assert(
      fc.property(body, edits, (xml, picks) => {
        const pkg = DocxPackage.open(buildDocx({ body: xml, comments: EXISTING }));
        const text = readDocxText(pkg).text;
        const chosen = pickEdits(text, picks, (start, end) => !splitsPair(text, start, end));
        const result = reviseDocx(pkg, chosen, { date });
        const out = pkg.bytes();
        assertAllWellFormed(out);
        const applied = chosen.filter((c) => !result.skipped.includes(c));
        expect(result.applied).toBe(applied.length);
        expect(readDocxText(DocxPackage.open(out)).text).toBe(asRead(applyEdits(text, applied)));
        for (const s of result.skipped) expect(/\n/u.test(text.slice(Math.max(0, s.range[0] - 1), s.range[1] + 1))).toBe(true);
      }),
      { numRuns: Number(process.env.DOCX_RUNS ?? 300) },
    );
  });
});
