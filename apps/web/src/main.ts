// The offline page: a clerk drops reports (.docx, .txt, .md) and sees each one's findings in the
// text and in a list, fixes one or all of the sure ones, copies the text, downloads the fixed text
// and, for a .docx, a copy with the findings as comments or the fixes as tracked changes. The
// engine is the CLI's (the formatter's browser build: the same preset through textlint's kernel,
// the same default configuration), and the table, charts and findings are drawn by the same
// renderer as `report-lint --format html`. Nothing is sent anywhere; every error is said in the page.
import { DATA_FILES, provideDataFile } from "@report-lint/core/browser";
import {
  annotatedDocx,
  applyEdits,
  charts,
  computeEdits,
  decodeSource,
  DOCX_LAYOUT_ID,
  escapeHtml,
  findingsSection,
  fixText,
  isDocx,
  lintSource,
  lintText,
  inputLimit,
  reportRow,
  reportsTable,
  revisedDocx,
  SourceError,
  sourceWords,
  totalsLine,
  type CheckedReport,
  type ReportRow,
  type EngineOptions,
  type Finding,
  type SourceFile,
} from "@report-lint/formatter/browser";
import { DEFAULT_PROFILE_ID } from "@report-lint/schema";

declare global {
  interface Window {
    reportLintData?: Record<string, string>;
  }
}


/** A dropped report and what the page knows of it. */
interface Doc {
  id: number;
  name: string;
  source: SourceFile | null;
  /** Why it could not be checked (one Chinese line), or null. */
  error: string | null;
  /** The text as read, and as it is now (after the fixes applied on the page). */
  original: string;
  text: string;
  findings: Finding[];
  /** The findings of the text as read: what the annotated copy of a .docx carries. */
  originalFindings: Finding[];
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const zh = (text: string): string => text;
const docs: Doc[] = [];
let ready: Promise<void> = Promise.resolve();
let nextId = 1;

function setStatus(text: string, bad = false): void {
  const status = $("status");
  status.textContent = text;
  status.classList.toggle("bad", bad);
}

/** The engine's options for a file: the CLI's defaults (no config file: the default report type, every rule at its level). */
function engine(name: string): EngineOptions {
  return { filePath: name, rules: {} };
}

// ---- data ------------------------------------------------------------------------------------

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(src));
    document.head.append(s);
  });
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function loadData(): Promise<void> {
  const t0 = performance.now();
  for (const name of DATA_FILES) {
    try {
      await loadScript(`data/${name}.js`);
    } catch {
      throw new Error(`未能载入数据文件 data/${name}.js：请把 data 文件夹和 index.html 放在同一目录中，再打开本页`);
    }
    const b64 = window.reportLintData?.[name];
    if (b64 === undefined) throw new Error(`数据文件 data/${name}.js 已损坏，请重新下载本页`);
    provideDataFile(name, fromBase64(b64));
    delete window.reportLintData![name];
  }
  setStatus(`已就绪（数据载入用时 ${((performance.now() - t0) / 1000).toFixed(1)} 秒）：请选择或拖入报告`);
}

// ---- reading and checking ------------------------------------------------------------------------

async function check(file: File): Promise<Doc> {
  const doc: Doc = { id: nextId++, name: file.name, source: null, error: null, original: "", text: "", findings: [], originalFindings: [] };
  try {
    // Refused before it is read, as the CLI refuses it (a .docx may hold pictures: a higher limit).
    if (file.size > inputLimit(file.name)) throw new SourceError(file.name, { reason: "too-large", size: file.size, limit: inputLimit(file.name) });
    const source = await decodeSource(file.name, new Uint8Array(await file.arrayBuffer()));
    doc.source = source;
    doc.original = doc.text = source.text;
    doc.findings = doc.originalFindings = await lintSource(source, engine(file.name), DEFAULT_PROFILE_ID);
  } catch (e) {
    doc.error = e instanceof SourceError ? sourceWords.sourceMessage(e.problem, zh) : `检查时出错：${e instanceof Error ? e.message : String(e)}`;
  }
  return doc;
}

/**
 * Lint the doc's text as it is now: as read, every finding; once changed, the body's again, with a
 * .docx's layout findings (about its page and fonts, which the page's fixes do not touch) carried
 * over to where their paragraphs now are, and the other stories' as read (the fixes are the body's).
 */
