import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { formatOf, parseReport } from "@report-lint/core";
import { BIN, makeDocx, parseJson, run, seeds, tmp } from "./helpers.js";

const require = createRequire(import.meta.url);

/** The official SARIF 2.1.0 schema as shipped by Microsoft's @microsoft/jest-sarif (2.1.0-rtm.5, draft-04 keywords only). */
function sarifValidator() {
  const dir = dirname(require.resolve("@microsoft/jest-sarif/package.json"));
  const schema = JSON.parse(readFileSync(join(dir, "lib", "schemas", "sarif-2.1.0-rtm.5.json"), "utf8")) as Record<string, unknown>;
  // Draft-04 → the draft-07 dialect ajv speaks: only the meta keywords differ for this schema.
  delete schema.$schema;
  delete schema.id;
  // unicodeRegExp off: the schema's language pattern is not valid with the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat("uri", (s: string) => URL.canParse(s));
  ajv.addFormat("uri-reference", (s: string) => URL.canParse(s, "file:///base/") && !/[\s\u0080-\uffff]/u.test(s));
  ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

const FAULTY = "　　深入学习贯彻[bookmark: _GoBack]习近平法治思想，全面推进依法行政。\n　　二是加强\u200b行政执法监督。\n";

function dirWith(files: Record<string, string | Uint8Array>): string {
  const dir = tmp();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("stylish (default)", () => {
  it("groups by file with line:col, severity, Chinese message, rule id and a summary line; no colours off a TTY", async () => {
    const dir = dirWith({ "报告.txt": FAULTY });
    const r = await run(["报告.txt"], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("报告.txt");
    expect(r.stdout).toMatch(/^ {2}1:9 +错误 {2}文档转换残留“\[bookmark: _GoBack\]”，应删除 {2}conversion-artifact$/mu);
    expect(r.stdout).toMatch(/^ {2}2:7 +错误 {2}含有不可见的零宽字符，应删除 {2}conversion-artifact$/mu);
    expect(r.stdout).toMatch(/✖ 共 \d+ 个问题（\d+ 个错误，\d+ 个警告，\d+ 个提示）/u);
    expect(r.stdout).toContain("可用 --fix 自动修复");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("uses colours on a TTY, and not with --no-color", () => {
    const script = spawnSync("script", ["--version"]);
    if (script.status !== 0) return; // util-linux `script` provides the pseudo-terminal
    const dir = dirWith({ "a.txt": FAULTY });
    const tty = spawnSync("script", ["-qec", `${process.execPath} ${BIN} a.txt`, "/dev/null"], { cwd: dir, encoding: "utf8", env: { ...process.env, LANG: "zh_CN.UTF-8", NO_COLOR: "" } });
    expect(tty.stdout).toContain("\u001b[31m");
    const plain = spawnSync("script", ["-qec", `${process.execPath} ${BIN} --no-color a.txt`, "/dev/null"], { cwd: dir, encoding: "utf8", env: { ...process.env, LANG: "zh_CN.UTF-8" } });
    expect(plain.stdout).toContain("conversion-artifact");
    expect(plain.stdout).not.toContain("\u001b[31m");
  });

  it("shows the paragraph number and an excerpt for a .docx instead of line:col", async () => {
    const docx = await makeDocx(["关于2024年法治政府建设情况的报告", "深入学习贯彻习近平法治思想。", "全年开展法治宣传活动36场次[bookmark: _GoBack]，发放宣传资料3000余份。"]);
    const dir = dirWith({ "report.docx": docx });
    const r = await run(["report.docx"], { cwd: dir });
    // The excerpt is the finding's clause as the document has it, no “…”: Word's 查找 finds it (issue 19, item 6).
    expect(r.stdout).toMatch(/^ {2}第3段 +错误 {2}文档转换残留“\[bookmark: _GoBack\]”，应删除（全年开展法治宣传活动36场次\[bookmark: _GoBack\]，） {2}conversion-artifact$/mu);
  });
});

describe("json", () => {
  it("keeps textlint's shape with ranges in UTF-16 offsets of the decoded text", async () => {
    // 𠀋 is outside the BMP: two UTF-16 code units, one code point.
    const text = "　　𠀋村深入学习贯彻[bookmark: _GoBack]习近平法治思想。\n";
    const dir = dirWith({ "a.txt": text });
    const r = await run(["a.txt", "--format", "json"], { cwd: dir });
    const [result] = parseJson(r.stdout);
    expect(result!.filePath).toBe(join(dir, "a.txt"));
    const m = result!.messages.find((x) => x.ruleId === "conversion-artifact")!;
    expect(text.slice(m.range[0], m.range[1])).toBe("[bookmark: _GoBack]");
    expect(m).toMatchObject({ severity: 2, line: 1, message: "文档转换残留“[bookmark: _GoBack]”，应删除", fix: { range: m.range, text: "" } });
  });

  it("reports the seeds in input order", async () => {
    const files = seeds();
    const r = await run([...files, "--format", "json"]);
    expect(parseJson(r.stdout).map((x) => x.filePath)).toEqual(files);
  });
});

describe("sarif", () => {
  it("is valid SARIF 2.1.0 with helpUri = the rule's docs page", async () => {
    const docx = await makeDocx(["深入学习贯彻[bookmark: _GoBack]习近平法治思想。"]);
    const dir = dirWith({ "报告 一.txt": FAULTY, "b.docx": docx, "bad.docx": "not a zip" });
    const r = await run(["报告 一.txt", "b.docx", "bad.docx", ...seeds(), "--format", "sarif"], { cwd: dir });
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout) as {
      version: string;
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string; helpUri: string }> } };
        results: Array<{ ruleId: string; ruleIndex: number; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>; fixes?: unknown[] }>;
        invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }>;
      }>;
    };
    const validate = sarifValidator();
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.version).toBe("2.1.0");
    const run0 = log.runs[0]!;
    const rule = run0.tool.driver.rules.find((x) => x.id === "conversion-artifact")!;
    expect(rule.helpUri).toMatch(/^https:\/\/.+\/docs\/rules\/conversion-artifact\.md$/u);
    const first = run0.results.find((x) => x.ruleId === "conversion-artifact")!;
    expect(run0.tool.driver.rules[first.ruleIndex]!.id).toBe("conversion-artifact");
    expect(first.locations[0]!.physicalLocation.artifactLocation.uri).toBe("%E6%8A%A5%E5%91%8A%20%E4%B8%80.txt");
    expect(first.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 9, endLine: 1, endColumn: 28, charOffset: 8, charLength: 19 });
    expect(first.fixes).toHaveLength(1);
    expect(run0.invocations[0]!.executionSuccessful).toBe(false);
    expect(run0.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
  });
});

