import { describe, expect, it } from "vitest";
import { builtinLexicons } from "../src/lexicon/data.js";
import { renderLexiconFixture } from "../scripts/lexicon-fixture.js";

describe("test-support/correct-sentences/lexicon.txt", () => {
  it("is generated from the lexicons and current", async () => {
    await expect(renderLexiconFixture(builtinLexicons)).toMatchFileSnapshot("../../../test-support/correct-sentences/lexicon.txt");
  });
});
