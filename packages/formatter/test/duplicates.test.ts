import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import type { TextlintMessage, TextlintRuleSeverityLevel } from "@textlint/types";
import { kernelFiltersLinearly, lintText, withoutDuplicates } from "../src/engine.js";

// textlint's own filter, from the kernel this package depends on: the one withoutDuplicates replaces.
const require = createRequire(import.meta.url);
const kernelFilter = (require("@textlint/kernel/lib/src/messages/filter-duplicated-process.js") as { default: (m: TextlintMessage[]) => TextlintMessage[] }).default;

const message = (start: number, end: number, severity: TextlintRuleSeverityLevel, text: string, tag: number): TextlintMessage => ({
  type: "lint",
  ruleId: `rule-${tag}`,
  message: text,
  index: start,
  line: 1,
  column: start + 1,
  range: [start, end],
  loc: { start: { line: 1, column: start + 1 }, end: { line: 1, column: end + 1 } },
  severity,
});

describe("the kernel's duplicate filter, linear", () => {
  it("keeps exactly the messages textlint's own filter keeps, in its order", () => {
    // Few distinct ranges, severities and texts, so that many messages are equal; the ruleId tells copies apart.
    const arb = fc.array(fc.tuple(fc.nat(3), fc.nat(2), fc.constantFrom<TextlintRuleSeverityLevel>(0, 1, 2, 3), fc.constantFrom("a", "b", "“a”,1", "a,1"), fc.nat(1000)), { maxLength: 60 });
    fc.assert(
      fc.property(arb, (rows) => {
        const messages = rows.map(([s, len, sev, text, tag]) => message(s, s + len, sev, text, tag));
        expect(withoutDuplicates(messages)).toEqual(kernelFilter(messages));
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  it("is the filter this engine's kernel runs, and the findings are what the kernel's own filter would leave", async () => {
    expect(kernelFiltersLinearly()).toBe(true);
    const text = "一、总体情况\n　　全面推进依法行政,思想思想。，，今年以来，我局坚持以习近平法治思想为指导。\n".repeat(40);
    const { messages } = await lintText(text, { filePath: "r.txt" });
    expect(messages.length).toBeGreaterThan(40);
    expect(kernelFilter(messages)).toEqual(messages);
  });
});
