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
    expect(e.message).toMatch(/^配置文件“.*\.reportlintrc\.json”有误：/u);
    expect(e.message).not.toMatch(/must be|should/u);
  });

  it("names an unknown rule and lists the known ones; checks a rule's options against its schema", async () => {
    const dir = project({ "u/.reportlintrc.json": JSON.stringify({ rules: { "no-such-rule": "off" } }), "o/.reportlintrc.json": JSON.stringify({ rules: { "conversion-artifact": { pageNumbers: "yes" } } }) });
    const u = await configError(resolveConfig(join(dir, "u", "r.txt")));
    expect(u.issues).toEqual([{ pointer: "/rules/no-such-rule", message: `不认识的规则“no-such-rule”，应删除或改为已有的规则：${knownRuleIds().join("、")}` }]);
    const o = await configError(resolveConfig(join(dir, "o", "r.txt")));
    expect(o.issues[0]).toMatchObject({ pointer: "/rules/conversion-artifact/pageNumbers" });
  });

  it("prefixes pointers with /reportlint inside package.json", async () => {
    const dir = project({ "package.json": JSON.stringify({ reportlint: { rulez: {} } }) });
    const e = await configError(resolveConfig(join(dir, "r.txt")));
    expect(e.issues).toEqual([{ pointer: "/reportlint/rulez", message: "不认识的配置项“rulez”，应删除或检查拼写" }]);
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
