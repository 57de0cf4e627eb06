// formulation's same-length normalisation is a few native replacements; this is the table
// they implement, character by character, and the property that they agree on any text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalise } from "../src/lexicon/formulations.js";
import { seedTexts } from "../../../test-support/seeds.js";

const TABLE: Record<string, string> = {
  "，": "、", ",": "、", 和: "、", 及: "、", 与: "、",
  "(": "（", ")": "）",
  "-": "—", "－": "—", "–": "—", "―": "—", "~": "—", "～": "—",
  "‘": "“", "’": "”", "「": "“", "」": "”", '"': "“", "'": "“",
};

function reference(text: string): string {
  let out = "";
  for (const c of text) {
    const code = c.charCodeAt(0);
    out += TABLE[c] ?? (code >= 0xff10 && code <= 0xff19 ? String.fromCharCode(code - 0xfee0) : c);
  }
  return out;
}

describe("normalise", () => {
  it("maps each character as the table says, keeping the length", () => {
    for (const c of [...Object.keys(TABLE), "０", "５", "９", "0", "、", "（", "—", "“", "中", "a", "😀"]) {
      expect(normalise(c)).toBe(reference(c));
      expect(normalise(`前${c}后`)).toHaveLength(`前${c}后`.length);
    }
  });

  it("agrees with the table on any text", () => {
    const chars = fc.constantFrom(...Object.keys(TABLE), "０", "１", "９", "0", "中", "国", "法", "、", "（", "）", "—", "“", "”", " ", "\n", "😀", "a");
    fc.assert(fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join("")), (text) => normalise(text) === reference(text)), { numRuns: 2000 });
    for (const t of seedTexts()) expect(normalise(t)).toBe(reference(t));
  });
});
