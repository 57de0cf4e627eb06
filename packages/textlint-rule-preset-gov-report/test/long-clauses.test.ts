import { describe, expect, it } from "vitest";
import { overflowMessage, rules } from "../src/index.js";
import { kernelOf } from "./helpers/cases.js";

// A clause is a run without punctuation; a malformed file can make one a whole line long. Each
// candidate repeat used to find and hash its whole clause again: 100,000 characters of 学习学习…
// took five minutes. (The test timeout only catches a hang; speed is measured by pnpm bench.)
const { lint } = kernelOf("duplicated-word", rules["duplicated-word"]!);

describe("duplicated-word on a line of 100,000 characters without punctuation", () => {
  it("学习学习 and a word, × 16,667: every doubled 学习 is a candidate in one clause", async () => {
    // Three words in turn, so no unit of up to eight characters repeats as a run.
    const { messages } = await lint(Array.from({ length: 16_667 }, (_, k) => `学习学习${["法治", "政府", "建设"][k % 3]}`).join("") + "\n");
    expect(messages[0]).toMatchObject({ message: "“学习学习”重复，应删除重复的“学习”", range: [2, 4] });
    expect(messages.at(-1)!.message).toBe(overflowMessage(16_667 - 1000, true));
  });
  it("学习 × 50,000: one run, one finding over every extra copy", async () => {
    const { messages } = await lint("学习".repeat(50_000) + "\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ message: "“学习”连续出现 50000 次，应只保留一个“学习”", range: [2, 100_000] });
  });
  it("龘 × 32,000: a character jieba does not know, all of it left to the HMM", async () => {
    const { messages } = await lint("龘".repeat(32_000) + "\n");
    expect(messages).toEqual([expect.objectContaining({ message: "“龘”连续出现 32000 次，应只保留一个“龘”", range: [1, 32_000] })]);
  });
});
