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
/** Notification to the client: whether report-lint checks a document, and why (for a status display). */
export const NOTIFICATION_STATUS = "reportLint/status";
/** Custom request: write a config file into a folder (see {@link CreateConfigParams}). */
export const REQUEST_CREATE_CONFIG = "reportLint/createConfig";
/** Custom request: the config file that applies to a document (see {@link ConfigFileParams}). */
export const REQUEST_CONFIG_FILE = "reportLint/configFile";
/** Custom request: lint every Markdown and plain-text file of the workspace folders and publish their diagnostics. */
export const REQUEST_LINT_WORKSPACE = "reportLint/lintWorkspace";

/**
 * Why report-lint checks a document: a config file covers it (`config`), the setting
 * reportLint.enable is on (`setting`), or no config file covers it but it looks like a report
 * (`report`, checked with the default configuration and the editor's settings).
 */
export type LintReason = "config" | "setting" | "report";

/** Parameters of {@link NOTIFICATION_STATUS}. */
export interface StatusParams {
  uri: string;
  /** The document is linted: a config file applies to it, reportLint.enable is on, or it looks like a report (and no ignorePatterns exclude it). */
  enabled: boolean;
  /** Why it is linted; absent when it is not. `report`: no config file, checked with the default configuration because it looks like a report. */
  reason?: LintReason;
}

/** Parameters of {@link REQUEST_CREATE_CONFIG}: the folder (else the workspace folder of `uri`, else its directory, else the first workspace folder). */
export interface CreateConfigParams {
  folderUri?: string;
  uri?: string;
  /** `json` (default) writes .reportlintrc.json, `yaml` .reportlintrc.yaml with a schema modeline. */
  format?: "json" | "yaml";
}

/** Answer of {@link REQUEST_CREATE_CONFIG}: the file, and whether it was written (false: the folder had a config file already, which is never overwritten). */
export interface CreateConfigResult {
  uri: string;
  created: boolean;
}

/** Parameters of {@link REQUEST_CONFIG_FILE}. */
export interface ConfigFileParams {
  uri: string;
}

/** Answer of {@link REQUEST_CONFIG_FILE}: the config file found up from the document (also when it is invalid), or null. */
export interface ConfigFileResult {
  uri: string | null;
}

/** Parameters of {@link REQUEST_LINT_WORKSPACE}: a token for `$/progress` reports (begin, a percentage and the file, end), as LSP's work-done progress. */
export interface LintWorkspaceParams {
  workDoneToken?: string | number;
}

/** Answer of {@link REQUEST_LINT_WORKSPACE}. */
export interface LintWorkspaceResult {
  /** Files linted (diagnostics published for each). */
  files: number;
  /** Their findings, and how many of them are errors. */
  findings: number;
  errors: number;
  /** Markdown/text files left alone: no config file, reportLint.enable off, and not looking like a report; or ignored by ignorePatterns. */
  skipped: number;
  /** Files that could not be read (too large, not text). */
  unreadable: number;
  /** The walk stopped at {@link MAX_WORKSPACE_FILES} files. */
  truncated: boolean;
  /** The client cancelled the request (the counts cover what was done). */
  cancelled: boolean;
}

/** The workspace lint looks at no more than this many Markdown/text files. */
export const MAX_WORKSPACE_FILES = 5000;

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

// ---- requests from the server to the client: files, where the server has no file system ----
// The browser build (a web worker in VS Code for the Web) reads config files, profile files and the
// workspace's reports, and writes a new config file, through the editor's file system
// (vscode.workspace.fs): it sends these; the Node server never does.

/** Server → client: a file's bytes (see {@link ReadFileParams}). */
export const REQUEST_READ_FILE = "reportLint/readFile";
/** Server → client: a directory's entries (see {@link ReadDirectoryParams}). */
export const REQUEST_READ_DIRECTORY = "reportLint/readDirectory";
/** Server → client: whether a file or directory is there (answer: boolean). */
export const REQUEST_EXISTS = "reportLint/exists";
/** Server → client: write a new file (see {@link WriteNewFileParams}). */
export const REQUEST_WRITE_NEW_FILE = "reportLint/writeNewFile";

/** Parameters of {@link REQUEST_READ_FILE}: only files inside a workspace folder are read. */
export interface ReadFileParams {
  uri: string;
  /** Files larger than this many bytes are not sent. */
  limit: number;
}

/** Answer of {@link REQUEST_READ_FILE}: the bytes (base64), the size alone when over the limit, or null when there is no such file (or it is outside the workspace folders, or a directory). */
export type ReadFileResult = { data: string } | { size: number } | null;

/** Parameters of {@link REQUEST_READ_DIRECTORY} (answer: `DirectoryEntry[]`, or null when it cannot be read). */
export interface ReadDirectoryParams {
  uri: string;
}

/** Parameters of {@link REQUEST_EXISTS}. */
export interface ExistsParams {
  uri: string;
}

/** Parameters of {@link REQUEST_WRITE_NEW_FILE} (answer: true when written, false when a file was there already). */
export interface WriteNewFileParams {
  uri: string;
  text: string;
}

/** initializationOptions the browser build reads besides the settings: where the engine's data files are (a URL ending in "/"). */
export interface BrowserInitializationOptions {
  dataUrl?: string;
}
