import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocx, escapeXml } from "@report-lint/test-support/docx";
import { Linter } from "../src/index.js";

/** A paragraph in one font and size (half-points), aligned as given. */
function p(text: string, font = "仿宋_GB2312", halfPoints = 32, align?: string): string {
  return `<w:p>${align === undefined ? "" : `<w:pPr><w:jc w:val="${align}"/></w:pPr>`}<w:r><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}"/><w:sz w:val="${halfPoints}"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

const TITLE = () => p("某某镇人民政府关于2025年度法治政府建设情况的报告", "方正小标宋简体", 44, "center");
const GRID = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/>';
const FOOTER = (halfPoints = 28) =>
  `<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:sz w:val="${halfPoints}"/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="${halfPoints}"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="${halfPoints}"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple><w:r><w:rPr><w:sz w:val="${halfPoints}"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p>`;

interface Doc {
  title?: string;
  heading1?: string;
  heading2?: string;
  head?: string[];
  body?: string[];
  page?: string;
  footer?: string | null;
}

/** A report laid out as GB/T 9704 says, with the given parts replaced. */
function report(d: Doc = {}): string {
  const body = [
    ...(d.head ?? []),
    d.title ?? TITLE(),
    p("县委、县政府："),
    d.heading1 ?? p("一、主要举措和成效", "黑体"),
    d.heading2 ?? p("（一）坚持依法科学民主决策", "楷体_GB2312"),
    ...(d.body ?? [p("严格落实重大行政决策程序，全年召开党委会研究重大事项12次。"), p("全面推行行政执法公示制度、执法全过程记录制度。"), p("深入开展法治宣传教育，全年开展活动36场次。")]),
    p("二、存在的不足和原因", "黑体"),
    p("一是法治宣传教育形式较为单一。"),
  ].join("");
  const dir = mkdtempSync(join(tmpdir(), "report-lint-layout-"));
  const path = join(dir, "报告.docx");
  writeFileSync(path, buildDocx({ body, page: d.page ?? GRID, ...(d.footer === null ? {} : { footer: d.footer ?? FOOTER() }) }));
  return path;
}

async function layout(path: string, linter = new Linter({ cwd: join(path, "..") })): Promise<string[]> {
  const source = await linter.readSource(path);
  return (await linter.lintDocxLayout(source, { filePath: path })).map((f) => f.message);
}

describe("docx-layout (GB/T 9704)", () => {
  it("finds nothing in a report laid out as the standard says", async () => {
    expect(await layout(report())).toEqual([]);
  });

  it("names each margin that is off, with what it should be", async () => {
    const wordDefault = '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>';
    expect(await layout(report({ page: wordDefault }))).toEqual([
      "页面与 GB/T 9704 不符：上白边 25.4 mm（应为 37 mm）、下白边 25.4 mm（应为 35 mm）、左白边 31.7 mm（应为 28 mm）、右白边 31.7 mm（应为 26 mm）；应为 A4（210 mm × 297 mm），上白边 37 mm、下白边 35 mm、左白边 28 mm、右白边 26 mm（误差 ±1 mm）",
    ]);
  });

  it("checks the document grid's lines a page", async () => {
    expect(await layout(report({ page: GRID.replace('w:linePitch="579"', 'w:linePitch="312"') }))).toEqual(["文档网格为每页 40 行，应按 GB/T 9704 设为每页 22 行、每行 28 字（页面设置 › 文档网格）"]);
  });

  it("checks the title's font, size and centring", async () => {
    expect(await layout(report({ title: p("某某镇人民政府关于2025年度法治政府建设情况的报告", "宋体", 36) }))).toEqual([
      "标题字体为“宋体”，应为 2 号小标宋体（如方正小标宋简体）",
      "标题字号为 18 磅，应为 2 号（22 磅）",
      "标题未居中，应居中排布",
    ]);
  });

  it("says once when the body is set in another font, and per paragraph when a few are", async () => {
    const song = [p("严格落实重大行政决策程序，全年召开党委会研究重大事项12次。", "宋体", 24), p("全面推行行政执法公示制度、执法全过程记录制度。", "宋体", 24), p("深入开展法治宣传教育，全年开展活动36场次。", "宋体", 24)];
    const whole = await layout(report({ body: song }));
    expect(whole).toContain("正文字体为“宋体”（共 3 段），应为 3 号仿宋体（如仿宋_GB2312）");
    expect(whole).toContain("正文字号为 12 磅（共 3 段），应为 3 号（16 磅）");
    const one = await layout(report({ body: [p("严格落实重大行政决策程序。"), p("全面推行行政执法公示制度。", "宋体", 28), p("深入开展法治宣传教育。")] }));
    expect(one).toEqual(["本段字体为“宋体”，应与正文一致，为仿宋体", "本段字号为 14 磅，应与正文一致，为 3 号（16 磅）"]);
  });

  it("checks first-level headings for 黑体 and second-level ones for 楷体", async () => {
    expect(await layout(report({ heading1: p("一、主要举措和成效"), heading2: p("（一）坚持依法科学民主决策", "黑体") }))).toEqual([
      "一级标题“一、主要举措和成效”的字体为“仿宋_GB2312”，应为黑体",
      "二级标题“（一）坚持依法科学民主决策”的字体为“黑体”，应为楷体（如楷体_GB2312）",
    ]);
  });

  it("wants page numbers in the footer", async () => {
    expect(await layout(report({ footer: null }))).toEqual(["页脚中没有页码，应插入页码（4 号半角宋体阿拉伯数字，两侧各放一条一字线，如“— 1 —”）"]);
    expect(await layout(report({ footer: `<w:p><w:r><w:t>某某镇人民政府</w:t></w:r></w:p>` }))).toHaveLength(1);
  });

  it("wants the page number between two em dashes, and the date set right", async () => {
    const bare = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p>`;
    expect(await layout(report({ footer: bare }))).toEqual(["页码写作“1”，应在数字两侧各放一条一字线，如“— 1 —”"]);
    const dated = (align?: string) => report({ body: [p("严格落实重大行政决策程序。"), p("某某镇人民政府", "仿宋_GB2312", 32, "right"), p("2026年3月1日", "仿宋_GB2312", 32, align)] });
    expect(await layout(dated())).toEqual(["成文日期“2026年3月1日”未右对齐，应右空四字编排"]);
    expect(await layout(dated("right"))).toEqual([]);
  });

  it("wants the page number in 4号 (14 pt) 宋体", async () => {
    expect(await layout(report({ footer: FOOTER(21) }))).toEqual(["页码字号为 10.5 磅，应为 4 号（14 磅）半角宋体阿拉伯数字"]);
    expect(await layout(report({ footer: FOOTER().replaceAll('w:eastAsia="宋体"', 'w:eastAsia="黑体"') }))).toEqual(["页码字体为“黑体”，应为半角宋体阿拉伯数字"]);
  });

  it("checks a character grid for 28 characters a line", async () => {
    const grid = (charSpace: number) => GRID.replace('<w:docGrid w:type="lines" w:linePitch="579"/>', `<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="${charSpace}"/>`);
    expect(await layout(report({ page: grid(-849) }))).toEqual([]);
    expect(await layout(report({ page: grid(0) }))).toEqual(["文档网格为每行 27 字，应按 GB/T 9704 设为每行 28 字、每页 22 行（页面设置 › 文档网格）"]);
  });

  it("wants the 发文字号 centred, or on the left in a report to a higher organ (with 签发人)", async () => {
    const number = (align?: string) => p("某政发〔2026〕3号", "仿宋_GB2312", 32, align);
    expect(await layout(report({ head: [number()] }))).toEqual(["发文字号“某政发〔2026〕3号”应居中排布（发文机关标志下空二行）"]);
    expect(await layout(report({ head: [number("center")] }))).toEqual([]);
    const upward = (align?: string) => [p("某政发〔2026〕3号　　　　签发人：张三", "仿宋_GB2312", 32, align)];
    expect(await layout(report({ head: upward("center") }))).toEqual(["上行文的发文字号“某政发〔2026〕3号　　　　签发人：张三”应居左空一字编排，与签发人姓名同处一行"]);
    expect(await layout(report({ head: upward() }))).toEqual([]);
  });

  it("is configured like any rule: off for a report published on the web, or some checks only", async () => {
    const path = report({ footer: null, page: GRID.replace('w:top="2098"', 'w:top="1440"') });
    // The margin, the grid it no longer fits (23 lines), the page numbers.
    expect(await layout(path)).toHaveLength(3);
    writeFileSync(join(path, "..", ".reportlintrc.json"), JSON.stringify({ rules: { "docx-layout": "off" } }));
    expect(await layout(path)).toEqual([]);
    writeFileSync(join(path, "..", ".reportlintrc.json"), JSON.stringify({ rules: { "docx-layout": { checks: ["pageNumbers"] } } }));
    expect(await layout(path)).toEqual(["页脚中没有页码，应插入页码（4 号半角宋体阿拉伯数字，两侧各放一条一字线，如“— 1 —”）"]);
    // A profile for reports published on a website says so once for all its reports.
    const web = { id: "web-report", name: "网站公开的年度报告", layout: "none", items: [{ id: "measures", name: "主要举措和成效", required: true, patterns: ["举措"] }] };
    writeFileSync(join(path, "..", "web.json"), JSON.stringify(web));
    writeFileSync(join(path, "..", ".reportlintrc.json"), JSON.stringify({ profile: "./web.json" }));
    expect(await layout(path)).toEqual([]);
    writeFileSync(join(path, "..", ".reportlintrc.json"), JSON.stringify({ rules: { "docx-layout": { checks: ["margins"] } } }));
    await expect(layout(path)).rejects.toThrow(/docx-layout/u);
  });

  it("says nothing about a text file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "report-lint-layout-"));
    writeFileSync(join(dir, "r.txt"), "一、主要举措\n\n正文。\n");
    const linter = new Linter({ cwd: dir });
    expect(await linter.lintDocxLayout(await linter.readSource(join(dir, "r.txt")), { filePath: join(dir, "r.txt") })).toEqual([]);
  });
});
