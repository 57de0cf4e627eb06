// The browser build's entry (dist/browser.js, `@report-lint/formatter/browser`): the engine and
// everything the offline page (apps/web) does with a dropped file — decode or extract it, lint it
// whole, fix it, write a .docx's findings back as comments or tracked changes, render the findings —
// and the Linter with its configuration lookup, which reads config files through the reader its
// host installs (provideFileReader: a language server in a web worker asks its editor). No file is
// written. It is also the package's `browser` export condition, for bundles of code that imports
// "@report-lint/formatter" (the language server's browser build).
export {
  lintText,
  fixText,
  MAX_FIX_PASSES,
  MarkdownDepthError,
  EngineError,
  type EngineOptions,
  type Finding,
  type FixTextResult,
  type LintResult,
} from "./engine.js";
export { SourceError, decodeSource, isDocx, oldFormatOf, OLD_FORMAT_EXTENSIONS, inputLimit, MAX_INPUT_BYTES, MAX_DOCX_BYTES, type SourceFile, type SourceProblem } from "./source.js";
export * as sourceWords from "./source-message.js";
export { lintSource, annotatedDocx, revisedDocx, type AnnotatedDocx, type RevisedDocx } from "./document.js";
export { applyEdits, computeEdits, type TextEdit } from "./edits.js";
export { Linter, type LinterOptions, type LintOptions, type PrintedConfig } from "./linter.js";
export {
  ConfigError,
  CONFIG_FILE_NAMES,
  defaultConfig,
  engineOptions,
  knownRuleIds,
  loadConfigFile,
  resolveConfig,
  type ConfigIssue,
  type ResolvedConfig,
} from "./config.js";
export { renderTemplate, defaultYear, type TemplateOptions } from "./template.js";
export type { RuleSetting, RuleSeverity, FindingAction, RelatedLocation } from "./engine.js";
export { provideFileReader, type FileReader } from "./platform.browser.js";
export * as uriPaths from "./uri-paths.js";
export { ruleCatalog, type RuleInfo } from "./catalog.js";
export { DOCX_LAYOUT_ID } from "./docx-layout.js";
export { docxPlace, textOf, missingItems, type DocxPlace, type CheckedText } from "./place.js";
export * from "./report-html.js";
