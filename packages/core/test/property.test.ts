import { mutateLines, seedTexts } from "../../../test-support/seeds.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateReportModel } from "@report-lint/schema";
import { parseReport } from "../src/index.js";
import type { ReportModel } from "@report-lint/schema";

const seeds = seedTexts();

/** Every range in the model lies inside the text, is ordered, and never splits a surrogate pair. */
function rangesOk(text: string, model: ReportModel): string[] {
  const bad: string[] = [];
  const check = (what: string, r: readonly number[]) => {
    const [s, e] = r as [number, number];
    if (!(0 <= s && s <= e && e <= text.length)) bad.push(`${what} [${s},${e}] outside 0..${text.length}`);
    for (const i of [s, e]) {
      const c = text.charCodeAt(i);
      if (i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff) bad.push(`${what} splits a surrogate pair at ${i}`);
    }
  };
  for (const [i, p] of model.paragraphs.entries()) {
    check(`paragraph ${i}`, p.range);
    if (text.slice(p.range[0], p.range[1]) !== p.text) bad.push(`paragraph ${i} text differs from its range`);
  }
  for (const [i, s] of model.sections.entries()) {
    check(`section ${i}`, s.range);
    check(`section ${i} title`, s.titleRange);
    check(`section ${i} heading`, s.headingRange);
    if (s.marker) check(`section ${i} marker`, s.marker.range);
  }
  for (const [i, e] of model.enumerations.entries()) check(`enumeration ${i}`, e.range);
  for (const span of [model.title, model.documentNumber, model.recipients, model.signatory, model.issueDate]) if (span) check("meta", span.range);
  return bad;
}

// Lines a report is made of, and debris a converter leaves, to build mutated reports from.
const pieces = fc.constantFrom(
  "一、", "（一）", "(二)", "1.", "1、", "（1）", "一是", "二是", "第一，", "。", "，", "；", "\n", "\r\n", "\n\n", "　　", " ",
  "[bookmark: _GoBack]", "\u200b", "\ufffd", "- 3 -", "2024年1月9日", "主送：", "关于2023年度法治政府建设情况的报告", "金发【2024】2号",
  "习近平法治思想", "思想思想", "😀", "#", "## ", "```", "<!-- x -->", "> ", "- ", "*", "|a|b|",
);

const mutatedSeed = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), pieces), { maxLength: 12 }))
  .map(([k, ops]) => mutateLines(seeds[k]!, ops));

describe("parseReport properties", () => {
  for (const format of ["text", "markdown"] as const) {
    it(`${format}: never throws, ranges are sound, the model validates (arbitrary strings)`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: "grapheme", maxLength: 400 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join(""))), (text) => {
          const model = parseReport(text, format);
          expect(rangesOk(text, model)).toEqual([]);
          expect(validateReportModel(model).ok).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
    it(`${format}: never throws, ranges are sound, the model validates (mutated seeds)`, () => {
      fc.assert(
        fc.property(mutatedSeed, (text) => {
          const model = parseReport(text, format);
          expect(rangesOk(text, model)).toEqual([]);
          expect(validateReportModel(model).ok).toBe(true);
        }),
        { numRuns: 150 },
      );
    });
  }
});
