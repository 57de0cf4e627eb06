// What the server tells a client beyond LSP itself: its commands, custom requests and notifications.
import { CodeActionKind } from "vscode-languageserver";
import type { RunnerStats } from "./runner.js";

/** The code action kind of “fix all report-lint problems” (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.report-lint`;
/** Server command: apply every fix to a document (`arguments: [{ uri, version? }]`). */
export const COMMAND_FIX_ALL = "reportLint.server.applyFixAll";
/** Custom request: memory and worker statistics. */
export const REQUEST_STATS = "reportLint/stats";
/** Custom request: the text of a new report from a profile's template. */
export const REQUEST_TEMPLATE = "reportLint/newReportTemplate";
/** Notification to the client: whether report-lint checks a document (for a status display). */
export const NOTIFICATION_STATUS = "reportLint/status";

/** Parameters of {@link NOTIFICATION_STATUS}. */
export interface StatusParams {
  uri: string;
  /** The document is linted: a config file applies to it, or reportLint.enable is on (and no ignorePatterns exclude it). */
  enabled: boolean;
}

/** Answer of {@link REQUEST_STATS}. */
export interface ServerStats {
  rss: number;
  heapUsed: number;
  external: number;
  documents: number;
  runner: RunnerStats;
  lastLintMs: number | null;
}

/** Parameters of {@link REQUEST_TEMPLATE}. */
export interface TemplateParams {
  profile?: string;
  format?: "markdown" | "text";
  year?: number;
}

/**
 * Documents over 2,000,000 characters (about 6 MB of Chinese text in UTF-8)
 * are not linted or fixed: the engine needs some 10 s per 100,000 characters
 * on a single line. The outline still works. (The CLI refuses files over 2 MB
 * before reading them; in the editor the text is already in memory and a
 * lint runs in a worker that the next edit cancels, so the limit is higher.)
 */
export const MAX_DOCUMENT_CHARS = 2_000_000;

export function tooLargeMessage(length: number): string {
  return `文档过大（${Math.round(length / 10_000)} 万字符），超过 ${MAX_DOCUMENT_CHARS / 10_000} 万字符的检查上限，未检查；请拆分为较小的文件后再检查`;
}
