import TextLintTester from "textlint-tester";
import { TextlintKernel } from "@textlint/kernel";
import textPlugin from "@textlint/textlint-plugin-text";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import { describe, expect, it } from "vitest";
import type { RuleModule } from "../../src/define-rule.js";

/** A correct text the rule must not flag. `description` names where it comes from (seed, genre). */
export interface ValidCase {
  text: string;
  description: string;
  options?: Record<string, unknown>;
  ext?: ".txt" | ".md";
  /** Shown in the generated docs as a ✓ example. */
  doc?: boolean;
}

/** A faulty text with the exact findings (and the fixed text, for fixable findings). */
export interface InvalidCase {
  text: string;
  description: string;
  options?: Record<string, unknown>;
  ext?: ".txt" | ".md";
  /** Required when any finding is fixable: the text after textlint's fixer ran once. */
  output?: string;
  errors: Array<{ message: string; range: [number, number] }>;
  doc?: boolean;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const tester = new TextLintTester();

function interop<T extends object>(mod: T): T {
  return "Processor" in mod ? mod : ((mod as { default?: T }).default ?? mod);
}

/** textlint's kernel options for one rule alone, on text (`.txt`) or Markdown (`.md`). */
function kernelOptions(id: string, rule: RuleModule, ext: string, options?: Record<string, unknown>) {
  return {
    ext,
    plugins: [
      { pluginId: "text", plugin: interop(textPlugin) },
      { pluginId: "markdown", plugin: interop(markdownPlugin) },
    ],
    rules: [{ ruleId: id, rule, ...(options ? { options } : {}) }],
  };
}

/** One rule alone, through textlint's own kernel, on text (`.txt`) or Markdown (`.md`). */
export function kernelOf(id: string, rule: RuleModule, ext = ".txt", options?: Record<string, unknown>) {
  const ko = kernelOptions(id, rule, ext, options);
  return {
    lint: (text: string) => new TextlintKernel().lintText(text, ko),
    fix: (text: string) => new TextlintKernel().fixText(text, ko),
  };
}

/**
 * One rule's findings, as [start, end, message], on `text` linted as the file `filePath`: the report model reads a
 * `.md` path as Markdown (the case tables' `ext` alone gives textlint's Markdown parser, not the model's format).
 */
export async function lintAs(id: string, rule: RuleModule, text: string, filePath: string, options?: Record<string, unknown>): Promise<Array<[number, number, string]>> {
  const ext = filePath.slice(filePath.lastIndexOf("."));
  const result = await new TextlintKernel().lintText(text, { ...kernelOptions(id, rule, ext, options), filePath });
  return result.messages.map((m) => [m.range[0], m.range[1], m.message]);
}

async function fixableCount(rule: RuleModule, id: string, text: string, ext: string, options?: Record<string, unknown>): Promise<number> {
  const result = await kernelOf(id, rule, ext, options).lint(text);
  return result.messages.filter((m) => m.fix !== undefined).length;
}

/**
 * Run a rule's cases through textlint-tester, with ESLint-like strictness:
 * a fixable rule's invalid case must carry `output`; no duplicate cases;
 * every message template is used; the fixed output re-linted has nothing fixable left.
 */
export function runRuleCases(id: string, rule: RuleModule, cases: RuleCases): void {
  describe(`${id}: case table`, () => {
    it("has no duplicate cases", () => {
      const texts = [...cases.valid, ...cases.invalid].map((c) => JSON.stringify([c.text, c.options ?? null, c.ext ?? ".txt"]));
      expect(new Set(texts).size).toBe(texts.length);
    });
    it("uses every message template", () => {
      const messages = cases.invalid.flatMap((c) => c.errors.map((e) => e.message));
      for (const [key, template] of Object.entries(rule.meta.messages)) {
        const pattern = new RegExp(
          "^" + template.split(/\{\w+\}/u).map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("[\\s\\S]*") + "$",
          "u",
        );
        expect(messages.some((m) => pattern.test(m)), `template "${key}" is used by some invalid case`).toBe(true);
      }
    });
    if (rule.meta.fixable) {
      it("gives every fixable invalid case an output, and the output has nothing fixable left", async () => {
        for (const c of cases.invalid) {
          const ext = c.ext ?? ".txt";
          const n = await fixableCount(rule, id, c.text, ext, c.options);
          if (n > 0) {
            expect(c.output, `invalid case "${c.text.slice(0, 30)}" needs output`).toBeTypeOf("string");
            expect(await fixableCount(rule, id, c.output ?? "", ext, c.options), `re-linting the output of "${c.text.slice(0, 30)}"`).toBe(0);
          }
        }
      });
    }
  });
  // textlint-tester pins an older @textlint/types than the kernel we build against; the rule shape is the same.
  tester.run(id, rule as unknown as Parameters<typeof tester.run>[1], {
    valid: cases.valid.map((c) => ({ text: c.text, description: c.description, ext: c.ext ?? ".txt", ...(c.options ? { options: c.options } : {}) })),
    invalid: cases.invalid.map((c) => ({
      text: c.text,
      description: c.description,
      ext: c.ext ?? ".txt",
      ...(c.options ? { options: c.options } : {}),
      ...(c.output !== undefined ? { output: c.output } : {}),
      errors: c.errors.map((e) => ({ message: e.message, range: e.range })),
    })),
  });
}
