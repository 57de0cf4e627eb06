import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "textlint-rule-preset-gov-report";
import { ConfigError, engineOptions, knownRuleIds, resolveConfig, type ResolvedConfig } from "../src/index.js";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "report-lint-config-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function configError(p: Promise<unknown>): Promise<ConfigError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error("expected a ConfigError");
}

describe("resolveConfig", () => {
  it("walks up from the file; the nearest config wins; defaults when none", async () => {
    const dir = project({
      ".reportlintrc.yml": "profile: fazhi-zhengfu-department\nallow: [APP]\nignorePatterns: [drafts/]\n",
      "a/b/r.md": "",
      "c/package.json": JSON.stringify({ reportlint: { rules: { "conversion-artifact": "warning" } } }),
      "c/r.md": "",
    });
    const a = await resolveConfig(join(dir, "a", "b", "r.md"));
    expect(a).toEqual({ configPath: join(dir, ".reportlintrc.yml"), profile: "fazhi-zhengfu-department", profileSet: true, rules: {}, allow: ["APP"], ignorePatterns: ["drafts/"] });
    const c = await resolveConfig("c/r.md", { cwd: dir });
    expect(c.configPath).toBe(join(dir, "c", "package.json"));
    expect(c.rules).toEqual({ "conversion-artifact": { severity: "warning" } });
    const none = await resolveConfig(join(mkdtempSync(join(tmpdir(), "report-lint-none-")), "r.md"));
    expect(none).toMatchObject({ profile: "fazhi-zhengfu-annual", rules: {}, allow: [], ignorePatterns: [] });
  });

  it("normalises rule settings: true, false, a level, an object", async () => {
    const dir = project({
      ".reportlintrc.json": JSON.stringify({ rules: { "conversion-artifact": { severity: "info", pageNumbers: false }, placeholder: false } }),
    });
    const c = await resolveConfig(join(dir, "r.txt"));
    expect(c.rules).toEqual({ "conversion-artifact": { severity: "info", pageNumbers: false }, placeholder: { severity: "off" } });
  });

  it("throws ConfigError with the file and JSON pointers, in Chinese", async () => {
    const dir = project({ ".reportlintrc.json": JSON.stringify({ rules: { "conversion-artifact": { severity: "loud" } }, allow: "APP" }) });
    const e = await configError(resolveConfig(join(dir, "r.txt")));
    expect(e.path).toBe(join(dir, ".reportlintrc.json"));
    expect(e.issues.map((i) => i.pointer).sort()).toEqual(["/allow", "/rules/conversion-artifact/severity"]);
    // One line per problem, naming the file and the key as written, not a JSON pointer.
    const lines = e.message.split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^配置文件“.*\.reportlintrc\.json”中“(allow|rules\.conversion-artifact\.severity)”：/u);
    expect(e.message).not.toMatch(/must be|should|\/rules|\/allow/u);
  });

  it("names an unknown rule and lists the known ones; checks a rule's options against its schema", async () => {
    const dir = project({ "u/.reportlintrc.json": JSON.stringify({ rules: { "no-such-rule": "off" } }), "o/.reportlintrc.json": JSON.stringify({ rules: { "conversion-artifact": { pageNumbers: "yes" } } }) });
    const u = await configError(resolveConfig(join(dir, "u", "r.txt")));
    expect(u.issues).toEqual([
      {
        pointer: "/rules/no-such-rule",
        message: `不认识的规则“no-such-rule”，应删除或改为已有的规则：${knownRuleIds().join("、")}`,
        en: `unknown rule "no-such-rule"; remove it or use one of: ${knownRuleIds().join(", ")}`,
      },
    ]);
    const o = await configError(resolveConfig(join(dir, "o", "r.txt")));
    expect(o.issues[0]).toMatchObject({ pointer: "/rules/conversion-artifact/pageNumbers" });
  });

  it("prefixes pointers with /reportlint inside package.json", async () => {
    const dir = project({ "package.json": JSON.stringify({ reportlint: { rulez: {} } }) });
    const e = await configError(resolveConfig(join(dir, "r.txt")));
    expect(e.issues).toEqual([{ pointer: "/reportlint/rulez", message: "不认识的配置项“rulez”，您是否要输入“rules”？", en: 'unknown key "rulez"; did you mean "rules"?' }]);
    expect(e.message).toBe(`配置文件“${join(dir, "package.json")}”中“reportlint.rulez”：不认识的配置项“rulez”，您是否要输入“rules”？`);
  });

  it("loads a profile file relative to the config and validates it", async () => {
    const dir = project({
      ".reportlintrc.json": JSON.stringify({ profile: "p/custom.json" }),
      "p/custom.json": JSON.stringify({ id: "custom", name: "自定义", items: [{ id: "a", name: "甲", required: true, patterns: ["甲"] }] }),
      "bad/.reportlintrc.json": JSON.stringify({ profile: "../p/bad.json" }),
      "p/bad.json": JSON.stringify({ id: "bad", name: "坏", items: [{ id: "a", name: "甲", required: "yes", patterns: [] }] }),
    });
    const c = await resolveConfig(join(dir, "r.txt"));
    expect(typeof c.profile === "object" && c.profile.id).toBe("custom");
    const e = await configError(resolveConfig(join(dir, "bad", "r.txt")));
    expect(e.path).toBe(join(dir, "p", "bad.json"));
    expect(e.issues.map((i) => i.pointer).sort()).toEqual(["/items/0/patterns", "/items/0/required"]);
  });
});

