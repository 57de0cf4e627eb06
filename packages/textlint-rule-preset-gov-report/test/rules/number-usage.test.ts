import { TextlintKernel } from "@textlint/kernel";
import markdownPlugin from "@textlint/textlint-plugin-markdown";
import textPlugin from "@textlint/textlint-plugin-text";
import { describe, expect, it } from "vitest";
import rule from "../../src/rules/number-usage.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./number-usage.cases.js";

runRuleCases("number-usage", rule, cases);

function interop<T extends object>(mod: T): T {
  return "Processor" in mod ? mod : ((mod as { default?: T }).default ?? mod);
}

/** Lint as a named file, so the report model is parsed as Markdown for .md. */
async function lint(text: string, filePath: string): Promise<Array<[number, number, string]>> {
  const result = await new TextlintKernel().lintText(text, {
    ext: filePath.slice(filePath.lastIndexOf(".")),
    filePath,
    plugins: [
      { pluginId: "text", plugin: interop(textPlugin) },
      { pluginId: "markdown", plugin: interop(markdownPlugin) },
    ],
    rules: [{ ruleId: "number-usage", rule }],
  });
  return result.messages.map((m) => [m.range[0], m.range[1], m.message]);
}

describe("number-usage in Markdown", () => {
  it("leaves inline code alone, and checks the prose beside it", async () => {
    expect(await lint("配置项写作 `retry=１２` 时，重试１２次。\n", "/reports/report.md")).toEqual([[21, 23, "“１２”是全角数字，应改为半角“12”"]]);
  });
  it("checks the same text as plain text, where backticks are characters", async () => {
    expect(await lint("配置项写作 `retry=１２` 时，重试１２次。\n", "/reports/report.txt")).toEqual([
      [13, 15, "“１２”是全角数字，应改为半角“12”"],
      [21, 23, "“１２”是全角数字，应改为半角“12”"],
    ]);
  });
});
