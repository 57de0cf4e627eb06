// The BUILT server (dist/server.js) over stdio, driven by a test client as an editor would.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultConfig, engineOptions, fixText } from "@report-lint/formatter";
import type { CodeAction, Diagnostic, DocumentSymbol, TextEdit } from "vscode-languageserver-protocol";
import { fileUri, startClient, type TestClient } from "@report-lint/test-support/lsp-client";
import { REPORT, seed, withoutSection } from "@report-lint/test-support/reports";

const FIX_ALL = "source.fixAll.report-lint";
const SEED0 = seed("000_097b919b0604076e.txt");
const DUP = "　　坚持以习近平法治思想为指导，全面推进法治政府建设。";

let ws: string;
let client: TestClient;

beforeAll(async () => {
  ws = mkdtempSync(join(tmpdir(), "report-lint-ls-"));
  mkdirSync(join(ws, "opted"));
  mkdirSync(join(ws, "other"));
  writeFileSync(join(ws, "opted", ".reportlintrc.json"), "{}\n");
  client = await startClient({ workspaceFolder: ws });
});

afterAll(async () => {
  await client?.shutdown();
  rmSync(ws, { recursive: true, force: true });
});

let n = 0;
/** A fresh document under the opted-in folder. */
function docUri(ext = "txt", folder = "opted"): string {
  return fileUri(join(ws, folder, `doc${++n}.${ext}`));
}

async function openAndWait(text: string, uri = docUri(), languageId = "plaintext") {
  const wait = client.waitForDiagnostics(uri, 1);
  client.open(uri, text, languageId);
  return { uri, published: await wait };
}

function byRule(ds: Diagnostic[], rule: string): Diagnostic[] {
  return ds.filter((d) => d.code === rule);
}

function codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return client.request<CodeAction[]>("textDocument/codeAction", {
    textDocument: { uri },
    range,
    context: only === undefined ? { diagnostics } : { diagnostics, only },
  });
}

/** Apply a code action's edit as the editor does and wait for the diagnostics of the result. */
async function apply(uri: string, action: CodeAction) {
  let edit = action.edit;
  if (edit === undefined) edit = (await client.request<CodeAction>("codeAction/resolve", action)).edit;
  expect(edit).toBeDefined();
  const wait = client.waitForDiagnostics(uri, client.version(uri) + 1);
  client.applyWorkspaceEdit(edit!);
  return wait;
}

/**
 * A finding whose change is a suggestion only: offered as a quick fix titled `title`, never as the finding's fix nor by
 * fix-all; applying it gives `fixed` and removes the finding.
 */
async function expectSuggestionOnly(uri: string, findings: Diagnostic[], title: string, fixed: string): Promise<void> {
  const actions = await codeActions(uri, findings);
  const suggestion = actions.find((a) => a.title === title);
  expect(suggestion?.kind).toBe("quickfix");
  expect(actions.some((a) => a.title.startsWith("修复："))).toBe(false);
  expect(await codeActions(uri, [], [FIX_ALL])).toEqual([]);
  const after = await apply(uri, suggestion!);
  expect(client.text(uri)).toBe(fixed);
  expect(byRule(after.diagnostics, String(findings[0]!.code))).toEqual([]);
}

