// `report-lint 报告.txt | head`: the reader closes the pipe after a few lines. The run ends with
// its own exit code and says nothing about the pipe (it printed an EPIPE stack trace).
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { BIN, hasStackTrace, tmp } from "./helpers.js";

const work = tmp("report-lint-pipe-");
afterAll(() => rmSync(work, { recursive: true, force: true }));

it("a reader that closes the output early: exit code 1 for the findings, nothing on stderr", async () => {
  const file = join(work, "r.txt");
  // 3,000 lines with a finding each: far more output than one pipe buffer.
  writeFileSync(file, "　　坚持以习近平法治思想思想为指导。\n".repeat(3000));
  const child = spawn(process.execPath, [BIN, file], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  let first = "";
  await new Promise<void>((resolve) => {
    child.stdout.once("data", (d: Buffer) => {
      first = d.toString();
      child.stdout.destroy();
      resolve();
    });
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(first).toContain("r.txt");
  expect(code).toBe(1);
  expect(stderr).toBe("");
  expect(hasStackTrace(stderr)).toBe(false);
});
