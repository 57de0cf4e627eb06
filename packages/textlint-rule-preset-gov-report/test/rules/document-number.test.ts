import fc from "fast-check";
import { describe, expect, it } from "vitest";
import rule, { CANDIDATE, candidates } from "../../src/rules/document-number.js";
import { seedTexts } from "../../../../test-support/seeds.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./document-number.cases.js";

runRuleCases("document-number", rule, cases);

/** What candidates() must reproduce: every match of the expression, as matchAll finds them. */
const reference = (line: string) => [...line.matchAll(CANDIDATE)].map((m) => [m.index, ...m]);
const fast = (line: string) => [...candidates(line)].map((m) => [m.index, ...m]);

describe("candidates() finds exactly what matchAll(CANDIDATE) finds", () => {
  it("on every line of the seed reports", () => {
    for (const line of seedTexts().flatMap((t) => t.split("\n"))) expect(fast(line), line).toEqual(reference(line));
  });
  it("on random text made of the pieces a 发文字号 is made of", () => {
    let withMatches = 0;
    const one = (chars: string) => fc.constantFrom(...chars);
    const run = (chars: string, max: number) => fc.array(one(chars), { maxLength: max }).map((a) => a.join(""));
    const han = run("国办发府函字政县丰都渝第号楼年期𠮷", 24);
    const spaces = run(" \u3000", 2);
    const digits = run("0123456789０１２３４５６７８９", 5);
    // Something shaped like a 发文字号 (any part may be missing or wrong), or noise between them.
    const numberLike = fc
      .tuple(han, spaces, one("〔【[［（(﹝〖｛{x"), spaces, digits, spaces, one("〕】]］）)﹞〗｝}x"), spaces, one("第x"), spaces, digits, spaces, one("号x.．"))
      .map((parts) => parts.join("").replaceAll("x", ""));
    const noise = run("国办发，。、 a1.０𠀀", 4);
    fc.assert(
      fc.property(fc.array(fc.oneof(numberLike, noise), { maxLength: 6 }), (pieces) => {
        const line = pieces.join("");
        const expected = reference(line);
        if (expected.length > 0) withMatches++;
        expect(fast(line)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    // The comparison means something only if the expression matches often enough.
    expect(withMatches).toBeGreaterThan(300);
  });
  it("with a 代字 longer than twenty characters and one made of characters outside the BMP", () => {
    for (const line of ["关于印发全县法治政府建设实施方案的通知的补充通知的说明国办发〔2024〕1号", "𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷发【2024】02号", "丰府发 〔 2024〕 第 05 号"]) {
      expect(fast(line), line).toEqual(reference(line));
      expect(fast(line).length).toBeGreaterThan(0);
    }
  });
});
