import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run, tmp } from "./helpers.js";

const ARTIFACT = "深入学习贯彻[bookmark: _GoBack]习近平法治思想。\n";
const CLEAN = "深入学习贯彻习近平法治思想。\n";

function dirWith(files: Record<string, string>): string {
  const dir = tmp();
  for (const [n, c] of Object.entries(files)) writeFileSync(join(dir, n), c);
  return dir;
}

describe("exit codes (DESIGN.md: 0 clean, 1 errors or too many warnings, 2 usage or I/O error)", () => {
  it("0 for a clean file, 1 for an error finding, 2 for a usage error", async () => {
    const dir = dirWith({ "clean.txt": CLEAN, "bad.txt": ARTIFACT });
    expect((await run(["clean.txt", "--rule", "placeholder:off"], { cwd: dir })).code).toBe(0);
    expect((await run(["bad.txt"], { cwd: dir })).code).toBe(1);
    expect((await run(["bad.txt", "--max-warnings", "many"], { cwd: dir })).code).toBe(2);
  });

  it("--max-warnings N: warnings alone exit 0 until there are more than N", async () => {
    const dir = dirWith({ "w.txt": ARTIFACT.replace("。", "[bookmark: _Toc1]。") });
    const args = ["w.txt", "--rule", "conversion-artifact:warning"];
    expect((await run(args, { cwd: dir })).code).toBe(0);
    expect((await run([...args, "--max-warnings", "2"], { cwd: dir })).code).toBe(0);
    const over = await run([...args, "--max-warnings", "1"], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain("警告数 2 超过了 --max-warnings 1");
  });

  it("--quiet reports errors only", async () => {
    const dir = dirWith({ "w.txt": ARTIFACT });
    const loud = await run(["w.txt", "--rule", "conversion-artifact:warning"], { cwd: dir });
    expect(loud.stdout).toContain("警告");
    const quiet = await run(["w.txt", "--rule", "conversion-artifact:warning", "--quiet"], { cwd: dir });
    expect(quiet.stdout).toBe("");
    expect(quiet.code).toBe(0);
  });
});

describe("--version and --help", () => {
  it("--version prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    const r = await run(["--version"]);
    expect(r.stdout).toBe(`${pkg.version}\n`);
    expect(r.code).toBe(0);
  });

  it("--help is Chinese by default and English with --locale en or an English LANG", async () => {
    const zh = await run(["--help"]);
    expect(zh.stdout).toContain("用法：report-lint");
    expect(zh.stdout).toContain("--fix-dry-run");
    const en = await run(["--help", "--locale", "en"]);
    expect(en.stdout).toContain("Usage: report-lint");
    const lang = await run(["--help"], { env: { LANG: "en_US.UTF-8" } });
    expect(lang.stdout).toContain("Usage: report-lint");
    const forced = await run(["--help", "--locale=zh"], { env: { LANG: "en_US.UTF-8" } });
    expect(forced.stdout).toContain("用法：report-lint");
    // Every option the CLI accepts is in both help texts.
    for (const flag of ["--fix", "--output", "--stdin-filename", "--format", "--quiet", "--max-warnings", "--no-color", "--locale", "--config", "--profile", "--rule", "--ignore-pattern", "--print-config", "--no-worker", "--version", "--organ", "--year"]) {
      expect(zh.stdout).toContain(flag);
      expect(en.stdout).toContain(flag);
    }
    expect((await run(["--locale", "fr", "x.txt"])).code).toBe(2);
  });

  it("English locale words the CLI's own messages in English; findings stay Chinese", async () => {
    const dir = dirWith({ "bad.txt": ARTIFACT });
    const r = await run(["bad.txt", "missing.txt"], { cwd: dir, env: { LANG: "en_US.UTF-8" } });
    expect(r.stderr).toContain("missing.txt: no such file or directory");
    expect(r.stdout).toContain("文档转换残留");
    expect(r.stdout).toMatch(/✖ \d+ problems? \(/u);
  });
});

describe("docs/cli.md", () => {
  const doc = readFileSync(new URL("../../../docs/cli.md", import.meta.url), "utf8");

  it("documents every flag of the help text", async () => {
    const help = (await run(["--help"])).stdout;
    const flags = new Set(help.match(/--[a-z][a-z-]+/gu));
    for (const flag of flags) expect(doc, flag).toContain(flag);
  });

  it("its example configuration is valid", async () => {
    const json = /```json\n(\{\n {2}"\$schema"[\s\S]*?)\n```/u.exec(doc)![1]!;
    const dir = tmp();
    writeFileSync(join(dir, ".reportlintrc.json"), json);
    writeFileSync(join(dir, "r.md"), CLEAN);
    const r = await run(["--print-config", "r.md"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});