function key(d: Diagnostic): string {
  return `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
}

async function settle(ms = 400): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

async function configChanged(settings: object): Promise<void> {
  client.settings = settings;
  client.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
}

describe("initialize", () => {
  it("announces incremental sync, code actions (with fix-all), formatting, outline and the fix-all command", () => {
    const caps = client.initializeResult.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2, save: { includeText: false } });
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: ["quickfix", FIX_ALL], resolveProvider: true });
    expect(caps.documentFormattingProvider).toBe(true);
    expect(caps.documentSymbolProvider).toBeTruthy();
    expect(caps.executeCommandProvider).toEqual({ commands: ["reportLint.server.applyFixAll"] });
    expect(client.initializeResult.serverInfo?.name).toBe("report-lint-language-server");
  });

  it("watches the config files", async () => {
    // The registration follows `initialized`; on a busy machine it can take longer than a fixed pause.
    for (let waited = 0; waited < 10_000 && !client.registrations.some((r) => r.method === "workspace/didChangeWatchedFiles"); waited += 50) await settle(50);
    const watch = client.registrations.find((r) => r.method === "workspace/didChangeWatchedFiles");
    const patterns = (watch?.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    expect(patterns).toContain("**/.reportlintrc.json");
    expect(patterns).toContain("**/package.json");
  });
});

describe("diagnostics", () => {
  it("publishes the findings of a real report on open: Chinese message, rule id as code, link to the rule's page", async () => {
    const { published } = await openAndWait(SEED0);
    expect(published.version).toBe(1);
    const dup = byRule(published.diagnostics, "duplicated-word");
    const at = SEED0.indexOf("思想思想");
    const line = SEED0.slice(0, at).split("\n").length - 1;
    expect(dup).toContainEqual(
      expect.objectContaining({
        source: "report-lint",
        message: "“思想思想”重复，应删除重复的“思想”",
        range: expect.objectContaining({ start: { line, character: at - SEED0.lastIndexOf("\n", at) - 1 + 2 } }),
        codeDescription: { href: expect.stringContaining("docs/rules/duplicated-word.md") },
      }),
    );
    expect(byRule(published.diagnostics, "document-number")[0]?.message).toContain("〔2024〕");
  });

  it("leaves a document outside any config alone until reportLint.enable is on, and clears it when turned off", async () => {
    const other = docUri("md", "other");
    client.open(other, DUP.replace("思想", "思想思想"), "markdown");
    await openAndWait(DUP);
    await settle(300);
    expect(client.history.filter((p) => p.uri === other)).toEqual([]);
    expect(client.statuses.filter((s) => s.uri === other)).toEqual([{ uri: other, enabled: false }]);

    const on = client.waitForDiagnostics(other);
    await configChanged({ enable: true });
    expect(byRule((await on).diagnostics, "duplicated-word")).toHaveLength(1);
    expect(client.statuses.filter((s) => s.uri === other).at(-1)).toEqual({ uri: other, enabled: true, reason: "setting" });

    const off = client.waitForDiagnostics(other);
    await configChanged({});
    expect((await off).diagnostics).toEqual([]);
    expect(client.statuses.filter((s) => s.uri === other).at(-1)).toEqual({ uri: other, enabled: false });
    client.close(other);
  });

  it("follows a sequence of edits: a finding appears, moves and disappears", async () => {
    const { uri, published } = await openAndWait(`${DUP}\n\n${DUP}\n`);
    expect(byRule(published.diagnostics, "duplicated-word")).toEqual([]);
    const at = DUP.indexOf("思想") + 2;
    let v = client.change(uri, [{ start: at, end: at, text: "思想" }]);
    let p = await client.waitForDiagnostics(uri, v);
    expect(byRule(p.diagnostics, "duplicated-word").map((d) => d.range.start)).toEqual([{ line: 0, character: at }]);

    v = client.change(uri, [{ start: 0, end: 0, text: "标题\n\n" }]);
    p = await client.waitForDiagnostics(uri, v);
    expect(byRule(p.diagnostics, "duplicated-word").map((d) => d.range.start)).toEqual([{ line: 2, character: at }]);

    const text = client.text(uri);
    const dupAt = text.indexOf("思想思想") + 2;
    v = client.change(uri, [{ start: dupAt, end: dupAt + 2, text: "" }]);
    p = await client.waitForDiagnostics(uri, v);
    expect(byRule(p.diagnostics, "duplicated-word")).toEqual([]);
  });

  it("after a burst of keystrokes publishes exactly the findings of the final text", async () => {
    const { uri } = await openAndWait(SEED0);
    const word = "，坚持以习近平法治思想思想为指导,推进依法行政";
    let at = SEED0.indexOf("。", 800);
    let v = 1;
    for (const ch of word) {
      v = client.change(uri, [{ start: at, end: at, text: ch }]);
      at++;
    }
    const final = await client.waitForDiagnostics(uri, v);
    const fresh = await openAndWait(client.text(uri));
    expect(final.diagnostics.map(key)).toEqual(fresh.published.diagnostics.map(key));
    expect(byRule(final.diagnostics, "duplicated-word").length).toBeGreaterThan(byRule((await openAndWait(SEED0)).published.diagnostics, "duplicated-word").length);
    // Intermediate versions were superseded rather than each linted and published.
    expect(client.history.filter((h) => h.uri === uri).length).toBeLessThan(word.length);
  });

  it("points a numbering finding at the earlier heading it names", async () => {
    const text = ["一、主要举措和成效", "", "（一）坚持依法决策", "", "严格落实重大行政决策程序。", "", "（三）严格规范执法", "", "全面推行行政执法公示制度。", ""].join("\n");
    const { published } = await openAndWait(text);
    const [num] = byRule(published.diagnostics, "numbering");
    expect(num?.message).toContain("第3行");
    expect(num?.relatedInformation?.[0]?.location.range.start).toEqual({ line: 2, character: 0 });
  });

  it("lints Markdown as Markdown", async () => {
    const md = `# 2023年度法治政府建设情况的报告\n\n## 一、主要举措\n\n${DUP.replace("思想", "思想思想").trim()}\n\n\`\`\`\n思想思想\n\`\`\`\n`;
    const { published } = await openAndWait(md, docUri("md"), "markdown");
    expect(byRule(published.diagnostics, "duplicated-word")).toHaveLength(1);
  });
});

