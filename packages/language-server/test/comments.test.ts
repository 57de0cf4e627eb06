import { describe, expect, it } from "vitest";
import { applyEdits, lintText } from "@report-lint/formatter";
import { disableFileEdit, disableNextLineEdit } from "../src/comments.js";

function apply(text: string, edit: ReturnType<typeof disableFileEdit>): string {
  if (edit === null) throw new Error("no edit");
  return applyEdits(text, [{ range: [edit.range[0], edit.range[1]], text: edit.text }]);
}

const PARA = "　　坚持以习近平法治思想思想为指导，推进法治政府建设。";

describe("disable comments", () => {
  it("puts a disable-next-line comment on its own line above the finding (keeping the full-width indent with the paragraph)", () => {
    const text = `标题\n\n${PARA}\n`;
    const out = apply(text, disableNextLineEdit(text, text.indexOf("思想思想"), "duplicated-word"));
    expect(out).toBe(`标题\n\n<!-- report-lint-disable-next-line duplicated-word -->\n${PARA}\n`);
  });

  it("adds a second rule to the comment already above the line, and does nothing when the rule is there", () => {
    const text = `<!-- report-lint-disable-next-line punctuation-width -->\n${PARA}`;
    const out = apply(text, disableNextLineEdit(text, text.indexOf("思想思想"), "duplicated-word"));
    expect(out).toBe(`<!-- report-lint-disable-next-line punctuation-width, duplicated-word -->\n${PARA}`);
    expect(disableNextLineEdit(out, out.indexOf("思想思想"), "duplicated-word")).toBeNull();
  });

  it("keeps CRLF line ends", () => {
    const text = `标题\r\n${PARA}\r\n`;
    const out = apply(text, disableNextLineEdit(text, text.indexOf("思想思想"), "duplicated-word"));
    expect(out).toBe(`标题\r\n<!-- report-lint-disable-next-line duplicated-word -->\r\n${PARA}\r\n`);
  });

  it("puts a file-wide disable comment at the top, after Markdown front matter, merging rules", () => {
    const text = `---\ntitle: 报告\n---\n# 报告\n`;
    const once = apply(text, disableFileEdit(text, "stray-latin"));
    expect(once).toBe(`---\ntitle: 报告\n---\n<!-- report-lint-disable stray-latin -->\n# 报告\n`);
    const twice = apply(once, disableFileEdit(once, "cjk-spacing"));
    expect(twice).toBe(`---\ntitle: 报告\n---\n<!-- report-lint-disable stray-latin, cjk-spacing -->\n# 报告\n`);
    expect(disableFileEdit(twice, "cjk-spacing")).toBeNull();
  });

  it("the comments it writes silence the finding in the engine (plain text and Markdown)", async () => {
    for (const filePath of ["a.txt", "a.md"]) {
      const text = `${PARA}\n\n${PARA}\n`;
      const before = (await lintText(text, { filePath })).messages.filter((m) => m.ruleId === "duplicated-word");
      expect(before).toHaveLength(2);
      const line = apply(text, disableNextLineEdit(text, text.lastIndexOf("思想思想"), "duplicated-word"));
      const afterLine = (await lintText(line, { filePath })).messages.filter((m) => m.ruleId === "duplicated-word");
      expect(afterLine.map((m) => m.range[0])).toEqual([text.indexOf("思想思想") + 2]);
      const file = apply(text, disableFileEdit(text, "duplicated-word"));
      expect((await lintText(file, { filePath })).messages.filter((m) => m.ruleId === "duplicated-word")).toEqual([]);
    }
  });
});
