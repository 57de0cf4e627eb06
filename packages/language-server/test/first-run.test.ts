// The editor's first run (issue 19, item 3), over a real LSP connection to the BUILT server: a
// document that looks like a report is checked without any config file, unrelated Markdown is
// left alone; a config file is created and found; the whole workspace is checked at once.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "@report-lint/core";
import { Linter } from "@report-lint/formatter";
import { validateConfig } from "@report-lint/schema";
import { CancellationTokenSource, WorkDoneProgress, type Diagnostic } from "vscode-languageserver-protocol";
import { fileUri, startClient, type TestClient } from "@report-lint/test-support/lsp-client";
import { REPORT } from "@report-lint/test-support/reports";
import { CONFIG_SCHEMA_URL, configTemplate } from "../src/config-template.js";
import type { ConfigFileResult, CreateConfigResult, LintWorkspaceResult, StatusParams } from "../src/protocol.js";

const TITLE = "# 某镇人民政府2024年法治政府建设情况报告";
const FAULTY = "　　坚持以习近平法治思想思想为指导，全面推进法治政府建设。";
const REPORT_MD = `${TITLE}\n\n${FAULTY}\n`;
const UNRELATED_MD = `# 周报\n\n## 本周完成\n\n${FAULTY}\n`;

const duplicated = (ds: Diagnostic[]) => ds.filter((d) => d.code === "duplicated-word").map((d) => d.message);

