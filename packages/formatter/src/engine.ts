import { TextlintKernel } from "@textlint/kernel";
import type { TextlintResult, TextlintFixResult } from "@textlint/types";
import type { TextlintKernelOptions } from "@textlint/kernel";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import textPlugin from "@textlint/textlint-plugin-text";
import { rules } from "textlint-rule-preset-gov-report";

export type RuleSeverity = "off" | "info" | "warning" | "error";

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
}

const kernel = new TextlintKernel();
/** The plugins are CommonJS; depending on the bundler their default export may be wrapped once more. */
function interop<T extends object>(mod: T): T {
  return "Processor" in mod ? mod : ((mod as { default?: T }).default ?? mod);
}

const plugins = [
  { pluginId: "markdown", plugin: interop(markdownPlugin) },
  { pluginId: "text", plugin: interop(textPlugin) },
];

function extOf(filePath: string | undefined): string {
  return filePath !== undefined && /\.(md|markdown)$/iu.test(filePath) ? ".md" : ".txt";
}

function kernelOptions(options: EngineOptions): TextlintKernelOptions {
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
  const ko: TextlintKernelOptions = { ext, plugins, rules: list, filterRules: [] };
  if (filePath !== undefined) ko.filePath = filePath;
  return ko;
}

/** Lint text with the preset through textlint's kernel. */
export async function lintText(text: string, options: EngineOptions = {}): Promise<TextlintResult> {
  const ko = kernelOptions(options);
  const result = await kernel.lintText(text, ko);
  return { ...result, filePath: options.filePath ?? result.filePath };
}

/** Apply the preset's fixes once through textlint's fixer. */
export async function fixTextOnce(text: string, options: EngineOptions = {}): Promise<TextlintFixResult> {
  const ko = kernelOptions(options);
  const result = await kernel.fixText(text, ko);
  return { ...result, filePath: options.filePath ?? result.filePath };
}