describe("engineOptions", () => {
  const config: ResolvedConfig = { configPath: null, profile: "fazhi-zhengfu-department", rules: { "conversion-artifact": { severity: "warning" } }, allow: ["APP", "甲"], ignorePatterns: [] };

  it("gives the profile to every rule with a profile option and the allow list to every rule with an allow option", () => {
    const options = engineOptions(config, "/x/r.md");
    expect(options.filePath).toBe("/x/r.md");
    expect(options.rules?.["conversion-artifact"]).toEqual({ severity: "warning" });
    for (const [id, rule] of Object.entries(rules)) {
      const props = (rule.meta.optionsSchema.properties ?? {}) as Record<string, { items?: { minLength?: number } }>;
      const setting = options.rules?.[id] ?? {};
      expect(setting.profile, id).toBe("profile" in props ? "fazhi-zhengfu-department" : undefined);
      if ("allow" in props) {
        const min = props.allow?.items?.minLength ?? 0;
        expect(setting.allow, id).toEqual(["APP", "甲"].filter((w) => w.length >= min));
      } else {
        expect(setting.allow, id).toBeUndefined();
      }
    }
  });
});

describe("a profile named in the config", () => {
  it("is given to the rules even when it is the default, so that they do not choose one by the issuer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "report-lint-profile-"));
    writeFileSync(join(dir, ".reportlintrc.json"), JSON.stringify({ profile: "fazhi-zhengfu-annual" }));
    const named = await resolveConfig(join(dir, "r.txt"));
    expect(named.profileSet).toBe(true);
    expect(engineOptions(named).rules?.["required-sections"]).toEqual({ profile: "fazhi-zhengfu-annual" });
    const none = await resolveConfig(join(mkdtempSync(join(tmpdir(), "report-lint-none-")), "r.txt"));
    expect(engineOptions(none).rules?.["required-sections"]).toBeUndefined();
  });
});

describe("config errors: every one at once, with what was meant", () => {
  it("reports the schema's, the rules' and the profile's problems together, in the file's order", async () => {
    const dir = project({
      ".reportlintrc.json": JSON.stringify({
        rulez: {},
        rules: { "stray-latn": "off", "cjk-spacing": { severty: "off" }, numbering: "warn", "bracket-pair": { severity: "loud" } },
        profile: "fazhi-zhengfu-anual",
        allow: "APP",
      }),
    });
    const e = await configError(resolveConfig(join(dir, "r.txt")));
    const file = `配置文件“${join(dir, ".reportlintrc.json")}”`;
    expect(e.message.split("\n")).toEqual([
      `${file}中“rulez”：不认识的配置项“rulez”，您是否要输入“rules”？`,
      `${file}中“rules.stray-latn”：不认识的规则“stray-latn”，您是否要输入“stray-latin”？`,
      `${file}中“rules.cjk-spacing.severty”：规则“cjk-spacing”没有选项“severty”，您是否要输入“severity”？`,
      `${file}中“rules.numbering”：取值“warn”不符合要求，应为布尔值（true/false）、"off"、"info"、"warning"、"error"、对象；您是否要输入“warning”？`,
      `${file}中“rules.bracket-pair.severity”：规则“bracket-pair”的选项“severity”取值“loud”不对，应为"off"、"info"、"warning"、"error"之一`,
      `${file}中“profile”：报告类型“fazhi-zhengfu-anual”既不是内置报告类型，也找不到该文件；您是否要输入“fazhi-zhengfu-annual”？`,
      `${file}中“allow”：取值“APP”不符合要求，应为数组`,
    ]);
    expect(e.issues.map((i) => i.pointer)).toEqual(["/rulez", "/rules/stray-latn", "/rules/cjk-spacing/severty", "/rules/numbering", "/rules/bracket-pair/severity", "/profile", "/allow"]);
  });

  it("still lists what is allowed when nothing is close: an unknown rule, an unknown option", async () => {
    const dir = project({ ".reportlintrc.json": JSON.stringify({ rules: { "no-such-rule": "off", "conversion-artifact": { zzz: 1 } } }) });
    const e = await configError(resolveConfig(join(dir, "r.txt")));
    expect(e.issues[0]?.message).toBe(`不认识的规则“no-such-rule”，应删除或改为已有的规则：${knownRuleIds().join("、")}`);
    expect(e.issues[1]?.message).toMatch(/^规则“conversion-artifact”没有选项“zzz”，应删除；可用的选项：severity、/u);
  });

  it("names an array element as key[n] in a profile file", async () => {
    const dir = project({
      ".reportlintrc.json": JSON.stringify({ profile: "p.json" }),
      "p.json": JSON.stringify({ id: "bad", name: "坏", items: [{ id: "a", name: "甲", required: "yes", patterns: [] }] }),
    });
    const e = await configError(resolveConfig(join(dir, "r.txt")));
    expect(e.message.split("\n").sort()).toEqual([
      `配置文件“${join(dir, "p.json")}”中“items[0].patterns”：至少应有 1 项`,
      `配置文件“${join(dir, "p.json")}”中“items[0].required”：取值“yes”不符合要求，应为布尔值（true/false）`,
    ]);
  });
});