async function relint(doc: Doc): Promise<void> {
  if (doc.text === doc.original) {
    doc.findings = doc.originalFindings;
    return;
  }
  const edits = computeEdits(doc.original, doc.text);
  const moved = (at: number): number => edits.reduce((to, e) => (e.range[1] <= at ? to + e.text.length - (e.range[1] - e.range[0]) : to), at);
  const layout = doc.originalFindings.filter((m) => m.ruleId === DOCX_LAYOUT_ID).map((m) => ({ ...m, range: [moved(m.range[0]), moved(m.range[1])] as [number, number] }));
  const body = [...(await lintText(doc.text, engine(doc.name))).messages, ...layout].sort((a, b) => a.range[0] - b.range[0]);
  doc.findings = [...body, ...doc.originalFindings.filter((m) => m.story !== undefined)];
}

async function addFiles(files: FileList | File[]): Promise<void> {
  const list = [...files];
  if (list.length === 0) return;
  try {
    await ready;
  } catch {
    return;
  }
  for (const [k, file] of list.entries()) {
    setStatus(`正在检查 ${file.name}（${k + 1}/${list.length}）……`);
    // Let the status show before the (synchronous, up to a second) check.
    await new Promise((r) => setTimeout(r, 0));
    docs.push(await check(file));
  }
  render();
  const failed = docs.slice(-list.length).filter((d) => d.error !== null).length;
  const found = docs.slice(-list.length).reduce((n, d) => n + d.findings.length, 0);
  setStatus(`已检查 ${list.length} 份文件：发现 ${found} 个问题${failed > 0 ? `；${failed} 份无法检查，原因见下方` : ""}`, failed > 0);
}

// ---- rendering ---------------------------------------------------------------------------------

function checked(doc: Doc): CheckedReport {
  const stories = doc.source?.stories;
  const r: CheckedReport = { path: doc.name, file: doc.name, docx: isDocx(doc.name), text: doc.error === null ? doc.text : null, messages: doc.findings, error: doc.error };
  if (stories !== undefined && stories.length > 0) r.stories = Object.fromEntries(stories.map((s) => [s.label, s.text]));
  return r;
}

/** Draw the summary (two reports or more) and every report's panel, or only `doc`'s (after a fix). */
function render(doc?: Doc): void {
  const reports = docs.map(checked);
  const rows = reports.map(reportRow);
  $("summary").innerHTML = docs.length < 2 ? "" : `<h2>检查汇总</h2>${totalsLine(rows)}${reportsTable(rows)}${charts(reports, rows)}`;
  if (doc === undefined) $("docs").innerHTML = docs.map((d, k) => docHtml(d, reports[k]!, rows[k]!)).join("");
  else {
    const k = docs.indexOf(doc);
    document.querySelector(`article[data-doc="${doc.id}"]`)!.outerHTML = docHtml(doc, reports[k]!, rows[k]!);
  }
}

const fixable = (m: Finding): boolean => m.fix !== undefined && m.story === undefined;

function docHtml(doc: Doc, report: CheckedReport, row: ReportRow): string {
  const list = findingsSection(report, row, (m, k) => ({
    attrs: `data-k="${k}" data-rule="${escapeHtml(m.ruleId)}" data-start="${m.range[0]}" data-end="${m.range[1]}"${m.story === undefined ? "" : ` data-story="${escapeHtml(m.story)}"`}`,
    after: `${m.story === undefined ? `<button type="button" data-act="show" data-k="${k}">在原文中定位</button>` : ""}${fixable(m) ? `<button type="button" data-act="fix" data-k="${k}">修复：${escapeHtml(fixLabel(doc.text, m))}</button>` : ""}`,
  }));
  if (doc.error !== null) return `<article class="doc" data-doc="${doc.id}">${list}</article>`;
  const sure = doc.findings.some(fixable);
  const changed = doc.text !== doc.original;
  const docx = isDocx(doc.name);
  const tools = [
    `<button type="button" class="primary" data-act="fix-all"${sure ? "" : " disabled"}>应用全部可确定的修复</button>`,
    `<button type="button" data-act="copy">复制全文</button>`,
    `<button type="button" data-act="download-text">下载${changed ? "修复后的" : ""}文本（${textExtension(doc.name)}）</button>`,
    docx ? `<button type="button" data-act="download-annotated">下载带批注的 .docx（原稿加批注）</button>` : "",
    docx ? `<button type="button" data-act="download-revised"${changed ? "" : " disabled"}>下载带修订的 .docx（修复以修订写入）</button>` : "",
  ];
  const note = doc.source?.decoded?.encoding === "gb18030" ? `<p class="note">原文件为 GB18030/GBK 编码；下载的文本为 UTF-8 编码。</p>` : "";
  return (
    `<article class="doc" data-doc="${doc.id}">` +
    `<div class="toolbar" role="toolbar" aria-label="${escapeHtml(doc.name)} 的操作">${tools.join("")}</div>${note}` +
    `<div class="panes"><pre class="text" tabindex="0" aria-label="${escapeHtml(doc.name)} 的正文">${highlighted(doc.text, doc.findings)}</pre><div class="list">${list}</div></div>` +
    `</article>`
  );
}

