import { describe, expect, it } from "vitest";
import { findingsText } from "../src/status.js";

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
