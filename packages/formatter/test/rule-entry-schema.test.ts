// A config file's entry for a rule (its options and its severity) is compiled without checking the
// schema against JSON Schema 2020-12's meta-schema (compileSchema of @report-lint/schema: that check
// cost every cold start 15–35 ms). It is made here, on each rule's entry schema as the formatter
// builds it, so a change in how the entry is built is checked too.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { rules } from "textlint-rule-preset-gov-report";
import { knownRuleIds, loadConfigFile, ruleEntrySchema } from "../src/config.js";

const ajv = new Ajv2020({ allErrors: true, strict: true });

describe("a config entry's schema, for every rule", () => {
  const ids = knownRuleIds();
  it("covers the whole catalogue", () => {
    expect(ids.length).toBeGreaterThanOrEqual(19);
  });
  for (const id of ids) {
    it(`${id}: a valid JSON Schema 2020-12 that takes the rule's defaults (the preset's rules) and every severity`, () => {
      const schema = ruleEntrySchema(id);
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
      const validate = ajv.compile(schema);
      for (const severity of ["off", "info", "warning", "error"]) {
        expect(validate({ ...(rules[id]?.meta.defaults ?? {}), severity }), JSON.stringify(validate.errors)).toBe(true);
      }
      expect(validate({ severity: "fatal" })).toBe(false);
    });
  }
});

describe("the entries are checked as the schema says", () => {
  it("an option of the wrong type, an unknown option and a bad severity are each one issue, naming the rule", async () => {
    const bad = { rules: { "wrong-character": { margin: "4" }, "cjk-spacing": { spacing: true }, "duplicated-word": "loud" } };
    const error = await loadConfigFile("/virtual/.reportlintrc.json", bad).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const text = String((error as Error).message);
    expect(text).toMatch(/wrong-character/u);
    expect(text).toMatch(/cjk-spacing/u);
    expect(text).toMatch(/duplicated-word/u);
  });

  it("a good entry passes", async () => {
    const config = await loadConfigFile("/virtual/.reportlintrc.json", { rules: { "wrong-character": { margin: 5, allow: ["鑫通"] }, "cjk-spacing": "warning" } });
    expect(config).toBeTruthy();
  });
});
