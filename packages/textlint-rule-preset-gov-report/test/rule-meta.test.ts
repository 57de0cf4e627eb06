// The rules' option schemas are compiled at run time without checking them against JSON Schema
// 2020-12's meta-schema (define-rule.ts, through compileSchema of @report-lint/schema): that check
// compiles the meta-schema first, which cost every cold start 15–35 ms. It is made here instead, on
// each schema as the rule compiles it. (A config file's entry for a rule, the options with a
// severity, is the formatter's, and checked by its test/rule-entry-schema.test.ts.)
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { rules } from "../src/index.js";

const ajv = new Ajv2020({ allErrors: true, strict: true });

describe("the rules' option schemas", () => {
  for (const [id, rule] of Object.entries(rules)) {
    it(`${id}: a valid JSON Schema 2020-12, as the rule compiles it`, () => {
      const asRule = { type: "object", ...rule.meta.optionsSchema };
      expect(ajv.validateSchema(asRule), JSON.stringify(ajv.errors)).toBe(true);
      expect(() => ajv.compile(asRule)).not.toThrow();
      // The defaults are options the schema accepts.
      expect(ajv.validate(asRule, rule.meta.defaults), JSON.stringify(ajv.errors)).toBe(true);
    });
  }

  it("a schema that breaks the meta-schema is caught here (the check can fail)", () => {
    expect(ajv.validateSchema({ type: "object", properties: { margin: { type: "nummber" } } })).toBe(false);
    expect(ajv.validateSchema({ type: "object", required: "allow" })).toBe(false);
  });
});
