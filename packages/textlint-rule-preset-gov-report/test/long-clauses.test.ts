import { describe, expect, it } from "vitest";
import { overflowMessage, rules } from "../src/index.js";
import { kernelOf } from "./helpers/cases.js";

// A clause is a run without punctuation; a malformed file can make one a whole line long. Each
// candidate repeat used to find and hash its whole clause again: 100,000 characters of 学习学习…
// took five minutes. (The test timeout only catches a hang; speed is measured by pnpm bench.)
const { lint } = kernelOf("duplicated-word", rules["duplicated-word"]!);

describe("duplicated-word on a line of 100,000 characters without punctuation", () => {
  it("学习 × 50,000: every doubled 学习 is a candidate in one clause", async () => {
    const { messages } = await lint("学习".repeat(50_000) + "\n");
    expect(messages[0]).toMatchObject({ message: "“学习学习”重复，应删除重复的“学习”", range: [2, 4] });
    expect(messages.at(-1)!.message).toBe(overflowMessage(48_999));
  });
  it("龘 × 32,000: a character jieba does not know, all of it left to the HMM", async () => {
    const { messages } = await lint("龘".repeat(32_000) + "\n");
    expect(messages[0]).toMatchObject({ message: "“龘龘”重复，应删除重复的“龘”", range: [1, 2] });
    expect(messages).toHaveLength(1001);
  });
});
