// The offline page in a real browser: Debian's Chromium, driven by puppeteer-core, loads the built
// page from file:// and is given files as a clerk gives them (the file picker). What it lists must be
// what the CLI lists for the same file, what it downloads what `report-lint --fix` writes, and it
// must ask for nothing but its own files. Screenshots of the page and of the HTML report of the five
// seeds go to artifacts/screenshots/ (REPORT_LINT_ARTIFACTS=dir elsewhere), which CI keeps.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import puppeteer, { type Browser, type ElementHandle, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, chromiumPath } from "@report-lint/test-support/chromium";
import { buildDocx, paragraph } from "@report-lint/test-support/docx";
import { acceptedTextByLibreOffice, commentsSeenByLibreOffice, hasLibreOffice } from "@report-lint/test-support/libreoffice";
import { extractDocxText } from "@report-lint/core";
import { SEEDS_DIR } from "@report-lint/test-support/reports";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const repo = resolve(root, "../..");
const cli = join(root, "node_modules", ".bin", "report-lint");
const artifacts = process.env["REPORT_LINT_ARTIFACTS"] ?? join(repo, "artifacts");
const chromium = chromiumPath();

const SEED = readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).sort()[1]!;

/** A generated report as Word writes one: faults in the body, a header, a footer with its page number, and a footnote. */
function generatedDocx(): Uint8Array {
  const lines = [
    "关于2024年度法治政府建设情况的报告",
    "县人民政府：",
    "一、2024年推进法治政府建设的主要举措和成效",
    "（一）坚持依法依法科学民主决策",
    "严格落实重大行政决策程序,全年召开常务会议研究重大事项12次，均经过合法性审查。",
    "（三）深入推进严格规范公正文明执法",
    "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，持旭推进执法规范化。",
    "二、党政主要负责人履行推进法治建设第一责任人职责情况",
    "主要负责人切实履行第一责任人职责，带头尊法学法守法用法。",
    "三、存在的不足和原因",
    "一是法治宣传教育形式较为单一。二是执法人员专业素质有待提高。",
    "四、2025年工作安排",
    "一是加强法治队伍建设。二是深化法治宣传教育。",
    "某某县司法局",
    "2025年1月15日",
  ];
  return buildDocx({
    body: lines.map((l, i) => (i === 4 ? paragraph(l.slice(0, 9), l.slice(9, 20), l.slice(20)) : paragraph(l))).join(""),
    header: paragraph("某某县人民政府  文件"),
    footer: paragraph("— 1 —"),
    footnotes: `<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">数据来源：县司法局局统计。</w:t></w:r></w:p></w:footnote>`,
  });
}

interface Listed {
  ruleId: string;
  range: [number, number];
  story: string | null;
  message: string;
}

/** The CLI's findings for `file`, as its JSON lists them. */
function cliFindings(file: string): Listed[] {
  const run = spawnSync(cli, ["--format", "json", file], { encoding: "utf8" });
  if (run.status !== 0 && run.status !== 1) throw new Error(`report-lint exited ${run.status}: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; range: [number, number]; story?: string; message: string }> }>;
  return result!.messages.map((m) => ({ ruleId: m.ruleId, range: m.range, story: m.story ?? null, message: m.message }));
}

/** The panel of the report named `name` (its heading starts with the name). */
async function article(page: Page, name: string): Promise<ElementHandle<HTMLElement>> {
  for (const a of await page.$$("article[data-doc]")) {
    if (await a.$eval("h2", (h, name) => h.textContent?.startsWith(name) === true, name).catch(() => false)) return a as ElementHandle<HTMLElement>;
  }
  throw new Error(`no report ${name} on the page`);
}

/** The findings the page lists for the report named `name`. */
async function pageFindings(page: Page, name: string): Promise<Listed[]> {
  return (await article(page, name)).$$eval(".list li[data-k]", (items) =>
    items.map((li) => {
      // The message is the text between the place and the rule id.
      const clone = li.cloneNode(true) as HTMLElement;
      for (const x of clone.querySelectorAll(".sev, .where, .rule, .context, button")) x.remove();
      return {
        ruleId: li.dataset.rule!,
        range: [Number(li.dataset.start), Number(li.dataset.end)] as [number, number],
        story: li.dataset.story ?? null,
        message: clone.textContent!.trim(),
      };
    }),
  );
}

/** The status line once it matches `pattern` (a timeout says what it said instead). */
async function status(page: Page, pattern: RegExp, timeout = 60_000): Promise<string> {
  try {
    await page.waitForFunction((source) => new RegExp(source, "u").test(document.getElementById("status")!.textContent ?? ""), { timeout }, pattern.source);
  } catch (e) {
    throw new Error(`the status never matched ${pattern}; it says “${await page.$eval("#status", (s) => s.textContent ?? "")}” (${(e as Error).message})`);
  }
  return page.$eval("#status", (s) => s.textContent ?? "");
}

/**
 * Open the page at `url` and wait until it says it is ready. The page's own document is small, but
 * the `load` event waits for its 30 MB of data scripts too; in a CI run beside the other packages'
 * tests on two cores that took over 30 s, puppeteer's navigation timeout. So the navigation waits for
 * the document only, and the data has a hang guard of its own (alone it takes 1–3 s).
 */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60_000 });
  // The page says how long its data took: in CI's log beside the other figures.
  console.log(`offline page ${url}: ${await status(page, /已就绪/u, 240_000)}`);
}

/** Click a button of the report `name`'s article and wait for the download it starts. */
async function downloadFrom(page: Page, dir: string, name: string, action: string): Promise<string> {
  const before = new Set(readdirSync(dir));
  await clickIn(page, name, `button[data-act="${action}"]`);
  for (let waited = 0; waited < 30_000; waited += 100) {
    // Chromium may put an empty file under the final name while the bytes still go to a .crdownload
    // beside it: a download is done when no .crdownload is left and the file has its bytes.
    const files = readdirSync(dir);
    const done = files.filter((f) => !before.has(f) && !f.endsWith(".crdownload"));
    if (done.length > 0 && !files.some((f) => f.endsWith(".crdownload")) && statSync(join(dir, done[0]!)).size > 0) return join(dir, done[0]!);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no download from ${action}`);
}

