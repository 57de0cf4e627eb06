import { COMMAND_CREATE_CONFIG } from "./ids.js";

/** The diagnostics source the server sets; the status bar counts only these. */
export const SOURCE = "report-lint";

/** Why the server checks a document (@report-lint/language-server StatusParams.reason). */
export type LintReason = "config" | "setting" | "report";

/** What the status-bar item shows for the active document. */
export interface StatusText {
  label: string;
  tooltip: string;
  /** The command a click runs. */
  command: string;
}

/** The command that opens the Problems panel. */
export const PROBLEMS_COMMAND = "workbench.actions.view.problems";

/** The findings of a document in words: “1 个错误，2 个警告或提示”, or “未发现问题”. */
function findingsWords(errors: readonly boolean[]): string {
  const errorCount = errors.filter(Boolean).length;
  const others = errors.length - errorCount;
  const parts = [errorCount > 0 ? `${errorCount} 个错误` : "", others > 0 ? `${others} 个警告或提示` : ""].filter((s) => s !== "");
  return parts.length === 0 ? "未发现问题" : parts.join("，");
}

/** The status-bar label and tooltip for a document's findings (`true` = an error). */
export function findingsText(errors: readonly boolean[]): { label: string; tooltip: string } {
  if (errors.length === 0) return { label: "$(check) report-lint", tooltip: "report-lint：本文档未发现问题" };
  return { label: `$(warning) report-lint: ${errors.length}`, tooltip: `report-lint：${findingsWords(errors)}（点击查看“问题”面板）` };
}

/** What the status bar says of a document checked without a config file because it looks like a report. */
export const NO_CONFIG_TEXT = "未找到配置，按默认报告类型检查";

/**
 * The status-bar item of a checked document: its findings, a click opening the Problems panel; when
 * no config file covers it and it is checked because it looks like a report, it says so, and a
 * click creates a config file.
 */
export function statusText(errors: readonly boolean[], reason: LintReason | undefined): StatusText {
  const findings = findingsText(errors);
  if (reason !== "report") return { ...findings, command: PROBLEMS_COMMAND };
  return {
    label: `${findings.label} · ${NO_CONFIG_TEXT}`,
    tooltip: `report-lint：${NO_CONFIG_TEXT}；本文档${findingsWords(errors)}。\n点击创建配置文件 .reportlintrc.json，命令行与 CI 即按同一份配置检查`,
    command: COMMAND_CREATE_CONFIG,
  };
}
