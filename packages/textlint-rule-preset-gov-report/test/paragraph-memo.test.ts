import { describe, expect, it } from "vitest";
import { ParagraphMemo, ParagraphShelves, memoFor } from "../src/paragraph-memo.js";
import { rules } from "../src/index.js";
import { kernelOf } from "./helpers/cases.js";

describe("ParagraphMemo", () => {
  it("computes a paragraph once over the document being checked and the one before it, and forgets older ones", () => {
    const memo = new ParagraphMemo<string>(0);
    let computed = 0;
    const get = (text: string) => memo.get(text, () => (computed++, text.toUpperCase()));
    memo.begin();
    expect(get("a")).toBe("A");
    expect(get("a")).toBe("A");
    expect(get("b")).toBe("B");
    expect(computed).toBe(2);
    // The next document: what the last one found is at hand.
    memo.begin();
    expect(get("a")).toBe("A");
    expect(computed).toBe(2);
    // Two documents later, b (not asked for in between) is gone; a was carried over.
    memo.begin();
    expect(get("a")).toBe("A");
    expect(get("b")).toBe("B");
    expect(computed).toBe(3);
  });

  it("also keeps the paragraphs last asked for, across documents, up to its bound", () => {
    const memo = new ParagraphMemo<string>(2);
    let computed = 0;
    const get = (text: string) => memo.get(text, () => (computed++, text.toUpperCase()));
    memo.begin();
    get("a");
    get("b");
    get("c");
    memo.begin();
    memo.begin();
    memo.begin();
    // Three documents later: b and c, the two last asked for, are kept; a is not.
    expect(computed).toBe(3);
    get("c");
    get("b");
    expect(computed).toBe(3);
    get("a");
    expect(computed).toBe(4);
  });

  it("shares shelves with the other memos on them: one document begun by each is one document", () => {
    const shelves = new ParagraphShelves(0);
    const upper = new ParagraphMemo<string>(shelves);
    const length = new ParagraphMemo<number>(shelves);
    let computed = 0;
    const getUpper = (text: string) => upper.get(text, () => (computed++, text.toUpperCase()));
    const getLength = (text: string) => length.get(text, () => (computed++, text.length));
    const [first, second, third] = [{}, {}, {}];
    upper.begin(first);
    expect(getUpper("ab")).toBe("AB");
    length.begin(first);
    expect(getLength("ab")).toBe(2);
    expect(computed).toBe(2);
    // The same document begun again (another rule of the same check, or the same text checked again) turns nothing over.
    upper.begin(first);
    length.begin(first);
    expect(getUpper("ab")).toBe("AB");
    expect(getLength("ab")).toBe(2);
    getUpper("cd");
    expect(computed).toBe(3);
    // The next document: what the last one found is at hand, for each memo.
    upper.begin(second);
    length.begin(second);
    expect(getLength("ab")).toBe(2);
    expect(getUpper("ab")).toBe("AB");
    expect(computed).toBe(3);
    // Two documents later, cd (not asked for in between) is gone; ab was carried over.
    upper.begin(third);
    expect(getUpper("ab")).toBe("AB");
    expect(getUpper("cd")).toBe("CD");
    expect(computed).toBe(4);
  });

  it("keeps one memo per configuration", () => {
    const memos = new Map<string, ParagraphMemo<number>>();
    const one = memoFor(memos, "[1]");
    expect(memoFor(memos, "[1]")).toBe(one);
    expect(memoFor(memos, "[2]")).not.toBe(one);
  });
});

/**
 * The rules that keep their paragraphs' findings (ParagraphMemo) say exactly what
 * they say on a fresh start, whatever was checked before: a document checked again after one
 * paragraph changed, after another document, and after its own fixed copy.
 */
const CONTENT = {
  paragraphs: [
    "一、坚持党的二十大和十九届历次全会精神，全面推进依法行政。",
    "二、我们持旭推进法治政府建设，落实行政执法三项制度，坚持以习近平法治思想思想为指导。",
    "三、深入学习贯彻习近平新时代中国特色社会主义思想，坚持依法治国、依法执政、依法行政共同推进。",
    "四、本条例白发布之日起施行，加强行政直发监督，法制建设工作任务十分艰巨。",
    "五、开展综合查一次5次，设施行政处罚6次。",
  ],
  edit: (doc: string) => doc.replace("持旭推进", "持续推进").replace("十九届", "二十届").replace("思想思想", "思想").replace("法制建设", "法治建设").replace("设施行政处罚", "实施行政处罚"),
};
// Half-width marks in and out of Chinese context, numbering markers the rule leaves to numbering
// ((一) and 一. at a paragraph's start: the same text masked or not by where it stands), year ranges, angle brackets.
const PUNCTUATION = {
  paragraphs: [
    "(一)加强组织领导,健全工作机制;全年召开会议3次(含专题会议).",
    "一. 完善制度体系:印发《实施方案》,明确2023-2025年目标.",
    "(一)加强组织领导,健全工作机制;全年召开会议3次(含专题会议).",
    "学习<<民法典>>和<行政复议法>,参加人数1,200人,时间10:30。",
    "访问 www.gov.cn 或 http://example.org/a,b 查询(详见附件1.docx)",
  ],
  edit: (doc: string) => doc.replace("健全工作机制;", "健全工作机制；").replace("2023-2025", "2023—2025").replace("<<民法典>>", "《民法典》"),
};

describe.each([
  ["wrong-character", CONTENT],
  ["formulation", CONTENT],
  ["duplicated-word", CONTENT],
  ["confusable-word", CONTENT],
  ["outdated-term", CONTENT],
  ["punctuation-width", PUNCTUATION],
] as const)("%s with its memo", (id, { paragraphs, edit }) => {
  const { lint } = kernelOf(id, rules[id]!);
  const doc = paragraphs.join("\n") + "\n";
  const edited = edit(doc);
  const other = "一、总体情况\n全面推进依法行政。\n";
  const brief = (r: { messages: Array<{ range: readonly number[]; message: string }> }) => r.messages.map((m) => `${m.range.join("-")} ${m.message}`);

  it("finds in each text what it finds there on a fresh start", async () => {
    // Fresh: two unrelated documents of more paragraphs than the memo's recent ones first, so it holds none of these.
    const flush = Array.from({ length: 600 }, (_, i) => `第${i + 1}项工作。`).join("\n") + "\n";
    const fresh = async (text: string) => {
      await lint(flush);
      await lint(flush + other);
      return brief(await lint(text));
    };
    const docFresh = await fresh(doc);
    const editedFresh = await fresh(edited);
    expect(docFresh.length).toBeGreaterThan(0);
    expect(editedFresh).not.toEqual(docFresh);
    // In sequence, each answering partly from the memo.
    expect(brief(await lint(doc))).toEqual(docFresh);
    expect(brief(await lint(edited))).toEqual(editedFresh);
    expect(brief(await lint(doc))).toEqual(docFresh);
    expect(brief(await lint(other))).toEqual(brief(await lint(other)));
    expect(brief(await lint(doc))).toEqual(docFresh);
  });
});
