import { describe, expect, it } from "vitest";
import { validateLexicon, validateLexiconEntries } from "../src/index.js";

const entry = { id: "su-zhi", match: "诉职", replacement: "述职", reason: "别字", invalid: ["年度诉职"], valid: ["年度述职"] };

describe("lexicon.schema.json", () => {
  it("accepts each file shape", () => {
    expect(validateLexicon("confusable", [entry]).ok).toBe(true);
    expect(validateLexicon("outdated", [{ ...entry, since: 2021 }]).ok).toBe(true);
    expect(
      validateLexicon("formulations", [{ id: "f", canonical: "习近平法治思想", kind: "formulation", reason: "r", localAdaptations: ["x"], invalid: ["a"], valid: ["b"] }]).ok,
    ).toBe(true);
    expect(validateLexicon("law-names", { laws: [{ name: "中华人民共和国宪法", short: ["宪法"] }], commonMistakes: [], repealed: [] }).ok).toBe(true);
  });
  it("names the bad value of an entry in Chinese, with a JSON pointer", () => {
    expect(validateLexicon("confusable", [{ ...entry, id: "Su Zhi" }])).toEqual({
      ok: false,
      issues: [{ pointer: "/0/id", message: "格式不正确，应匹配 ^[a-z0-9][a-z0-9-]*$", en: "should match ^[a-z0-9][a-z0-9-]*$" }],
    });
    expect(validateLexicon("confusable", [{ ...entry, since: 2021 }])).toEqual({
      ok: false,
      issues: [{ pointer: "/0/since", message: "不认识的配置项“since”，应删除或检查拼写", en: 'unknown key "since"; remove it or check the spelling' }],
    });
    const noTests = validateLexicon("outdated", [{ ...entry, valid: [] }]);
    expect(noTests).toEqual({ ok: false, issues: [{ pointer: "/0/valid", message: "至少应有 1 项", en: "needs at least 1 item" }] });
  });
  it("validates entries for a rule's `add` option; law-name entries are told apart by their keys", () => {
    expect(validateLexiconEntries("confusable", [entry]).ok).toBe(true);
    expect(validateLexiconEntries("law-names", [{ name: "中华人民共和国原子能法", short: [] }, { wrong: "原子法", correct: "原子能法" }, { name: "合同法", replacedBy: "民法典", since: 2021 }]).ok).toBe(true);
    const r = validateLexiconEntries("law-names", [{ wrong: "原子法" }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual({ pointer: "/0", message: "缺少必填项“correct”", en: 'missing required key "correct"' });
  });
});
