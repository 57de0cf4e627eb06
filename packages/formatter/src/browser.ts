// The browser build's entry (dist/browser.js, `@report-lint/formatter/browser`): the engine and
// everything the offline page (apps/web) does with a dropped file — decode or extract it, lint it
// whole, fix it, write a .docx's findings back as comments or tracked changes, render the findings —
// without the Linter's configuration files and file writes (Node only).
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
export { ruleCatalog, type RuleInfo } from "./catalog.js";
export { DOCX_LAYOUT_ID } from "./docx-layout.js";
export { docxPlace, textOf, missingItems, type DocxPlace, type CheckedText } from "./place.js";
export * from "./report-html.js";
