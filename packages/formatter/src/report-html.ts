// The HTML a reviewer looks at: a table of the reports (title, organ, year, errors, warnings,
// missing mandatory items), bar charts of the findings by rule and by report (inline SVG), and every
// finding with its context. One renderer for the CLI's `--format html` (a self-contained page for a
// folder of reports) and the offline page (apps/web), which shows the same table, charts and
// findings for the files dropped on it. No Node built-in, no script, no request.
import { formatOf, parseReport } from "@report-lint/core";
import { docsUrl } from "textlint-rule-preset-gov-report";
import type { Finding } from "./engine.js";
import { docxPlace, missingItems, textOf, type CheckedText } from "./place.js";

/** One checked report as the renderer shows it. */
export interface CheckedReport extends CheckedText {
  /** Its path or name: picks Markdown or plain text (a .docx's text is plain). */
  path: string;
  /** As shown: the path relative to the working directory, a dropped file's name. */
  file: string;
  docx: boolean;
  messages: Finding[];
  /** One line saying why it could not be checked, or null. */
  error: string | null;
}

/** A report's line in the table, and the anchor its findings are under. */
export interface ReportRow {
  anchor: string;
  file: string;
  title: string;
  organ: string;
  year: string;
  errors: number;
  warnings: number;
  findings: number;
  missing: string[];
  error: string | null;
}

/** The table row of report `r`, the `k`th (0-based): its findings are under the anchor r{k+1}. */
export function reportRow(r: CheckedReport, k: number): ReportRow {
  const base = { anchor: `r${k + 1}`, file: r.file, errors: 0, warnings: 0, findings: 0, missing: [] as string[] };
  if (r.error !== null || r.text === null) return { ...base, title: "", organ: "", year: "", error: r.error ?? "" };
  const model = parseReport(r.text, r.docx ? "text" : formatOf(r.path));
  return {
    ...base,
    title: model.title?.text.replace(/\s+/gu, "") ?? "（未识别到标题）",
    organ: model.organs.join("、"),
    year: model.year === null ? "—" : String(model.year),
    errors: r.messages.filter((m) => m.severity === 2).length,
    warnings: r.messages.filter((m) => m.severity === 1).length,
    findings: r.messages.length,
    missing: missingItems(r.messages),
    error: null,
  };
}

/** The reports' table, each file linked to its findings. */
export function reportsTable(rows: readonly ReportRow[]): string {
  const tr = rows.map((r) =>
    r.error !== null
      ? `<tr class="failed"><td><a href="#${r.anchor}">${escapeHtml(r.file)}</a></td><td colspan="6">无法检查：${escapeHtml(r.error)}</td></tr>`
      : `<tr><td><a href="#${r.anchor}">${escapeHtml(r.file)}</a></td><td>${escapeHtml(r.title)}</td><td>${escapeHtml(r.organ)}</td><td>${escapeHtml(r.year)}</td>` +
        `<td class="n${r.errors > 0 ? " bad" : ""}">${r.errors}</td><td class="n">${r.warnings}</td><td>${r.missing.length === 0 ? "无" : `<span class="bad">${escapeHtml(r.missing.join("；"))}</span>`}</td></tr>`,
  );
  return `<table class="reports"><thead><tr><th>文件</th><th>标题</th><th>机关</th><th>年度</th><th>错误</th><th>警告</th><th>缺少的必备内容</th></tr></thead><tbody>${tr.join("")}</tbody></table>`;
}

/** The most reports the by-report chart shows: a chart of a thousand bars shows nothing (the table lists every report). */
export const CHART_REPORTS = 30;

