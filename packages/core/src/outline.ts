import type { ReportModel } from "@report-lint/schema";
import { lineLocator } from "./lines.js";

/**
 * The report's outline as a reader checks it: title and year, then one line per
 * numbered heading with its line number, indented by depth, and a note where a
 * marker is not in its GB/T 9704 form.
 */
export function renderOutline(model: ReportModel, text: string): string {
  const out: string[] = [];
  out.push(`标题：${model.title?.text ?? "（未识别）"}`);
  const source = model.yearSource === undefined || model.yearSource === "title" ? "" : `（${YEAR_SOURCE[model.yearSource]}）`;
  out.push(`年度：${model.year ?? "（未识别）"}${source}${model.organs.length > 0 ? `　机关：${model.organs.join("、")}` : ""}`);
  if (model.documentNumber) out.push(`发文字号：${model.documentNumber.text}`);
  const lineOf = lineLocator(text);
  const width = String(lineOf(text.length)).length;
  for (const s of model.sections) {
    const marker = s.marker?.text ?? (s.markdownDepth !== undefined ? "#".repeat(s.markdownDepth) + " " : "");
    const note = s.marker !== null && !s.marker.standard ? `　（序号应写作“${s.marker.expected}”）` : "";
    out.push(`${String(lineOf(s.headingRange[0])).padStart(width)}  ${"　".repeat(s.depth - 1)}${marker}${s.title}${note}`);
  }
  if (model.sections.length === 0) out.push("（没有编号的标题）");
  return out.join("\n") + "\n";
}

/** How --print-outline names where a year not in the title was read. */
const YEAR_SOURCE: Record<string, string> = {
  opening: "由开头一句推断",
  "document-number": "由发文字号的年份推断",
  body: "由正文中最常出现的年份推断",
  "issue-date": "由成文日期推断",
};
