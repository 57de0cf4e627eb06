// Every file in fuzz/corpus/ — the committed awkward inputs, and every input the fuzzer ever saved
// because it broke an invariant — checked again with the same invariants (fuzz/src/invariants.mjs),
// on the built engine. Time is not judged here (a CI machine's load is not the code's); a run
// far beyond its budget still fails, by the test's own timeout.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { budgetMs, checkInput } from "../src/invariants.mjs";
import { CORPUS } from "../src/run.mjs";

const engine = await import("../../packages/formatter/dist/index.js");
const files = readdirSync(CORPUS).filter((f) => /\.(txt|md)$/u.test(f)).sort();

test("the corpus holds the inputs issue 15 named", () => {
  for (const name of ["huge-line.txt", "mixed-numbering-49k.md", "mixed-numbering-79k.md", "lone-cr-62k.txt", "run-xuexi-1500.txt", "run-yishi-1200.txt", "quotes-4000.md", "line-separators.txt"]) {
    assert.ok(files.includes(name), name);
  }
});

for (const name of files) {
  const text = readFileSync(join(CORPUS, name), "utf8");
  test(name, { timeout: 20 * budgetMs(text) + 30_000 }, async () => {
    const r = await checkInput(engine, text, name.endsWith(".md") ? "r.md" : "r.txt", { again: true });
    assert.deepEqual(r.problems.filter((p) => !p.startsWith("slow")), []);
  });
}

test("a run of one word is one finding, fixed in one pass (学习 × 1,500 was listed 1,000 times and collapsed over ten passes)", async () => {
  const text = readFileSync(join(CORPUS, "run-xuexi-1500.txt"), "utf8");
  const lint = await engine.lintText(text, { filePath: "r.txt" });
  assert.deepEqual(lint.messages.map((m) => [m.ruleId, m.range]), [["duplicated-word", [2, 3000]]]);
  const fixed = await engine.fixText(text, { filePath: "r.txt" });
  assert.equal(fixed.output, "学习\n");
  assert.equal(fixed.converged, true);
});

test("Markdown nested past the limit is refused by name, not parsed", async () => {
  const text = readFileSync(join(CORPUS, "quotes-4000.md"), "utf8");
  await assert.rejects(engine.lintText(text, { filePath: "r.md" }), engine.MarkdownDepthError);
  assert.equal((await checkInput(engine, text, "r.md")).refused, true);
});

test("lines are counted as editors count them: U+2028 and U+2029 break no line", async () => {
  const text = readFileSync(join(CORPUS, "line-separators.txt"), "utf8");
  const lint = await engine.lintText(text, { filePath: "r.txt" });
  const doubled = lint.messages.find((m) => m.ruleId === "duplicated-word");
  assert.deepEqual([doubled.line, doubled.column, doubled.loc.start], [1, 19, { line: 1, column: 19 }]);
  const comma = lint.messages.find((m) => m.message.includes("，，"));
  assert.equal(comma.line, 2);
});
