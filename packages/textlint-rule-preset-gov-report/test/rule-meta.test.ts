// The rules' option schemas are compiled at run time without checking them against JSON Schema
// 2020-12's meta-schema (define-rule.ts, and the formatter's config check): that check compiles the
// meta-schema first, which cost every cold start 15–35 ms. It is made here instead, on each schema
// as both places compile it.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { rules } from "../src/index.js";

const ajv = new Ajv2020({ allErrors: true, strict: true });

describe("the rules' option schemas", () => {
  for (const [id, rule] of Object.entries(rules)) {
    it(`${id}: a valid JSON Schema 2020-12, as the rule and as a config's entry for it compile it`, () => {
      const asRule = { type: "object", ...rule.meta.optionsSchema };
      const asConfig = { ...asRule, properties: { ...((rule.meta.optionsSchema.properties as object | undefined) ?? {}), severity: { enum: ["off", "info", "warning", "error"] } } };
      for (const schema of [asRule, asConfig]) {
        expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
        expect(() => ajv.compile(schema)).not.toThrow();
      }
      // The defaults are options the schema accepts.
      expect(ajv.validate(asRule, rule.meta.defaults), JSON.stringify(ajv.errors)).toBe(true);
    });
  }

  it("a schema that breaks the meta-schema is caught here (the check can fail)", () => {
    expect(ajv.validateSchema({ type: "object", properties: { margin: { type: "nummber" } } })).toBe(false);
    expect(ajv.validateSchema({ type: "object", required: "allow" })).toBe(false);
  });
});
