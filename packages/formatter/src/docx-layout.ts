// docx-layout — the layout GB/T 9704-2012《党政机关公文格式》prescribes, checked on a .docx only
// (text has no layout): A4 paper with its margins (天头 37 mm, 订口 28 mm, 版心 156 × 225 mm), 22
// lines a page, the title in 2号小标宋 centred, the body in 3号仿宋, first-level headings in 黑体
// and second-level ones in 楷体, and page numbers in the footer. It reads Word's own properties
// (core's readDocxLayout) rather than the text, so it is not a textlint rule; the engine runs it
// beside the preset with the same configuration (severity, options) and the same findings.
// Reports published on a website rather than sent as bound 公文 turn it off: "docx-layout": "off".
import { positionLocator, type DocxLayout, type ParagraphLayout } from "@report-lint/core";
import type { ReportModel } from "@report-lint/schema";
import { renderMessage } from "textlint-rule-preset-gov-report";
import type { Finding } from "./engine.js";

export const DOCX_LAYOUT_ID = "docx-layout";

const CHECKS = ["page", "grid", "title", "body", "headings", "pageNumbers", "date", "documentNumber"] as const;
type Check = (typeof CHECKS)[number];

export interface DocxLayoutOptions {
  /** The checks to make (default all): page, grid, title, body, headings, pageNumbers. */
  checks?: Check[];
}

/** What the rule says about itself: the same fields as a preset rule's meta (docs, catalog, option checks). */
export const docxLayoutMeta = {
  id: DOCX_LAYOUT_ID,
  name: "公文版式",
  description: "检查 .docx 的版式是否符合 GB/T 9704-2012：A4 纸与页边距、每页 22 行、标题 2 号小标宋居中、正文 3 号仿宋、一级标题黑体、二级标题楷体、页脚页码（仅 .docx）",
  summary: "Checks a .docx against the GB/T 9704-2012 layout: A4 page and margins, 22 lines a page, title/body/heading fonts and sizes, page numbers (.docx input only).",
  fixable: false,
  severity: "warning" as const,
  optionsSchema: {
    properties: { checks: { type: "array", items: { enum: [...CHECKS] }, uniqueItems: true, description: "要做的检查（默认全部）：page、grid、title、body、headings、pageNumbers、date、documentNumber" } },
    additionalProperties: false,
  } as Record<string, unknown>,
  defaults: {} as DocxLayoutOptions,
  messages: {
    page: "页面与 GB/T 9704 不符：{details}；应为 A4（210 mm × 297 mm），上白边 37 mm、下白边 35 mm、左白边 28 mm、右白边 26 mm（误差 ±1 mm）",
    grid: "文档网格为每页 {lines} 行，应按 GB/T 9704 设为每页 22 行、每行 28 字（页面设置 › 文档网格）",
    gridChars: "文档网格为每行 {chars} 字，应按 GB/T 9704 设为每行 28 字、每页 22 行（页面设置 › 文档网格）",
    pageNumberFont: "页码字体为“{font}”，应为半角宋体阿拉伯数字",
    titleFont: "标题字体为“{font}”，应为 2 号小标宋体（如方正小标宋简体）",
    titleSize: "标题字号为 {size} 磅，应为 2 号（22 磅）",
    titleAlign: "标题未居中，应居中排布",
    bodyFont: "正文字体为“{font}”（共 {count} 段），应为 3 号仿宋体（如仿宋_GB2312）",
    bodySize: "正文字号为 {size} 磅（共 {count} 段），应为 3 号（16 磅）",
    paragraphFont: "本段字体为“{font}”，应与正文一致，为仿宋体",
    paragraphSize: "本段字号为 {size} 磅，应与正文一致，为 3 号（16 磅）",
    heading1Font: "一级标题“{text}”的字体为“{font}”，应为黑体",
    heading2Font: "二级标题“{text}”的字体为“{font}”，应为楷体（如楷体_GB2312）",
    pageNumbers: "页脚中没有页码，应插入页码（4 号半角宋体阿拉伯数字，两侧各放一条一字线，如“— 1 —”）",
    pageNumberForm: "页码写作“{text}”，应在数字两侧各放一条一字线，如“— 1 —”",
    date: "成文日期“{text}”未右对齐，应右空四字编排",
    pageNumberSize: "页码字号为 {size} 磅，应为 4 号（14 磅）半角宋体阿拉伯数字",
    documentNumberCentered: "发文字号“{text}”应居中排布（发文机关标志下空二行）",
    documentNumberLeft: "上行文的发文字号“{text}”应居左空一字编排，与签发人姓名同处一行",
  },
};

