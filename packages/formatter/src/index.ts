export {
  lintText,
  fixTextOnce,
  type FixPass,
  fixText,
  MAX_FIX_PASSES,
  MAX_MARKDOWN_DEPTH,
  MarkdownDepthError,
  EngineError,
  engineErrorOf,
  markdownDepth,
  type EngineOptions,
  type RuleSetting,
  type RuleSeverity,
  type FixTextResult,
  type Finding,
  type FindingAction,
  type RelatedLocation,
  type LintResult,
} from "./engine.js";
export { Linter, type LinterOptions, type LintOptions, type PrintedConfig } from "./linter.js";
export {
  SourceError,
  decodeSource,
  isDocx,
  oldFormatOf,
  OLD_FORMAT_EXTENSIONS,
  inputLimit,
  MAX_INPUT_BYTES,
  MAX_DOCX_BYTES,
  type SourceFile,
  type SourceProblem,
  type OldFormat,
} from "./source.js";
export { readInputBytes, sourceErrorOf } from "./read-input.js";
export * as sourceWords from "./source-message.js";
export { lintSource, lintStories, lintDocxLayout, annotatedDocx, revisedDocx, commentText, type AnnotatedDocx, type RevisedDocx } from "./document.js";
export { docxPlace, textOf, missingItems, type DocxPlace, type CheckedText } from "./place.js";
export * from "./report-html.js";
export { computeEdits, applyEdits, type TextEdit } from "./edits.js";
export { findableExcerpt } from "./excerpt.js";
export {
  ConfigError,
  issueLine,
  issueLineEn,
  unknownRuleMessage,
  directiveProblems,
  resolveConfig,
  loadConfigFile,
  loadProfile,
  engineOptions,
  defaultConfig,
  knownRuleIds,
  normalizeRuleSetting,
  CONFIG_FILE_NAMES,
  type ResolvedConfig,
  type ConfigIssue,
} from "./config.js";
export { directivesFilter, parseDirectives, ignoreSpans, DIRECTIVES_FILTER_ID, type Directive, type DirectiveKind, type IgnoreSpan, type DirectiveProblem } from "./directives.js";
export { readBounded, readStreamBounded, BoundedReadError } from "./read-bounded.js";
export { fixFile, writeFileAtomic, type FixFileOptions, type FixFileResult } from "./write.js";
export { ruleCatalog, type RuleInfo } from "./catalog.js";
export { checkDocxLayout, docxLayoutMeta, DOCX_LAYOUT_ID, type DocxLayoutOptions } from "./docx-layout.js";
export { renderTemplate, renderTemplateDocx, placeholder, fillYears, defaultYear, type TemplateOptions } from "./template.js";
