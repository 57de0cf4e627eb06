import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseJson, run, seeds, tmp } from "./helpers.js";

const ARTIFACT = "　　深入学习贯彻[bookmark: _GoBack]习近平法治思想。\n";

/** A tree of reports: each file holds one conversion-artifact fault. */
function tree(): string {
  const dir = tmp();
  mkdirSync(join(dir, "a", "b"), { recursive: true });
  mkdirSync(join(dir, "node_modules", "x"), { recursive: true });
  mkdirSync(join(dir, ".hidden"), { recursive: true });
  writeFileSync(join(dir, "a", "one.md"), ARTIFACT);
  writeFileSync(join(dir, "a", "b", "two.txt"), ARTIFACT);
  writeFileSync(join(dir, "a", "notes.pdf"), "not a report");
  writeFileSync(join(dir, "node_modules", "x", "readme.md"), ARTIFACT);
  writeFileSync(join(dir, ".hidden", "draft.txt"), ARTIFACT);
  writeFileSync(join(dir, "top.txt"), ARTIFACT);
  return dir;
}

function files(stdout: string, dir: string): string[] {
  return parseJson(stdout).map((r) => r.filePath.slice(dir.length + 1));
}

describe("inputs", () => {
  it("lints a named file", async () => {
    const [seed] = seeds();
    const r = await run([seed!, "--format", "json"]);
    expect(parseJson(r.stdout).map((x) => x.filePath)).toEqual([seed]);
  });

  it("searches directories recursively for .md/.txt/.docx, skipping node_modules and dot-directories", async () => {
    const dir = tree();
    const r = await run([".", "--format", "json"], { cwd: dir });
    expect(files(r.stdout, dir)).toEqual(["a/b/two.txt", "a/one.md", "top.txt"]);
    // A PDF among them is named, not skipped in silence (exit code 2): see bad-input.test.ts.
    expect(r.stderr.trim()).toBe("report-lint: a/notes.pdf: 是 PDF 文件，无法可靠地取出原文，未检查；请检查 Word/WPS 原稿（另存为 .docx）");
    expect(r.code).toBe(2);
    const reports = await run([".", "--format", "json", "--ignore-pattern", "*.pdf"], { cwd: dir });
    expect(reports.code).toBe(1);
  });

  it("expands globs (tinyglobby) and keeps input order", async () => {
    const dir = tree();
    const r = await run(["top.txt", "a/**/*.txt", "a/*.md", "--format", "json"], { cwd: dir });
    expect(files(r.stdout, dir)).toEqual(["top.txt", "a/b/two.txt", "a/one.md"]);
  });

  it("reads standard input with -, using --stdin-filename for the format and the name", async () => {
    const md = await run(["-", "--stdin-filename", "draft.md", "--format", "json"], { input: "```\n[bookmark: _GoBack]\n```\n\n深入学习贯彻[bookmark: _GoBack]习近平法治思想。\n" });
    const [result] = parseJson(md.stdout);
    expect(result!.filePath.endsWith("draft.md")).toBe(true);
    // Markdown: the code block is not prose; only the paragraph's artifact counts.
    expect(result!.messages.filter((m) => m.ruleId === "conversion-artifact").length).toBeGreaterThanOrEqual(1);
    const plain = await run(["-", "--format", "json"], { input: ARTIFACT });
    expect(parseJson(plain.stdout)[0]!.filePath).toBe("<stdin>");
    expect(parseJson(plain.stdout)[0]!.messages.some((m) => m.ruleId === "conversion-artifact")).toBe(true);
  });

  it("honours .reportlintignore and --ignore-pattern", async () => {
    const dir = tree();
    writeFileSync(join(dir, ".reportlintignore"), "# drafts\na/b/\n");
    const r1 = await run([".", "--format", "json"], { cwd: dir });
    expect(files(r1.stdout, dir)).toEqual(["a/one.md", "top.txt"]);
    const r2 = await run([".", "--ignore-pattern", "*.md", "--format", "json"], { cwd: dir });
    expect(files(r2.stdout, dir)).toEqual(["top.txt"]);
  });

  it("says so (not silence) when a named file is ignored", async () => {
    const dir = tree();
    const r = await run(["top.txt", "a/one.md", "--ignore-pattern", "top.txt", "--format", "json"], { cwd: dir });
    expect(files(r.stdout, dir)).toEqual(["a/one.md"]);
    expect(r.stderr).toContain("top.txt: 已被忽略规则排除，未检查");
  });

  it("exits 2 for a path or glob that matches nothing, and still lints the rest", async () => {
    const dir = tree();
    const r = await run(["missing.md", "nothing/*.md", "top.txt", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing.md: 文件或目录不存在");
    expect(r.stderr).toContain("nothing/*.md: 没有匹配的");
    expect(files(r.stdout, dir)).toEqual(["top.txt"]);
  });

  it("exits 2 for a directory without reports", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "empty"));
    const r = await run(["empty"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("empty: 目录中没有可检查的");
  });

  it("does not follow a symlinked directory while walking", async () => {
    const dir = tree();
    symlinkSync(join(dir, "a"), join(dir, "loop"));
    const r = await run([".", "--format", "json"], { cwd: dir });
    expect(files(r.stdout, dir)).toEqual(["a/b/two.txt", "a/one.md", "top.txt"]);
    expect(readFileSync(join(dir, "top.txt"), "utf8")).toBe(ARTIFACT);
  });

  it("requires an input and rejects unknown options with exit code 2", async () => {
    expect((await run([])).code).toBe(2);
    const r = await run(["--frobnicate", "x.md"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不认识的选项“--frobnicate”");
  });
});
