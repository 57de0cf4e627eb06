import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, tmp } from "./helpers.js";

const HINT = "\n运行 report-lint --help 查看用法。\n";

/** A refused command line: exit code 2, one line of error (then the hint to --help), no stack. */
async function refused(args: string[], env?: Record<string, string>): Promise<string> {
  const r = await run(args, env === undefined ? {} : { env });
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(/\n\s+at /u);
  return r.stderr;
}

describe("a mistyped command line says what was meant (issue 19, item 4)", () => {
  it("an option", async () => {
    expect(await refused(["--formt", "json", "x.md"])).toBe(`report-lint: 不认识的选项“--formt”，您是否要输入“--format”？${HINT}`);
    expect(await refused(["--formt=json", "x.md"])).toBe(`report-lint: 不认识的选项“--formt”，您是否要输入“--format”？${HINT}`);
    expect(await refused(["x.md", "--max-warning", "3"])).toContain("不认识的选项“--max-warning”，您是否要输入“--max-warnings”？");
    expect(await refused(["x.md", "--ignore-patern", "a"])).toContain("您是否要输入“--ignore-pattern”？");
    // init has options of its own.
    expect(await refused(["init", "--orgen", "某某镇人民政府"])).toContain("不认识的选项“--orgen”，您是否要输入“--organ”？");
    // Nothing close: no guess.
    expect(await refused(["--frobnicate", "x.md"])).toBe(`report-lint: 不认识的选项“--frobnicate”${HINT}`);
  });

  it("a --format value", async () => {
    expect(await refused(["x.md", "--format", "jsn"])).toBe(
      `report-lint: 不支持的输出格式“jsn”，您是否要输入“json”？（可用：stylish、json、sarif、github、summary、html、markdown、junit、gitlab）${HINT}`,
    );
    expect(await refused(["x.md", "-f", "junt"])).toContain("您是否要输入“junit”？");
    expect(await refused(["x.md", "-f", "xml"])).toContain("不支持的输出格式“xml”，可用：");
  });

  it("no English placeholder in a Chinese error: an option without its value, a flag given a value", async () => {
    const missing = await refused(["x.md", "--max-warnings"]);
    expect(missing).toBe(`report-lint: 选项“--max-warnings”缺少取值${HINT}`);
    expect(await refused(["x.md", "-f"])).toBe(`report-lint: 选项“--format”缺少取值${HINT}`);
    expect(await refused(["x.md", "--fix=yes"])).toBe(`report-lint: 选项“--fix”不带取值，应只写“--fix”${HINT}`);
    // A value that looks like an option.
    const ambiguous = await refused(["x.md", "--format", "--quiet"]);
    expect(ambiguous).toBe(`report-lint: 选项“--format”缺少取值：其后的“--quiet”是另一个选项；取值本身以“-”开头时应写成 --format=取值${HINT}`);
    expect(await refused(["x.md", "-f", "-q"])).toBe(`report-lint: 选项“-f”缺少取值：其后的“-q”是另一个选项；取值本身以“-”开头时应写成 --format=取值${HINT}`);
    for (const e of [missing, ambiguous, await refused(["x.md", "-f"])]) expect(e).not.toMatch(/<value>|Option|argument|ambiguous/u);
  });

  it("in English when the locale is English", async () => {
    const env = { LANG: "en_US.UTF-8" };
    expect(await refused(["--formt", "json", "x.md"], env)).toBe("report-lint: unknown option '--formt'; did you mean '--format'?\nRun report-lint --help for usage.\n");
    expect(await refused(["x.md", "--format", "jsn"], env)).toContain("unknown format 'jsn'; did you mean 'json'? (available: stylish, json");
    expect(await refused(["x.md", "--rule", "stray-latn:off"], env)).toContain("--rule: unknown rule 'stray-latn'; did you mean 'stray-latin'?");
    expect(await refused(["x.md", "--max-warnings"], env)).toContain("option '--max-warnings' needs a value");
  });

  it("config errors and control comments in English too, one line each", async () => {
    const dir = tmp();
    writeFileSync(join(dir, ".reportlintrc.json"), JSON.stringify({ rulez: {}, rules: { "stray-latn": "off" }, profile: "fazhi-zhengfu-anual" }));
    writeFileSync(join(dir, "r.md"), "<!-- report-lint-disable cjk-spaceing -->\n全面推进依法行政。\n");
    const file = `report-lint: config file '${join(dir, ".reportlintrc.json")}'`;
    const r = await run(["r.md"], { cwd: dir, env: { LANG: "en_US.UTF-8" } });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      `${file}, key "rulez": unknown key "rulez"; did you mean "rules"?`,
      `${file}, key "rules.stray-latn": unknown rule "stray-latn"; did you mean "stray-latin"?`,
      `${file}, key "profile": profile "fazhi-zhengfu-anual" is neither a built-in profile nor a file; did you mean "fazhi-zhengfu-annual"?`,
    ]);
    writeFileSync(join(dir, ".reportlintrc.json"), "{}");
    const d = await run(["r.md", "--locale", "en"], { cwd: dir });
    expect(d.stderr).toBe('report-lint: r.md:1: control comment "report-lint-disable" names rule "cjk-spaceing", which does not exist, so it does nothing for it; did you mean "cjk-spacing"?\n');
  });
});

describe("docs/cli.md", () => {
  it("shows the config errors report-lint prints for its example", async () => {
    const doc = readFileSync(new URL("../../../docs/cli.md", import.meta.url), "utf8");
    const shown = /配置有误时一次列出[\s\S]*?```text\n([\s\S]*?)\n```/u.exec(doc)![1]!.split("\n");
    const dir = tmp();
    writeFileSync(join(dir, ".reportlintrc.json"), JSON.stringify({ rulez: {}, rules: { "stray-latn": "off", numbering: "warn" }, profile: "fazhi-zhengfu-anual" }));
    writeFileSync(join(dir, "r.txt"), "　　全面推进依法行政。\n");
    const r = await run(["r.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n").map((l) => l.replace(join(dir, ".reportlintrc.json"), "/repo/.reportlintrc.json"))).toEqual(shown);
  });
});

describe("a control comment naming a rule that does not exist", () => {
  it("is said on stderr with the file, the line and the rule meant; the findings and the exit code are as before", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.md"), "# 标题\n\n<!-- report-lint-disable-next-line conversion-artefact -->\n深入学习贯彻[bookmark: _GoBack]习近平法治思想。\n");
    const r = await run(["r.md", "--format", "json", "--rule", "required-sections:off"], { cwd: dir });
    expect(r.stderr).toBe("report-lint: r.md:3: 控制注释“report-lint-disable-next-line”中的规则“conversion-artefact”不存在，这条注释对它不起作用；您是否要输入“conversion-artifact”？\n");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain("conversion-artifact");
  });
});
