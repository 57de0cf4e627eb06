// A missing or damaged language model (dist/jieba/lm.bin), confusion set (dist/jieba/confusion.bin) or place-name list
// (dist/jieba/places.bin):
// wrong-character says so in one finding that names the file, and every other rule runs as usual.
import { cpSync, readFileSync, realpathSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, hasStackTrace, parseJson, run, tmp, type JsonResult, type RunResult } from "./helpers.js";

const PACKAGE = fileURLToPath(new URL("../", import.meta.url));

/** A wrong character (持旭推进 → 持续推进) and a space between a number and 年. */
const REPORT = "我镇持旭推进依法行政，2021 年共开展普法宣传活动12次。\n";
const SPACE = REPORT.indexOf(" 年");

/** Directories made here (each copy of the package is 20 MB): removed at the end. */
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A copy of the built package (bin/, dist/ with its data, package.json) in a fresh directory; its binary. */
function copyOfPackage(): { dir: string; bin: string } {
  const dir = realpathSync(tmp("report-lint-lm-"));
  made.push(dir);
  for (const part of ["bin", "dist", "package.json"]) cpSync(join(PACKAGE, part), join(dir, part), { recursive: true });
  return { dir, bin: join(dir, "bin", "report-lint.cjs") };
}

/** Run a binary on `file` with JSON output; its own compile cache, so that copies never share one. */
function runBin(bin: string, file: string, cacheDir: string): Promise<RunResult> {
  return run([file, "--format", "json"], { bin, env: { REPORT_LINT_CACHE_DIR: cacheDir } });
}

async function lint(bin: string): Promise<{ r: RunResult; messages: JsonResult[number]["messages"] }> {
  const work = tmp();
  made.push(work);
  const file = join(work, "report.txt");
  writeFileSync(file, REPORT);
  const r = await runBin(bin, file, join(work, "cache"));
  return { r, messages: parseJson(r.stdout)[0]!.messages };
}

/** Overwrite the file with `byte` from the offset `at` gives (its argument: the file's bytes); the length stays. */
function fillFrom(file: string, byte: number, at: (bytes: Buffer) => number): void {
  const bytes = readFileSync(file);
  bytes.fill(byte, at(bytes));
  writeFileSync(file, bytes);
}

describe("wrong-character without its data", () => {
  it("finds the wrong character and the spacing fault with the data intact", async () => {
    const { r, messages } = await lint(BIN);
    expect(r.code).toBe(1);
    const wrong = messages.filter((m) => m.ruleId === "wrong-character");
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.range).toEqual([3, 4]);
    expect(wrong[0]!.message).toContain("持续推进");
    expect(messages.filter((m) => m.ruleId === "cjk-spacing").map((m) => m.range)).toEqual([[SPACE, SPACE + 1]]);
  });

  const damage: Array<[string, string, (file: string) => void]> = [
    ["lm.bin truncated", "lm.bin", (f) => truncateSync(f, 1000)],
    ["lm.bin deleted", "lm.bin", (f) => rmSync(f)],
    ["confusion.bin deleted", "confusion.bin", (f) => rmSync(f)],
    ["places.bin deleted", "places.bin", (f) => rmSync(f)],
    ["places.bin truncated", "places.bin", (f) => truncateSync(f, 70_000)],
    // Damage past the index, found only when a report needs that part: every group of longer
    // n-grams (version 4's layout, as version 3's: the first group's offset is groupStart[0]), every candidate list.
    ["lm.bin's groups zeroed", "lm.bin", (f) => fillFrom(f, 0x00, (b) => b.readUInt32LE(32 + 4 * b.readUInt32LE(12) + 4 * (b.readUInt32LE(12) + 1)))],
    ["confusion.bin's lists overwritten", "confusion.bin", (f) => fillFrom(f, 0xff, (b) => 16 + 8 * b.readUInt32LE(8) + 4)],
  ];
  for (const [what, name, harm] of damage) {
    it(`${what}: one finding that names the file; the other rules still report`, async () => {
      const { dir, bin } = copyOfPackage();
      const data = join(dir, "dist", "jieba", name);
      harm(data);
      const { r, messages } = await lint(bin);
      expect(r.code).toBe(1);
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
      const wrong = messages.filter((m) => m.ruleId === "wrong-character");
      expect(wrong).toHaveLength(1);
      expect(wrong[0]!.message).toContain(data);
      expect(wrong[0]!.message).toContain("本次未检查错别字");
      expect(wrong[0]!.message).not.toContain("\n");
      expect(messages.filter((m) => m.ruleId === "cjk-spacing").map((m) => m.range)).toEqual([[SPACE, SPACE + 1]]);
      // Every other rule reports what it reports with the data intact.
      const others = (list: typeof messages) => list.filter((m) => m.ruleId !== "wrong-character");
      expect(others(messages)).toEqual(others((await lint(BIN)).messages));
    });
  }
});

describe("the segmenter without its data (dist/jieba/dict.bin, hmm.bin)", () => {
  for (const name of ["dict.bin", "hmm.bin"]) {
    it(`without ${name}: one line naming the file and what to do, exit 2 — not that the report does not exist`, async () => {
      const { dir, bin } = copyOfPackage();
      rmSync(join(dir, "dist", "jieba", name));
      const work = tmp();
      made.push(work);
      const file = join(work, "report.txt");
      writeFileSync(file, REPORT);
      const r = await run([file], { bin, env: { REPORT_LINT_CACHE_DIR: join(work, "cache") } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`分词词典文件 ${join(dir, "dist", "jieba", name)} 不存在，请重新安装 report-lint`);
      expect(r.stderr).not.toContain("文件不存在，请检查路径");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(hasStackTrace(r.stderr)).toBe(false);
    });
  }
});
