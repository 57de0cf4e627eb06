// --format markdown, junit and gitlab (issue 19, item 5), each checked by what consumes it: a
// Markdown parser (marked, GFM tables as GitHub renders $GITHUB_STEP_SUMMARY), Jenkins' JUnit XSD
// (xmllint), and the fields GitLab's Code Quality documentation requires (a JSON Schema, ajv).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { marked, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { formatOf, parseReport } from "@report-lint/core";
import { ruleCatalog } from "@report-lint/formatter";
import { FIXTURES, makeDocx, parseJson, run, seeds, tmp } from "./helpers.js";

const FAULTY = "　　深入学习贯彻[bookmark: _GoBack]习近平法治思想，全面推进依法行政。\n　　二是加强\u200b行政执法监督。\n";

function dirWith(files: Record<string, string | Uint8Array>): string {
  const dir = tmp();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A table cell as a reader sees it, and whether it is plain text (no emphasis, link, code or HTML made of a file name). */
function cellText(cell: Tokens.TableCell): { text: string; plain: boolean } {
  return { text: cell.tokens.map((t) => ("text" in t ? t.text : t.raw)).join(""), plain: cell.tokens.every((t) => t.type === "text" || t.type === "escape") };
}

describe("--format markdown", () => {
  it("is one GFM table a Markdown parser reads back cell for cell: a row per report, counts equal to the findings", async () => {
    const files = seeds();
    // A name with the characters Markdown would take for markup or a cell's end.
    const dir = dirWith({ "a|b *c* _d_ [e](f) <g>.txt": FAULTY, "bad.docx": "not a zip" });
    const named = [...files, join(dir, "a|b *c* _d_ [e](f) <g>.txt"), join(dir, "bad.docx")];
    const [md, json] = await Promise.all([run([...named, "--format", "markdown"], { cwd: dir }), run([...named, "--format", "json"], { cwd: dir })]);
    expect(md.code).toBe(2);
    const tokens = marked.lexer(md.stdout);
    expect(tokens[0]).toMatchObject({ type: "heading", depth: 3, text: "report-lint 检查汇总" });
    const tables = tokens.filter((t): t is Tokens.Table => t.type === "table");
    expect(tables).toHaveLength(1);
    const table = tables[0]!;
    expect(table.header.map((c) => cellText(c).text)).toEqual(["文件", "标题", "年度", "错误", "警告", "缺少的必备内容"]);
    expect(table.align).toEqual(["left", "left", "right", "right", "right", "left"]);
    expect(table.rows).toHaveLength(named.length);
    const results = parseJson(json.stdout);
    for (const [i, file] of files.entries()) {
      const cells = table.rows[i]!.map(cellText);
      for (const c of cells) expect(c.plain, c.text).toBe(true);
      const model = parseReport(readFileSync(file, "utf8"), formatOf(file));
      expect(cells[0]!.text).toBe(file);
      expect(cells[1]!.text).toBe(model.title!.text.replace(/\s+/gu, ""));
      expect(cells[2]!.text).toBe(String(model.year));
      const messages = results[i]!.messages;
      expect(cells[3]!.text).toBe(String(messages.filter((m) => m.severity === 2).length));
      expect(cells[4]!.text).toBe(String(messages.filter((m) => m.severity === 1).length));
      const missing = messages.filter((m) => m.ruleId === "required-sections").map((m) => /“([^”]+)”/u.exec(m.message)![1]!);
      expect(cells[5]!.text).toBe(missing.length === 0 ? "无" : missing.join("；"));
    }
    const odd = table.rows[files.length]!.map(cellText);
    expect(odd[0]).toEqual({ text: "a|b *c* _d_ [e](f) <g>.txt", plain: true });
    expect(odd[3]!.text).toBe("2");
    const bad = table.rows[files.length + 1]!.map(cellText);
    expect(bad[0]!.text).toBe("bad.docx");
    expect(bad[1]!.text).toMatch(/^（无法检查：.+）$/u);
    // The totals under the table.
    const last = tokens.filter((t) => t.type === "paragraph").at(-1) as Tokens.Paragraph;
    expect(last.text).toMatch(new RegExp(`^共 ${named.length} 份报告：\\d+ 个错误，\\d+ 个警告；\\d+ 份缺少必备内容$`, "u"));
    // And it renders as an HTML table with one <tr> per report and the header.
    const html = await marked.parse(md.stdout);
    expect(html.match(/<tr>/gu)).toHaveLength(named.length + 1);
  });
});

/** xmllint, from libxml2-utils, when the machine has it. */
const xmllint = spawnSync("xmllint", ["--version"]).status === 0;

describe("--format junit", () => {
  it("validates against Jenkins' JUnit XSD: a testsuite per file, a testcase per rule, errors fail, warnings in system-out", async (ctx) => {
    const docx = await makeDocx(["关于2024年法治政府建设情况的报告", "全年开展法治宣传活动36场次[bookmark: _GoBack]，发放宣传资料3000余份。"]);
    const dir = dirWith({ "a&b.txt": FAULTY, "r.docx": docx, "bad.docx": "not a zip", ".reportlintrc.json": JSON.stringify({ rules: { "stray-latin": "off", "cjk-spacing": "warning" } }) });
    writeFileSync(join(dir, "w.txt"), "　　坚持 “三个必须”原则。\n");
    const r = await run(["a&b.txt", "w.txt", "r.docx", "bad.docx", "--format", "junit"], { cwd: dir });
    expect(r.code).toBe(2);
    writeFileSync(join(dir, "junit.xml"), r.stdout);
    if (xmllint) {
      const check = spawnSync("xmllint", ["--noout", "--schema", join(FIXTURES, "schemas", "junit-10.xsd"), join(dir, "junit.xml")], { encoding: "utf8" });
      expect(check.stderr).toContain("junit.xml validates");
      expect(check.status).toBe(0);
    } else ctx.annotate("xmllint not installed (apt-get install libxml2-utils): structural checks only");
    const suites = [...r.stdout.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)" errors="(\d+)" skipped="(\d+)"[^>]*>([\s\S]*?)<\/testsuite>/gu)];
    expect(suites.map((s) => s[1])).toEqual(["a&amp;b.txt", "w.txt", "r.docx", "bad.docx"]);
    const catalog = ruleCatalog();
    const [text, warned, word, unreadable] = suites;
    // Every rule is a testcase; the counts add up.
    for (const s of [text!, warned!, word!]) {
      expect(Number(s[2])).toBe(catalog.length);
      expect([...s[6]!.matchAll(/<testcase /gu)]).toHaveLength(catalog.length);
      expect([...s[6]!.matchAll(/<failure /gu)]).toHaveLength(Number(s[3]));
      expect([...s[6]!.matchAll(/<skipped /gu)]).toHaveLength(Number(s[5]));
    }
    // conversion-artifact's two errors fail its testcase, one line each; stray-latin (off) and docx-layout (a .docx rule) are skipped.
    expect(text![6]).toMatch(/<testcase classname="a&amp;b.txt" name="conversion-artifact 文档转换残留" time="0">\s*<failure type="conversion-artifact" message="2 个错误：[^"]+">1:9 错误 文档转换残留“\[bookmark: _GoBack\]”，应删除\n2:7 错误 含有不可见的零宽字符，应删除\n/u);
    expect(text![6]).toMatch(/name="stray-latin [^"]+" time="0">\s*<skipped message="配置中已关闭"\/>/u);
    expect(text![6]).toMatch(/name="docx-layout [^"]+" time="0">\s*<skipped message="只检查 .docx 文件"\/>/u);
    expect(text![3]).toBe("1");
    // A warning does not fail (the exit code would be 0): it is in the testcase's system-out.
    expect(warned![3]).toBe("0");
    expect(warned![6]).toMatch(/name="cjk-spacing [^"]+" time="0">\s*<system-out>1:5 警告 全角标点““”前有多余空格，应删除<\/system-out>/u);
    // A .docx's findings are placed by paragraph with an excerpt Word finds.
    expect(word![6]).toContain("第2段 错误 文档转换残留“[bookmark: _GoBack]”，应删除（全年开展法治宣传活动36场次[bookmark: _GoBack]，）");
    expect(word![6]).not.toMatch(/name="docx-layout [^"]+" time="0">\s*<skipped/u);
    // An unreadable file is a suite with one errored testcase.
    expect(unreadable![4]).toBe("1");
    expect(unreadable![6]).toMatch(/<error type="read" message="[^"]+">/u);
    // The totals are the suites' sums.
    const sum = (k: number): number => suites.reduce((n, s) => n + Number(s[k]), 0);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual(['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="report-lint" tests="${sum(2)}" failures="${sum(3)}" errors="1" time="0">`]);
  });
});

/** The fields GitLab's Code Quality widget requires, from its documentation (test/fixtures/schemas). */
function gitlabValidator() {
  const schema = JSON.parse(readFileSync(join(FIXTURES, "schemas", "gitlab-code-quality.schema.json"), "utf8")) as object;
  return new Ajv({ allErrors: true, strict: true }).compile(schema);
}

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

describe("--format gitlab", () => {
  it("is valid Code Quality JSON: one issue per finding, unique fingerprints, paths relative to the project", async () => {
    const docx = await makeDocx(["关于2024年法治政府建设情况的报告", "全年开展法治宣传活动36场次[bookmark: _GoBack]，发放宣传资料3000余份。"]);
    const dir = dirWith({ "a.txt": FAULTY + "　　二是加强\u200b行政执法监督。\n", "r.docx": docx });
    // The project's reports, inside the working directory as in a CI job.
    const files = seeds().map((f, i) => {
      writeFileSync(join(dir, `seed-${i}.txt`), readFileSync(f));
      return `seed-${i}.txt`;
    });
    const [r, json] = await Promise.all([run(["a.txt", "r.docx", ...files, "--format", "gitlab"], { cwd: dir }), run(["a.txt", "r.docx", ...files, "--format", "json"], { cwd: dir })]);
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout) as CodeQualityIssue[];
    const validate = gitlabValidator();
    expect(validate(issues), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const findings = parseJson(json.stdout).flatMap((f) => f.messages);
    expect(issues).toHaveLength(findings.length);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    const mine = issues.filter((i) => i.location.path === "a.txt");
    expect(mine[0]).toEqual({ description: "文档转换残留“[bookmark: _GoBack]”，应删除", check_name: "conversion-artifact", fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/u), severity: "major", location: { path: "a.txt", lines: { begin: 1 } } });
    // The same zero-width character twice on lines of the same text: two issues, two fingerprints.
    const zw = mine.filter((i) => i.description === "含有不可见的零宽字符，应删除");
    expect(zw.map((i) => i.location.lines.begin)).toEqual([2, 3]);
    expect(zw[0]!.fingerprint).not.toBe(zw[1]!.fingerprint);
    const word = issues.find((i) => i.location.path === "r.docx" && i.check_name === "conversion-artifact")!;
    expect(word.description).toBe("第2段（全年开展法治宣传活动36场次[bookmark: _GoBack]，）：文档转换残留“[bookmark: _GoBack]”，应删除");
    expect(word.location.lines.begin).toBe(2);
    for (const i of issues.filter((x) => x.severity !== "major")) expect(["minor", "info"]).toContain(i.severity);
  });

  it("keeps a finding's fingerprint when lines are added above it, and changes it when its line changes", async () => {
    const dir = dirWith({ "a.txt": FAULTY });
    const before = JSON.parse((await run(["a.txt", "--format", "gitlab"], { cwd: dir })).stdout) as CodeQualityIssue[];
    writeFileSync(join(dir, "a.txt"), "　　全面推进依法行政。\n" + FAULTY);
    const after = JSON.parse((await run(["a.txt", "--format", "gitlab"], { cwd: dir })).stdout) as CodeQualityIssue[];
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
    expect(after.map((i) => i.location.lines.begin)).toEqual(before.map((i) => i.location.lines.begin + 1));
    writeFileSync(join(dir, "a.txt"), FAULTY.replace("全面推进", "深入推进"));
    const edited = JSON.parse((await run(["a.txt", "--format", "gitlab"], { cwd: dir })).stdout) as CodeQualityIssue[];
    expect(edited[0]!.fingerprint).not.toBe(before[0]!.fingerprint);
    expect(edited[1]!.fingerprint).toBe(before[1]!.fingerprint);
  });

  it("prints [] when nothing is found", async () => {
    const dir = dirWith({ "ok.txt": "　　全面推进依法行政。\n" });
    const r = await run(["ok.txt", "--format", "gitlab", "--rule", "required-sections:off"], { cwd: dir });
    expect(r.stdout).toBe("[]\n");
  });
});
