import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zipOf } from "../../../test-support/zip.js";
import { describe, expect, it } from "vitest";
import { decode, encode, type Encoding } from "@report-lint/core";
import { FIXTURES, hasStackTrace, parseJson, run, tmp } from "./helpers.js";
import { SOURCES } from "./fixtures/generate.mjs";

/**
 * What a town may send, through the built CLI: each case states the exact
 * message and exit code. (Binary, undecodable, non-zip .docx, .docx without a
 * document part, unreadable files and config errors are in bad-input.test.ts
 * and config.test.ts; see docs/reliability.md for the full table.)
 */

/** Run in a fresh directory holding `files`; returns the run and the directory. */
async function runIn(files: Record<string, string | Uint8Array>, args: string[], env?: Record<string, string>) {
  const dir = tmp();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const r = await run(args, env === undefined ? { cwd: dir } : { cwd: dir, env });
  return { ...r, dir };
}

/** One error line on stderr, exactly `line`, exit code 2, no stack trace. */
function refused(r: { code: number; stderr: string }, line: string): void {
  expect(r.stderr).toBe(`${line}\n`);
  expect(r.code).toBe(2);
  expect(hasStackTrace(r.stderr)).toBe(false);
}

/** A .docx (zip) whose only part, word/document.xml, inflates to `size` bytes of spaces. */
function zipBomb(size: number): Buffer {
  return zipOf("word/document.xml", Buffer.alloc(size, 0x20));
}

const LINE = "　　深入学习贯彻习近平法治思想，全面推进依法行政，严格规范公正文明执法，持续优化法治化营商环境。";

describe("empty and blank files", () => {
  it("an empty file: nothing to report, exit 0", async () => {
    const r = await runIn({ "r.txt": "" }, ["r.txt", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout)[0]!.messages).toEqual([]);
  });
  it("only whitespace (spaces, tabs, full-width spaces, CRLF): nothing to report, exit 0, --fix leaves it alone", async () => {
    const blank = " \n\t\r\n　\n";
    const r = await runIn({ "r.txt": blank }, ["r.txt", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout)[0]!.messages).toEqual([]);
    const f = await run(["--fix", "r.txt"], { cwd: r.dir });
    expect(f.code).toBe(0);
    expect(readFileSync(join(r.dir, "r.txt"), "utf8")).toBe(blank);
  });
});

describe("Word files that are not what they claim", () => {
  it("an encrypted .docx (an OLE compound file, as Word writes a password-protected document)", async () => {
    const ole = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4088)]);
    const r = await runIn({ "r.docx": ole }, ["r.docx"]);
    refused(r, "report-lint: r.docx: 这是旧版 .doc 或加密的 Word 文件，无法读取；请在 Word 中另存为未加密的 .docx");
  });
  it("a zip bomb: a 200 KB .docx whose word/document.xml inflates to 210 MB is refused from its declared sizes", async () => {
    const bomb = zipBomb(210 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const r = await runIn({ "r.docx": bomb }, ["r.docx"]);
    refused(r, "report-lint: r.docx: Word 文件解压后过大或压缩比异常（解压后超过 200 MB），疑似压缩炸弹，拒绝处理；请在 Word 中重新另存为 .docx");
  });
});