/** The two charts: findings by rule (each rule linked to its page) and by report (the CHART_REPORTS with most findings, linked to them). */
export function charts(reports: readonly CheckedReport[], rows: readonly ReportRow[]): string {
  const byRule = new Map<string, number>();
  for (const r of reports) for (const m of r.messages) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => ({ label: rule, value: n, href: docsUrl(rule) }));
  const withFindings = rows.filter((r) => r.findings > 0);
  const files = [...withFindings].sort((a, b) => b.findings - a.findings).slice(0, CHART_REPORTS).map((r) => ({ label: r.file, value: r.findings, href: `#${r.anchor}` }));
  const title = withFindings.length > CHART_REPORTS ? `按报告 <small>问题最多的 ${CHART_REPORTS} 份（共 ${withFindings.length} 份有问题）</small>` : "按报告";
  return `<section class="charts"><div><h2>按规则</h2>${bars(rules)}</div><div><h2>${title}</h2>${bars(files)}</div></section>`;
}

/** A horizontal bar chart as inline SVG, each bar labelled and linked. */
export function bars(items: ReadonlyArray<{ label: string; value: number; href: string }>): string {
  if (items.length === 0) return `<p>没有问题</p>`;
  const max = Math.max(...items.map((i) => i.value));
  const row = 22;
  const labelWidth = 260;
  const width = 640;
  const scale = (width - labelWidth - 60) / max;
  const parts = items.map((item, k) => {
    const y = k * row;
    const w = Math.max(1, Math.round(item.value * scale));
    return (
      `<a href="${escapeHtml(item.href)}"><text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(item.label.length > 32 ? `${item.label.slice(0, 31)}…` : item.label)}</text></a>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${row - 8}" rx="2"/><text x="${labelWidth + w + 6}" y="${y + 15}">${item.value}</text>`
    );
  });
  return `<svg class="bars" role="img" viewBox="0 0 ${width} ${items.length * row}" width="${width}" height="${items.length * row}">${parts.join("")}</svg>`;
}

const SEVERITY: Record<number, [string, string]> = { 1: ["警告", "warning"], 2: ["错误", "error"], 3: ["提示", "info"] };

/** Where a finding is, as a clerk finds it: 第3行第5列, or in a .docx 第12段（一、… › （二）…）. */
export function findingPlace(r: CheckedReport, m: Finding): string {
  return r.docx ? docxPlace(r, m).where : `${m.story === undefined ? "" : `${m.story} `}第 ${m.line} 行第 ${m.column} 列`;
}

/** What a caller adds to each finding's item: attributes of the <li>, HTML after its context (the page's buttons). */
export type FindingDecoration = (m: Finding, k: number) => { attrs?: string; after?: string };

/** One finding: severity, place, message, rule id, and its context with the faulty text marked. */
export function findingItem(r: CheckedReport, m: Finding, k: number, decorate?: FindingDecoration): string {
  const [name, cls] = SEVERITY[m.severity] ?? SEVERITY[1]!;
  const extra = decorate?.(m, k) ?? {};
  return (
    `<li class="${cls}"${extra.attrs === undefined ? "" : ` ${extra.attrs}`}><span class="sev">${name}</span> <span class="where">${escapeHtml(findingPlace(r, m))}</span> ` +
    `${escapeHtml(m.message)} <span class="rule">${escapeHtml(m.ruleId)}</span><div class="context">${context(textOf(r, m), m)}</div>${extra.after ?? ""}</li>`
  );
}

/** A report's heading (its anchor) and every finding, or why it could not be checked. */
export function findingsSection(r: CheckedReport, row: ReportRow, decorate?: FindingDecoration): string {
  const head = `<h2 id="${row.anchor}">${escapeHtml(row.file)}${row.title === "" ? "" : ` <small>${escapeHtml(row.title)}</small>`}</h2>`;
  if (row.error !== null) return `<section class="report">${head}<p class="bad">无法检查：${escapeHtml(row.error)}</p></section>`;
  if (r.messages.length === 0) return `<section class="report">${head}<p>没有发现问题</p></section>`;
  return `<section class="report">${head}<ol>${r.messages.map((m, k) => findingItem(r, m, k, decorate)).join("")}</ol></section>`;
}

