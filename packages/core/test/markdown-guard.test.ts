import { describe, expect, it } from "vitest";
import { markdownDepth, maskInline, MASK_FROM, MAX_MARKDOWN_DEPTH, parseReport, MARKS_FROM } from "../src/index.js";

describe("markdownDepth", () => {
  it("counts quotes, bullets, ordered markers (1. and 1)) and indentation at a line's start", () => {
    expect(markdownDepth("1. 1) - 正文\n正文\n")).toEqual({ depth: 3, line: 1 });
    expect(markdownDepth("一、总体情况\n" + "1) ".repeat(40) + "正文\n")).toEqual({ depth: 40, line: 2 });
    expect(markdownDepth("    - 正文\n").depth).toBe(3);
    // Not markers: a number without the space after its mark, a date, a heading.
    expect(markdownDepth("1.5倍\n2023.12.31\n## 1. 标题\n").depth).toBe(0);
  });
});

describe("maskInline", () => {
  it("leaves a text shorter than MASK_FROM, and short paragraphs of a long text, as they are", () => {
    const short = "*a*a 1.1.1 _b_ <!-- x -->\n";
    expect(maskInline(short)).toBe(short);
    const paragraphs = Array.from({ length: 100 }, (_, k) => `第${k}段：*强调* 1.1.1 [链接](http://a.b)`).join("\n\n");
    expect(paragraphs.length).toBeGreaterThan(MASK_FROM);
    expect(maskInline(paragraphs)).toBe(paragraphs);
  });

  it("in a paragraph of MASK_FROM characters or more, masks ASCII punctuation and digits past each line's first 8 characters, keeping length, lines and comments", () => {
    const line = "## 1. 标题 *a*_b_ 2023.12 <!-- report-lint-disable duplicated-word --> [x](y)\n";
    const text = line.repeat(Math.ceil(MASK_FROM / line.length) + 1);
    const masked = maskInline(text);
    expect(masked.length).toBe(text.length);
    const first = masked.slice(0, line.length);
    expect(first.startsWith("## 1. 标题")).toBe(true);
    expect(first).toContain("<!-- report-lint-disable duplicated-word -->");
    expect(first.slice(8).replace("<!-- report-lint-disable duplicated-word -->", "")).not.toMatch(/[*_[\]()0-9.]/u);
    expect(masked.split("\n").length).toBe(text.split("\n").length);
  });

  it("masks the leading marks of a paragraph's continuation lines that cannot start a block there (`[x]: a` is text inside a paragraph), and keeps those that can", () => {
    const text = "中央和地方[x]: a\n" + "[x]: a\n".repeat(400) + "- 列表\n> 引用\n";
    const masked = maskInline(text).split("\n");
    expect(masked[0]).toBe("中央和地方[x]〇 a"); // the first line keeps its first 8 characters whatever they are
    expect(masked[1]).toBe("〇x〇〇 a");
    expect(masked.at(-3)).toBe("- 列表");
    expect(masked.at(-2)).toBe("> 引用");
  });

  it("masks a short paragraph that holds MARKS_FROM digits and marks (1111…, 1.1.1…, *a*a…), and only that paragraph", () => {
    const run = "1".repeat(MARKS_FROM);
    const text = `一、总体情况\n\n2023年开展培训12次。\n\n乡镇${run}企业继续发展。\n\n${"1.".repeat(MARKS_FROM / 2)}\n\n正文${"*a".repeat(MARKS_FROM)}\n`;
    expect(text.length).toBeLessThan(MASK_FROM);
    const masked = maskInline(text);
    expect(masked.length).toBe(text.length);
    const lines = masked.split("\n");
    expect(lines.slice(0, 3)).toEqual(["一、总体情况", "", "2023年开展培训12次。"]);
    expect(lines[4]).toBe(`乡镇${"1".repeat(6)}${"〇".repeat(MARKS_FROM - 6)}企业继续发展。`);
    // A line's first 8 characters are kept (they may start a block: 1. is a list item).
    expect(lines[6]).toBe(`1.1.1.1.${"〇".repeat(MARKS_FROM - 8)}`);
    expect(lines[8]).toBe(`正文*a*a*a${"〇a".repeat(MARKS_FROM - 3)}`);
    // Spread over the lines of one paragraph, they count together; one short of it, nothing is masked.
    const spread = `正文${"1".repeat(MARKS_FROM / 2)}\n${"1".repeat(MARKS_FROM / 2)}。\n`;
    expect(maskInline(spread)).not.toBe(spread);
    const fewer = `正文${"1".repeat(MARKS_FROM - 1)}。\n\n${"1".repeat(MARKS_FROM - 1)}。\n`;
    expect(maskInline(fewer)).toBe(fewer);
  });

  it("keeps a setext heading's underline and a thematic break whole in a masked paragraph", () => {
    const text = `${"1".repeat(MARKS_FROM)}\n${"-".repeat(MARKS_FROM)}\n\n标题\n${"=".repeat(12)}\n正文${"1".repeat(MARKS_FROM)}\n* * *\n`;
    const lines = maskInline(text).split("\n");
    expect(lines[0]).toBe(`${"1".repeat(8)}${"〇".repeat(MARKS_FROM - 8)}`);
    expect(lines[1]).toBe("-".repeat(MARKS_FROM));
    expect(lines[4]).toBe("=".repeat(12));
    expect(lines[6]).toBe("* * *");
    // The heading is still a heading to the report model.
    const model = parseReport(`一、总体情况\n${"=".repeat(MARKS_FROM + 10)}\n\n正文。\n`, "markdown");
    expect(model.paragraphs.map((p) => p.kind)).toEqual(["heading", "body"]);
  });

  it("keeps surrogate pairs whole (it works in UTF-16 units)", () => {
    const text = ("𠀋*a".repeat(800) + "\n").repeat(2);
    const masked = maskInline(text);
    expect(masked.length).toBe(text.length);
    expect(masked.replaceAll("〇", "*")).toBe(text);
  });
});

describe("the report model on Markdown its parser would take seconds or a stack overflow to read", () => {
  it("nested past the limit: read as plain text, not parsed", () => {
    const model = parseReport(">".repeat(MAX_MARKDOWN_DEPTH * 100) + " 全面推进依法行政。\n", "markdown");
    expect(model.paragraphs).toHaveLength(1);
  });
  it("*a × 10,000: one body paragraph after the heading, as a short one would be", () => {
    const model = parseReport("一、总体情况\n\n" + "*a".repeat(10_000) + "\n", "markdown");
    expect(model.paragraphs.map((p) => p.kind)).toEqual(["heading", "body"]);
    expect(model.paragraphs[1]!.range).toEqual([8, 20_008]);
  });
});
