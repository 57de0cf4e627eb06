import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import { markdownDepth, markdownTree, maskInline, MAX_MARKDOWN_DEPTH } from "@report-lint/core";
import { lintText } from "../src/engine.js";
import { markdownDocument, MarkdownProcessor, type TxtNode as Node } from "../src/markdown-plugin.js";

// The engine's Markdown plugin gives textlint's kernel the report model's parse. What the engine
// reads from that tree — the document and its HTML comments (control comments) — must be what
// textlint's own Markdown plugin gave, on every Markdown file of the repository and on texts
// made to tell parsers apart.

const textlintParse = (text: string): Node => {
  const Processor = (markdownPlugin as unknown as { Processor: typeof MarkdownProcessor }).Processor;
  return new Processor().processor(".md").preProcess(maskInline(text)) as unknown as Node;
};

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const c of node.children ?? []) yield* walk(c);
}

/** The HTML nodes holding a comment, as [start, end]: where the control comments are read. */
const comments = (root: Node): string[] =>
  [...walk(root)]
    .filter((n) => n.type === "Html" && n.raw.includes("<!--"))
    .map((n) => `${n.range[0]}-${n.range[1]}`)
    .sort();

const repo = join(import.meta.dirname, "../../..");
const markdownFiles = (dir: string): Array<[string, string]> =>
  readdirSync(join(repo, dir))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => [`${dir}/${f}`, readFileSync(join(repo, dir, f), "utf8")]);

const made: Array<[string, string]> = [
  ["comment in a fenced code block", "# 标题\n\n```\n<!-- report-lint-disable -->\n```\n\n正文。<!-- report-lint-disable-line -->\n"],
  ["comment in an indented code block", "正文。\n\n    <!-- report-lint-disable -->\n\n正文。\n"],
  ["comment in inline code", "正文`<!-- report-lint-disable -->`正文。\n<!-- report-lint-enable -->\n"],
  ["comment in a list item and a quote", "- 一项<!-- report-lint-disable-line -->\n- 二项\n\n> <!-- report-lint-disable -->\n> 引文。\n"],
  ["comment in a table row", "|a|b|\n|-|-|\n|<!-- report-lint-disable-line -->|c|\n"],
  ["unclosed comment", "正文。\n<!-- report-lint-disable\n正文。\n"],
  ["comment after a heading and a setext heading", "一、总体情况 <!-- report-lint-disable-line -->\n===\n\n## 二、<!-- x -->\n"],
  ["CRLF lines", "# 标题\r\n\r\n<!-- report-lint-disable -->\r\n正文。\r\n"],
];

describe("the engine's Markdown plugin", () => {
  const all = [...markdownFiles("examples"), ...markdownFiles("fuzz/corpus"), ...markdownFiles("bench/data/blind-correct"), ...made];
  // Texts nested past the limit are refused before any parser sees them (engine-error.test.ts).
  const inputs = all.filter(([, text]) => markdownDepth(text).depth <= MAX_MARKDOWN_DEPTH);
  const tooDeep = all.filter(([, text]) => markdownDepth(text).depth > MAX_MARKDOWN_DEPTH);

  it("reads the Markdown files of the repository (at least 60)", () => {
    expect(inputs.length).toBeGreaterThanOrEqual(60 + made.length);
  });

  it.each(inputs)("finds the HTML comments textlint's own plugin finds: %s", (_name, text) => {
    expect(comments(markdownDocument(text) as unknown as Node)).toEqual(comments(textlintParse(text)));
  });

  it.each(inputs)("gives a document spanning the text with nodes whose raw is the text at their range: %s", (_name, text) => {
    const root = markdownDocument(text) as unknown as Node;
    expect(root.type).toBe("Document");
    expect(root.range).toEqual([0, text.length]);
    for (const n of walk(root)) {
      expect(n.raw).toBe(text.slice(n.range[0], n.range[1]));
      expect(n.loc.start.column).toBeGreaterThanOrEqual(0);
      for (const c of n.children ?? []) {
        expect(c.range[0]).toBeGreaterThanOrEqual(n.range[0]);
        expect(c.range[1]).toBeLessThanOrEqual(n.range[1]);
      }
    }
  });

  it("names the nodes as textlint does", () => {
    const root = markdownDocument("# 标题\n\n- 一项\n\n```\ncode\n```\n\n正文**强调**`代码`<!-- c -->\n\n---\n") as unknown as Node;
    const types = new Set([...walk(root)].map((n) => n.type));
    for (const t of ["Document", "Header", "List", "ListItem", "CodeBlock", "Paragraph", "Str", "Strong", "Code", "Html", "HorizontalRule"]) expect(types).toContain(t);
    expect([...types].filter((t) => /^[a-z]/u.test(t))).toEqual([]);
  });

  it("parses a text once for the kernel and the report model", () => {
    const text = "# 一、总体情况\n\n正文。\n";
    expect(markdownTree(text)).toBe(markdownTree(text));
  });

  it("is what the engine lints Markdown with: a control comment in code silences nothing, one outside does", async () => {
    const fenced = await lintText("一、总体情况\n\n```\n<!-- report-lint-disable -->\n```\n\n依法法行政。\n", { filePath: "a.md" });
    expect(fenced.messages.some((m) => m.ruleId === "duplicated-word")).toBe(true);
    const open = await lintText("一、总体情况\n\n<!-- report-lint-disable -->\n\n依法法行政。\n", { filePath: "a.md" });
    expect(open.messages.some((m) => m.ruleId === "duplicated-word")).toBe(false);
  });

  it.each(tooDeep)("refuses, not parses, a text nested past the limit: %s", (_name, text) => {
    expect(() => markdownDocument(text)).toThrow(/嵌套超过 32 层/u);
  });

  it("names what it parses", () => {
    expect(new MarkdownProcessor().availableExtensions()).toEqual([".md", ".markdown"]);
  });
});