async function clickIn(page: Page, name: string, selector: string): Promise<void> {
  await (await article(page, name)).$eval(selector, (b) => (b as HTMLButtonElement).click());
}

describe.skipIf(chromium === null)("the offline page in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let work: string;
  let downloads: string;
  const requests: string[] = [];
  const problems: string[] = [];
  const pageUrl = pathToFileURL(join(dist, "index.html")).href;

  beforeAll(async () => {
    if (!existsSync(join(dist, "index.html"))) throw new Error("apps/web is not built: run its build first");
    work = mkdtempSync(join(tmpdir(), "report-lint-web-"));
    downloads = join(work, "downloads");
    mkdirSync(downloads);
    mkdirSync(join(artifacts, "screenshots"), { recursive: true });
    browser = await puppeteer.launch({ executablePath: chromium!, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    await page.setViewport({ width: 1366, height: 860 });
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warn") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
    const cdp = await page.createCDPSession();
    await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads });
    await open(page, pageUrl);
  });

  afterAll(async () => {
    await browser?.close();
    if (work !== undefined) rmSync(work, { recursive: true, force: true });
  });

  it("lists, for a seed report and a generated .docx given together, exactly the CLI's findings", async () => {
    copyFileSync(join(SEEDS_DIR, SEED), join(work, SEED));
    writeFileSync(join(work, "某某县司法局报告.docx"), generatedDocx());
    const input = (await page.$("input#files"))!;
    await input.uploadFile(join(work, SEED), join(work, "某某县司法局报告.docx"));
    expect(await status(page, /已检查 2 份文件/u)).toMatch(/发现 \d+ 个问题/u);

    const seedListed = await pageFindings(page, SEED);
    expect(seedListed.length).toBeGreaterThan(3);
    expect(seedListed).toEqual(cliFindings(join(work, SEED)));
    const docxListed = await pageFindings(page, "某某县司法局报告.docx");
    const cliDocx = cliFindings(join(work, "某某县司法局报告.docx"));
    expect(docxListed).toEqual(cliDocx);
    // The generated faults are among them: a doubled word, a half-width comma, a skipped number, 持旭, and one in the footnote.
    const rules = new Set(docxListed.map((f) => f.ruleId));
    for (const id of ["duplicated-word", "punctuation-width", "numbering", "wrong-character"]) expect(rules, id).toContain(id);
    expect(docxListed.some((f) => f.story === "脚注")).toBe(true);

    // In the text, each of those is marked where it is — not hidden under its paragraph's layout findings, which are a badge before it.
    const marks = await (await article(page, "某某县司法局报告.docx")).$$eval("pre mark[data-k]", (ms) =>
      ms.map((m) => ({ k: Number(m.dataset.k), text: m.textContent ?? "", layout: m.classList.contains("layout") })),
    );
    const body = await extractDocxText(readFileSync(join(work, "某某县司法局报告.docx")));
    for (const id of ["duplicated-word", "wrong-character", "punctuation-width"]) {
      const k = docxListed.findIndex((f) => f.ruleId === id && f.story === null);
      const f = docxListed[k]!;
      expect(marks, id).toContainEqual({ k, text: body.slice(f.range[0], f.range[1]), layout: false });
    }
    expect(marks.some((m) => m.layout && m.text === "")).toBe(true);
    // Two reports: the shared renderer's table (one row each) and charts above them.
    expect(await page.$$eval("#summary table.reports tbody tr", (rows) => rows.length)).toBe(2);
    expect(await page.$$eval("#summary svg.bars", (svgs) => svgs.length)).toBe(2);
    await page.screenshot({ path: join(artifacts, "screenshots", "page.png"), fullPage: false });
    // A report's text with its findings marked, beside their list.
    await (await article(page, "某某县司法局报告.docx")).evaluate((a) => a.scrollIntoView());
    await page.screenshot({ path: join(artifacts, "screenshots", "page-findings.png"), fullPage: false });
  });

  it("applies all sure fixes and downloads the text `report-lint --fix` writes", async () => {
    await clickIn(page, SEED, `button[data-act="fix-all"]`);
    await status(page, /已应用全部可确定的修复/u);
    const file = await downloadFrom(page, downloads, SEED, "download-text");
    const expected = join(work, `cli-${SEED}`);
    copyFileSync(join(SEEDS_DIR, SEED), expected);
    // The seeds are read-only, and so is a copy: --fix would refuse to write it.
    chmodSync(expected, 0o644);
    spawnSync(cli, ["--fix", expected], { encoding: "utf8" });
    expect(readFileSync(file, "utf8")).toBe(readFileSync(expected, "utf8"));
    expect(readFileSync(file, "utf8")).not.toBe(readFileSync(join(SEEDS_DIR, SEED), "utf8"));
    // What is left is what the CLI finds in the fixed text; nothing sure is left to fix.
    expect(await pageFindings(page, SEED)).toEqual(cliFindings(expected));
    expect(await (await article(page, SEED)).$eval(`button[data-act="fix-all"]`, (b) => (b as HTMLButtonElement).disabled)).toBe(true);
  });

  it("applies one fix: that finding goes, the text changes there, and the others stay", async () => {
    const name = "某某县司法局报告.docx";
    const before = await pageFindings(page, name);
    const k = await (await article(page, name)).$eval(`.list li button[data-act="fix"]`, (b) => Number((b as HTMLElement).dataset.k));
    await clickIn(page, name, `.list li button[data-act="fix"][data-k="${k}"]`);
    await status(page, /已修复 1 处/u);
    const after = await pageFindings(page, name);
    expect(after).not.toContainEqual(before[k]);
    expect(after.length).toBeLessThan(before.length);
    // Findings of other rules are still there (the layout's carried over, the rest found again).
    const others = before.filter((f, j) => j !== k && f.ruleId !== before[k]!.ruleId);
    for (const f of others) expect(after.some((g) => g.ruleId === f.ruleId && g.message === f.message), f.message).toBe(true);
  });

  it("for a .docx: the fixed text equals `--fix --output x.txt`, and the revised and annotated copies open in LibreOffice", async () => {
    const name = "某某县司法局报告.docx";
    await clickIn(page, name, `button[data-act="fix-all"]`);
    await status(page, /已应用全部可确定的修复/u);
    const text = await downloadFrom(page, downloads, name, "download-text");
    const expected = join(work, "cli-fixed.txt");
    spawnSync(cli, ["--fix", join(work, name), "--output", expected], { encoding: "utf8" });
    expect(readFileSync(text, "utf8")).toBe(readFileSync(expected, "utf8"));

    const revised = await downloadFrom(page, downloads, name, "download-revised");
    expect(revised.endsWith(".修订.docx")).toBe(true);
    // Read as accepted, the revised copy holds the fixed text; the CLI's revised copy is the same document.
    expect(await extractDocxText(readFileSync(revised))).toBe(readFileSync(text, "utf8"));
    const cliRevised = join(work, "cli-revised.docx");
    spawnSync(cli, ["--fix", join(work, name), "--output", cliRevised], { encoding: "utf8" });
    const annotated = await downloadFrom(page, downloads, name, "download-annotated");
    expect(annotated.endsWith(".批注.docx")).toBe(true);
    // The CLI's --annotate of the same file: the same comments, as LibreOffice reads them.
    const cliAnnotated = join(work, "cli-annotated.docx");
    spawnSync(cli, [join(work, name), "--annotate", cliAnnotated], { encoding: "utf8" });
    if (hasLibreOffice()) {
      const comments = commentsSeenByLibreOffice(annotated);
      expect(comments.length).toBeGreaterThan(3);
      expect(comments).toEqual(commentsSeenByLibreOffice(cliAnnotated));
      expect(comments.every((c) => c.author === "report-lint")).toBe(true);
      expect(acceptedTextByLibreOffice(revised)).toBe(acceptedTextByLibreOffice(cliRevised));
    }
    // A guard against a hang, not a time limit: three CLI runs and four LibreOffice conversions take ~25 s
    // alone here and took 168 s in a CI run beside the fuzzer and the language server's tests on 2 cores.
  }, 300_000);

  it("says in the page, in Chinese, why a .doc, a binary file and a 30 MB file are not checked", async () => {
    const doc = join(work, "旧报告.doc");
    writeFileSync(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 7)]));
    const binary = join(work, "图片.txt");
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    const big = join(work, "大文件.txt");
    writeFileSync(big, Buffer.alloc(30 * 1024 * 1024, "法治政府建设"));
    const input = (await page.$("input#files"))!;
    await input.uploadFile(doc, binary, big);
    expect(await status(page, /已检查 3 份文件/u)).toMatch(/3 份无法检查/u);
    const said = await page.$$eval("article[data-doc] .report p.bad", (ps) => ps.map((p) => p.textContent ?? ""));
    // The CLI's words for the same files (stderr: "path: message").
    const names = ["旧报告.doc", "图片.txt", "大文件.txt"];
    const run = spawnSync(cli, names, { encoding: "utf8", cwd: work });
    expect(run.status).toBe(2);
    for (const name of names) {
      const line = run.stderr.split("\n").find((l) => l.startsWith(`report-lint: ${name}: `));
      expect(line, run.stderr).toBeDefined();
      expect(said).toContain(`无法检查：${line!.slice(`report-lint: ${name}: `.length)}`);
    }
    expect(said.join("\n")).toMatch(/另存为 \.docx/u);
    expect(said.join("\n")).toMatch(/文件过大（30\.0 MB）/u);
  });

  it("is reachable by keyboard: Tab reaches the file picker, and every action is a button", async () => {
    await open(page, pageUrl);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("files");
    expect(await page.$eval("label[for=files]", (l) => l.textContent ?? "")).toMatch(/选择文件/u);
  });

  it("asked for nothing but its own files, and logged no error", () => {
    expect(requests.length).toBeGreaterThan(4);
    const own = pathToFileURL(dist).href + "/";
    const foreign = requests.filter((u) => !u.startsWith(own) && !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    const html = readFileSync(join(dist, "index.html"), "utf8");
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';[^"]*connect-src 'none'/u);
  });

  it("works as well from a static web server: only its own origin is asked for", async () => {
    const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };
    const server = createServer((req, res) => {
      const path = join(dist, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/$/u, "/index.html"));
      if (!path.startsWith(dist) || !existsSync(path)) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const other = await browser.newPage();
    const asked: string[] = [];
    other.on("request", (r) => asked.push(r.url()));
    try {
      await open(other, `${origin}/`);
      await (await other.$("input#files"))!.uploadFile(join(SEEDS_DIR, SEED));
      expect(await status(other, /已检查 1 份文件/u)).toMatch(/发现 [1-9]\d* 个问题/u);
      expect(await pageFindings(other, SEED)).toEqual(cliFindings(join(SEEDS_DIR, SEED)));
      expect(asked.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
    } finally {
      await other.close();
      server.close();
    }
  });

  it("renders the HTML report of the five seeds (screenshot for CI)", async () => {
    const report = join(work, "seeds.html");
    const run = spawnSync(cli, ["--format", "html", SEEDS_DIR], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    writeFileSync(report, run.stdout);
    const other = await browser.newPage();
    const fetched: string[] = [];
    other.on("request", (r) => fetched.push(r.url()));
    await other.setViewport({ width: 1280, height: 1000 });
    await other.goto(pathToFileURL(report).href, { waitUntil: "load" });
    expect(await other.$$eval("table.reports tbody tr", (rows) => rows.length)).toBe(readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).length);
    expect(fetched).toEqual([pathToFileURL(report).href]);
    await other.screenshot({ path: join(artifacts, "screenshots", "html-report.png"), fullPage: false });
    await other.close();
  });
});
