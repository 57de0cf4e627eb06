import { TextlintKernel } from "@textlint/kernel";
import type { TextlintResult, TextlintMessage } from "@textlint/types";
import type { TextlintKernelOptions } from "@textlint/kernel";
import textPlugin from "@textlint/textlint-plugin-text";
import { markdownDepth, MAX_MARKDOWN_DEPTH, positionLocator } from "@report-lint/core";
import { collectDetails, detailsKey, rules, type FindingAction, type FindingDetails } from "textlint-rule-preset-gov-report";
import { directivesFilter, DIRECTIVES_FILTER_ID } from "./directives.js";
import { applyEdits, computeEdits, type TextEdit } from "./edits.js";
import { commonJsExports } from "./interop.js";
import { MarkdownProcessor } from "./markdown-plugin.js";

export { markdownDepth, MAX_MARKDOWN_DEPTH };

/** A Markdown text nested deeper than MAX_MARKDOWN_DEPTH: refused, not parsed. */
export class MarkdownDepthError extends Error {
  constructor(
    readonly depth: number,
    readonly line: number,
  ) {
    super(`Markdown 嵌套过深（第 ${line} 行有 ${depth} 层引用或列表），超过 ${MAX_MARKDOWN_DEPTH} 层的上限，未检查；请检查该行，或按纯文本（.txt）检查`);
    this.name = "MarkdownDepthError";
  }
}

export type RuleSeverity = "off" | "info" | "warning" | "error";

/** Another place a finding is about (the earlier heading a repeated number repeats), in the text's offsets. */
export interface RelatedLocation {
  range: [number, number];
  /** Where the range starts, counted as the finding's own line and column are (both 1-based). */
  line: number;
  column: number;
  /** What is there, e.g. 第12行：“（一）”. */
  message: string;
}

/**
 * A finding as the engine reports it: textlint's message (rule, severity, Chinese message,
 * range, line/column, fix, suggestions) with what the rule said beyond it as data — related
 * places and multi-edit actions — so that no caller reads them out of the message text.
 */
export interface Finding extends TextlintMessage {
  /** For a .docx: the story the finding is in when it is not the body (页眉, 页脚 2, 脚注, 尾注); its range is in that story's text. */
  story?: string;
  related?: RelatedLocation[];
  /** Changes offered with the finding (several edits each), never applied by a fix. */
  actions?: FindingAction[];
}

export type { FindingAction };

/** The engine's lint result: textlint's, with findings. */
export interface LintResult extends TextlintResult {
  messages: Finding[];
}

/** Per-rule settings: severity and the rule's own options. */
export interface RuleSetting {
  severity?: RuleSeverity;
  [option: string]: unknown;
}

export interface EngineOptions {
  /** Used to pick the parser (.md → Markdown, anything else → plain text) and shown in results. */
  filePath?: string;
  /** Rule settings by id; a rule not named runs with its defaults. */
  rules?: Record<string, RuleSetting | undefined>;
  /** Honour `<!-- report-lint-disable … -->` control comments (default true). */
  directives?: boolean;
}

const kernel = linearDuplicateFilter(new TextlintKernel());

/**
 * The messages without those equal to a later one (same range, severity and message), in order — what textlint's
 * kernel does after every lint (filter-duplicated-process.js), there by comparing each message with a copy of all
 * that follow it: quadratic in the findings, 57 ms of each check of a million characters with 3,600 findings (a fifth
 * of a check whose paragraphs the rules' memos answer, as --fix's second pass and an editor's check after a keystroke
 * are). The same result in one pass from the end.
 */