describe("code actions", () => {
  it("offers the finding's fix as the preferred quick fix; applying it removes the finding", async () => {
    const text = `${DUP.replace("思想", "思想思想")}\n`;
    const { uri, published } = await openAndWait(text);
    const dup = byRule(published.diagnostics, "duplicated-word");
    const actions = await codeActions(uri, dup);
    const fix = actions.find((a) => a.isPreferred && a.title.startsWith("修复："));
    expect(fix?.title).toBe("修复：“思想思想”重复，应删除重复的“思想”");
    expect(fix?.kind).toBe("quickfix");
    const after = await apply(uri, fix!);
    expect(client.text(uri)).toBe(`${DUP}\n`);
    expect(byRule(after.diagnostics, "duplicated-word")).toEqual([]);
  });

  it("offers a wrong-character suggestion as a quick fix that fix-all never applies; applying it removes the finding", async () => {
    const text = "本条例白发布之日起施行。\n";
    const { uri, published } = await openAndWait(text);
    const wrong = byRule(published.diagnostics, "wrong-character");
    expect(wrong.map((d) => d.message)).toEqual(["“白发布”疑为“自发布”（形近字），请核对"]);
    await expectSuggestionOnly(uri, wrong, "改为“自发布”", "本条例自发布之日起施行。\n");
  });

  it("offers a doubled character only the model judges as a quick fix, which fix-all leaves; applying it removes the finding", async () => {
    const text = "镇党委将深入入学习贯彻习近平法治思想。\n";
    const { uri, published } = await openAndWait(text);
    const dup = byRule(published.diagnostics, "duplicated-word");
    expect(dup.map((d) => d.message)).toEqual(["“入入”疑为重复输入，如是，应删去一个“入”"]);
    await expectSuggestionOnly(uri, dup, "删去重复的“入”", "镇党委将深入学习贯彻习近平法治思想。\n");
  });

  it("fixes all problems through source.fixAll.report-lint (editor.codeActionsOnSave)", async () => {
    const { uri, published } = await openAndWait(SEED0);
    expect(published.diagnostics.some((d) => (d.data as { fix?: unknown }).fix !== undefined)).toBe(true);
    const actions = await codeActions(uri, [], [FIX_ALL]);
    expect(actions.map((a) => a.kind)).toEqual([FIX_ALL]);
    const after = await apply(uri, actions[0]!);
    expect(after.diagnostics.filter((d) => (d.data as { fix?: unknown }).fix !== undefined)).toEqual([]);
    const expected = await fixText(SEED0, engineOptions(defaultConfig(), join(ws, "opted", "x.txt")));
    expect(client.text(uri)).toBe(expected.output);
  });

  it("offers “fix all” as a quick fix too, resolved lazily", async () => {
    const { uri, published } = await openAndWait(SEED0);
    const fixable = published.diagnostics.filter((d) => (d.data as { fix?: unknown }).fix !== undefined);
    const actions = await codeActions(uri, fixable.slice(0, 1));
    const all = actions.find((a) => a.title === "修复全部可自动修复的 report-lint 问题");
    expect(all?.edit).toBeUndefined();
    const after = await apply(uri, all!);
    expect(after.diagnostics.filter((d) => (d.data as { fix?: unknown }).fix !== undefined)).toEqual([]);
  });

  it("disables a rule for one line or for the file with an inline comment", async () => {
    const text = `${DUP.replace("思想", "思想思想")}\n\n${DUP.replace("思想", "思想思想")}\n`;
    const { uri, published } = await openAndWait(text);
    const dup = byRule(published.diagnostics, "duplicated-word");
    expect(dup).toHaveLength(2);
    const line = (await codeActions(uri, [dup[1]!])).find((a) => a.title === "在本行禁用 duplicated-word 检查");
    let after = await apply(uri, line!);
    expect(client.text(uri).split("\n")[2]).toBe("<!-- report-lint-disable-next-line duplicated-word -->");
    expect(byRule(after.diagnostics, "duplicated-word").map((d) => d.range.start.line)).toEqual([0]);

    const file = (await codeActions(uri, byRule(after.diagnostics, "duplicated-word"))).find((a) => a.title === "在本文件禁用 duplicated-word 检查");
    after = await apply(uri, file!);
    expect(client.text(uri).startsWith("<!-- report-lint-disable duplicated-word -->\n")).toBe(true);
    expect(byRule(after.diagnostics, "duplicated-word")).toEqual([]);
  });

  it("inserts the heading of a missing mandatory section at its place in the profile's order", async () => {
    const text = withoutSection(REPORT, "存在的不足和原因");
    const { uri, published } = await openAndWait(text);
    const missing = byRule(published.diagnostics, "required-sections");
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toContain("不足和原因");
    const insert = (await codeActions(uri, missing)).find((a) => a.title.startsWith("插入章节标题"));
    expect(insert?.title).toBe("插入章节标题“三、2023年推进法治政府建设存在的不足和原因”");
    const after = await apply(uri, insert!);
    expect(byRule(after.diagnostics, "required-sections")).toEqual([]);
    expect(byRule(after.diagnostics, "numbering")).toEqual([]);
    expect(client.text(uri)).toContain("三、2023年推进法治政府建设存在的不足和原因\n\n四、2024年工作安排");
  });

  it("applies every fix through the server command (workspace/applyEdit)", async () => {
    const { uri } = await openAndWait(`${DUP.replace("思想", "思想思想")}\n`);
    const wait = client.waitForDiagnostics(uri, 2);
    const r = await client.request<{ applied: boolean }>("workspace/executeCommand", {
      command: "reportLint.server.applyFixAll",
      arguments: [{ uri, version: 1 }],
    });
    expect(r.applied).toBe(true);
    expect(client.applied).toHaveLength(1);
    expect(client.text(uri)).toBe(`${DUP}\n`);
    expect(byRule((await wait).diagnostics, "duplicated-word")).toEqual([]);
  });
});

