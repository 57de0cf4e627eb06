import { describe, expect, it } from "vitest";
import rule from "../../src/rules/number-usage.js";
import { lintAs, runRuleCases } from "../helpers/cases.js";
import cases from "./number-usage.cases.js";

runRuleCases("number-usage", rule, cases);

/** Lint as a named file, so the report model is parsed as Markdown for .md. */
const lint = (text: string, filePath: string) => lintAs("number-usage", rule, text, filePath);

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