describe("size limit: text over 2 MB is refused before it is read", () => {
  it("a 50 MB file", async () => {
    const lines = Buffer.from(`${LINE}\n`.repeat(1000));
    const big = Buffer.concat(Array.from({ length: Math.ceil((50 * 1024 * 1024) / lines.length) }, () => lines)).subarray(0, 50 * 1024 * 1024);
    const r = await runIn({ "big.txt": big, "good.txt": `${LINE}\n` }, ["big.txt", "good.txt", "--format", "json"]);
    expect(r.stderr).toBe("report-lint: big.txt: 文件过大（50.0 MB），超过 2.0 MB 的检查上限，未检查；请拆分为较小的文件后再检查\n");
    expect(r.code).toBe(2);
    expect(parseJson(r.stdout).map((x) => x.filePath)).toEqual([join(r.dir, "good.txt")]);
    rmSync(r.dir, { recursive: true, force: true });
  });
  it("a 5 MB single line, also from standard input", async () => {
    const one = Buffer.from(LINE.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(LINE)))).subarray(0, 5 * 1024 * 1024 - 3);
    const line = Buffer.concat([one, Buffer.from("\n")]);
    const r = await runIn({ "line.txt": line }, ["line.txt", "--fix"]);
    refused(r, "report-lint: line.txt: 文件过大（5.0 MB），超过 2.0 MB 的检查上限，未检查；请拆分为较小的文件后再检查");
    expect(readFileSync(join(r.dir, "line.txt")).equals(line), "the file is untouched").toBe(true);
    // Standard input is read only up to the limit (an endless stream must not be read on), so its size is not known.
    const s = await run(["-", "--stdin-filename", "line.txt"], { cwd: r.dir, input: line });
    refused(s, "report-lint: line.txt: 标准输入超过 2.0 MB 的检查上限，未检查；请拆分为较小的文件后再检查");
    rmSync(r.dir, { recursive: true, force: true });
  });
  // How long this takes is measured by `pnpm bench` (large files), not here: the timeout only stops a hang.
  it("10,000 headings (0.8 MB) are linted, every range inside the text", async () => {
    let text = "";
    for (let i = 0; i < 10_000; i++) text += `${(i % 9) + 1}. 第${i}项工作\n　　全面推进依法行政，落实各项工作。\n`;
    const r = await runIn({ "h.txt": text }, ["h.txt", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const messages = parseJson(r.stdout)[0]!.messages;
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(0 <= m.range[0] && m.range[0] <= m.range[1] && m.range[1] <= text.length).toBe(true);
  }, 120_000);
});

describe("encodings and line endings: linted like UTF-8, --fix writes the same encoding back, byte-identical outside the fixes", () => {
  const cases: Array<[keyof typeof SOURCES, Encoding, boolean]> = [
    ["gb18030.txt", "gb18030", false],
    ["utf16le-bom.txt", "utf-16le", true],
    ["utf16be-bom.txt", "utf-16be", true],
  ];
  for (const [name, encoding, bom] of cases) {
    it(name, async () => {
      const dir = tmp();
      copyFileSync(join(FIXTURES, name), join(dir, name));
      writeFileSync(join(dir, "utf8.txt"), SOURCES[name]);
      const lint = parseJson((await run([name, "utf8.txt", "--format", "json"], { cwd: dir })).stdout);
      expect(lint[0]!.messages.length).toBeGreaterThan(0);
      expect(lint[0]!.messages).toEqual(lint[1]!.messages);
      const r = await run(["--fix", name], { cwd: dir });
      expect(r.stderr).toBe("");
      // The expected file: the source with exactly the reported fixes applied, encoded as the input was.
      let expected = SOURCES[name];
      for (const m of [...lint[0]!.messages].filter((x) => x.fix !== undefined).sort((a, b) => b.fix!.range[0] - a.fix!.range[0])) {
        expected = expected.slice(0, m.fix!.range[0]) + m.fix!.text + expected.slice(m.fix!.range[1]);
      }
      expect(expected).not.toBe(SOURCES[name]);
      expect(readFileSync(join(dir, name))).toEqual(Buffer.from(encode(expected, encoding, bom)));
    });
  }

  it("CR-only line endings (old Mac Word export) are kept", async () => {
    const text = "　　全面推进依法行政[bookmark: _GoBack]。\r　　二是加强行政执法监督。\r";
    const r = await runIn({ "cr.txt": text }, ["cr.txt", "--format", "json"]);
    const messages = parseJson(r.stdout)[0]!.messages;
    expect(messages.map((m) => [m.ruleId, m.line, m.range])).toContainEqual(["conversion-artifact", 1, [10, 29]]);
    await run(["--fix", "cr.txt"], { cwd: r.dir });
    expect(readFileSync(join(r.dir, "cr.txt"))).toEqual(Buffer.from("　　全面推进依法行政。\r　　二是加强行政执法监督。\r"));
  });
});

