#!/usr/bin/env node
// The .docx paths under mutation: a Word package whose XML parts are cut, doubled, spliced and salted with what
// Word, WPS and other writers put in them (runs, fields, tracked changes, content controls, comments, CDATA,
// references), zipped again so the zip itself is sound, then read, its layout read, annotated with comments at
// random ranges and revised with random tracked changes — as `report-lint x.docx`, `--annotate` and `--revise`
// do — on the built core.
//
//   node fuzz/src/docx.mjs --inputs 2000 --seed 7
//   node fuzz/src/docx.mjs --seed 7 --only 412   one input again, with its problems
//
// What must hold for every input: it is read, or refused with a DocxError (one clear line for the user), never
// another exception; a comment changes no character of the text and leaves XML that reads again; a tracked
// change, accepted, reads as the edited text (the edits the reviser could not place left as they were); nothing
// takes longer than SLOW_MS. An input that breaks one is saved to fuzz/corpus/docx-<problem>-<hash>.docx, which
// fuzz/test/docx.test.mjs checks in CI from then on.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { rng } from "./generate.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const CORPUS = join(ROOT, "fuzz/corpus");
const SLOW_MS = 5000;

/** What real writers put in document XML, and what breaks it: spliced in at random. */
const BITS = [
  "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", '<w:t xml:space="preserve">', "<w:tab/>", "<w:br/>", "<w:cr/>", "<w:p/>", "<w:r/>", "<w:t/>",
  '<w:ins w:id="1" w:author="a">', "</w:ins>", '<w:del w:id="2" w:author="b">', "</w:del>", "<w:delText>删</w:delText>",
  '<w:commentRangeStart w:id="0"/>', '<w:commentRangeEnd w:id="0"/>', '<w:commentReference w:id="0"/>', '<w:footnoteReference w:id="5"/>',
  '<w:fldSimple w:instr=" PAGE ">', "</w:fldSimple>", '<w:fldChar w:fldCharType="begin"/>', '<w:instrText> DATE </w:instrText>', '<w:fldChar w:fldCharType="end"/>',
  '<w:hyperlink r:id="rId99">', "</w:hyperlink>", "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:smartTag>", "</w:smartTag>",
  '<mc:AlternateContent><mc:Choice Requires="wps">', "</mc:Choice><mc:Fallback>", "</mc:Fallback></mc:AlternateContent>",
  "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "<w:tc>", "</w:tc>", "<w:pict><v:shape><v:textbox><w:txbxContent>", "</w:txbxContent></v:textbox></v:shape></w:pict>",
  '<w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr></w:pPr>', '<w:rPr><w:rFonts w:ascii="x"/><w:sz w:val="-3"/></w:rPr>',
  '<w:sectPr><w:pgSz w:w="abc" w:h="-1"/><w:pgMar w:top="1e99"/></w:sectPr>',
  "&amp;", "&lt;", "&#x4E00;", "&#0;", "&#xD800;", "&#x110000;", "&#99999999999;", "&bogus;", "&nbsp;", "a & b", "<![CDATA[甲<乙>]]>", "<!-- 注 -->", "<?pi x?>",
  "\u0000", "\ud800", "法治政府", "　", "\r\n", "\n\n\n", 'w:val="', '"', "<", ">", "/>", "</",
];

/** The XML of a part with one to four mutations. */
function mutateXml(r, xml) {
  const k = 1 + r.int(4);
  for (let m = 0; m < k; m++) {
    const at = r.int(xml.length + 1);
    switch (r.int(8)) {
      case 0: xml = xml.slice(0, at) + r.pick(BITS) + xml.slice(at); break;
      case 1: xml = xml.slice(0, at) + xml.slice(at + 1 + r.int(40)); break;
      case 2: { const b = at + r.int(200); xml = xml.slice(0, b) + xml.slice(at, b) + xml.slice(b); break; }
      case 3: { const b = r.int(xml.length); xml = xml.slice(0, at) + xml.slice(b, b + r.int(60)) + xml.slice(at); break; }
      case 4: xml = xml.slice(0, at) + r.pick(BITS).repeat(1 + r.int(300)) + xml.slice(at); break;
      case 5: xml = xml.replace(r.pick(["<w:t>", "</w:t>", "<w:r>", "</w:r>", "<w:p ", "</w:p>", "w:val", "xml:space"]), r.pick(BITS)); break;
      default: {
        // Inside a w:t's character data.
        const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)];
        if (texts.length === 0) break;
        const t = r.pick(texts);
        const p = t.index + t[0].indexOf(">") + 1 + r.int(t[1].length + 1);
        xml = xml.slice(0, p) + r.pick(BITS) + xml.slice(p);
      }
    }
  }
  return xml;
}

