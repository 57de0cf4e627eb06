import { describe, expect, it } from "vitest";
import { COMMAND_CREATE_CONFIG } from "../src/ids.js";
import { lintWorkspaceMessage } from "../src/messages.js";
import { findingsText, statusText } from "../src/status.js";

describe("status bar text", () => {
  it("counts a document's findings, errors apart", () => {
    expect(findingsText([true, false, false])).toEqual({
      label: "$(warning) report-lint: 3",
      tooltip: "report-lint：1 个错误，2 个警告或提示（点击查看“问题”面板）",
    });
    expect(findingsText([true]).tooltip).toBe("report-lint：1 个错误（点击查看“问题”面板）");
  });

  it("shows a check mark when there is nothing", () => {
    expect(findingsText([]).label).toBe("$(check) report-lint");
  });
});

describe("status bar without a config file", () => {
  it("says a report-looking document is checked by the default profile, and a click creates a config file", () => {
    const s = statusText([true, false], "report");
    expect(s.label).toBe("$(warning) report-lint: 2 · 未找到配置，按默认报告类型检查");
    expect(s.tooltip).toBe(
      "report-lint：未找到配置，按默认报告类型检查；本文档1 个错误，1 个警告或提示。\n点击创建配置文件 .reportlintrc.json，命令行与 CI 即按同一份配置检查",
    );
    expect(s.command).toBe(COMMAND_CREATE_CONFIG);
    expect(statusText([], "report").label).toBe("$(check) report-lint · 未找到配置，按默认报告类型检查");
  });

  it("with a config file or the setting, counts the findings and a click opens the Problems panel", () => {
    for (const reason of ["config", "setting", undefined] as const) {
      expect(statusText([true], reason)).toEqual({ ...findingsText([true]), command: "workbench.actions.view.problems" });
    }
  });
});

describe("the message after 检查整个工作区", () => {
  const base = { files: 0, findings: 0, errors: 0, skipped: 0, unreadable: 0, truncated: false, cancelled: false };
  it("counts files, findings and errors, and offers the Problems panel when it found something", () => {
    expect(lintWorkspaceMessage({ ...base, files: 3, findings: 12, errors: 2, skipped: 5 })).toEqual({
      text: "report-lint：检查了 3 个文件，发现 12 个问题（其中 2 个错误），已列在“问题”面板中；另有 5 个 Markdown 与文本文件未检查（无配置文件且不像报告，或被 ignorePatterns 忽略）",
      hasFindings: true,
    });
    expect(lintWorkspaceMessage({ ...base, files: 1 })).toEqual({ text: "report-lint：检查了 1 个文件，未发现问题", hasFindings: false });
  });

  it("says why nothing was checked, and what was cut short", () => {
    expect(lintWorkspaceMessage({ ...base, skipped: 4 }).text).toBe(
      "report-lint：没有需要检查的报告：有配置文件、或看起来是法治政府建设报告的 Markdown 与文本文件才会检查",
    );
    expect(lintWorkspaceMessage({ ...base, files: 2, findings: 1, unreadable: 1, truncated: true, cancelled: true }).text).toBe(
      "report-lint：已取消；检查了 2 个文件，发现 1 个问题，已列在“问题”面板中；1 个文件无法读取（过大或不是文本），未检查；文件过多，只检查了前 5000 个",
    );
  });
});