describe("--fix safety", () => {
  it("a crash between writing the temporary file and renaming it leaves the original intact and no temporary file", async () => {
    const dir = tmp();
    copyFileSync(join(FIXTURES, "gb18030.txt"), join(dir, "r.txt"));
    const r = await run(["--fix", "r.txt"], { cwd: dir, env: { REPORT_LINT_TEST_FAIL_BEFORE_RENAME: "1" } });
    refused(r, "report-lint: r.txt: 无法写入（EIO），原文件未改动");
    expect(readFileSync(join(dir, "r.txt"))).toEqual(readFileSync(join(FIXTURES, "gb18030.txt")));
    expect(readdirSync(dir)).toEqual(["r.txt"]);
  });

  it("two concurrent --fix runs on one file end with the file a single run writes", async () => {
    const single = tmp();
    copyFileSync(join(FIXTURES, "utf16le-bom.txt"), join(single, "r.txt"));
    await run(["--fix", "r.txt"], { cwd: single });
    const expected = readFileSync(join(single, "r.txt"));
    expect(expected).not.toEqual(readFileSync(join(FIXTURES, "utf16le-bom.txt")));
    for (let round = 0; round < 3; round++) {
      const dir = tmp();
      copyFileSync(join(FIXTURES, "utf16le-bom.txt"), join(dir, "r.txt"));
      const runs = await Promise.all([run(["--fix", "r.txt"], { cwd: dir }), run(["--fix", "r.txt"], { cwd: dir })]);
      for (const x of runs) expect(hasStackTrace(x.stderr)).toBe(false);
      expect(readFileSync(join(dir, "r.txt"))).toEqual(expected);
      expect(readdirSync(dir)).toEqual(["r.txt"]);
      expect(decode(readFileSync(join(dir, "r.txt"))).encoding).toBe("utf-16le");
    }
  });
});

describe("config is data: JavaScript config files in the linted repository are never executed", () => {
  it(".reportlintrc.js, .reportlintrc.cjs, reportlint.config.js and .mjs would each write a marker file", async () => {
    const marker = (n: string) => `require("fs").writeFileSync(${JSON.stringify(n)}, "ran"); module.exports = { rules: { "conversion-artifact": "off" } };`;
    const files = {
      ".reportlintrc.js": marker("ran-rc-js"),
      ".reportlintrc.cjs": marker("ran-rc-cjs"),
      "reportlint.config.js": marker("ran-config-js"),
      "reportlint.config.cjs": marker("ran-config-cjs"),
      "reportlint.config.mjs": `import { writeFileSync } from "node:fs"; writeFileSync("ran-config-mjs", "ran"); export default { rules: {} };`,
      "package.json": JSON.stringify({ name: "town", scripts: { postinstall: "touch ran-pkg" } }),
      "r.txt": "　　深入学习贯彻[bookmark: _GoBack]习近平法治思想。\n",
    };
    const r = await runIn(files, ["r.txt", "--fix", "--format", "json"]);
    expect(readdirSync(r.dir).filter((f) => f.startsWith("ran"))).toEqual([]);
    // The artifact rule stayed on (the config was not applied) and fixed the file.
    expect(readFileSync(join(r.dir, "r.txt"), "utf8")).toBe("　　深入学习贯彻习近平法治思想。\n");
    expect(existsSync(join(r.dir, "ran-rc-js"))).toBe(false);
  });
});

describe("config errors not covered by config.test.ts", () => {
  it("wrong types (a number for a severity, a string for a list) and an unknown profile in the config file", async () => {
    const types = await runIn({ ".reportlintrc.json": JSON.stringify({ rules: { "conversion-artifact": { severity: 3 } }, ignorePatterns: "x" }), "r.txt": LINE }, ["r.txt"]);
    refused(
      types,
      [
        `report-lint: 配置文件“${join(types.dir, ".reportlintrc.json")}”中“rules.conversion-artifact.severity”：规则“conversion-artifact”的选项“severity”取值“3”不对，应为"off"、"info"、"warning"、"error"之一`,
        `report-lint: 配置文件“${join(types.dir, ".reportlintrc.json")}”中“ignorePatterns”：取值“x”不符合要求，应为数组`,
      ].join("\n"),
    );
    const profile = await runIn({ ".reportlintrc.json": JSON.stringify({ profile: "no-such-profile" }), "r.txt": LINE }, ["r.txt"]);
    refused(
      profile,
      `report-lint: 配置文件“${join(profile.dir, ".reportlintrc.json")}”中“profile”：报告类型“no-such-profile”既不是内置报告类型，也找不到该文件；应使用 fazhi-zhengfu-annual、fazhi-zhengfu-department，或报告类型 JSON 文件的路径`,
    );
  });
});