describe("formatting and outline", () => {
  it("formats a document with the formatter's fixes", async () => {
    const { uri } = await openAndWait(SEED0);
    const edits = await client.request<TextEdit[]>("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits.length).toBeGreaterThan(1);
    client.applyTextEdits(uri, edits);
    const expected = await fixText(SEED0, engineOptions(defaultConfig(), join(ws, "opted", "x.txt")));
    expect(client.text(uri)).toBe(expected.output);
  });

  it("returns the numbered outline as hierarchical document symbols", async () => {
    const { uri } = await openAndWait(REPORT);
    const symbols = await client.request<DocumentSymbol[]>("textDocument/documentSymbol", { textDocument: { uri } });
    expect(symbols.map((s) => s.name).slice(1)).toEqual([
      "一、2023年推进法治政府建设的主要举措和成效",
      "二、党政主要负责人履行推进法治建设第一责任人职责情况",
      "三、存在的不足和原因",
      "四、2024年工作安排",
    ]);
    expect(symbols[1]?.children?.map((c) => c.name)).toEqual(["（一）坚持依法科学民主决策", "（二）深入推进严格规范公正文明执法"]);
  });

  it("answers the new-report template request with every heading of the profile", async () => {
    const r = await client.request<{ text: string; language: string }>("reportLint/newReportTemplate", { year: 2024 });
    expect(r.language).toBe("markdown");
    expect(r.text).toContain("## 四、2025年推进法治政府建设的主要安排");
  });
});

describe("configuration", () => {
  const rc = () => join(ws, "opted", ".reportlintrc.json");
  const changed = () => client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: fileUri(rc()), type: 2 }] });

  afterAll(() => writeFileSync(rc(), "{}\n"));

  it("re-lints open documents when the config file changes, and shows an invalid config as one clear diagnostic", async () => {
    const { uri, published } = await openAndWait(`${DUP.replace("思想", "思想思想")}\n`);
    expect(byRule(published.diagnostics, "duplicated-word")).toHaveLength(1);

    writeFileSync(rc(), JSON.stringify({ rules: { "duplicated-word": "off" } }));
    let wait = client.waitForDiagnostics(uri, 1);
    changed();
    expect(byRule((await wait).diagnostics, "duplicated-word")).toEqual([]);

    writeFileSync(rc(), '{ "rules": { "duplicated-word": "off", } ');
    wait = client.waitForDiagnostics(uri, 1);
    changed();
    let p = await wait;
    expect(p.diagnostics).toHaveLength(1);
    expect(p.diagnostics[0]).toMatchObject({ code: "config", severity: 1, range: { start: { line: 0, character: 0 } } });
    expect(p.diagnostics[0]?.message).toContain(rc());
    expect(p.diagnostics[0]?.message).toContain("不是有效的 JSON");

    writeFileSync(rc(), JSON.stringify({ rules: { "no-such-rule": true } }));
    wait = client.waitForDiagnostics(uri, 1);
    changed();
    p = await wait;
    expect(p.diagnostics.map((d) => d.code)).toEqual(["config"]);
    expect(p.diagnostics[0]?.message).toContain("不认识的规则“no-such-rule”");

    writeFileSync(rc(), "{}\n");
    wait = client.waitForDiagnostics(uri, 1);
    changed();
    expect(byRule((await wait).diagnostics, "duplicated-word")).toHaveLength(1);
  });

  it("uses a profile file named by the config, inserts its template heading, and follows changes to that file", async () => {
    const profilePath = join(ws, "opted", "town.profile.json");
    const profile = (required: boolean) => ({
      id: "town-annual",
      name: "乡镇法治政府建设年度报告",
      titlePattern: "法治(政府)?建设.*(报告|情况)",
      items: [
        { id: "measures", name: "主要举措和成效", required: true, patterns: ["举措", "成效"], headingLevel: 1, template: { heading: "{year}年推进法治政府建设的主要举措和成效" } },
        { id: "features", name: "特色亮点工作", required, patterns: ["特色", "亮点"], headingLevel: 1, template: { heading: "{year}年法治建设特色亮点工作" } },
        { id: "plans", name: "下一年度主要安排", required: true, patterns: ["安排", "计划"], headingLevel: 1, template: { heading: "{nextYear}年推进法治政府建设的主要安排" } },
      ],
    });
    writeFileSync(profilePath, JSON.stringify(profile(true)));
    writeFileSync(rc(), JSON.stringify({ profile: "./town.profile.json" }));
    changed();
    const { uri, published } = await openAndWait(REPORT);
    const missing = byRule(published.diagnostics, "required-sections");
    expect(missing.map((d) => d.message)).toEqual([expect.stringContaining("特色亮点工作")]);
    const insert = (await codeActions(uri, missing)).find((a) => a.title.startsWith("插入章节标题"));
    // Before the first section of a later item (plans: “四、2024年工作安排”), taking its number.
    expect(insert?.title).toBe("插入章节标题“四、2023年法治建设特色亮点工作”");

    writeFileSync(profilePath, JSON.stringify(profile(false)));
    const wait = client.waitForDiagnostics(uri, 1);
    client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: fileUri(profilePath), type: 2 }] });
    expect(byRule((await wait).diagnostics, "required-sections")).toEqual([]);
    writeFileSync(rc(), "{}\n");
    changed();
  });

  it("leaves documents matched by the config's ignorePatterns alone, as the CLI does", async () => {
    writeFileSync(rc(), JSON.stringify({ ignorePatterns: ["drafts/"] }));
    changed();
    mkdirSync(join(ws, "opted", "drafts"), { recursive: true });
    const ignored = fileUri(join(ws, "opted", "drafts", "draft.txt"));
    client.open(ignored, `${DUP.replace("思想", "思想思想")}\n`);
    await openAndWait(`${DUP.replace("思想", "思想思想")}\n`);
    await settle(300);
    expect(client.history.filter((h) => h.uri === ignored)).toEqual([]);
    writeFileSync(rc(), "{}\n");
    const wait = client.waitForDiagnostics(ignored, 1);
    changed();
    expect(byRule((await wait).diagnostics, "duplicated-word")).toHaveLength(1);
    client.close(ignored);
  });

  it("applies rule settings from the editor where the config file says nothing, and reports bad ones", async () => {
    const { uri } = await openAndWait(`${DUP.replace("思想", "思想思想")}\n`);
    let wait = client.waitForDiagnostics(uri, 1);
    await configChanged({ rules: { "duplicated-word": "off" } });
    expect(byRule((await wait).diagnostics, "duplicated-word")).toEqual([]);

    wait = client.waitForDiagnostics(uri, 1);
    await configChanged({ rules: { "duplicated-word": { bogus: 1 } } });
    const p = await wait;
    expect(p.diagnostics.map((d) => d.code)).toEqual(["config"]);
    expect(p.diagnostics[0]?.message).toContain("编辑器设置 reportLint");
    expect(p.diagnostics[0]?.message).toContain("bogus");

    wait = client.waitForDiagnostics(uri, 1);
    await configChanged({});
    expect(byRule((await wait).diagnostics, "duplicated-word")).toHaveLength(1);
  });

  it("with reportLint.run = onSave, lints on save rather than while typing", async () => {
    const { uri } = await openAndWait(`${DUP}\n`);
    await configChanged({ run: "onSave" });
    await client.waitForDiagnostics(uri, 1);
    const at = DUP.indexOf("思想") + 2;
    const v = client.change(uri, [{ start: at, end: at, text: "思想" }]);
    await settle(600);
    expect(client.history.some((h) => h.uri === uri && h.version === v)).toBe(false);
    const wait = client.waitForDiagnostics(uri, v);
    client.save(uri);
    expect(byRule((await wait).diagnostics, "duplicated-word")).toHaveLength(1);
    await configChanged({});
    await client.waitForDiagnostics(uri, v);
  });
});
