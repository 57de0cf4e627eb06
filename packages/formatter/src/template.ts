import { fillYears, type Profile } from "@report-lint/schema";

export { fillYears };
import { buildReportDocx, toChineseNumber, type DocxParagraph } from "@report-lint/core";

export interface TemplateOptions {
  profile: Profile;
  /** The reporting organ, e.g. 某某镇人民政府; a placeholder when not given. */
  organ?: string;
  /** The year reported on. */
  year: number;
  format: "md" | "txt";
}

/** The placeholder the `placeholder` rule flags until it is replaced. */
export function placeholder(what: string): string {
  return `【待填写：${what}】`;
}


/** The year a report written now is about: last year. */
export function defaultYear(now = new Date()): number {
  return now.getFullYear() - 1;
}

/**
 * A draft report from a profile — the one template used by `report-lint init`
 * and by the language server's "新建报告模板" command: title, 主送, an opening paragraph, every
 * section of the profile with a template (numbered 一、二、…) with its guidance
 * as a placeholder underneath, and the 落款 and date. Every part the drafter
 * must write is a 【待填写：…】 placeholder.
 */
export function renderTemplate(opts: TemplateOptions): string {
  const { profile, year, format } = opts;
  const organ = opts.organ?.trim() || placeholder("机关名称");
  const md = format === "md";
  const indent = md ? "" : "\u3000\u3000";
  const lines: string[] = [];
  const para = (s: string): void => {
    lines.push(indent + s);
    if (md) lines.push("");
  };
  const title = `${organ}关于${year}年法治政府建设工作情况的报告`;
  lines.push(md ? `# ${title}` : title);
  lines.push("");
  lines.push(`${placeholder("主送机关")}：`);
  if (md) lines.push("");
  para(`${placeholder(`开头段：简述${year}年本单位法治政府建设的总体情况`)}现将有关情况报告如下。`);
  if (!md) lines.push("");
  const items = profile.items.filter((item) => item.template !== undefined);
  for (const [i, item] of items.entries()) {
    const heading = `${toChineseNumber(i + 1)}、${fillYears(item.template!.heading, year)}`;
    lines.push(md ? `## ${heading}` : heading);
    if (md) lines.push("");
    const guidance = item.template!.guidance;
    para(placeholder(guidance === undefined ? `写明${item.name}` : fillYears(guidance, year).replace(/。$/u, "")));
    if (!md) lines.push("");
  }
  lines.push(opts.organ?.trim() || placeholder("落款机关"));
  if (md) lines.push("");
  lines.push(placeholder(`成文日期，如${year + 1}年3月1日`));
  return lines.join("\n").replace(/\n+$/u, "") + "\n";
}

/**
 * The template as a Word document laid out per GB/T 9704 (core's buildReportDocx): the title, the
 * recipients, body paragraphs, 一、 and （一） headings, and the signature and date at the end.
 */
export function renderTemplateDocx(options: Omit<TemplateOptions, "format">): Uint8Array {
  const lines = renderTemplate({ ...options, format: "txt" }).split("\n").filter((l) => l.trim() !== "");
  // The signature and the date: the plain lines after the last heading or indented paragraph.
  let tail = lines.length;
  while (tail > 1 && !/^\u3000|^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/u.test(lines[tail - 1]!)) tail--;
  const paragraphs: DocxParagraph[] = lines.map((line, i) => {
    if (i === 0) return { kind: "title", text: line };
    if (i >= tail) return { kind: "signature", text: line };
    if (/^[一二三四五六七八九十]+、/u.test(line)) return { kind: "heading1", text: line };
    if (/^（[一二三四五六七八九十]+）/u.test(line)) return { kind: "heading2", text: line };
    if (/^\u3000/u.test(line)) return { kind: "body", text: line.replace(/^\u3000+/u, "") };
    return { kind: "plain", text: line };
  });
  return buildReportDocx(paragraphs);
}
