/** The diagnostics source the server sets; the status bar counts only these. */
export const SOURCE = "report-lint";

/** The status-bar label and tooltip for a document's findings (`true` = an error). */
export function findingsText(errors: readonly boolean[]): { label: string; tooltip: string } {
  const total = errors.length;
  const errorCount = errors.filter(Boolean).length;
  if (total === 0) return { label: "$(check) report-lint", tooltip: "report-lint：本文档未发现问题" };
  const others = total - errorCount;
  const parts = [errorCount > 0 ? `${errorCount} 个错误` : "", others > 0 ? `${others} 个警告或提示` : ""].filter((s) => s !== "");
  return { label: `$(warning) report-lint: ${total}`, tooltip: `report-lint：${parts.join("，")}（点击查看“问题”面板）` };
}