function textExtension(name: string): string {
  return /\.(md|markdown)$/iu.test(name) ? ".md" : ".txt";
}

/** What a fix does, in a few characters: 删除“的的”, 改为“，”. */
function fixLabel(text: string, m: Finding): string {
  const fix = m.fix!;
  const old = text.slice(fix.range[0], fix.range[1]);
  const show = (s: string): string => (s.length > 12 ? `${s.slice(0, 11)}…` : s).replace(/\n/gu, "↵");
  if (fix.text === "") return `删除“${show(old)}”`;
  if (old === "") return `插入“${show(fix.text)}”`;
  return `“${show(old)}”改为“${show(fix.text)}”`;
}

const SEVERITY_CLASS: Record<number, string> = { 1: "warning", 2: "error", 3: "info" };

/**
 * The body text with each finding's range marked (the first of overlapping ones; an empty range as a
 * point). A layout finding (docx-layout: a paragraph's font, size, alignment) is about a whole
 * paragraph: a badge before it, which leaves the paragraph's own findings marked inside it.
 */
function highlighted(text: string, findings: readonly Finding[]): string {
  const body = findings.map((m, k) => ({ m, k })).filter(({ m }) => m.story === undefined).sort((a, b) => a.m.range[0] - b.m.range[0] || a.k - b.k);
  let out = "";
  let at = 0;
  let badgeAt = -1;
  for (const { m, k } of body) {
    const [s, e] = m.range;
    const cls = SEVERITY_CLASS[m.severity] ?? "warning";
    const title = escapeHtml(m.message);
    if (m.ruleId === DOCX_LAYOUT_ID) {
      // One badge a paragraph, however many of its layout findings (the list has each).
      if (s < at || s > text.length || s === badgeAt) continue;
      out += `${escapeHtml(text.slice(at, s))}<mark class="${cls} layout" data-k="${k}" data-start="${s}" title="${title}"></mark>`;
      at = badgeAt = s;
      continue;
    }
    if (s < at || s > text.length) continue;
    out += escapeHtml(text.slice(at, s));
    out += e > s ? `<mark class="${cls}" data-k="${k}" title="${title}">${escapeHtml(text.slice(s, e))}</mark>` : `<mark class="${cls} point" data-k="${k}" title="${title}"></mark>`;
    at = Math.max(s, e);
  }
  return out + escapeHtml(text.slice(at));
}

// ---- actions -------------------------------------------------------------------------------------

