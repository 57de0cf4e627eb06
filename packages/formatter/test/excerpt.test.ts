import { describe, expect, it } from "vitest";
import { findableExcerpt } from "../src/excerpt.js";

/** The excerpt of the first occurrence of `finding` in `text`. */
function excerptOf(text: string, finding: string): string {
  const at = text.indexOf(finding);
  if (at < 0) throw new Error(`${finding} not in text`);
  return findableExcerpt(text, at, at + finding.length);
}

/** What Word's 查找 does with plain text: an exact search inside one paragraph. */
function wordFinds(text: string, excerpt: string): boolean {
  return text.split("\n").some((p) => p.includes(excerpt));
}

describe("findableExcerpt: a phrase Word's 查找 finds as it is", () => {
  const doc = [
    "关于2024年法治政府建设情况的报告",
    "　　全年开展法治宣传活动36场次[bookmark: _GoBack]，发放宣传资料3000余份。",
    "　　二是加强\u200b行政执法监督。",
    "　　深入学习贯彻习近平法治思想,全面推进依法行政，持续深化“放管服”改革。",
    "二、党政主要负责人履行推进法治建设第一责任人职责有关情况；",
  ].join("\n");

  it("runs from the clause's start to the punctuation ending it, with no ellipsis and no indent", () => {
    expect(excerptOf(doc, "[bookmark: _GoBack]")).toBe("全年开展法治宣传活动36场次[bookmark: _GoBack]，");
    expect(excerptOf(doc, "\u200b")).toBe("二是加强\u200b行政执法监督。");
  });

  it("ends at the finding when the finding is the punctuation (a half-width comma, a heading's semicolon)", () => {
    expect(excerptOf(doc, ",")).toBe("深入学习贯彻习近平法治思想,");
    // 、 ends a clause too: the heading's number is left before it.
    expect(excerptOf(doc, "；")).toBe("党政主要负责人履行推进法治建设第一责任人职责有关情况；");
  });

  it("takes the clause before a clause too short to tell apart", () => {
    const text = "　　一是，强化组织领导。二是，健全制度。";
    const at = text.indexOf("二是");
    expect(findableExcerpt(text, at, at + 2)).toBe("强化组织领导。二是，");
  });

  it("stays inside the finding's paragraph, even for a finding that runs on past it", () => {
    const text = "　　推进法治政府建\n设取得新成效。";
    const at = text.indexOf("建");
    const excerpt = findableExcerpt(text, at, at + 3);
    expect(excerpt).toBe("推进法治政府建");
    expect(excerpt).not.toContain("\n");
  });

  it("cuts a clause with no punctuation 40 characters from the finding, and a long finding at 170: under the 255 characters 查找 takes", () => {
    const long = "法".repeat(100) + "X" + "治".repeat(100);
    const at = long.indexOf("X");
    expect(findableExcerpt(long, at, at + 1)).toBe("法".repeat(40) + "X" + "治".repeat(40));
    const huge = "甲".repeat(300);
    expect(findableExcerpt(huge, 0, 300)).toBe("甲".repeat(210));
    expect(findableExcerpt(huge, 100, 300).length).toBeLessThanOrEqual(255);
  });

  it("keeps the document's own spacing (Word matches it character for character) and never splits a surrogate pair", () => {
    const text = "　　加强 行政执法　监督，𠀋𠀋推进。";
    expect(excerptOf(text, "行政执法")).toBe("加强 行政执法　监督，");
    // A range that ends (or starts) between the two halves of 𠀋.
    const at = text.indexOf("𠀋");
    for (const [s, e] of [[at, at + 1], [at + 1, at + 2], [at + 3, at + 3]] as const) {
      const excerpt = findableExcerpt(text, s, e);
      // No lone half of a surrogate pair.
      expect(excerpt, excerpt).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(excerpt).toContain("𠀋");
      expect(wordFinds(text, excerpt)).toBe(true);
    }
  });

  it("is found in its paragraph for every finding of a real paragraph", () => {
    const text = doc;
    for (let s = 0; s < text.length; s += 3) {
      if (text[s] === "\n") continue;
      const excerpt = findableExcerpt(text, s, Math.min(text.length, s + 2));
      expect(excerpt.length).toBeGreaterThan(0);
      expect(excerpt).not.toMatch(/^…|…$|\n/u);
      expect(wordFinds(text, excerpt), excerpt).toBe(true);
    }
  });
});