async function until<T>(what: string, get: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const statusOf = (c: TestClient, uri: string) => (c.statuses as StatusParams[]).filter((s) => s.uri === uri).at(-1);

describe("without a config file", () => {
  let ws: string;
  let client: TestClient;
  beforeAll(async () => {
    ws = mkdtempSync(join(tmpdir(), "report-lint-first-run-"));
    client = await startClient({ workspaceFolder: ws });
  });
  afterAll(async () => {
    await client?.shutdown();
    rmSync(ws, { recursive: true, force: true });
  });

  it("checks a Markdown document whose title is a report's with the default configuration, and says why", async () => {
    const uri = fileUri(join(ws, "报告.md"));
    const wait = client.waitForDiagnostics(uri, 1);
    client.open(uri, REPORT_MD, "markdown");
    expect(duplicated((await wait).diagnostics)).toEqual(["“思想思想”重复，应删除重复的“思想”"]);
    expect(statusOf(client, uri)).toEqual({ uri, enabled: true, reason: "report" });
  });

  it("checks a plain-text report without a title by its sections, and a new untitled report", async () => {
    const uri = fileUri(join(ws, "draft.txt"));
    const text = REPORT.split("\n").slice(3).join("\n").replace("带头尊法学法守法用法", "坚持以习近平法治思想思想为指导");
    const wait = client.waitForDiagnostics(uri, 1);
    client.open(uri, text, "plaintext");
    expect(duplicated((await wait).diagnostics)).toEqual(["“思想思想”重复，应删除重复的“思想”"]);

    const untitled = "untitled:Untitled-1";
    const waitUntitled = client.waitForDiagnostics(untitled, 1);
    client.open(untitled, REPORT_MD, "markdown");
    expect(duplicated((await waitUntitled).diagnostics)).toHaveLength(1);
  });

  it("leaves unrelated Markdown alone — the same faulty sentence under another title — and publishes nothing for it", async () => {
    const uri = fileUri(join(ws, "周报.md"));
    client.open(uri, UNRELATED_MD, "markdown");
    expect(await until("the status", () => statusOf(client, uri))).toEqual({ uri, enabled: false });
    // A document opened after it is linted after it (one worker, in order): nothing came for the unrelated one meanwhile.
    const after = fileUri(join(ws, "报告2.md"));
    const wait = client.waitForDiagnostics(after, 1);
    client.open(after, REPORT_MD, "markdown");
    await wait;
    expect(client.history.filter((p) => p.uri === uri)).toEqual([]);
  });

  it("keeps checking a report while its title is being edited, and starts when a title is typed", async () => {
    const uri = fileUri(join(ws, "typing.md"));
    client.open(uri, `# 草稿\n\n${FAULTY}\n`, "markdown");
    await until("the status", () => statusOf(client, uri));
    expect(statusOf(client, uri)?.enabled).toBe(false);
    const wait = client.waitForDiagnostics(uri, 2);
    client.change(uri, [{ start: 2, end: 4, text: TITLE.slice(2) }]);
    expect(duplicated((await wait).diagnostics)).toHaveLength(1);
    const still = client.waitForDiagnostics(uri, 3);
    client.change(uri, [{ start: 2, end: TITLE.length, text: "草稿" }]);
    expect(duplicated((await still).diagnostics)).toHaveLength(1);
  });

  it("answers reportLint/configFile with null: no config file applies", async () => {
    const r = await client.request<ConfigFileResult>("reportLint/configFile", { uri: fileUri(join(ws, "报告.md")) });
    expect(r).toEqual({ uri: null });
  });
});

describe("creating a config file", () => {
  let ws: string;
  let client: TestClient;
  beforeAll(async () => {
    ws = mkdtempSync(join(tmpdir(), "report-lint-create-config-"));
    mkdirSync(join(ws, "sub"));
    client = await startClient({ workspaceFolder: ws });
  });
  afterAll(async () => {
    await client?.shutdown();
    rmSync(ws, { recursive: true, force: true });
  });

  it("writes .reportlintrc.json into the document's workspace folder, which then covers every document there", async () => {
    const report = fileUri(join(ws, "sub", "报告.md"));
    const unrelated = fileUri(join(ws, "sub", "周报.md"));
    const first = client.waitForDiagnostics(report, 1);
    client.open(report, REPORT_MD, "markdown");
    client.open(unrelated, UNRELATED_MD, "markdown");
    await first;
    await until("the unrelated document's status", () => statusOf(client, unrelated));

    const wait = client.waitForDiagnostics(unrelated, 1);
    const r = await client.request<CreateConfigResult>("reportLint/createConfig", { uri: report });
    const path = join(ws, ".reportlintrc.json");
    expect(r).toEqual({ uri: fileUri(path), created: true });
    const text = readFileSync(path, "utf8");
    expect(text).toBe(configTemplate("json"));
    expect(validateConfig(JSON.parse(text))).toMatchObject({ ok: true });
    // The CLI reads it as it is: the default profile, chosen by the issuer (no profile written).
    expect(await new Linter().configFor(join(ws, "sub", "报告.md"))).toMatchObject({ configPath: path, profileSet: false, rules: {} });

    // The server re-reads the configuration at once: the unrelated document is now checked too.
    expect(duplicated((await wait).diagnostics)).toHaveLength(1);
    expect(statusOf(client, unrelated)).toEqual({ uri: unrelated, enabled: true, reason: "config" });
    await until("the report's new status", () => (statusOf(client, report)?.reason === "config" ? true : undefined));

    const found = await client.request<ConfigFileResult>("reportLint/configFile", { uri: report });
    expect(found).toEqual({ uri: fileUri(path) });
  });

  it("never overwrites: a second request answers with the existing file", async () => {
    const path = join(ws, ".reportlintrc.json");
    writeFileSync(path, '{ "rules": { "stray-latin": "off" } }\n');
    const r = await client.request<CreateConfigResult>("reportLint/createConfig", { folderUri: fileUri(ws), format: "yaml" });
    expect(r).toEqual({ uri: fileUri(path), created: false });
    expect(readFileSync(path, "utf8")).toContain("stray-latin");
    expect(existsSync(join(ws, ".reportlintrc.yaml"))).toBe(false);
  });

  it("writes a YAML config with a schema modeline, the profile set in the editor, and the CLI reads it", async () => {
    const folder = join(ws, "yaml");
    mkdirSync(folder);
    client.settings = { profile: "fazhi-zhengfu-department" };
    client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
    const r = await client.request<CreateConfigResult>("reportLint/createConfig", { folderUri: fileUri(folder), format: "yaml" });
    const path = join(folder, ".reportlintrc.yaml");
    expect(r).toEqual({ uri: fileUri(path), created: true });
    const text = readFileSync(path, "utf8");
    expect(text.split("\n")[0]).toBe(`# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`);
    expect(await new Linter().configFor(join(folder, "a.md"))).toMatchObject({ configPath: path, profile: "fazhi-zhengfu-department", profileSet: true });
    client.settings = {};
  });

  it("answers with the invalid config file too, so that it can be opened and fixed", async () => {
    const folder = join(ws, "broken");
    mkdirSync(folder);
    writeFileSync(join(folder, ".reportlintrc.json"), '{ "rules": { "no-such-rule": "error" } }\n');
    const r = await client.request<ConfigFileResult>("reportLint/configFile", { uri: fileUri(join(folder, "a.md")) });
    expect(r).toEqual({ uri: fileUri(join(folder, ".reportlintrc.json")) });
  });
});

describe("reportLint/lintWorkspace", () => {
  let ws: string;
  let client: TestClient;
  beforeAll(async () => {
    ws = mkdtempSync(join(tmpdir(), "report-lint-lint-workspace-"));
    for (const d of ["reports", "notes", "opted", "node_modules/pkg", ".git", "archive"]) mkdirSync(join(ws, d), { recursive: true });
    writeFileSync(join(ws, "reports", "a.md"), REPORT_MD);
    // GB18030, as many drafts are saved on Windows: decoded as the CLI decodes it.
    writeFileSync(join(ws, "reports", "b.txt"), encode(REPORT.replace("带头尊法学法守法用法", "坚持以习近平法治思想思想为指导"), "gb18030", false));
    writeFileSync(join(ws, "notes", "周报.md"), UNRELATED_MD);
    writeFileSync(join(ws, "notes", "data.json"), "{}");
    // Under a config file every Markdown/text file is checked, except what ignorePatterns exclude.
    writeFileSync(join(ws, "opted", ".reportlintrc.json"), '{ "ignorePatterns": ["old.md"] }\n');
    writeFileSync(join(ws, "opted", "notes.txt"), `${FAULTY}\n`);
    writeFileSync(join(ws, "opted", "old.md"), REPORT_MD);
    writeFileSync(join(ws, "node_modules", "pkg", "README.md"), REPORT_MD);
    writeFileSync(join(ws, ".git", "x.md"), REPORT_MD);
    writeFileSync(join(ws, "archive", "too-big.txt"), `${TITLE.slice(2)}\n${"法".repeat(1024 * 1024)}\n`);
    client = await startClient({ workspaceFolder: ws });
  });
  afterAll(async () => {
    await client?.shutdown();
    rmSync(ws, { recursive: true, force: true });
  });

  it("lints the report-looking and config-covered files on disk and publishes their diagnostics; leaves the rest alone", async () => {
    const r = await client.request<LintWorkspaceResult>("reportLint/lintWorkspace", {});
    const published = (rel: string) => client.published.get(fileUri(join(ws, rel)))?.diagnostics;
    expect(duplicated(published("reports/a.md") ?? [])).toEqual(["“思想思想”重复，应删除重复的“思想”"]);
    expect(duplicated(published("reports/b.txt") ?? [])).toEqual(["“思想思想”重复，应删除重复的“思想”"]);
    expect(duplicated(published("opted/notes.txt") ?? [])).toHaveLength(1);
    for (const rel of ["notes/周报.md", "opted/old.md", "node_modules/pkg/README.md", ".git/x.md", "archive/too-big.txt"]) expect(published(rel), rel).toBeUndefined();
    const findings = ["reports/a.md", "reports/b.txt", "opted/notes.txt"].reduce((n, rel) => n + published(rel)!.length, 0);
    const errors = ["reports/a.md", "reports/b.txt", "opted/notes.txt"].flatMap((rel) => published(rel)!).filter((d) => d.severity === 1).length;
    expect(r).toEqual({ files: 3, findings, errors, skipped: 2, unreadable: 1, truncated: false, cancelled: false });
  });

  it("lints an open document as it is in the editor, not as it is on disk", async () => {
    const uri = fileUri(join(ws, "notes", "周报.md"));
    const wait = client.waitForDiagnostics(uri, 1);
    client.open(uri, REPORT_MD, "markdown");
    await wait;
    const r = await client.request<LintWorkspaceResult>("reportLint/lintWorkspace", {});
    expect(r.files).toBe(4);
    expect(r.skipped).toBe(1);
    expect(duplicated(client.published.get(uri)!.diagnostics)).toHaveLength(1);
    expect(client.published.get(uri)!.version).toBe(1);
  });

  it("reports its progress on the client's workDoneToken: begin, each file, end", async () => {
    const reports: string[] = [];
    const messages: string[] = [];
    const listener = client.connection.onProgress(WorkDoneProgress.type, "ws-1", (p) => {
      reports.push(p.kind);
      if (p.kind === "report" && p.message !== undefined) messages.push(p.message);
    });
    const r = await client.request<LintWorkspaceResult>("reportLint/lintWorkspace", { workDoneToken: "ws-1" });
    listener.dispose();
    expect(reports[0]).toBe("begin");
    expect(reports.at(-1)).toBe("end");
    expect(messages).toContain(join("reports", "a.md"));
    expect(reports.filter((k) => k === "report")).toHaveLength(r.files + r.skipped + r.unreadable);
  });

  it("stops when the client cancels, and answers with what it did", async () => {
    const many = join(ws, "many");
    mkdirSync(many);
    for (let i = 0; i < 40; i++) writeFileSync(join(many, `报告${String(i).padStart(2, "0")}.md`), REPORT_MD);
    const source = new CancellationTokenSource();
    let reports = 0;
    const listener = client.connection.onProgress(WorkDoneProgress.type, "ws-cancel", (p) => {
      if (p.kind === "report" && ++reports === 3) source.cancel();
    });
    const r = await client.connection.sendRequest<LintWorkspaceResult>("reportLint/lintWorkspace", { workDoneToken: "ws-cancel" }, source.token);
    listener.dispose();
    rmSync(many, { recursive: true, force: true });
    expect(r.cancelled).toBe(true);
    expect(r.files + r.skipped + r.unreadable).toBeLessThan(40);
  });

  it("clears what it published for a file that is no longer checked", async () => {
    writeFileSync(join(ws, "reports", "a.md"), UNRELATED_MD);
    await client.request<LintWorkspaceResult>("reportLint/lintWorkspace", {});
    expect(client.published.get(fileUri(join(ws, "reports", "a.md")))?.diagnostics).toEqual([]);
  });
});
