import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { builtinProfiles, compileSchema, validateConfig, validateProfile, validateReportModel, getBuiltinProfile, DEFAULT_PROFILE_ID, didYouMean, keyPath, configSchema, lexiconSchema, profileSchema, reportModelSchema } from "../src/index.js";

describe("generated types", () => {
  it("match the JSON Schemas (regenerate with `pnpm gen:types` when this fails)", () => {
    expect(() => execFileSync(process.execPath, ["scripts/gen-types.mjs", "--check"], { cwd: new URL("..", import.meta.url), stdio: "pipe" })).not.toThrow();
  });
});

describe("the schemas themselves", () => {
  // validate.ts compiles them without checking them against the meta-schema (that compiles the
  // meta-schema first: 15–35 ms of every cold start); the check is here.
  it("are valid JSON Schema 2020-12, and a broken one is caught", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    for (const [name, schema] of Object.entries({ configSchema, lexiconSchema, profileSchema, reportModelSchema })) {
      expect(ajv.validateSchema(schema), `${name}: ${JSON.stringify(ajv.errors)}`).toBe(true);
    }
    expect(ajv.validateSchema({ ...configSchema, type: "objekt" })).toBe(false);
  });
});

describe("built-in profiles", () => {
  it("every profile validates against profile.schema.json and its patterns compile", () => {
    for (const [id, profile] of Object.entries(builtinProfiles)) {
      const r = validateProfile(profile);
      expect(r, id).toEqual({ ok: true, value: profile });
      for (const item of profile.items) for (const p of [...item.patterns, ...(item.excludePatterns ?? [])]) expect(() => new RegExp(p, "u")).not.toThrow();
    }
  });
  it("the default profile has the five items of the 2019 regulation, item (5) optional", () => {
    const p = getBuiltinProfile(DEFAULT_PROFILE_ID)!;
    expect(p.items.map((i) => [i.id, i.required])).toEqual([
      ["measures", true],
      ["responsibility", true],
      ["shortcomings", true],
      ["plans", true],
      ["other", false],
    ]);
    expect(p.items.find((i) => i.id === "measures")?.spread).toBe(true);
  });
});

describe("validation errors are Chinese with a JSON pointer", () => {
  it("names an unknown key", () => {
    const r = validateConfig({ rulez: {} });
    expect(r).toEqual({ ok: false, issues: [{ pointer: "/rulez", message: "不认识的配置项“rulez”，您是否要输入“rules”？", en: 'unknown key "rulez"; did you mean "rules"?' }] });
    // Nothing close: no guess.
    expect(validateConfig({ zzzzzz: 1 })).toEqual({ ok: false, issues: [{ pointer: "/zzzzzz", message: "不认识的配置项“zzzzzz”，应删除或检查拼写", en: 'unknown key "zzzzzz"; remove it or check the spelling' }] });
  });
  it("names a wrong severity with the allowed values", () => {
    const r = validateConfig({ rules: { "duplicated-word": "warn" } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.pointer).toBe("/rules/duplicated-word");
      expect(r.issues[0]?.message).toContain("\"warning\"");
      expect(r.issues[0]?.message).toBe(`取值“warn”不符合要求，应为布尔值（true/false）、"off"、"info"、"warning"、"error"、对象；您是否要输入“warning”？`);
      expect(r.issues[0]?.en).toBe(`value "warn" is not allowed; expected boolean (true/false), "off", "info", "warning", "error", object; did you mean "warning"?`);
    }
  });
  it("names a missing required key of a profile", () => {
    const r = validateProfile({ id: "x", items: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.message)).toContain("缺少必填项“name”");
  });
  it("rejects a model whose range is not a pair", () => {
    const r = validateReportModel({
      format: "text", length: 3, title: { text: "abc", range: [0] }, year: null, organs: [], documentNumber: null, recipients: null,
      signatory: null, issueDate: null, sections: [], paragraphs: [], enumerations: [],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toEqual({ pointer: "/title/range", message: "至少应有 2 项", en: "needs at least 2 items" });
  });
});

describe("didYouMean", () => {
  const rules = ["stray-latin", "cjk-spacing", "numbering", "duplicated-word"];
  it("finds a typo: a letter dropped, swapped, doubled or in another case", () => {
    expect(didYouMean("stray-latn", rules)).toBe("stray-latin");
    expect(didYouMean("cjk-spcaing", rules)).toBe("cjk-spacing");
    expect(didYouMean("Numbering", rules)).toBe("numbering");
    expect(didYouMean("--formt", ["--format", "--fix", "--config"])).toBe("--format");
    expect(didYouMean("jsn", ["stylish", "json", "sarif"])).toBe("json");
  });
  it("finds the one word a prefix begins", () => {
    expect(didYouMean("warn", ["off", "info", "warning", "error"])).toBe("warning");
    expect(didYouMean("mark", ["markdown", "json"])).toBe("markdown");
  });
  it("guesses nothing when nothing is close, or a prefix is shared", () => {
    expect(didYouMean("xml", ["stylish", "json", "sarif", "github", "summary", "html"])).toBeUndefined();
    expect(didYouMean("no-such-rule", rules)).toBeUndefined();
    expect(didYouMean("fi", ["fix", "fix-dry-run"])).toBe("fix");
    expect(didYouMean("fix-", ["fix-dry-run", "fix-all"])).toBeUndefined();
    expect(didYouMean("", rules)).toBeUndefined();
  });
});

describe("keyPath", () => {
  it("names a JSON pointer's key as it is written", () => {
    expect(keyPath("/")).toBe("");
    expect(keyPath("/rules/stray-latin")).toBe("rules.stray-latin");
    expect(keyPath("/items/0/patterns")).toBe("items[0].patterns");
    expect(keyPath("/reportlint/rules/a~1b")).toBe("reportlint.rules.a/b");
  });
});

describe("compileSchema, the one compiler of every package", () => {
  it("compiles a schema once, and checks values against it", () => {
    const schema = { type: "object", properties: { margin: { type: "number" } }, additionalProperties: false };
    const v = compileSchema(schema, "lenient");
    expect(compileSchema(schema, "lenient")).toBe(v);
    expect(v({ margin: 4.5 })).toBe(true);
    expect(v({ margin: "4.5" })).toBe(false);
    expect(v({ loud: true })).toBe(false);
    // Every error at once, each with the value it is about (a did-you-mean needs it).
    expect(v({ margin: "x", loud: 1 })).toBe(false);
    expect(v.errors?.length).toBe(2);
    expect(v.errors?.every((e) => "data" in e)).toBe(true);
  });

  it("strict for this package's schemas, lenient for rules' own", () => {
    const unknownKeyword = { type: "object", unitOf: "log10" };
    expect(() => compileSchema(unknownKeyword, "strict")).toThrow();
    expect(() => compileSchema({ ...unknownKeyword }, "lenient")).not.toThrow();
  });
});
