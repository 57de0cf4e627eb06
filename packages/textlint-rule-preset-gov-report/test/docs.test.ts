import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "../src/index.js";
import { renderIndex, renderRuleDoc } from "../scripts/rule-docs.js";
import type { RuleCases } from "./helpers/cases.js";

const caseFiles = new Set(readdirSync(new URL("./rules/", import.meta.url)).filter((f) => f.endsWith(".cases.ts")));
const caseModules = new Map<string, RuleCases>();
for (const f of caseFiles) caseModules.set(f.replace(/\.cases\.ts$/u, ""), ((await import(`./rules/${f}`)) as { default: RuleCases }).default);
const docsDir = new URL("../../../docs/", import.meta.url);

function casesOf(id: string): RuleCases | undefined {
  return caseModules.get(id);
}

describe("rule docs (docs/rules/*.md) are generated and current", () => {
  for (const [id, rule] of Object.entries(rules)) {
    it(`${id}: has ≥ 8 invalid and ≥ 8 valid cases, with doc examples of both`, () => {
      const cases = casesOf(id);
      expect(cases, `test/rules/${id}.cases.ts exists`).toBeDefined();
      expect(cases!.invalid.length).toBeGreaterThanOrEqual(8);
      expect(cases!.valid.length).toBeGreaterThanOrEqual(8);
      expect(cases!.invalid.some((c) => c.doc === true)).toBe(true);
      expect(cases!.valid.some((c) => c.doc === true)).toBe(true);
    });
    it(`${id}: every message template says what to do instead`, () => {
      for (const [key, template] of Object.entries(rule.meta.messages)) {
        expect(template, `${id}.${key}`).toMatch(/应|建议|请/u);
        expect(template, `${id}.${key} has no final 。`).not.toMatch(/。$/u);
      }
    });
    it(`${id}: docs/rules/${id}.md is current`, async () => {
      const cases = casesOf(id) ?? { valid: [], invalid: [] };
      const src = new URL(`rules-src/${id}.md`, docsDir);
      const rationale = existsSync(src) ? readFileSync(src, "utf8") : undefined;
      await expect(renderRuleDoc(rule.meta, cases, rationale)).toMatchFileSnapshot(`../../../docs/rules/${id}.md`);
    });
  }
  it("docs/rules/README.md lists every rule", async () => {
    await expect(renderIndex(Object.values(rules).map((r) => r.meta))).toMatchFileSnapshot("../../../docs/rules/README.md");
  });
});