export function withoutDuplicates<M extends Pick<TextlintMessage, "range" | "severity" | "message">>(messages: readonly M[]): M[] {
  const seen = new Set<string>();
  const kept: M[] = [];
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    const key = `${m.range[0]},${m.range[1]},${m.severity},${m.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(m);
  }
  return kept.reverse();
}

/**
 * `k` with its duplicate filter replaced by withoutDuplicates. The kernel keeps its message processors in a list of
 * plain functions (messageProcessManager); the one replaced is found by what it does — it drops the first of two
 * equal messages and keeps two different ones — since a bundle renames functions. Where none does (another version
 * of textlint), the kernel is left as it is.
 */
function linearDuplicateFilter(k: TextlintKernel): TextlintKernel {
  const processors = (k as unknown as { messageProcessManager?: { _processors?: unknown } }).messageProcessManager?._processors;
  if (!Array.isArray(processors)) return k;
  const probe = (message: string): TextlintMessage => ({ type: "lint", ruleId: "probe", message, index: 0, line: 1, column: 1, range: [0, 1], loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, severity: 2 });
  const dropsDuplicates = (p: unknown): boolean => {
    if (typeof p !== "function") return false;
    try {
      const same = p([probe("a"), probe("a")]) as unknown[];
      const different = p([probe("a"), probe("b")]) as unknown[];
      return same.length === 1 && different.length === 2;
    } catch {
      return false;
    }
  };
  const at = processors.findIndex(dropsDuplicates);
  if (at >= 0) processors[at] = withoutDuplicates;
  return k;
}

/** Whether this engine's kernel filters duplicates with withoutDuplicates (for the tests). */
export const kernelFiltersLinearly = (): boolean =>
  ((kernel as unknown as { messageProcessManager?: { _processors?: unknown[] } }).messageProcessManager?._processors ?? []).includes(withoutDuplicates);

type Plugins = NonNullable<TextlintKernelOptions["plugins"]>;
const textPlugins: Plugins = [{ pluginId: "text", plugin: commonJsExports(textPlugin, "Processor") }];
const markdownPlugins: Plugins = [{ pluginId: "markdown", plugin: { Processor: MarkdownProcessor } }];

/** The plugin that parses `ext`: Markdown's gives the kernel the report model's own parse (markdown-plugin.ts). */
function pluginsFor(ext: string): Plugins {
  return ext === ".md" ? markdownPlugins : textPlugins;
}

function extOf(filePath: string | undefined): string {
  return filePath !== undefined && /\.(md|markdown)$/iu.test(filePath) ? ".md" : ".txt";
}

async function kernelOptions(options: EngineOptions): Promise<TextlintKernelOptions> {
  const list = [];
  for (const [ruleId, rule] of Object.entries(rules)) {
    const setting = options.rules?.[ruleId] ?? {};
    const severity = setting.severity ?? rule.meta.severity;
    if (severity === "off") continue;
    list.push({ ruleId, rule, options: { ...setting, severity } });
  }
  // textlint's text plugin only accepts .txt; a .docx's extracted text is plain text too.
  const ext = extOf(options.filePath);
  const filePath = options.filePath !== undefined && !/\.(md|markdown|txt)$/iu.test(options.filePath) ? `${options.filePath}${ext}` : options.filePath;
  const filterRules =
    options.directives === false ? [] : [{ ruleId: DIRECTIVES_FILTER_ID, rule: directivesFilter, options: { ruleIds: list.map((r) => r.ruleId) } }];
  const ko: TextlintKernelOptions = { ext, plugins: pluginsFor(ext), rules: list, filterRules };
  if (filePath !== undefined) ko.filePath = filePath;
  return ko;
}

/** Refuse Markdown nested deeper than the parser can take (see MAX_MARKDOWN_DEPTH). */
function checkDepth(text: string, ko: TextlintKernelOptions): void {
  if (ko.ext !== ".md") return;
  const { depth, line } = markdownDepth(text);
  if (depth > MAX_MARKDOWN_DEPTH) throw new MarkdownDepthError(depth, line);
}

/**
 * The parser or a rule failed inside textlint's kernel, which hands such a failure back as a
 * finding (ruleId "plugin-error"): it is an internal error of report-lint, not a fault of the
 * report, and is thrown as this (its first line only: no stack, no paths).
 */
export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EngineError";
  }
}

/** The kernel's failure among `messages` as an EngineError (its first line), or null. */
export function engineErrorOf(messages: readonly TextlintMessage[]): EngineError | null {
  const failure = messages.find((m) => m.ruleId === "plugin-error" || m.ruleId === "rule-error");
  return failure === undefined ? null : new EngineError(failure.message.split("\n")[0]!.trim());
}

function throwEngineErrors(messages: readonly TextlintMessage[]): void {
  const e = engineErrorOf(messages);
  if (e !== null) throw e;
}

/** Lint text with the preset through textlint's kernel. Throws MarkdownDepthError for Markdown nested too deeply, EngineError when the kernel fails. */
export async function lintText(text: string, options: EngineOptions = {}): Promise<LintResult> {
  const ko = await kernelOptions(options);
  checkDepth(text, ko);
  const bom = leadingBoms(text);
  const body = bom > 0 ? text.slice(bom) : text;
  const take = collectDetails(body);
  let result: TextlintResult;
  let details: Map<string, FindingDetails>;
  try {
    result = await kernel.lintText(body, ko);
  } finally {
    details = take();
  }
  throwEngineErrors(result.messages);
  const place = placer(text, bom);
  const messages = result.messages.map((m) => place(m, details.size === 0 ? undefined : details.get(detailsKey(m.ruleId, m.range, m.message))));
  return { ...result, messages, filePath: options.filePath ?? result.filePath };
}

/**
 * textlint drops a leading U+FEFF before parsing, so its offsets would be one
 * short and a fix would land one character early. The engine lints the text
 * after every leading U+FEFF (a file saved twice with a BOM has two: textlint
 * would drop the second too) and shifts every offset back past them.
 */
const BOM = 0xfeff;
function leadingBoms(text: string): number {
  let n = 0;
  while (text.charCodeAt(n) === BOM) n++;
  return n;
}

/**
 * Where a message stands in `text` (whose first `shift` characters textlint did not see):
 * offsets shifted back, and line and column computed from them as editors count lines —
 * at LF, CRLF and a lone CR only (LSP, VS Code). textlint also breaks lines at U+2028 and
 * U+2029, so a report with one of those (pasted from a web page) was shown a line too low.
 */
function placer(text: string, shift: number): (m: TextlintMessage, details?: FindingDetails) => Finding {
  const at = positionLocator(text);
  const moved = (r: readonly [number, number]): [number, number] => [r[0] + shift, r[1] + shift];
  return (m, details) => {
    const range = moved(m.range);
    const start = at(range[0]);
    const out: Finding = { ...m, index: m.index + shift, range, line: start.line, column: start.column, loc: { start, end: at(range[1]) } };
    if (m.fix !== undefined && shift !== 0) out.fix = { ...m.fix, range: moved(m.fix.range) };
    if (m.suggestions !== undefined && shift !== 0) out.suggestions = m.suggestions.map((x) => ({ ...x, fix: { ...x.fix, range: moved(x.fix.range) } }));
    if (details?.related !== undefined) {
      out.related = details.related.map((r) => {
        const p = at(r.range[0] + shift);
        return { range: moved(r.range), line: p.line, column: p.column, message: r.message };
      });
    }
    if (details?.actions !== undefined) out.actions = details.actions.map((a) => ({ title: a.title, edits: a.edits.map((e) => ({ range: moved(e.range), text: e.text })) }));
    return out;
  };
}

/** One fixing pass: what was found in the text, and what its fixes made of it. */
export interface FixPass {
  /** The text after this pass. */
  output: string;
  /** Every finding of the pass's input (ranges in the input), as lintText reports them. */
  messages: Finding[];
  /** The findings whose fixes were applied (in the input's offsets). */
  applied: Finding[];
}

/**
 * One fixing pass: lint the text, then apply the fixes of exactly the findings that lint
 * reported, all at once, in order of position; a fix overlapping one before it waits for the
 * next pass (where it is a finding again, if it still is one). So a pass changes nothing but
 * the spans of findings reported on its input. (textlint's own fixer runs each fixable rule in
 * turn on the text the rules before it left: a later rule could change text no lint had
 * reported, such as a heading's 。 that only became "unlike its peers" after an earlier fix.)
 */
export async function fixTextOnce(text: string, options: EngineOptions = {}): Promise<FixPass> {
  const { messages } = await lintText(text, options);
  const fixes = messages.filter((m) => m.fix !== undefined).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const applied: Finding[] = [];
  let at = 0;
  let lastInsertAt = -1;
  for (const m of fixes) {
    const [start, end] = m.fix!.range;
    if (start < at) continue;
    // Two insertions at one point: their order would be a guess.
    if (start === end && start === lastInsertAt) continue;
    at = end;
    if (start === end) lastInsertAt = start;
    applied.push(m);
  }
  return { output: applied.length === 0 ? text : applyEdits(text, editsOf(applied)), messages, applied };
}

/** The fixes of `findings` as edits. */
function editsOf(findings: readonly TextlintMessage[]): TextEdit[] {
  return findings.map((m) => ({ range: [m.fix!.range[0], m.fix!.range[1]], text: m.fix!.text }));
}

/** Fixing stops after this many passes even if a pass still changed something. */
export const MAX_FIX_PASSES = 10;

export interface FixTextResult {
  /** The fixed text (the input itself when the fixes did not converge). */
  output: string;
  /** Every fix that was applied, over all passes (ranges are those of the pass that applied it). */
  applied: Finding[];
  /** The findings left in `output` (ranges in `output`). */
  remaining: Finding[];
  /**
   * Replacements that turn the input into `output`, in input offsets, in order, non-overlapping:
   * the applied fixes themselves when one pass did all the fixing, else the smallest ones a
   * character diff finds — worked out only when asked for (the CLI never asks).
   */
  readonly edits: TextEdit[];
  /** Whether the fixes reached a fixed point within MAX_FIX_PASSES passes; when they did not, nothing is applied. */
  converged: boolean;
}

/**
 * Apply every certain fix of the preset, again and again until nothing
 * changes (at most MAX_FIX_PASSES passes): a fix can put the text next to it
 * in a new context (a deleted `[bookmark: …]` leaves a half-width bracket among
 * Chinese), and each such cascade is a finding of the pass that fixes it.
 *
 * The result is idempotent — `fixText(fixText(x).output).output ===
 * fixText(x).output` — because the loop stops only on a pass that changes
 * nothing, which is exactly the first pass of a second run. Fixes that still
 * change the text after MAX_FIX_PASSES passes are fighting each other; rather
 * than hand back a text halfway through that fight (which a second --fix would
 * change again), nothing is applied and `converged` is false, for the caller
 * to say so.
 */
export async function fixText(text: string, options: EngineOptions = {}): Promise<FixTextResult> {
  let output = text;
  const applied: Finding[] = [];
  let changing = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const r = await fixTextOnce(output, options);
    if (r.output === output) {
      const final = output;
      // One changing pass: its fixes, in the input's offsets, are the edits.
      let edits: TextEdit[] | null = changing === 1 ? editsOf(applied) : null;
      return withEdits({ output, applied, remaining: r.messages, converged: true }, () => (edits ??= computeEdits(text, final)));
    }
    applied.push(...r.applied);
    output = r.output;
    changing++;
  }
  return withEdits({ output: text, applied: [], remaining: (await lintText(text, options)).messages, converged: false }, () => []);
}

/** `result` with `edits` as a property computed on first read (and kept when the result is copied with Object.defineProperties). */
function withEdits(result: Omit<FixTextResult, "edits">, edits: () => TextEdit[]): FixTextResult {
  return Object.defineProperty(result, "edits", { get: edits, enumerable: true }) as FixTextResult;
}
