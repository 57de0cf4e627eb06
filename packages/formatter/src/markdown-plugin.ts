import type { TextlintMessage, TextlintPluginOptions, TextlintPluginPreProcessResult, TextlintPluginProcessor } from "@textlint/types";
import { markdownTree, MAX_MARKDOWN_DEPTH, type MarkdownNode } from "@report-lint/core";

// The engine's textlint plugin for Markdown. textlint's own (@textlint/textlint-plugin-markdown:
// remark-parse 9 on micromark 2, with GFM) parsed every document a second time beside the report
// model's parse (remark-parse 11), and was ~a third of a Markdown report's lint. This plugin hands
// textlint's kernel the report model's tree (core's markdownTree: one parse, kept for the model),
// renamed to textlint's node types. From the tree the engine reads only the document and its HTML
// comments (the control comments, see directives.ts); the rules read the report model. The preset
// still runs under textlint's own Markdown plugin for anyone who installs it (its tests do).

/** mdast's node types as textlint names them (@textlint/ast-node-types; the rest as textlint's Markdown plugin names them). */
const TXT_TYPE: Readonly<Record<string, string>> = {
  root: "Document",
  paragraph: "Paragraph",
  blockquote: "BlockQuote",
  list: "List",
  listItem: "ListItem",
  heading: "Header",
  code: "CodeBlock",
  html: "Html",
  thematicBreak: "HorizontalRule",
  text: "Str",
  break: "Break",
  emphasis: "Emphasis",
  strong: "Strong",
  link: "Link",
  image: "Image",
  inlineCode: "Code",
  linkReference: "LinkReference",
  imageReference: "ImageReference",
  definition: "Definition",
};

/** A node of textlint's tree (@textlint/ast-node-types' TxtNode, as this plugin builds it). */
export interface TxtNode {
  type: string;
  raw: string;
  range: [number, number];
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  children?: TxtNode[];
  [field: string]: unknown;
}

/** One mdast node and its descendants as textlint's nodes (raw from `text` itself, not from the masked text the parser read), or null without a position. */
function txtNode(node: MarkdownNode, text: string): TxtNode | null {
  const p = node.position;
  const s = p?.start.offset;
  const e = p?.end.offset;
  if (p === undefined || s === undefined || e === undefined) return null;
  const out: TxtNode = {
    type: TXT_TYPE[node.type] ?? node.type,
    raw: text.slice(s, e),
    range: [s, e],
    loc: { start: { line: p.start.line, column: p.start.column - 1 }, end: { line: p.end.line, column: p.end.column - 1 } },
  };
  for (const field in node) {
    if (field === "type" || field === "position" || field === "children" || field === "data") continue;
    out[field] = node[field];
  }
  if (node.children !== undefined) {
    const children: TxtNode[] = [];
    for (const child of node.children) {
      const c = txtNode(child, text);
      if (c !== null) children.push(c);
    }
    out.children = children;
  }
  return out;
}

/** textlint's document node (@textlint/ast-node-types' TxtDocumentNode). */
type TxtDocument = Exclude<TextlintPluginPreProcessResult, { text: string }>;

/** `text` as textlint's document tree, from the report model's Markdown parse. */
export function markdownDocument(text: string): TxtDocument {
  const tree = markdownTree(text);
  // The engine refuses such a text before the kernel parses it (MarkdownDepthError).
  if (tree === null) throw new Error(`Markdown 嵌套超过 ${MAX_MARKDOWN_DEPTH} 层，未解析`);
  const root = txtNode(tree, text);
  if (root === null) throw new Error("Markdown 解析结果缺少位置信息");
  // The document spans the whole text, whatever blank lines end it.
  root.range = [0, text.length];
  root.raw = text;
  return root as unknown as TxtDocument;
}

/** The textlint plugin (its Processor) the engine lints Markdown with. */
export class MarkdownProcessor implements TextlintPluginProcessor {
  constructor(readonly options: TextlintPluginOptions = {}) {}

  availableExtensions(): string[] {
    return [".md", ".markdown"];
  }

  processor(_ext: string): ReturnType<TextlintPluginProcessor["processor"]> {
    return {
      preProcess: (text: string) => markdownDocument(text),
      postProcess: (messages: TextlintMessage[], filePath?: string) => ({ messages, filePath: filePath ?? "<markdown>" }),
    };
  }
}
