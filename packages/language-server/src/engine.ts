// The one place the server touches the engine: @report-lint/formatter runs the
// preset with the same configuration resolution the CLI uses. Everything here is
// plain data so that it crosses the worker boundary by structured clone.
import {
  ConfigError,
  defaultConfig,
  engineOptions,
  fixText,
  lintText,
  type ConfigIssue,
  type ResolvedConfig,
  type TextEdit as OffsetEdit,
} from "@report-lint/formatter";
import type { TextlintMessage } from "@textlint/types";

export { resolveConfig, loadConfigFile, normalizeRuleSetting, type ResolvedConfig } from "@report-lint/formatter";
export type { OffsetEdit };

/** An invalid configuration: which file, and what is wrong where, in Chinese. */
export interface ConfigProblem {
  path: string;
  issues: ConfigIssue[];
}

/** The result of fixing a document: the text, the edits that make it, and how many findings are left. */
export interface FixOutcome {
  output: string;
  /** Replacements in offsets of the input, in order, non-overlapping. */
  edits: OffsetEdit[];
  remaining: number;
}

/** The configuration of a document with no config file: the default profile, every rule at its default. */
export const NO_CONFIG: ResolvedConfig = Object.freeze(defaultConfig());

/** The config problem carried by an error, or null when it is another kind of failure. */
export function configProblemOf(error: unknown): ConfigProblem | null {
  if (error instanceof ConfigError) return { path: error.path, issues: error.issues };
  return null;
}

/** Lint a document: the findings, in document order. */
export async function lint(text: string, config: ResolvedConfig, filePath: string): Promise<TextlintMessage[]> {
  const result = await lintText(text, engineOptions(config, filePath));
  return [...result.messages].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}

/** Apply every fix (until nothing more is fixable); the edits are against `text`. */
export async function fix(text: string, config: ResolvedConfig, filePath: string): Promise<FixOutcome> {
  const r = await fixText(text, engineOptions(config, filePath));
  return { output: r.output, edits: r.edits, remaining: r.remaining.length };
}
