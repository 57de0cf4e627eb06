import { parseReport } from "@report-lint/core";
import { describe, expect, it } from "vitest";
import { issuerLevel } from "../src/issuer.js";

const level = (title: string) => issuerLevel(parseReport(`${title}\n\n一、主要举措\n加强学习。\n`, "text"));

describe("issuerLevel", () => {
  it("reads the level of the organ the title names", () => {
    expect(level("丰都县武平镇人民政府2024年法治政府建设情况报告")).toBe("township");
    expect(level("青城镇2022年度法治政府建设工作报告")).toBe("township");
    expect(level("中共金屯镇委员会 金屯镇人民政府 2023年度法治政府建设报告")).toBe("township");
    expect(level("某乡人民政府2024年法治政府建设工作报告")).toBe("township");
    expect(level("某街道办事处2024年法治政府建设工作报告")).toBe("street");
    expect(level("某县人民政府2024年法治政府建设工作报告")).toBe("government");
    expect(level("某县司法局2024年法治政府建设工作报告")).toBe("department");
    expect(level("某县发展和改革委员会2024年法治政府建设工作报告")).toBe("department");
  });

  it("takes law-enforcement brigades and detachments and an archive for departments", () => {
    expect(level("枫桥县消防救援大队2024年法治政府建设年度报告")).toBe("department");
    expect(level("潇湘源市交通运输综合行政执法支队2025年度法治政府建设情况报告")).toBe("department");
    expect(level("澄湖县档案馆2025年法治政府建设年度报告")).toBe("department");
  });

  it("is null when the title names no organ", () => {
    expect(level("2024年法治政府建设工作报告")).toBeNull();
  });
});
