import type { TextlintRuleContext, TextlintRuleModule, TextlintRuleOptions, TextlintRuleReporter } from "@textlint/types";
import { formatOf, getReportModel } from "@report-lint/core";
import { compileSchema, type ReportModel, type ValidateFunction } from "@report-lint/schema";

export type Severity = "error" | "warning" | "info";

/** What a rule says about itself: the single source for docs, option checks and messages. */
export interface RuleMeta<O extends object> {
  /** Fixed rule id (DESIGN.md "Rule catalogue"). */
  id: string;
  /** Chinese name shown in docs. */
  name: string;
  /** One-sentence Chinese description. */
  description: string;
  /** English one-line summary for the docs. */
  summary: string;
  fixable: boolean;
  severity: Severity;
  /** JSON Schema (2020-12) of the options object, without `severity`. */
  optionsSchema: Record<string, unknown>;
  defaults: O;
  /** Message templates; `{name}` is replaced by the finding's data. */
  messages: Record<string, string>;
}

/** One fault found by a rule, in absolute UTF-16 offsets of the document text. */
export interface Finding {
  range: readonly [number, number];
  messageId: string;
  data?: Record<string, string | number>;
  /** Replacement for `range` (or for `fix.range` when given). */
  fix?: { text: string; range?: readonly [number, number] };
  /**
   * Replacements offered but never applied by `--fix` (a judgement the writer makes: 错别字):
   * textlint's suggestions, which editors show as quick fixes. `message` is the action's title.
   */
  suggestions?: Array<{ text: string; message: string; range?: readonly [number, number] }>;
  /** Other places the finding is about (the earlier 一、 a repeated 一、 repeats), each with a label. */
  related?: Array<{ range: readonly [number, number]; message: string }>;
  /** Changes of several edits offered with the finding (never applied by --fix), e.g. inserting a missing section's heading. */
  actions?: FindingAction[];
}

/** An offered change made of several edits (a heading inserted and the numbers after it moved up). */
export interface FindingAction {
  title: string;
  edits: Array<{ range: [number, number]; text: string }>;
}

/**
 * What a finding says beyond textlint's message: its related places and its actions, as data, so
 * that no caller parses a message for them. textlint's messages have no field for these; the
 * engine asks for them by the text it lints (see collectDetails) and joins them to the messages
 * by rule, range and message.
 */
export interface FindingDetails {
  related?: Array<{ range: [number, number]; message: string }>;
  actions?: FindingAction[];
}

/** The key joining a finding's details to textlint's message for it. */
export function detailsKey(ruleId: string, range: readonly [number, number], message: string): string {
  return `${ruleId}\u0000${range[0]}\u0000${range[1]}\u0000${message}`;
}

/** Texts whose findings' details are wanted: the text → how many lints of it wait, and the details so far. */
const wanted = new Map<string, { waiting: number; details: Map<string, FindingDetails> }>();

/**
 * Collect the details of the findings reported on `text` until the returned function is
 * called; it returns them (by detailsKey) and stops collecting once no lint of this text
 * waits any more. Keyed by the text, so concurrent lints of different texts never mix, and
 * nothing is kept when the rules run under textlint itself (nobody asked).
 */
export function collectDetails(text: string): () => Map<string, FindingDetails> {
  let entry = wanted.get(text);
  if (entry === undefined) {
    entry = { waiting: 0, details: new Map() };
    wanted.set(text, entry);
  }
  entry.waiting++;
  const mine = entry;
  return () => {
    if (--mine.waiting === 0 && wanted.get(text) === mine) wanted.delete(text);
    return mine.details;
  };
}

export interface RuleContext<O> {
  text: string;
  model: ReportModel;
  options: O;
  filePath: string | undefined;
  /** Whether the caller wants findings' related places and actions (worth computing only then). */
  details: boolean;
  report(finding: Finding): void;
}

export type RuleModule = TextlintRuleModule & { meta: RuleMeta<object> };

const DOCS_BASE = "https://github.com/report-lint/report-lint/blob/main/docs/rules/";

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

/** Replace `{key}` placeholders of a message template. */
export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/**
 * At most this many findings of one rule are listed for one document; the rest are counted in
 * one more finding that says how many there are. A real report has a few dozen findings. A
 * malformed file can have tens of thousands, and textlint's kernel then compares every message
 * with every other to drop duplicates (O(n²)): 64,000 findings took over two minutes there.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

/**
 * The finding that stands for those not listed. A rule over the limit fixes nothing in that
 * document: fixing only the listed ones would leave a second --fix more to do (not idempotent),
 * and fixing all would change text nobody was shown.
 */
export function overflowMessage(count: number, fixable: boolean): string {
  const fix = fixable ? "；这些问题较多，本规则的问题均不自动修复" : "";
  return `此规则在本文件中还有 ${count} 处同类问题未逐一列出（每条规则最多列出 ${MAX_FINDINGS_PER_RULE} 处）${fix}；请先修正已列出的问题后再检查`;
}

