import { readdirSync, readFileSync } from "node:fs";
import { TextlintKernel } from "@textlint/kernel";
import textPlugin from "@textlint/textlint-plugin-text";
import { describe, expect, it } from "vitest";
import { rules } from "../src/index.js";

/**
 * The false-positive guard: every line of test-support/correct-sentences/*.txt is a correct
 * sentence of this genre (fault-free sentences of the seeds, and sentences built around every
 * allow-list word and correct form in the lexicons). The whole preset must find nothing in any.
 */
const dir = new URL("../../../test-support/correct-sentences/", import.meta.url);
const sentences = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) =>
    readFileSync(new URL(f, dir), "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !line.startsWith("#"))
      .map((line) => ({ file: f, line })),
  );

function interop<T extends object>(mod: T): T {
  return "Processor" in mod ? mod : ((mod as { default?: T }).default ?? mod);
}

describe("false-positive guard", () => {
  it("has at least 300 sentences", () => {
    expect(sentences.length).toBeGreaterThanOrEqual(300);
  });
  it("finds nothing in any correct sentence", async () => {
    const kernel = new TextlintKernel();
    const ruleList = Object.entries(rules).map(([ruleId, rule]) => ({ ruleId, rule }));
    const alarms: string[] = [];
    for (const { file, line } of sentences) {
      const result = await kernel.lintText(line + "\n", { ext: ".txt", plugins: [{ pluginId: "text", plugin: interop(textPlugin) }], rules: ruleList });
      for (const m of result.messages) alarms.push(`${file}: ${line.slice(0, 40)} → ${m.ruleId}: ${m.message}`);
    }
    expect(alarms).toEqual([]);
  });
});
