import { describe, expect, it } from "vitest";
import { MAX_FINDINGS_PER_RULE, overflowMessage, rules } from "../src/index.js";
import { kernelOf } from "./helpers/cases.js";

const { lint, fix } = kernelOf("duplicated-word", rules["duplicated-word"]!);

describe(`at most ${MAX_FINDINGS_PER_RULE} findings of one rule per document`, () => {
  const line = "　　坚持以习近平法治思想思想为指导。\n";
  const text = line.repeat(MAX_FINDINGS_PER_RULE + 234);

  it("lists the first ones and says how many more there are, at the first one not listed", async () => {
    const { messages } = await lint(text);
    expect(messages).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    const at = (k: number) => k * line.length + line.indexOf("思想思想") + 2;
    expect(messages.slice(0, MAX_FINDINGS_PER_RULE).every((m, k) => m.range[0] === at(k) && m.message === "“思想思想”重复，应删除重复的“思想”")).toBe(true);
    const last = messages[MAX_FINDINGS_PER_RULE]!;
    expect(last.message).toBe(overflowMessage(234, true));
    expect(last.range).toEqual([at(MAX_FINDINGS_PER_RULE), at(MAX_FINDINGS_PER_RULE) + 2]);
    expect(last.fix).toBeUndefined();
  });

  it("a document under the limit is listed whole, without the extra finding", async () => {
    const { messages } = await lint(line.repeat(MAX_FINDINGS_PER_RULE));
    expect(messages).toHaveLength(MAX_FINDINGS_PER_RULE);
    expect(messages.some((m) => m.message.includes("未逐一列出"))).toBe(false);
  });

  it("a rule over the limit fixes nothing in that document: no change nobody was shown, and a second --fix finds nothing new to do", async () => {
    const { messages } = await lint(text);
    expect(messages.filter((m) => m.fix !== undefined)).toHaveLength(0);
    expect((await fix(text)).output).toBe(text);
  });

  it("under the limit every listed finding is fixed", async () => {
    const under = line.repeat(MAX_FINDINGS_PER_RULE);
    expect((await fix(under)).output).toBe("　　坚持以习近平法治思想为指导。\n".repeat(MAX_FINDINGS_PER_RULE));
  });
});