/**
 * Define a rule once and get what textlint loads: it gives `check` the report
 * model (parsed once per document and shared by every rule), validated options,
 * rendered Chinese messages and absolute ranges; fixable rules get a fixer
 * that shares the same code path.
 */
export function defineRule<O extends object>(meta: RuleMeta<O>, check: (ctx: RuleContext<O>) => void): RuleModule {
  let validate: ValidateFunction | null = null;
  const optionsOf = (raw: unknown): O => {
    const given = { ...((raw ?? {}) as Record<string, unknown>) };
    delete given.severity;
    // No options given: nothing to check (no options schema has `required`), and no validator to build.
    if (Object.keys(given).length === 0 && meta.optionsSchema.required === undefined) return { ...meta.defaults } as O;
    // The option schemas are checked against the meta-schema by test/rule-meta.test.ts, not here (see compileSchema).
    validate ??= compileSchema({ type: "object", ...meta.optionsSchema }, "lenient");
    if (!validate(given)) {
      const e = validate.errors?.[0];
      const where = e?.instancePath ? e.instancePath.slice(1) : "";
      throw new Error(`report-lint 规则“${meta.id}”的选项${where ? `“${where}”` : ""}不正确：${e?.message ?? "格式错误"}`);
    }
    return { ...meta.defaults, ...given } as O;
  };

  const make = (withFix: boolean): TextlintRuleReporter => {
    return (context: TextlintRuleContext, raw?: TextlintRuleOptions) => {
      const options = optionsOf(raw);
      const { Syntax, RuleError, report, fixer, locator, getSource } = context;
      return {
        [Syntax.Document](node) {
          const text = getSource(node);
          const filePath = context.getFilePath();
          // Without a file path (lintText, textlint-tester), the plugin's AST tells Markdown from plain text.
          const markdown = (): boolean => node.children.some((c) => c.type === Syntax.Header || c.type === Syntax.List || c.type === Syntax.CodeBlock);
          const model = getReportModel(text, filePath === undefined ? (markdown() ? "markdown" : "text") : formatOf(filePath));
          const seen = new Set<string>();
          const listed: Array<{ message: string; finding: Finding }> = [];
          const details = wanted.get(text)?.details;
          let unlisted = 0;
          let firstUnlisted: readonly [number, number] | null = null;
          const emit = (message: string, range: readonly [number, number], fix: Finding["fix"], suggested?: Finding["suggestions"], more?: Finding): void => {
            let start = range[0];
            let end = Math.max(range[1], start + 1);
            // An empty span at the very end of the text is shown on the character before it, never past the end.
            if (end > text.length && text.length > 0) {
              end = text.length;
              start = text.length - 1;
              if (start > 0 && /[\udc00-\udfff]/u.test(text[start]!) && /[\ud800-\udbff]/u.test(text[start - 1]!)) start--;
            }
            const padding = locator.range([start, end] as [number, number]);
            if (details !== undefined && more !== undefined && (more.related !== undefined || more.actions !== undefined)) {
              const d: FindingDetails = {};
              if (more.related !== undefined) d.related = more.related.map((r) => ({ range: [r.range[0], r.range[1]], message: r.message }));
              if (more.actions !== undefined) d.actions = more.actions;
              details.set(detailsKey(meta.id, [start, end], message), d);
            }
            const suggestions = suggested?.map((s, k) => {
              const sr = s.range ?? range;
              return { id: `${meta.id}/${k}`, message: s.message, fix: fixer.replaceTextRange([sr[0], sr[1]], s.text) };
            });
            if (withFix && fix !== undefined) {
              const fr = fix.range ?? range;
              report(node, new RuleError(message, { padding, fix: fixer.replaceTextRange([fr[0], fr[1]], fix.text), ...(suggestions ? { suggestions } : {}) }));
            } else {
              report(node, new RuleError(message, { padding, ...(suggestions ? { suggestions } : {}) }));
            }
          };
          check({
            text,
            model,
            options,
            filePath,
            details: details !== undefined,
            report(f) {
              const message = renderMessage(meta.messages[f.messageId] ?? f.messageId, f.data);
              // Two findings at one span are duplicates only when they say the same thing.
              const key = `${f.range[0]}:${f.range[1]}:${f.messageId}:${message}`;
              if (seen.has(key)) return;
              seen.add(key);
              if (listed.length >= MAX_FINDINGS_PER_RULE) {
                unlisted++;
                firstUnlisted ??= f.range;
                return;
              }
              listed.push({ message, finding: f });
            },
          });
          const fixes = firstUnlisted === null;
          for (const { message, finding: f } of listed) emit(message, f.range, fixes ? f.fix : undefined, f.suggestions, f);
          if (firstUnlisted !== null) emit(overflowMessage(unlisted, meta.fixable), firstUnlisted, undefined);
        },
      };
    };
  };

  const linter = make(meta.fixable);
  const module = (meta.fixable ? { linter, fixer: linter } : linter) as RuleModule;
  (module as { meta: RuleMeta<object> }).meta = meta as RuleMeta<object>;
  return module;
}