/** The totals line over all reports. */
export function totalsLine(rows: readonly ReportRow[]): string {
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  const warnings = rows.reduce((n, r) => n + r.warnings, 0);
  const incomplete = rows.filter((r) => r.missing.length > 0).length;
  return `<p class="totals">共 ${rows.length} 份报告：${errors} 个错误，${warnings} 个警告；${incomplete} 份缺少必备内容</p>`;
}

/**
 * One self-contained page for a folder of reports (`--format html`): the table, the charts and
 * every finding. No script, no font, no request: a Content-Security-Policy forbids any, so it
 * opens offline, mailed as an attachment. Each finding names its rule's id without a link (the
 * chart links each rule once): 1,000 reports' page is 8.0 MB (9.4 MB with the links). Each report's
 * section is laid out only when scrolled to (content-visibility): Chromium opens that page in
 * about 1 s instead of 2.2 (bench row 10).
 */
export function reportPage(reports: readonly CheckedReport[], version: string): string {
  const rows = reports.map(reportRow);
  const body = [
    `<h1>report-lint 检查结果</h1>`,
    totalsLine(rows),
    reportsTable(rows),
    charts(reports, rows),
    ...reports.map((r, k) => findingsSection(r, rows[k]!)),
    `<footer>report-lint ${escapeHtml(version)}</footer>`,
  ];
  return (
    `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8">` +
    // Nothing may be fetched: no script, no font, no image from anywhere; the styles are inline.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>report-lint 检查结果</title><style>${REPORT_STYLE}</style></head>\n<body>\n${body.join("\n")}\n</body></html>\n`
  );
}

/** Up to 30 characters either side of the finding, on its line, the finding's own text marked. */
function context(text: string, m: Finding): string {
  const [s, e] = [m.range[0], Math.max(m.range[1], m.range[0] + 1)];
  let from = s;
  while (from > 0 && s - from < 30 && text[from - 1] !== "\n") from--;
  let to = Math.min(e, text.length);
  while (to < text.length && to - e < 30 && text[to] !== "\n") to++;
  const show = (x: string): string => escapeHtml(x.replace(/\s+/gu, " "));
  return `${from > 0 && text[from - 1] !== "\n" ? "…" : ""}${show(text.slice(from, s))}<mark>${show(text.slice(s, Math.min(e, text.length))) || "&nbsp;"}</mark>${show(text.slice(Math.min(e, text.length), to))}${to < text.length && text[to] !== "\n" ? "…" : ""}`;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** The styles of the table, charts and findings (the page adds its own for what only it has). */
export const REPORT_STYLE = `
body{font:15px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}h2 small{font-weight:normal;color:#555}
table.reports{border-collapse:collapse;width:100%}table.reports th,table.reports td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}
table.reports th{background:#f3f3f3;text-align:left}td.n{text-align:right}.bad{color:#b00020;font-weight:600}tr.failed td{background:#fff4f4}
.charts{display:flex;flex-wrap:wrap;gap:2rem}.bars rect{fill:#3a6ea5}.bars text{font-size:12px;fill:#1a1a1a}
ol{padding-left:1.5rem}li{margin:.5rem 0}.sev{display:inline-block;min-width:2.5em;font-weight:600}li.error .sev{color:#b00020}li.warning .sev{color:#9a6700}li.info .sev{color:#3a6ea5}
.where{color:#555}.rule{font-size:.85em;color:#555}.context{font-family:"FangSong","STFangsong",serif;background:#fafafa;border-left:3px solid #ddd;padding:.2rem .6rem;margin-top:.2rem}
mark{background:#ffe08a}footer{margin:3rem 0 1rem;color:#777;font-size:.85em}
section.report{content-visibility:auto;contain-intrinsic-size:auto 30rem}
@media print{.charts{display:none}a{color:inherit;text-decoration:none}}`;
