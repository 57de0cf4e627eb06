import { TextlintKernel } from "@textlint/kernel";
import textPlugin from "@textlint/textlint-plugin-text";
import { describe, expect, it } from "vitest";
import rule from "../../src/rules/required-sections.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./required-sections.cases.js";

runRuleCases("required-sections", rule, cases);

function interop<T extends object>(mod: T): T {
  return "Processor" in mod ? mod : ((mod as { default?: T }).default ?? mod);
}

const report = "青城镇2022年度法治政府建设工作报告\n一、主要举措和成效\n全年开展集中普法宣传12次。\n二、存在的不足\n法治人才匮乏。\n";

async function lint(options: Record<string, unknown>): Promise<unknown> {
  const kernel = new TextlintKernel();
  return kernel.lintText(report, { ext: ".txt", plugins: [{ pluginId: "text", plugin: interop(textPlugin) }], rules: [{ ruleId: "required-sections", rule, options }] });
}

describe("required-sections: the profile option", () => {
  it("names the built-in profiles when the id is unknown", async () => {
    await expect(lint({ profile: "fazhi" })).rejects.toThrow("report-lint 的报告类型“fazhi”不存在，应使用：fazhi-zhengfu-annual、fazhi-zhengfu-department");
  });
  it("validates a profile object against profile.schema.json", async () => {
    await expect(lint({ profile: { id: "x", name: "x", items: [{ id: "a", name: "a", required: true }] } })).rejects.toThrow(
      "report-lint 的报告类型配置不正确：/items/0 缺少必填项“patterns”",
    );
  });
  it("rejects a pattern that is no regular expression", async () => {
    await expect(lint({ profile: { id: "x", name: "x", items: [{ id: "a", name: "a", required: true, patterns: ["(不足"] }] } })).rejects.toThrow(
      "“items/0/patterns/0”不是有效的正则表达式",
    );
  });
});