describe("a broken config naming a broken profile file", () => {
  it("tells both files' problems at once, the config's first", async () => {
    const dir = project({
      ".reportlintrc.json": JSON.stringify({ rulez: {}, profile: "p.json" }),
      "p.json": JSON.stringify({ id: "bad", name: "坏", items: [] }),
    });
    const e = await configError(resolveConfig(join(dir, "r.txt")));
    expect(e.path).toBe(join(dir, ".reportlintrc.json"));
    expect(e.issues.map((i) => i.pointer)).toEqual(["/rulez"]);
    expect(e.also.map((x) => x.path)).toEqual([join(dir, "p.json")]);
    expect(e.message.split("\n")).toEqual([
      `配置文件“${join(dir, ".reportlintrc.json")}”中“rulez”：不认识的配置项“rulez”，您是否要输入“rules”？`,
      `配置文件“${join(dir, "p.json")}”中“items”：至少应有 1 项`,
    ]);
  });
});

describe("config errors in English, for an English command line", () => {
  it("has every line in English, naming the file and the key", async () => {
    const dir = project({
      ".reportlintrc.json": JSON.stringify({
        rulez: {},
        rules: { "stray-latn": "off", "cjk-spacing": { severty: "off" }, numbering: "warn", "bracket-pair": { severity: "loud" } },
        profile: "fazhi-zhengfu-anual",
      }),
    });
    const e = await configError(resolveConfig(join(dir, "r.txt")));
    const file = `config file '${join(dir, ".reportlintrc.json")}'`;
    expect(e.lines("en")).toEqual([
      `${file}, key "rulez": unknown key "rulez"; did you mean "rules"?`,
      `${file}, key "rules.stray-latn": unknown rule "stray-latn"; did you mean "stray-latin"?`,
      `${file}, key "rules.cjk-spacing.severty": rule "cjk-spacing" has no option "severty"; did you mean "severity"?`,
      `${file}, key "rules.numbering": value "warn" is not allowed; expected boolean (true/false), "off", "info", "warning", "error", object; did you mean "warning"?`,
      `${file}, key "rules.bracket-pair.severity": option "severity" of rule "bracket-pair": value "loud" is not allowed; expected one of "off", "info", "warning", "error"`,
      `${file}, key "profile": profile "fazhi-zhengfu-anual" is neither a built-in profile nor a file; did you mean "fazhi-zhengfu-annual"?`,
    ]);
    expect(e.lines("zh")).toEqual(e.message.split("\n"));
    for (const line of e.lines("en")) expect(line).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it("for unreadable and malformed files too", async () => {
    const dir = project({ "y/.reportlintrc.yaml": "rules:\n  a: [\n", "j/.reportlintrc.json": "{ \"rules\": { , } }" });
    const y = await configError(resolveConfig(join(dir, "y", "r.txt")));
    expect(y.lines("en")[0]).toMatch(/^config file '.*\.reportlintrc\.yaml': not valid YAML \(line \d+, column \d+\); check the indentation and colons$/u);
    const j = await configError(resolveConfig(join(dir, "j", "r.txt")));
    expect(j.lines("en")[0]).toMatch(/^config file '.*\.reportlintrc\.json': not valid JSON( \(line \d+, column \d+\))?; check the commas, quotes and brackets$/u);
    const missing = await configError(resolveConfig(join(dir, "r.txt"), { configFile: "nope.json", cwd: dir }));
    expect(missing.lines("en")).toEqual([`config file '${join(dir, "nope.json")}': no such config file; check the path`]);
  });
});
