import { describe, expect, it } from "vitest";
import { EngineError, engineErrorOf, lintText, MarkdownDepthError } from "../src/index.js";

describe("a failure inside the kernel", () => {
  it("is an EngineError of one line, not a finding", () => {
    const e = engineErrorOf([
      { type: "lint", ruleId: "plugin-error", message: "Failed to parse text by plugin: markdown\n\nPlease report this error.\n\nRangeError: Maximum call stack size exceeded\n    at o (/somewhere/else/cli.cjs:87:426555)", index: 0, line: 1, column: 1, severity: 2, range: [0, 0], loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } },
    ] as never);
    expect(e).toBeInstanceOf(EngineError);
    expect(e!.message).toBe("Failed to parse text by plugin: markdown");
    expect(e!.message).not.toMatch(/\/somewhere|\n/u);
    expect(engineErrorOf([])).toBeNull();
  });

  it("never reaches the parser for Markdown nested past the limit", async () => {
    await expect(lintText(`${">".repeat(4000)} 法治\n`, { filePath: "deep.md" })).rejects.toBeInstanceOf(MarkdownDepthError);
    // The same text as plain text is checked (nesting means nothing there).
    const r = await lintText(`${">".repeat(4000)} 法治\n`, { filePath: "deep.txt" });
    expect(Array.isArray(r.messages)).toBe(true);
  });
});