describe("github", () => {
  it("prints workflow commands with file, line, col and the rule as title", async () => {
    const dir = dirWith({ "a.txt": FAULTY });
    const r = await run(["a.txt", "--format", "github"], { cwd: dir });
    expect(r.stdout).toContain("::error file=a.txt,line=1,col=9,endLine=1,endColumn=28,title=report-lint(conversion-artifact)::文档转换残留“[bookmark: _GoBack]”，应删除\n");
    for (const line of r.stdout.trim().split("\n")) expect(line).toMatch(/^::(error|warning|notice) file=[^:]+::.+$/u);
  });
});

describe("summary", () => {
  it("has one row per report with title and year from the report model, counts and the missing mandatory items", async () => {
    const files = seeds();
    const [summary, json] = await Promise.all([run([...files, "--format", "summary"]), run([...files, "--format", "json"])]);
    const rows = summary.stdout.split("\n");
    expect(rows[0]).toMatch(/^文件 +标题 +年度 +错误 +警告 +缺少的必备内容$/u);
    for (const [i, file] of files.entries()) {
      const text = readFileSync(file, "utf8");
      const model = parseReport(text, formatOf(file));
      const row = rows[i + 2]!;
      expect(row.startsWith(file.replace(/\\/gu, "/"))).toBe(true);
      expect(row).toContain(model.year === null ? "—" : String(model.year));
      expect(row).toContain((model.title?.text.replace(/\s+/gu, "") ?? "").slice(0, 10));
      const messages = parseJson(json.stdout)[i]!.messages;
      const errors = messages.filter((m) => m.severity === 2).length;
      const warnings = messages.filter((m) => m.severity === 1).length;
      expect(row).toMatch(new RegExp(` ${errors} +${warnings}  `, "u"));
      const missing = messages.filter((m) => m.ruleId === "required-sections").map((m) => /“([^”]+)”/u.exec(m.message)![1]!);
      expect(row.endsWith(missing.length === 0 ? "无" : missing.join("；"))).toBe(true);
    }
    expect(summary.stdout).toMatch(new RegExp(`共 ${files.length} 份报告`, "u"));
  });
});

describe("format option", () => {
  it("rejects an unknown format with exit code 2", async () => {
    const r = await run(["x.md", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不支持的输出格式“xml”，可用：stylish、json、sarif、github、summary");
  });
});
