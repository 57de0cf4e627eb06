import { describe, expect, it } from "vitest";
import { directiveProblems, fixText, ignoreSpans, lintText, parseDirectives } from "../src/index.js";

const ZW = "\u200b";

async function artifactLines(text: string, filePath: string): Promise<number[]> {
  const r = await lintText(text, { filePath });
  return r.messages.filter((m) => m.ruleId === "conversion-artifact").map((m) => m.line);
}

describe("parseDirectives", () => {
  it("reads the kind, the rule ids and ignores the reason after --", () => {
    const text = "<!-- report-lint-disable conversion-artifact, duplicated-word -- 引用原文 -->";
    expect(parseDirectives(text)).toEqual([{ kind: "disable", ruleIds: ["conversion-artifact", "duplicated-word"], range: [0, text.length] }]);
    expect(parseDirectives("<!--report-lint-enable-->")[0]).toMatchObject({ kind: "enable", ruleIds: [] });
    expect(parseDirectives("<!-- report-lint-disable-next-line -->")[0]).toMatchObject({ kind: "disable-next-line", ruleIds: [] });
    expect(parseDirectives("<!-- textlint-disable -->")).toEqual([]);
  });
});

describe("ignoreSpans", () => {
  it("turns disable/enable pairs into spans per rule, and re-enabling one rule keeps the others off", () => {
    const text = "a\n<!-- report-lint-disable -->\nb\n<!-- report-lint-enable x -->\nc\n";
    const spans = ignoreSpans(text, parseDirectives(text), ["x", "y"]);
    const disableAt = text.indexOf("<!-- report-lint-disable");
    const enableAt = text.indexOf("<!-- report-lint-enable");
    expect(spans).toContainEqual({ ruleId: "*", range: [disableAt, enableAt] });
    expect(spans).toContainEqual({ ruleId: "y", range: [enableAt, text.length] });
    expect(spans.some((s) => s.ruleId === "x" && s.range[0] >= enableAt)).toBe(false);
  });
});

describe("control comments in Markdown", () => {
  it("report-lint-disable / report-lint-enable for named rules", async () => {
    const text = [`一${ZW}段。`, "", "<!-- report-lint-disable conversion-artifact -->", "", `二${ZW}段。`, "", "<!-- report-lint-enable conversion-artifact -->", "", `三${ZW}段。`, ""].join("\n");
    expect(await artifactLines(text, "a.md")).toEqual([1, 9]);
  });

  it("report-lint-disable without ids turns every rule off until report-lint-enable", async () => {
    const text = ["<!-- report-lint-disable -->", `一${ZW}段。`, "<!-- report-lint-enable -->", "", `二${ZW}段。`, ""].join("\n");
    expect(await artifactLines(text, "a.md")).toEqual([5]);
  });

  it("report-lint-disable-next-line affects the next line only", async () => {
    const text = ["<!-- report-lint-disable-next-line conversion-artifact -->", `一${ZW}段。`, `二${ZW}段。`, ""].join("\n");
    expect(await artifactLines(text, "a.md")).toEqual([3]);
  });

  it("a comment inside a code block is not a directive", async () => {
    const text = ["```", "<!-- report-lint-disable -->", "```", "", `一${ZW}段。`, ""].join("\n");
    expect(await artifactLines(text, "a.md")).toEqual([5]);
  });

  it("a disabled fix is not applied", async () => {
    const text = ["<!-- report-lint-disable-next-line conversion-artifact -->", `一${ZW}段。`, `二${ZW}段。`, ""].join("\n");
    const fixed = await fixText(text, { filePath: "a.md" });
    expect(fixed.output).toBe(["<!-- report-lint-disable-next-line conversion-artifact -->", `一${ZW}段。`, "二段。", ""].join("\n"));
  });
});

describe("control comments in plain text: the same comment on a line of its own", () => {
  it("disable / enable and disable-next-line", async () => {
    const text = [
      `一${ZW}段。`,
      "<!-- report-lint-disable conversion-artifact -->",
      `二${ZW}段。`,
      "<!-- report-lint-enable -->",
      "<!-- report-lint-disable-next-line conversion-artifact -->",
      `三${ZW}段。`,
      `四${ZW}段。`,
      "",
    ].join("\n");
    expect(await artifactLines(text, "a.txt")).toEqual([1, 7]);
  });

  it("disable-line at the end of a line; a comment with text before it is not a line directive", async () => {
    const text = [`一${ZW}段。<!-- report-lint-disable-line conversion-artifact -->`, `二${ZW}段。<!-- report-lint-disable conversion-artifact -->`, `三${ZW}段。`, ""].join("\r\n");
    expect(await artifactLines(text, "a.txt")).toEqual([2, 3]);
  });

  it("the comment line is markup: it does not join paragraphs or take findings itself", async () => {
    const text = ["深入学习贯彻习近平法治思想", "<!-- report-lint-disable-next-line conversion-artifact -->", `全面推进${ZW}依法行政。`, ""].join("\n");
    const r = await lintText(text, { filePath: "a.txt" });
    const comment = [text.indexOf("<!--"), text.indexOf("-->") + 3];
    expect(r.messages.filter((m) => m.range[0] < comment[1]! && m.range[1] > comment[0]!)).toEqual([]);
    const fixed = await fixText(text, { filePath: "a.txt" });
    expect(fixed.output.split("\n")[1]).toBe("<!-- report-lint-disable-next-line conversion-artifact -->");
  });

  it("can be switched off with directives: false", async () => {
    const text = ["<!-- report-lint-disable -->", `一${ZW}段。`, ""].join("\n");
    const r = await lintText(text, { filePath: "a.txt", directives: false });
    expect(r.messages.some((m) => m.ruleId === "conversion-artifact")).toBe(true);
  });
});

describe("directiveProblems: a control comment naming a rule that does not exist", () => {
  it("is said with its line and the rule meant, or the rules there are", () => {
    const text = "<!-- report-lint-disable stray-latn, cjk-spacing -->\n　　深入学习。\n<!-- report-lint-disable-next-line zzz -- 理由 -->\n甲\n";
    const problems = directiveProblems(text);
    expect(problems.map((p) => [p.line, p.ruleId])).toEqual([
      [1, "stray-latn"],
      [3, "zzz"],
    ]);
    expect(problems[0]!.message).toBe("控制注释“report-lint-disable”中的规则“stray-latn”不存在，这条注释对它不起作用；您是否要输入“stray-latin”？");
    expect(problems[0]!.en).toBe('control comment "report-lint-disable" names rule "stray-latn", which does not exist, so it does nothing for it; did you mean "stray-latin"?');
    expect(problems[1]!.message).toMatch(/^控制注释“report-lint-disable-next-line”中的规则“zzz”不存在，这条注释对它不起作用；应改为已有的规则：conversion-artifact、/u);
  });

  it("says nothing of comments that name known rules or none", () => {
    expect(directiveProblems("<!-- report-lint-disable -->\n<!-- report-lint-enable stray-latin, docx-layout -->\n")).toEqual([]);
  });
});