function download(name: string, bytes: Uint8Array | string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const stem = (name: string): string => name.replace(/\.[^.]+$/u, "");

async function act(doc: Doc, action: string, k: number): Promise<void> {
  const m = doc.findings[k];
  switch (action) {
    case "show": {
      const pre = `article[data-doc="${doc.id}"] pre`;
      // A layout finding shares its paragraph's badge with the paragraph's other layout findings.
      const mark = document.querySelector<HTMLElement>(`${pre} mark[data-k="${k}"]`) ?? (m === undefined ? null : document.querySelector<HTMLElement>(`${pre} mark.layout[data-start="${m.range[0]}"]`));
      if (mark === null) return setStatus("这个问题与另一个问题重叠，已标出的是另一个", false);
      document.querySelectorAll("mark.current").forEach((x) => x.classList.remove("current"));
      mark.classList.add("current");
      mark.tabIndex = -1;
      mark.scrollIntoView({ block: "center" });
      mark.focus();
      return;
    }
    case "fix": {
      if (m === undefined || !fixable(m)) return;
      doc.text = applyEdits(doc.text, [{ range: [m.fix!.range[0], m.fix!.range[1]], text: m.fix!.text }]);
      await relint(doc);
      render(doc);
      return setStatus(`已修复 1 处：${m.message}`);
    }
    case "fix-all": {
      const fixed = await fixText(doc.text, engine(doc.name));
      if (!fixed.converged) return setStatus("自动修复几轮后仍在改动文字（几处修复相互影响），为免误改，未作任何修复；请逐条修复", true);
      const count = computeEdits(doc.text, fixed.output).length;
      doc.text = fixed.output;
      await relint(doc);
      render(doc);
      return setStatus(count === 0 ? "没有可确定的修复" : `已应用全部可确定的修复；还有 ${doc.findings.length} 个问题需要人工判断`);
    }
    case "copy": {
      try {
        await navigator.clipboard.writeText(doc.text);
        return setStatus("已复制全文");
      } catch {
        return setStatus("浏览器不允许本页写入剪贴板：请在正文中按 Ctrl+A 全选后按 Ctrl+C 复制", true);
      }
    }
    case "download-text": {
      const bom = doc.source?.decoded?.bom === true && doc.source.decoded.encoding === "utf-8" ? "\uFEFF" : "";
      download(`${stem(doc.name)}${doc.text === doc.original ? "" : ".修复后"}${textExtension(doc.name)}`, bom + doc.text, "text/plain;charset=utf-8");
      return;
    }
    case "download-annotated": {
      const out = annotatedDocx(doc.source!, doc.originalFindings);
      download(`${stem(doc.name)}.批注.docx`, out.bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      return setStatus(`已生成带 ${out.comments} 条批注的副本（原稿未改动）${out.outside > 0 ? `；页眉页脚中的 ${out.outside} 个问题 Word 无法加批注，见列表` : ""}`);
    }
    case "download-revised": {
      const out = revisedDocx(doc.source!, computeEdits(doc.original, doc.text));
      download(`${stem(doc.name)}.修订.docx`, out.bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      return setStatus(`已把 ${out.applied} 处修改以修订写入副本（可在 Word/WPS 中逐条接受或拒绝）${out.skipped.length > 0 ? `；另有 ${out.skipped.length} 处会拆分段落或合并单元格，无法以修订表示，请手动修改` : ""}`);
    }
  }
}

// ---- wiring --------------------------------------------------------------------------------------

function showFatal(message: string): void {
  setStatus(message, true);
}

window.addEventListener("error", (e) => showFatal(`页面出错：${e.message}。请刷新后重试；如仍出错，请把所用文件报告给 report-lint 的维护者`));
window.addEventListener("unhandledrejection", (e) => showFatal(`页面出错：${e.reason instanceof Error ? e.reason.message : String(e.reason)}。请刷新后重试`));

document.addEventListener("DOMContentLoaded", () => {
  ready = loadData();
  ready.catch((e: Error) => showFatal(e.message));
  const input = $<HTMLInputElement>("files");
  input.addEventListener("change", () => {
    void addFiles(input.files ?? []).finally(() => (input.value = ""));
  });
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    void addFiles(e.dataTransfer?.files ?? []);
  });
  // A file dropped beside the drop zone is taken too, rather than opened by the browser (leaving the page).
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => {
    e.preventDefault();
    void addFiles(e.dataTransfer?.files ?? []);
  });
  $("docs").addEventListener("click", (e) => {
    const target = e.target as HTMLElement;
    const button = target.closest<HTMLButtonElement>("button[data-act]");
    const mark = button === null ? target.closest<HTMLElement>("pre mark[data-k]") : null;
    const article = (button ?? mark)?.closest<HTMLElement>("article[data-doc]");
    if (article === null || article === undefined) return;
    const doc = docs.find((d) => d.id === Number(article.dataset.doc));
    if (doc === undefined) return;
    if (mark !== null) {
      // A click on a marked word shows its finding in the list.
      const item = article.querySelector<HTMLElement>(`.list li[data-k="${mark.dataset.k}"]`);
      item?.scrollIntoView({ block: "nearest" });
      item?.querySelector("button")?.focus();
      return;
    }
    button!.disabled = true;
    void act(doc, button!.dataset.act!, Number(button!.dataset.k ?? -1)).finally(() => {
      if (button!.isConnected) button!.disabled = false;
    });
  });
});

// The page's version, set by the build.
declare const REPORT_LINT_WEB_VERSION: string;
document.documentElement.dataset.version = REPORT_LINT_WEB_VERSION;
