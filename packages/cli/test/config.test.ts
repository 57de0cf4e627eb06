import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseJson, run, tmp } from "./helpers.js";

const ARTIFACT = "深入学习贯彻[bookmark: _GoBack]习近平法治思想。\n";

function project(files: Record<string, string>): string {
  const dir = tmp();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function severityOf(dir: string, file: string, args: string[] = []): Promise<number[]> {
  const r = await run([file, "--format", "json", ...args], { cwd: dir });
  return parseJson(r.stdout)[0]!.messages.filter((m) => m.ruleId === "conversion-artifact").map((m) => m.severity);
}

describe("config discovery", () => {
  it("finds .reportlintrc.json walking up from each file", async () => {
    const dir = project({
      ".reportlintrc.json": JSON.stringify({ $schema: "./node_modules/@report-lint/schema/schemas/config.schema.json", rules: { "conversion-artifact": "warning" } }),
      "a/b/r.txt": ARTIFACT,
      "c/.reportlintrc.json": JSON.stringify({ rules: { "conversion-artifact": { severity: "off" } } }),
      "c/r.txt": ARTIFACT,
    });
    expect(await severityOf(dir, "a/b/r.txt")).toEqual([1]);
    expect(await severityOf(dir, "c/r.txt")).toEqual([]);
  });

  it("reads .reportlintrc.yaml / .yml and package.json#reportlint", async () => {
    const dir = project({
      "y/.reportlintrc.yaml": "rules:\n  conversion-artifact: info\n",
      "y/r.txt": ARTIFACT,
      "yml/.reportlintrc.yml": "rules:\n  conversion-artifact:\n    severity: warning\n    pageNumbers: false\n",
      "yml/r.txt": ARTIFACT,
      "p/package.json": JSON.stringify({ name: "reports", reportlint: { rules: { "conversion-artifact": false } } }),
      "p/r.txt": ARTIFACT,
    });
    expect(await severityOf(dir, "y/r.txt")).toEqual([3]);
    expect(await severityOf(dir, "yml/r.txt")).toEqual([1]);
    expect(await severityOf(dir, "p/r.txt")).toEqual([]);
  });

  it("uses --config instead of looking up", async () => {
    const dir = project({ ".reportlintrc.json": JSON.stringify({ rules: { "conversion-artifact": "off" } }), "other.yaml": "rules:\n  conversion-artifact: warning\n", "r.txt": ARTIFACT });
    expect(await severityOf(dir, "r.txt", ["--config", "other.yaml"])).toEqual([1]);
  });

  it("never executes code from the repository: a .js config is not read", async () => {
    const dir = project({ ".reportlintrc.js": "require('fs').writeFileSync('pwned', '1'); module.exports = { rules: {} };", "r.txt": ARTIFACT });
    expect(await severityOf(dir, "r.txt")).toEqual([2]);
  });
});

describe("config errors: Chinese, naming the file and the bad key, exit code 2, other files still linted", () => {
  it("a bad key", async () => {
    const dir = project({ "bad/.reportlintrc.json": JSON.stringify({ rulez: {} }), "bad/r.txt": ARTIFACT, "good/r.txt": ARTIFACT });
    const r = await run(["bad/r.txt", "good/r.txt", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`report-lint: 配置文件“${join(dir, "bad", ".reportlintrc.json")}”中“rulez”：不认识的配置项“rulez”，您是否要输入“rules”？\n`);
    expect(parseJson(r.stdout).map((x) => x.filePath)).toEqual([join(dir, "good", "r.txt")]);
  });

  it("a bad value, a bad rule option, YAML and JSON syntax errors", async () => {
    const dir = project({
      "v/.reportlintrc.json": JSON.stringify({ rules: { "conversion-artifact": "loud" } }),
      "v/r.txt": ARTIFACT,
      "o/.reportlintrc.json": JSON.stringify({ rules: { "conversion-artifact": { pageNumber: false } } }),
      "o/r.txt": ARTIFACT,
      "y/.reportlintrc.yaml": "rules:\n  conversion-artifact: [\n",
      "y/r.txt": ARTIFACT,
      "j/.reportlintrc.json": '{ "rules": { "conversion-artifact": "off", } }',
      "j/r.txt": ARTIFACT,
    });
    const v = await run(["v/r.txt"], { cwd: dir });
    expect(v.stderr).toMatch(/“.*v\/\.reportlintrc\.json”中“rules\.conversion-artifact”：取值“loud”不符合要求，应为/u);
    const o = await run(["o/r.txt"], { cwd: dir });
    expect(o.stderr).toContain("中“rules.conversion-artifact.pageNumber”：规则“conversion-artifact”没有选项“pageNumber”，您是否要输入“pageNumbers”？");
    const y = await run(["y/r.txt"], { cwd: dir });
    expect(y.stderr).toMatch(/\.reportlintrc\.yaml”：不是有效的 YAML（第 \d+ 行第 \d+ 列）/u);
    const j = await run(["j/r.txt"], { cwd: dir });
    expect(j.stderr).toMatch(/\.reportlintrc\.json”：不是有效的 JSON/u);
    for (const x of [v, o, y, j]) {
      expect(x.code).toBe(2);
      expect(x.stderr).not.toMatch(/\n\s+at /u);
      expect(x.stderr.trim().split("\n")).toHaveLength(1);
      // No JSON pointer and no English in a Chinese error.
      expect(x.stderr).not.toMatch(/有误|”中“\/|”：\/|[A-Za-z]+ (must|should|is) /u);
    }
  });

  it("an unknown rule id names the rule meant, or lists the known ones when none is close", async () => {
    const dir = project({ ".reportlintrc.json": JSON.stringify({ rules: { "duplicate-word": "off" } }), "r.txt": ARTIFACT, "far/.reportlintrc.json": JSON.stringify({ rules: { "no-such-check": "off" } }), "far/r.txt": ARTIFACT });
    const r = await run(["r.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`report-lint: 配置文件“${join(dir, ".reportlintrc.json")}”中“rules.duplicate-word”：不认识的规则“duplicate-word”，您是否要输入“duplicated-word”？\n`);
    const far = await run(["far/r.txt"], { cwd: dir });
    expect(far.stderr).toMatch(/中“rules\.no-such-check”：不认识的规则“no-such-check”，应删除或改为已有的规则：.*conversion-artifact.*placeholder/u);
  });

  it("every problem of a config file at once, one line each, in the file's order (issue 19)", async () => {
    const config = {
      rulez: {},
      rules: { "stray-latn": "off", "cjk-spacing": { severty: "off" }, numbering: "warn" },
      profile: "fazhi-zhengfu-anual",
      ignorePatterns: "drafts/",
    };
    const dir = project({ ".reportlintrc.json": JSON.stringify(config, null, 2), "r.txt": ARTIFACT });
    const r = await run(["r.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    const file = `report-lint: 配置文件“${join(dir, ".reportlintrc.json")}”`;
    expect(r.stderr.split("\n")).toEqual([
      `${file}中“rulez”：不认识的配置项“rulez”，您是否要输入“rules”？`,
      `${file}中“rules.stray-latn”：不认识的规则“stray-latn”，您是否要输入“stray-latin”？`,
      `${file}中“rules.cjk-spacing.severty”：规则“cjk-spacing”没有选项“severty”，您是否要输入“severity”？`,
      `${file}中“rules.numbering”：取值“warn”不符合要求，应为布尔值（true/false）、"off"、"info"、"warning"、"error"、对象；您是否要输入“warning”？`,
      `${file}中“profile”：报告类型“fazhi-zhengfu-anual”既不是内置报告类型，也找不到该文件；您是否要输入“fazhi-zhengfu-annual”？`,
      `${file}中“ignorePatterns”：取值“drafts/”不符合要求，应为数组`,
      "",
    ]);
    // The same in YAML, and in package.json's reportlint key.
    const yaml = project({ ".reportlintrc.yaml": "rules:\n  stray-latn: off\n  numbering: warn\n", "r.txt": ARTIFACT });
    const y = await run(["r.txt"], { cwd: yaml });
    expect(y.stderr.trim().split("\n")).toEqual([
      `report-lint: 配置文件“${join(yaml, ".reportlintrc.yaml")}”中“rules.stray-latn”：不认识的规则“stray-latn”，您是否要输入“stray-latin”？`,
      `report-lint: 配置文件“${join(yaml, ".reportlintrc.yaml")}”中“rules.numbering”：取值“warn”不符合要求，应为布尔值（true/false）、"off"、"info"、"warning"、"error"、对象；您是否要输入“warning”？`,
    ]);
    const pkg = project({ "package.json": JSON.stringify({ name: "x", reportlint: { profil: "fazhi-zhengfu-annual" } }), "r.txt": ARTIFACT });
    const p = await run(["r.txt"], { cwd: pkg });
    expect(p.stderr).toBe(`report-lint: 配置文件“${join(pkg, "package.json")}”中“reportlint.profil”：不认识的配置项“profil”，您是否要输入“profile”？\n`);
  });
});

describe("command-line overrides", () => {
  it("--rule id:off and id:warning override the config", async () => {
    const dir = project({ ".reportlintrc.json": JSON.stringify({ rules: { "conversion-artifact": "off" } }), "r.txt": ARTIFACT });
    expect(await severityOf(dir, "r.txt", ["--rule", "conversion-artifact:warning"])).toEqual([1]);
    expect(await severityOf(dir, "r.txt", ["--rule", "conversion-artifact:error", "--rule", "conversion-artifact:off"])).toEqual([]);
    const bad = await run(["r.txt", "--rule", "nope:off"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--rule：不认识的规则“nope”，可用的规则：.*conversion-artifact/u);
    expect((await run(["r.txt", "--rule", "conversion-artifact:loud"], { cwd: dir })).stderr).toContain("级别“loud”不对");
    // A typo gets the id or level meant.
    const typo = await run(["r.txt", "--rule", "conversion-artefact:off"], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe("report-lint: --rule：不认识的规则“conversion-artefact”，您是否要输入“conversion-artifact”？\n运行 report-lint --help 查看用法。\n");
    expect((await run(["r.txt", "--rule", "conversion-artifact:warn"], { cwd: dir })).stderr).toContain("级别“warn”不对，应为 off、info、warning 或 error，您是否要输入“warning”？");
  });

  it("--profile takes a built-in id or a profile JSON validated by the schema", async () => {
    const dir = project({
      "r.txt": ARTIFACT,
      "profile.json": JSON.stringify({ id: "town-brief", name: "乡镇简报", items: [{ id: "summary", name: "工作总结", required: true, patterns: ["总结"] }] }),
      "broken.json": JSON.stringify({ id: "Bad Id", items: [] }),
    });
    const builtin = await run(["--print-config", "r.txt", "--profile", "fazhi-zhengfu-department"], { cwd: dir });
    expect(JSON.parse(builtin.stdout)).toMatchObject({ profile: "fazhi-zhengfu-department" });
    const custom = await run(["--print-config", "r.txt", "--profile", "profile.json"], { cwd: dir });
    expect(JSON.parse(custom.stdout)).toMatchObject({ profile: "town-brief" });
    const broken = await run(["r.txt", "--profile", "broken.json"], { cwd: dir });
    expect(broken.code).toBe(2);
    // One line per problem, each naming the file and the key.
    const lines = broken.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^report-lint: 报告类型文件“.*broken\.json”/u);
    expect(broken.stderr).toContain("broken.json”中“items”：至少应有 1 项");
    expect(broken.stderr).toContain("broken.json”中“id”：格式不正确");
    expect(broken.stderr).toContain("broken.json”：缺少必填项“name”");
    const missing = await run(["r.txt", "--profile", "no-such-profile"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--profile：报告类型“no-such-profile”既不是内置报告类型，也找不到该文件");
    const typo = await run(["r.txt", "--profile", "fazhi-zhengfu-departmnt"], { cwd: dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("--profile：报告类型“fazhi-zhengfu-departmnt”既不是内置报告类型，也找不到该文件；您是否要输入“fazhi-zhengfu-department”？");
  });

  it("a profile path in the config is relative to the config file", async () => {
    const dir = project({
      "cfg/.reportlintrc.json": JSON.stringify({ profile: "../profiles/p.json" }),
      "profiles/p.json": JSON.stringify({ id: "p", name: "测试报告类型", items: [{ id: "x", name: "某项", required: true, patterns: ["某项"] }] }),
      "cfg/r.txt": ARTIFACT,
    });
    const r = await run(["--print-config", "cfg/r.txt"], { cwd: dir });
    expect(JSON.parse(r.stdout)).toMatchObject({ configPath: join(dir, "cfg", ".reportlintrc.json"), profile: "p" });
  });

  it("--print-config shows every rule's effective level, the profile and the allow list given to rules that take one", async () => {
    const dir = project({ ".reportlintrc.json": JSON.stringify({ rules: { "conversion-artifact": { severity: "warning", pageNumbers: false } }, allow: ["12345热线"] }), "r.txt": ARTIFACT });
    const r = await run(["--print-config", "r.txt", "--rule", "placeholder:off"], { cwd: dir });
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { rules: Record<string, { severity: string; allow?: string[] }>; allow: string[]; configPath: string };
    expect(printed.configPath).toBe(join(dir, ".reportlintrc.json"));
    expect(printed.rules["conversion-artifact"]).toEqual({ severity: "warning", pageNumbers: false });
    expect(printed.rules.placeholder).toEqual({ severity: "off" });
    expect(printed.allow).toEqual(["12345热线"]);
    for (const rule of Object.values(printed.rules)) if (rule.allow !== undefined) expect(rule.allow).toContain("12345热线");
  });
});
