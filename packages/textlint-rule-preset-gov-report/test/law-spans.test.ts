import { describe, expect, it } from "vitest";
import { lawLexicon, lexiconDefaults } from "../src/lexicon/data.js";
import { LawNames } from "../src/lexicon/laws.js";

const laws = () => lawLexicon("law-name", lexiconDefaults, (data) => new LawNames(data));
const spanned = (text: string) => laws().spans(text).map(([a, b]) => text.slice(a, b));

describe("the spans the 错别字 check leaves to law-name", () => {
  it("hold the names of laws in force written without 书名号, the longest at each ending", () => {
    expect(spanned("审议了反垄断法草案、突发事件应对法草案和义务教育法修订草案。")).toEqual(["反垄断法", "突发事件应对法", "义务教育法"]);
    expect(spanned("深入学习宣传中华人民共和国行政处罚法和民法典。")).toEqual(["中华人民共和国行政处罚法", "民法典"]);
  });

  it("hold no place that only ends as a title does (依法, 执法, 有关规定, 管理办法)", () => {
    expect(spanned("严格依法行政，规范执法行为，按照有关规定完善管理办法。")).toEqual([]);
  });

  it("still hold each 《title》 in force, 书名号 and all (the name inside it is found again, bare)", () => {
    expect(spanned("贯彻实施《中华人民共和国行政复议法》。")).toEqual(["《中华人民共和国行政复议法》", "中华人民共和国行政复议法"]);
  });
});