/** A body with what real reports hold: split runs, a table, a hyperlink, tracked changes, a field, a text box, a content control. */
function richBody(lines) {
  const run = (t) => `<w:r><w:t xml:space="preserve">${t.replace(/&/gu, "&amp;").replace(/</gu, "&lt;")}</w:t></w:r>`;
  const para = (...ts) => `<w:p>${ts.map(run).join("")}</w:p>`;
  const [a = "一、主要工作", b = "全面推进依法行政。", c = "严格规范公正文明执法。", d = "加强行政执法监督。"] = lines;
  return [
    para(a),
    para(b.slice(0, 5), b.slice(5)),
    `<w:p><w:hyperlink r:id="rId3">${run("中国政府网")}</w:hyperlink>${run(c)}</w:p>`,
    `<w:p>${run("全年办理")}<w:del w:id="1" w:author="张三"><w:r><w:delText>行政复议</w:delText></w:r></w:del><w:ins w:id="2" w:author="张三">${run("行政诉讼")}</w:ins>${run("案件12件。")}</w:p>`,
    `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("2026年1月15日")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
    `<w:tbl><w:tr><w:tc>${para("事项")}</w:tc><w:tc>${para("数量")}</w:tc></w:tr><w:tr><w:tc>${para("行政", "复议")}</w:tc><w:tc>${para("12")}</w:tc></w:tr></w:tbl>`,
    `<w:p>${run("见附图")}<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${para(d)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>${run("。")}</w:p>`,
    `<w:sdt><w:sdtContent>${para("某某镇人民政府")}</w:sdtContent></w:sdt>`,
  ].join("");
}

/** Sound .docx files to mutate: reports as core writes them, and one with a rich body. */
export function sources(core) {
  const seedDir = join(ROOT, "../shared/corpus/seeds");
  const texts = existsSync(seedDir)
    ? readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort().slice(0, 3).map((f) => readFileSync(join(seedDir, f), "utf8"))
    : [readFileSync(join(ROOT, "examples/sample-report.txt"), "utf8")];
  const out = texts.map((t) => core.buildReportDocx(t.split("\n").filter((l) => l.trim() !== "").map((text) => ({ kind: "body", text }))));
  const rich = core.DocxPackage.open(out[0]);
  const xml = rich.text("word/document.xml");
  rich.set("word/document.xml", xml.replace(/<w:body>[\s\S]*?(<w:sectPr)/u, `<w:body>${richBody(texts[0].split("\n").filter((l) => l.trim() !== "").slice(0, 4))}$1`));
  out.push(rich.bytes());
  return out;
}

/** Input `index` of run `seed`: a source with one part mutated (most often the body), rezipped. */
export function mutateDocx(core, srcs, seed, index) {
  const h = createHash("sha256").update(`docx:${seed}:${index}`).digest();
  const r = rng(h.readUInt32LE(0));
  const pkg = core.DocxPackage.open(r.pick(srcs));
  const names = [...pkg.parts.keys()].filter((n) => /\.(xml|rels)$/u.test(n));
  const part = r.chance(0.7) ? pkg.mainDocumentPath() : r.pick(names);
  pkg.set(part, mutateXml(r, pkg.text(part) ?? "<x/>"));
  if (r.chance(0.05)) pkg.parts.delete(r.pick(names));
  return { bytes: pkg.bytes(), part, r };
}

/** The edits of a tracked change: up to five, in order, not overlapping. */
function randomEdits(r, length) {
  const edits = [];
  let x = 0;
  for (let e = 0; e < 1 + r.int(5); e++) {
    x += r.int(Math.max(1, Math.floor(length / 4)));
    if (x > length) break;
    const y = Math.min(length, x + r.int(4));
    edits.push({ range: [x, y], text: r.pick(["", "改", "政府", "，", "&<>"]) });
    x = y + 1;
  }
  return edits;
}

const asRead = (text) => text.replace(/\n{3,}/gu, "\n\n").replace(/^\n+|\n+$/gu, "") + "\n";

/** Every invariant for one input: the problems found (none: it passed), and whether it was refused as no .docx. */
export async function checkDocx(core, bytes, r) {
  const problems = [];
  const started = performance.now();
  let stage = "read";
  try {
    const { text } = await core.extractDocx(bytes);
    stage = "layout";
    core.readDocxLayout(core.DocxPackage.open(bytes, { xmlOnly: true }));
    stage = "annotate";
    const annotated = core.DocxPackage.open(bytes);
    const comments = Array.from({ length: 1 + r.int(6) }, () => {
      const x = r.int(text.length + 1);
      return { range: [x, Math.min(text.length, x + r.int(8))], text: "请核对" };
    });
    core.annotateDocx(annotated, comments);
    stage = "read the annotated copy";
    const again = (await core.extractDocx(annotated.bytes())).text;
    if (again !== text) problems.push(`annotate changed the text: ${JSON.stringify(firstDifference(text, again))}`);
    stage = "revise";
    const revised = core.DocxPackage.open(bytes);
    const edits = randomEdits(r, text.length);
    const result = core.reviseDocx(revised, edits);
    stage = "read the revised copy";
    const accepted = (await core.extractDocx(revised.bytes())).text;
    const applied = edits.filter((e) => !result.skipped.includes(e));
    let want = text;
    for (const e of [...applied].sort((p, q) => q.range[0] - p.range[0])) want = want.slice(0, e.range[0]) + e.text + want.slice(e.range[1]);
    if (result.applied !== applied.length) problems.push(`revise counted ${result.applied} of ${applied.length} applied`);
    else if (accepted !== asRead(want)) problems.push(`revise: accepted text differs: ${JSON.stringify(firstDifference(asRead(want), accepted))}`);
  } catch (e) {
    if (!(e instanceof core.DocxError)) problems.push(`throw at ${stage}: ${e instanceof Error ? `${e.name}: ${e.message}`.split("\n")[0] : String(e)}`);
    else if (stage !== "read" && stage !== "layout" && stage !== "annotate" && stage !== "revise") problems.push(`our own copy unreadable (${stage}): ${e.message}`);
    else return { problems, refused: true, ms: performance.now() - started };
  }
  const ms = performance.now() - started;
  if (ms > SLOW_MS) problems.push(`slow: ${Math.round(ms)} ms`);
  return { problems, refused: false, ms };
}

function firstDifference(a, b) {
  let d = 0;
  while (d < a.length && a[d] === b[d]) d++;
  return { at: d, want: a.slice(Math.max(0, d - 10), d + 10), got: b.slice(Math.max(0, d - 10), d + 10) };
}

async function main() {
  const argv = process.argv.slice(2);
  const get = (k, d) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : d);
  const inputs = Number(get("--inputs", "2000"));
  const seed = Number(get("--seed", String(Date.now() % 1e9)));
  const only = get("--only", null);
  const quiet = argv.includes("--quiet");
  const core = await import(pathToFileURL(join(ROOT, "packages/core/dist/index.js")).href);
  const srcs = sources(core);
  let refused = 0;
  let read = 0;
  const failures = [];
  for (let i = only === null ? 0 : Number(only); i < (only === null ? inputs : Number(only) + 1); i++) {
    const { bytes, part, r } = mutateDocx(core, srcs, seed, i);
    const c = await checkDocx(core, bytes, r);
    if (c.refused) refused++;
    else read++;
    if (c.problems.length === 0) continue;
    const kind = c.problems[0].split(/[ :]/u)[0];
    const name = `docx-${kind}-${createHash("sha1").update(bytes).digest("hex").slice(0, 10)}.docx`;
    mkdirSync(CORPUS, { recursive: true });
    writeFileSync(join(CORPUS, name), bytes);
    failures.push({ i, part, problems: c.problems, saved: name });
    if (!quiet || only !== null) console.log(`input ${i} (${part}): ${c.problems.join("; ")} → fuzz/corpus/${name}`);
  }
  console.log(`docx fuzz, seed ${seed}: ${read + refused} inputs, ${read} read, ${refused} refused as no .docx, ${failures.length} failed`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
