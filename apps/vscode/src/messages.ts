// What the extension says after its commands, kept apart from the VS Code API so it is tested as is.

import type { LintWorkspaceResult } from "@report-lint/language-server";

export type { LintWorkspaceResult };

/** The message after “检查整个工作区”, and whether it found anything (then it offers the Problems panel). */
export function lintWorkspaceMessage(r: LintWorkspaceResult): { text: string; hasFindings: boolean } {
  const parts: string[] = [];
  if (r.cancelled) parts.push("已取消");
  if (r.files === 0) parts.push("没有需要检查的报告：有配置文件、或看起来是法治政府建设报告的 Markdown 与文本文件才会检查");
  else if (r.findings === 0) parts.push(`检查了 ${r.files} 个文件，未发现问题`);
  else parts.push(`检查了 ${r.files} 个文件，发现 ${r.findings} 个问题${r.errors > 0 ? `（其中 ${r.errors} 个错误）` : ""}，已列在“问题”面板中`);
  if (r.files > 0 && r.skipped > 0) parts.push(`另有 ${r.skipped} 个 Markdown 与文本文件未检查（无配置文件且不像报告，或被 ignorePatterns 忽略）`);
  if (r.unreadable > 0) parts.push(`${r.unreadable} 个文件无法读取（过大或不是文本），未检查`);
  if (r.truncated) parts.push("文件过多，只检查了前 5000 个");
  return { text: `report-lint：${parts.join("；")}`, hasFindings: r.findings > 0 };
}
