import type { TextlintFilterRuleContext, TextlintFilterRuleReportHandler, TextlintFilterRuleReporter } from "@textlint/types";

/**
 * Inline control comments, the same words in Markdown and plain text:
 *
 *   <!-- report-lint-disable rule-a, rule-b -->   off from here (no ids: every rule)
 *   <!-- report-lint-enable rule-a -->            on again from here (no ids: every rule)
 *   <!-- report-lint-disable-next-line rule -->   off for the next line only
 *   <!-- report-lint-disable-line rule -->        off for the line the comment is on
 *
 * In Markdown the comment is an HTML comment (block or inline; not inside code).
 * In plain text the same comment works on a line of its own (or, for
 * disable-line, at the end of the line). Text after ` -- ` is a free reason.
 * The comment itself is never reported on.
 */
export const DIRECTIVE = /<!--\s*report-lint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/gu;

export type DirectiveKind = "disable" | "enable" | "disable-next-line" | "disable-line";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  /** The comment's span in the document. */
  range: [number, number];
}

export interface DirectiveOptions {
  /** Every rule id that runs, so that `enable x` after `disable` (all) can keep the others off. */
  ruleIds?: string[];
}

/** Parse the rule list of a directive: "a, b -- reason" → ["a", "b"]. */
function ruleList(rest: string): string[] {
  const beforeReason = rest.split(/\s--\s|\s--$/u)[0] ?? "";
  return beforeReason
    .split(/[\s,，、]+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Every directive in a piece of source at `offset`. */
export function parseDirectives(source: string, offset = 0): Directive[] {
  const out: Directive[] = [];
  for (const m of source.matchAll(DIRECTIVE)) {
    out.push({
      kind: m[1] as DirectiveKind,
      ruleIds: ruleList(m[2] ?? ""),
      range: [offset + m.index, offset + m.index + m[0].length],
    });
  }
  return out;
}

/** Start and end (excluding the line break) of the line holding `offset`. */
function lineAt(text: string, offset: number): [number, number] {
  let s = offset;
  while (s > 0 && text[s - 1] !== "\n" && text[s - 1] !== "\r") s--;
  let e = offset;
  while (e < text.length && text[e] !== "\n" && text[e] !== "\r") e++;
  return [s, e];
}

/** The line after the one ending at `lineEnd`, or null at the end of the text. */
function nextLine(text: string, lineEnd: number): [number, number] | null {
  if (lineEnd >= text.length) return null;
  const start = lineEnd + (text[lineEnd] === "\r" && text[lineEnd + 1] === "\n" ? 2 : 1);
  return lineAt(text, start);
}

export interface IgnoreSpan {
  range: [number, number];
  /** A rule id, or "*" for every rule. */
  ruleId: string;
}

/** Turn directives (in document order) into spans in which a rule's findings are dropped. */
export function ignoreSpans(text: string, directives: readonly Directive[], knownRuleIds: readonly string[] = []): IgnoreSpan[] {
  const spans: IgnoreSpan[] = [];
  // Open "disable" regions: rule id → start. "*" is every rule.
  const open = new Map<string, number>();
  const close = (id: string, at: number): void => {
    const start = open.get(id);
    if (start === undefined) return;
    open.delete(id);
    if (at > start) spans.push({ range: [start, at], ruleId: id });
  };
  for (const d of directives) {
    // The comment itself is never a finding.
    spans.push({ range: d.range, ruleId: "*" });
    const [s] = d.range;
    switch (d.kind) {
      case "disable":
        if (d.ruleIds.length === 0) {
          for (const id of [...open.keys()]) close(id, s);
          open.set("*", s);
        } else if (!open.has("*")) {
          for (const id of d.ruleIds) if (!open.has(id)) open.set(id, s);
        }
        break;
      case "enable":
        if (d.ruleIds.length === 0) {
          for (const id of [...open.keys()]) close(id, s);
        } else if (open.has("*")) {
          // Every rule was off: keep the others off, turn these on.
          close("*", s);
          for (const id of knownRuleIds) if (!d.ruleIds.includes(id)) open.set(id, s);
        } else {
          for (const id of d.ruleIds) close(id, s);
        }
        break;
      case "disable-line":
      case "disable-next-line": {
        const line = lineAt(text, d.range[1] > d.range[0] ? d.range[1] - 1 : d.range[0]);
        const target = d.kind === "disable-line" ? lineAt(text, d.range[0]) : nextLine(text, line[1]);
        if (target === null) break;
        for (const id of d.ruleIds.length === 0 ? ["*"] : d.ruleIds) spans.push({ range: target, ruleId: id });
        break;
      }
    }
  }
  for (const id of [...open.keys()]) close(id, text.length);
  return spans;
}

/** Directives of a plain-text document: the comment must stand on a line of its own (disable-line: may end a line). */
function textDirectives(text: string): Directive[] {
  return parseDirectives(text).filter((d) => {
    const [ls, le] = lineAt(text, d.range[0]);
    const before = text.slice(ls, d.range[0]).trim();
    const after = text.slice(d.range[1], Math.max(d.range[1], lineAt(text, Math.max(d.range[1] - 1, d.range[0]))[1])).trim();
    if (d.kind === "disable-line") return after.length === 0;
    return before.length === 0 && after.length === 0 && le >= ls;
  });
}

function isMarkdown(filePath: string | undefined): boolean {
  return filePath !== undefined && /\.(md|markdown)$/iu.test(filePath);
}

/**
 * The textlint filter rule that applies the control comments. Pass it to the
 * kernel as `filterRules: [{ ruleId: "report-lint-directives", rule: directivesFilter, options: { ruleIds } }]`.
 */
export const directivesFilter: TextlintFilterRuleReporter = (context: TextlintFilterRuleContext, raw?: unknown): TextlintFilterRuleReportHandler => {
  const options = (raw ?? {}) as DirectiveOptions;
  const { Syntax, shouldIgnore, getSource } = context;
  const found: Directive[] = [];
  let documentText = "";
  const markdown = isMarkdown(context.getFilePath());
  return {
    [Syntax.Document](node) {
      documentText = getSource(node);
    },
    [Syntax.Html](node) {
      if (markdown) found.push(...parseDirectives(getSource(node), node.range[0]));
    },
    [`${Syntax.Document}:exit`]() {
      const directives = markdown ? found.sort((a, b) => a.range[0] - b.range[0]) : textDirectives(documentText);
      for (const span of ignoreSpans(documentText, directives, options.ruleIds ?? [])) {
        shouldIgnore(span.range, { ruleId: span.ruleId });
      }
    },
  };
};

export const DIRECTIVES_FILTER_ID = "report-lint-directives";

/** A control comment naming a rule that does not exist: where, which, and what to write instead. */
export interface DirectiveProblem {
  /** Offset of the comment in the text. */
  offset: number;
  /** 1-based line of the comment. */
  line: number;
  ruleId: string;
  message: string;
  /** The same in English. */
  en: string;
}

/**
 * The rule ids the control comments of `text` name that are not among `known`: such a comment
 * silences nothing, which its writer would not know. Each comes with the id meant (a typo) or the
 * ids there are.
 */
export function unknownDirectiveRules(text: string, known: readonly string[], meant: (id: string) => string | undefined): DirectiveProblem[] {
  const out: DirectiveProblem[] = [];
  for (const d of parseDirectives(text)) {
    for (const id of d.ruleIds) {
      if (known.includes(id)) continue;
      const guess = meant(id);
      const offset = d.range[0];
      let line = 1;
      for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
      out.push({
        offset,
        line,
        ruleId: id,
        message:
          `控制注释“report-lint-${d.kind}”中的规则“${id}”不存在，这条注释对它不起作用` +
          (guess === undefined ? `；应改为已有的规则：${known.join("、")}` : `；您是否要输入“${guess}”？`),
        en:
          `control comment "report-lint-${d.kind}" names rule "${id}", which does not exist, so it does nothing for it` +
          (guess === undefined ? `; use one of: ${known.join(", ")}` : `; did you mean "${guess}"?`),
      });
    }
  }
  return out;
}
