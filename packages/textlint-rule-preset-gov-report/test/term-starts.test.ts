import { describe, expect, it } from "vitest";
import { builtinLexicons } from "../src/lexicon/data.js";
import { literalStarts } from "../src/lexicon/term-matcher.js";
import { TERM_STARTS } from "../src/lexicon/term-starts.generated.js";
import { renderTermStarts } from "../scripts/term-starts.js";

describe("src/lexicon/term-starts.generated.ts", () => {
  it("is generated from the term lexicons and current", async () => {
    await expect(renderTermStarts(builtinLexicons)).toMatchFileSnapshot("../src/lexicon/term-starts.generated.ts");
  });
  it("holds what literalStarts reads from each built-in source", () => {
    for (const [source, starts] of TERM_STARTS) expect(starts, source).toEqual(literalStarts(source));
    expect(TERM_STARTS.length).toBe(new Set([...builtinLexicons.confusable, ...builtinLexicons.outdated].map((e) => new RegExp(e.match, "u").source)).size);
  });
});
