import { unified } from "unified";
import remarkParse from "remark-parse";
import type { Root, RootContent } from "mdast";
import { markdownDepth, maskInline, MAX_MARKDOWN_DEPTH } from "./markdown-guard.js";

/** A paragraph-like unit of the source with exact offsets. */
export interface Block {
  kind: "heading" | "body" | "list" | "code" | "html";
  /** Start of the visible content (after indentation and Markdown syntax such as `## `). */
  start: number;
  end: number;
  /** Markdown heading depth, for `#` headings. */
  markdownDepth?: number;
}

const INDENT = /[ \t\u3000\u00a0\ufeff]/u;

const COMMENT_LINE = /^<!--[\s\S]*-->$/u;

/** Plain text: every non-blank line is a block; indentation and trailing spaces are excluded. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== "\n" && text[lineEnd] !== "\r") lineEnd++;
    const before = blocks.length;
    pushTrimmed(blocks, text, lineStart, lineEnd, "body");
    // A line that is an HTML comment (e.g. a report-lint control comment) is markup, as in Markdown.
    const added = blocks[before];
    if (added !== undefined && COMMENT_LINE.test(text.slice(added.start, added.end))) added.kind = "html";
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text[lineEnd] === "\r" && text[lineEnd + 1] === "\n" ? 2 : 1);
  }
  return blocks;
}

// Conversion debris at a line start ("[bookmark: _GoBack]（四）…") hides the numbering behind it.
const LEADING_DEBRIS = /^(?:\[bookmark:[^\]\n]{0,80}\]|[\u200b\u200c\u200d\u2060\ufeff])+/u;

function pushTrimmed(blocks: Block[], text: string, s: number, e: number, kind: Block["kind"], depth?: number): void {
  for (;;) {
    while (s < e && INDENT.test(text[s] ?? "")) s++;
    const debris = LEADING_DEBRIS.exec(text.slice(s, Math.min(e, s + 100)));
    if (debris === null) break;
    s += debris[0].length;
  }
  while (e > s && /\s/u.test(text[e - 1] ?? "")) e--;
  if (e <= s) return;
  const block: Block = { kind, start: s, end: e };
  if (depth !== undefined) block.markdownDepth = depth;
  blocks.push(block);
}

/** A point of a Markdown syntax tree: 1-based line and column, 0-based offset. */
export interface MarkdownPoint {
  line: number;
  column: number;
  offset?: number | undefined;
}

/**
 * A node of the Markdown syntax tree (mdast, as remark-parse builds it): its type, its span and
 * its children; the type's own fields (depth, value, url…) ride along.
 */
export interface MarkdownNode {
  type: string;
  position?: { start: MarkdownPoint; end: MarkdownPoint } | undefined;
  children?: MarkdownNode[];
  [field: string]: unknown;
}

/** The last text parsed as Markdown and its tree: the engine's textlint plugin and the report model ask for the same document one after the other. */
let lastTree: { text: string; tree: Root } | null = null;

/**
 * `text` parsed as Markdown (CommonMark, by unified + remark-parse), given the text with long
 * paragraphs' inline syntax masked (maskInline: the same offsets and lines), or null for a text
 * nested deeper than MAX_MARKDOWN_DEPTH, which is not handed to the recursive parser. The last
 * tree is kept, so the one parse serves both textlint's tree of the document and the report model.
 */
export function markdownTree(text: string): MarkdownNode | null {
  return parsedMarkdown(text) as MarkdownNode | null;
}

function parsedMarkdown(text: string): Root | null {
  if (lastTree !== null && lastTree.text === text) return lastTree.tree;
  if (markdownDepth(text).depth > MAX_MARKDOWN_DEPTH) return null;
  const tree = unified().use(remarkParse).parse(maskInline(text)) as Root;
  lastTree = { text, tree };
  return tree;
}

/** Drop the kept tree if it is that of `text` (see forgetReportModel). */
export function forgetMarkdownTree(text: string): void {
  if (lastTree !== null && lastTree.text === text) lastTree = null;
}

/**
 * Markdown's blocks (see markdownTree): headings, paragraphs, list items, code and HTML. A text
 * nested deeper than MAX_MARKDOWN_DEPTH is read as plain text.
 */
export function markdownBlocks(text: string): Block[] {
  const tree = parsedMarkdown(text);
  if (tree === null) return textBlocks(text);
  const blocks: Block[] = [];
  const visit = (nodes: readonly RootContent[], inList: boolean): void => {
    for (const node of nodes) {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) continue;
      switch (node.type) {
        case "heading": {
          const first = node.children[0]?.position?.start.offset ?? e;
          pushTrimmed(blocks, text, first, e, "heading", node.depth);
          break;
        }
        case "paragraph":
          // A paragraph may hold several source lines; in report drafts each line is its own paragraph.
          splitLines(text, s, e, inList ? "list" : "body", blocks);
          break;
        case "code":
          blocks.push({ kind: "code", start: s, end: e });
          break;
        case "html":
          blocks.push({ kind: "html", start: s, end: e });
          break;
        case "list":
          for (const item of node.children) visit(item.children, true);
          break;
        case "blockquote":
          visit(node.children, inList);
          break;
        default:
          break;
      }
    }
  };
  visit(tree.children, false);
  return blocks;
}

function splitLines(text: string, s: number, e: number, kind: Block["kind"], out: Block[]): void {
  let ls = s;
  for (let i = s; i <= e; i++) {
    if (i === e || text[i] === "\n" || text[i] === "\r") {
      pushTrimmed(out, text, ls, i, kind);
      ls = i + 1;
    }
  }
}