const FANGSONG = /仿宋|fangsong/iu;
const XIAOBIAOSONG = /小标宋|xiaobiaosong/iu;
const HEITI = /黑体|simhei|heiti/iu;
const KAITI = /楷体|kaiti/iu;
const SIZE_3 = 16;
const SIZE_2 = 22;
const near = (a: number, b: number, tolerance: number): boolean => Math.abs(a - b) <= tolerance;

interface Found {
  range: [number, number];
  messageId: keyof typeof docxLayoutMeta.messages;
  data: Record<string, string | number>;
}

/**
 * The docx-layout findings of a document: `layout` as core reads it, `model` the report model of
 * its body text (which paragraph is the title, a heading, body text), `text` that text.
 */
export function checkDocxLayout(text: string, layout: DocxLayout, model: ReportModel, options: DocxLayoutOptions, severity: 1 | 2 | 3): Finding[] {
  const on = new Set<Check>(options.checks ?? CHECKS);
  const found: Found[] = [];
  const first = layout.paragraphs[0]?.range ?? ([0, Math.min(1, text.length)] as [number, number]);
  const of = (range: readonly [number, number]): ParagraphLayout | undefined => layout.paragraphs.find((p) => p.range[0] >= range[0] && p.range[0] < range[1]);

  const page = layout.page;
  if (on.has("page") && page !== null) {
    const want: Array<[string, number, number]> = [
      ["宽", page.width, 210],
      ["高", page.height, 297],
      ["上白边", page.top, 37],
      ["下白边", page.bottom, 35],
      ["左白边", page.left, 28],
      ["右白边", page.right, 26],
    ];
    const off = want.filter(([, v, w]) => !near(v, w, 1));
    if (off.length > 0) found.push({ range: first, messageId: "page", data: { details: off.map(([n, v, w]) => `${n} ${v} mm（应为 ${w} mm）`).join("、") } });
  }
  if (on.has("grid") && page?.linesPerPage != null && page.linesPerPage !== 22) found.push({ range: first, messageId: "grid", data: { lines: page.linesPerPage } });
  if (on.has("grid") && page?.charsPerLine != null && page.charsPerLine !== 28) found.push({ range: first, messageId: "gridChars", data: { chars: page.charsPerLine } });

  if (on.has("title") && model.title !== null) {
    const p = of(model.title.range);
    if (p !== undefined) {
      if (p.font !== null && !XIAOBIAOSONG.test(p.font)) found.push({ range: p.range, messageId: "titleFont", data: { font: p.font } });
      if (p.size !== null && !near(p.size, SIZE_2, 0.25)) found.push({ range: p.range, messageId: "titleSize", data: { size: p.size } });
      if (p.align !== "center") found.push({ range: p.range, messageId: "titleAlign", data: {} });
    }
  }

  if (on.has("body")) {
    const body = model.paragraphs.filter((q) => q.kind === "body").map((q) => of(q.range)).filter((p): p is ParagraphLayout => p !== undefined);
    // The document's own body font: if most paragraphs are set wrong, one finding says so; the few set unlike the rest get one each.
    const tally = <T>(pick: (p: ParagraphLayout) => T | null): { value: T | null; count: number } => {
      const counts = new Map<T, number>();
      for (const p of body) {
        const v = pick(p);
        if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      let value: T | null = null;
      let count = 0;
      for (const [k, c] of counts) if (c > count) [value, count] = [k, c];
      return { value, count };
    };
    const font = tally((p) => p.font);
    const size = tally((p) => p.size);
    const at = body[0]?.range ?? first;
    const fontWrong = font.value !== null && !FANGSONG.test(font.value);
    const sizeWrong = size.value !== null && !near(size.value, SIZE_3, 0.25);
    if (fontWrong) found.push({ range: at, messageId: "bodyFont", data: { font: font.value!, count: font.count } });
    if (sizeWrong) found.push({ range: at, messageId: "bodySize", data: { size: size.value!, count: size.count } });
    for (const p of body) {
      if (!fontWrong && p.font !== null && !FANGSONG.test(p.font)) found.push({ range: p.range, messageId: "paragraphFont", data: { font: p.font } });
      if (!sizeWrong && p.size !== null && !near(p.size, SIZE_3, 0.25)) found.push({ range: p.range, messageId: "paragraphSize", data: { size: p.size } });
    }
  }

  if (on.has("headings")) {
    for (const s of model.sections) {
      const style = s.marker?.style;
      if (style !== "cn" && style !== "cn-paren") continue;
      const p = of(s.headingRange);
      if (p === undefined || p.font === null) continue;
      const heading = `${s.marker?.text ?? ""}${s.title}`.slice(0, 20);
      if (style === "cn" && !HEITI.test(p.font)) found.push({ range: s.headingRange, messageId: "heading1Font", data: { text: heading, font: p.font } });
      if (style === "cn-paren" && !KAITI.test(p.font)) found.push({ range: s.headingRange, messageId: "heading2Font", data: { text: heading, font: p.font } });
    }
  }

  if (on.has("pageNumbers") && layout.pageNumbers !== true) found.push({ range: first, messageId: "pageNumbers", data: {} });
  // A page number shown as a bare “1” or “-1-”: GB/T 9704 puts an em dash (一字线) on each side.
  if (on.has("pageNumbers") && layout.pageNumbers === true) {
    const lines = layout.footers.flatMap((f) => f.split("\n")).map((l) => l.trim()).filter((l) => /\d/u.test(l) && l.length <= 12);
    const dashed = (l: string): boolean => /^—\s*\d+\s*—$/u.test(l);
    const shown = lines.find((l) => !dashed(l) && /^[-－–—]?\s*\d+\s*[-－–—]?$/u.test(l));
    if (shown !== undefined && !lines.some(dashed)) found.push({ range: first, messageId: "pageNumberForm", data: { text: shown } });
  }

  if (on.has("pageNumbers")) {
    const size = layout.pageNumberSizes.find((s) => !near(s, 14, 0.25));
    if (size !== undefined) found.push({ range: first, messageId: "pageNumberSize", data: { size } });
    const font = layout.pageNumberFonts.find((f) => !/宋体|simsun|songti/iu.test(f));
    if (font !== undefined) found.push({ range: first, messageId: "pageNumberFont", data: { font } });
  }

  // 发文字号: centred under the issuer's mark; in a report to a higher organ (with 签发人) on the left, level with 签发人.
  if (on.has("documentNumber")) {
    // 签发人 on a line of its own, or (as GB/T 9704 sets it) on the 发文字号's line.
    const upward = model.paragraphs.some((q) => q.kind === "meta" && (q.meta === "signer" || (q.meta === "document-number" && q.text.includes("签发人"))));
    for (const q of model.paragraphs) {
      if (q.kind !== "meta" || q.meta !== "document-number") continue;
      const p = of(q.range);
      if (p === undefined) continue;
      const text = q.text.trim().slice(0, 24);
      if (!upward && p.align !== "center") found.push({ range: p.range, messageId: "documentNumberCentered", data: { text } });
      if (upward && (p.align === "center" || p.align === "right")) found.push({ range: p.range, messageId: "documentNumberLeft", data: { text } });
    }
  }

  if (on.has("date")) {
    for (const q of model.paragraphs) {
      if (q.kind !== "meta" || q.meta !== "date") continue;
      const p = of(q.range);
      if (p !== undefined && p.align !== "right") found.push({ range: p.range, messageId: "date", data: { text: q.text.trim() } });
    }
  }

  const at = positionLocator(text);
  return found.map((f) => {
    const range: [number, number] = [f.range[0], Math.max(f.range[1], f.range[0] + 1)];
    const start = at(range[0]);
    return {
      type: "lint",
      ruleId: DOCX_LAYOUT_ID,
      message: renderMessage(docxLayoutMeta.messages[f.messageId], f.data),
      index: range[0],
      line: start.line,
      column: start.column,
      range,
      loc: { start, end: at(range[1]) },
      severity,
    } as Finding;
  });
}
