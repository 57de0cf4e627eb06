// Every input is bounded before it is read (issue 15): a device, a FIFO, a directory named as a
// config, standard input without end, a config whose profile is a device, Markdown nested past
// what its parser can take — each is refused at once with one line that names it, exit 2.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasStackTrace, run, tmp } from "./helpers.js";

const work = tmp("report-lint-bounded-");
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Exit 2 and exactly one line on stderr that names `name`, no stack trace, nothing on stdout. */
function refused(r: { code: number; stdout: string; stderr: string }, name: string, why: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(name);
  expect(lines[0]).toMatch(why);
  expect(hasStackTrace(r.stderr)).toBe(false);
}

describe("bounded inputs", () => {
  it.skipIf(!existsSync("/dev/zero"))("refuses a device named as a report instead of reading it forever", async () => {
    refused(await run(["/dev/zero"]), "/dev/zero", /不是普通文件/u);
  });

  it("refuses a FIFO instead of waiting for a writer", async () => {
    const fifo = join(work, "report.txt");
    execFileSync("mkfifo", [fifo]);
    refused(await run([fifo]), "report.txt", /不是普通文件/u);
  });

  it("stops reading standard input at the size limit", async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 0x61);
    refused(await run(["-"], { input: big }), "<stdin>", /标准输入超过 2\.0 MB 的检查上限/u);
  });

  it("refuses a config whose profile is a device", async () => {
    const dir = join(work, "cfg");
    execFileSync("mkdir", ["-p", dir]);
    writeFileSync(join(dir, ".reportlintrc.json"), JSON.stringify({ profile: "/dev/zero" }));
    writeFileSync(join(dir, "report.txt"), "法治政府建设。\n");
    const r = await run(["report.txt"], { cwd: dir });
    refused(r, "/dev/zero", /不是普通文件/u);
  });

  it("refuses Markdown nested deeper than its parser can take, in time", async () => {
    for (const [name, text] of [
      ["quotes.md", `${">".repeat(4000)} 法治政府建设\n`],
      ["lists.md", `${"- ".repeat(2000)}法治\n`],
    ] as const) {
      const file = join(work, name);
      writeFileSync(file, text);
      refused(await run([file]), name, /Markdown 嵌套过深.*超过 32 层/u);
      // Fixing: the same refusal first (then the dry run's count of files it would fix: none).
      const r = await run([file, "--fix-dry-run"]);
      expect(r.code).toBe(2);
      expect(r.stderr.split("\n")[0]).toMatch(new RegExp(`${name}: Markdown 嵌套过深`, "u"));
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });

  it("still checks Markdown nested as deeply as a report may be", async () => {
    const file = join(work, "nested.md");
    writeFileSync(file, `${"> ".repeat(6)}- 法治政府建设。\n`);
    const r = await run([file]);
    expect(r.code).toBe(0);
  });
});

describe("files that must not be changed", () => {
  it("refuses to fix a read-only file (mode 444), leaving it as it was", async () => {
    const file = join(work, "readonly.txt");
    const text = "我镇2021 年共开展普法宣传活动12次。\n";
    writeFileSync(file, text);
    chmodSync(file, 0o444);
    const r = await run([file, "--fix"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([`report-lint: ${file}: 文件是只读的（没有写权限位），如需修复请先去掉只读属性，原文件未改动`]);
    expect(readFileSync(file, "utf8")).toBe(text);
    chmodSync(file, 0o644);
  });
});

