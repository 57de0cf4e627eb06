import { chmodSync, copyFileSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode, encode } from "@report-lint/core";
import { examples, FIXTURES, makeDocx, parseJson, run, seeds, tmp } from "./helpers.js";
import { SOURCES } from "./fixtures/generate.mjs";

const BOOKMARK = /\[bookmark: [^\]]*\]/gu;

/** Copy fixtures into a fresh directory (tests never modify the committed fixtures). */
function copy(...names: string[]): string {
  const dir = tmp();
  for (const n of names) copyFileSync(join(FIXTURES, n), join(dir, n));
  return dir;
}

describe("--fix keeps encoding, BOM and line endings", () => {
  for (const [name, encoding, bom] of [
    ["gb18030.txt", "gb18030", false],
    ["utf16le-bom.txt", "utf-16le", true],
    ["utf16be-bom.txt", "utf-16be", true],
    ["utf8-bom.txt", "utf-8", true],
    ["crlf.txt", "utf-8", false],
  ] as const) {
    it(name, async () => {
      const dir = copy(name);
      const r = await run(["--fix", name, "--format", "json"], { cwd: dir });
      expect(r.stderr).toBe("");
      const after = decode(readFileSync(join(dir, name)));
      expect(after).toEqual({ text: SOURCES[name].replace(BOOKMARK, ""), encoding, bom });
      // The remaining findings refer to the fixed text: no conversion artifact is left.
      expect(parseJson(r.stdout)[0]!.messages.filter((m) => m.ruleId === "conversion-artifact")).toEqual([]);
    });
  }

  it("leaves CRLF line endings as CRLF", async () => {
    const dir = copy("crlf.txt");
    await run(["--fix", "crlf.txt"], { cwd: dir });
    const text = readFileSync(join(dir, "crlf.txt"), "utf8");
    expect(text.split("\r\n")).toHaveLength(3);
    expect(text.replace(/\r\n/gu, "")).not.toContain("\n");
  });
});

describe("--fix writes safely", () => {
  it("replaces the file atomically (new inode) and keeps its permissions", async () => {
    const dir = copy("crlf.txt");
    const file = join(dir, "crlf.txt");
    chmodSync(file, 0o640);
    const before = statSync(file);
    await run(["--fix", "crlf.txt"], { cwd: dir });
    const after = statSync(file);
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect(readFileSync(file, "utf8")).not.toMatch(BOOKMARK);
  });

  it("does not write a file that did not change, and a second --fix changes nothing (idempotent)", async () => {
    const dir = copy("gb18030.txt");
    const file = join(dir, "gb18030.txt");
    await run(["--fix", "gb18030.txt"], { cwd: dir });
    const once = readFileSync(file);
    const st = statSync(file);
    await run(["--fix", "gb18030.txt"], { cwd: dir });
    expect(readFileSync(file)).toEqual(once);
    expect(statSync(file).ino).toBe(st.ino);
    expect(statSync(file).mtimeMs).toBe(st.mtimeMs);
  });

  it("fixes the seeds idempotently and only inside the spans the findings named", async () => {
    const dir = tmp();
    const names = seeds().map((s, i) => {
      const name = `seed${i}.txt`;
      copyFileSync(s, join(dir, name));
      return name;
    });
    const lint = parseJson((await run([...names, "--format", "json"], { cwd: dir })).stdout);
    await run(["--fix", ...names], { cwd: dir });
    const once = names.map((n) => readFileSync(join(dir, n), "utf8"));
    await run(["--fix", ...names], { cwd: dir });
    expect(names.map((n) => readFileSync(join(dir, n), "utf8"))).toEqual(once);
    for (const [i, n] of names.entries()) {
      const original = readFileSync(seeds()[i]!, "utf8");
      const fixed = once[i]!;
      // Every changed character lies inside some finding's fix range (or the range it named).
      const spans = lint[i]!.messages.filter((m) => m.fix !== undefined).flatMap((m) => [m.fix!.range, m.range]);
      let prefix = 0;
      while (prefix < original.length && original[prefix] === fixed[prefix]) prefix++;
      if (prefix === original.length && original.length === fixed.length) continue;
      expect(spans.some(([s, e]) => s <= prefix && prefix <= e), `${n}: first change at ${prefix} is inside a finding`).toBe(true);
      let suffix = 0;
      while (suffix < original.length - prefix && original[original.length - 1 - suffix] === fixed[fixed.length - 1 - suffix]) suffix++;
      const lastChanged = original.length - suffix;
      expect(spans.some(([s, e]) => s <= lastChanged && lastChanged <= e), `${n}: last change at ${lastChanged} is inside a finding`).toBe(true);
    }
  });

  it("writes through a symlink the user named, keeping the link", async () => {
    const dir = copy("crlf.txt");
    symlinkSync("crlf.txt", join(dir, "link.txt"));
    await run(["--fix", "link.txt"], { cwd: dir });
    expect(lstatSync(join(dir, "link.txt")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.txt"))).toBe("crlf.txt");
    expect(readFileSync(join(dir, "crlf.txt"), "utf8")).not.toMatch(BOOKMARK);
  });

  it("does not write through a symlink met while walking a directory", async () => {
    const outside = copy("crlf.txt");
    const dir = tmp();
    mkdirSync(join(dir, "reports"));
    symlinkSync(join(outside, "crlf.txt"), join(dir, "reports", "linked.txt"));
    const r = await run(["--fix", "reports"], { cwd: dir });
    expect(readFileSync(join(outside, "crlf.txt"))).toEqual(readFileSync(join(FIXTURES, "crlf.txt")));
    expect(r.stderr).toContain("reports/linked.txt: 是目录中的符号链接，未修改");
  });
});

describe("--fix changes nothing but the fixes, byte for byte", () => {
  const report = "一、总体情况\n全面推进依法行政，，加强执法监督。\n";

  it("does not write a GBK file whose bytes GB18030 would write otherwise (Windows' euro sign 0x80), and says why", async () => {
    const dir = tmp();
    const bytes = Buffer.concat([encode(report, "gb18030", false), Buffer.from([0xd3, 0xc3, 0x80, 0x0a])]);
    writeFileSync(join(dir, "gbk.txt"), bytes);
    const r = await run(["--fix", "gbk.txt"], { cwd: dir });
    expect(readFileSync(join(dir, "gbk.txt"))).toEqual(bytes);
    expect(r.stderr).toContain("gbk.txt: 文件中有按其编码无法原样写回的字节");
    // What could not be fixed is still listed.
    expect(r.stdout).toContain("duplicated-word");
    expect(r.code).toBe(1);
  });

  it("keeps a second byte order mark (text after the file's own), fixing only the finding", async () => {
    const dir = tmp();
    const mark = Buffer.from([0xef, 0xbb, 0xbf]);
    writeFileSync(join(dir, "marks.txt"), Buffer.concat([mark, mark, Buffer.from(report)]));
    await run(["--fix", "marks.txt"], { cwd: dir });
    expect(readFileSync(join(dir, "marks.txt"))).toEqual(Buffer.concat([mark, mark, Buffer.from(report.replace("，，", "，"))]));
  });
});

describe("--fix-dry-run", () => {
  it("prints a unified diff and writes nothing", async () => {
    const dir = copy("crlf.txt");
    const r = await run(["--fix-dry-run", "crlf.txt"], { cwd: dir });
    expect(r.stdout).toContain("--- a/crlf.txt");
    expect(r.stdout).toContain("+++ b/crlf.txt");
    expect(r.stdout).toMatch(/^-　　依法化解矛盾纠纷156起\[bookmark: _GoBack\]，调解成功率达98%。\r$/mu);
    expect(r.stdout).toMatch(/^\+　　依法化解矛盾纠纷156起，调解成功率达98%。\r$/mu);
    expect(readFileSync(join(dir, "crlf.txt"))).toEqual(readFileSync(join(FIXTURES, "crlf.txt")));
    expect(r.stderr).toContain("1 个文件可自动修复");
  });
});

describe(".docx and --output", () => {
  it("never modifies a .docx in place and explains what to do", async () => {
    const dir = tmp();
    const bytes = await makeDocx(["深入学习贯彻[bookmark: _GoBack]习近平法治思想。"]);
    writeFileSync(join(dir, "r.docx"), bytes);
    const r = await run(["--fix", "r.docx"], { cwd: dir });
    expect(readFileSync(join(dir, "r.docx"))).toEqual(Buffer.from(bytes));
    expect(r.stderr).toContain("r.docx: Word 文件不会被直接修改");
    expect(r.stderr).toContain("--output");
    expect(r.code).toBe(1);
  });

  it("writes the fixed text of a .docx to --output", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.docx"), await makeDocx(["深入学习贯彻[bookmark: _GoBack]习近平法治思想。", "全面推进依法行政。"]));
    const r = await run(["--fix", "r.docx", "--output", "r.fixed.txt"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(readFileSync(join(dir, "r.fixed.txt"), "utf8")).toBe("深入学习贯彻习近平法治思想。\n\n全面推进依法行政。\n");
  });

  it("refuses --output without --fix, with several inputs, or to a .docx", async () => {
    const dir = copy("crlf.txt", "gb18030.txt");
    expect((await run(["crlf.txt", "--output", "x.txt"], { cwd: dir })).code).toBe(2);
    expect((await run(["--fix", "crlf.txt", "gb18030.txt", "--output", "x.txt"], { cwd: dir })).stderr).toContain("--output 只能用于一个输入文件");
    expect((await run(["--fix", "crlf.txt", "--output", "x.docx"], { cwd: dir })).stderr).toContain("--output 写入 .docx 只用于 .docx 输入");
  });
});

describe("standard input", () => {
  it("with --fix prints the fixed text to standard output", async () => {
    const r = await run(["-", "--fix", "--stdin-filename", "draft.md"], { input: "深入学习贯彻[bookmark: _GoBack]习近平法治思想。\n" });
    expect(r.stdout).toBe("深入学习贯彻习近平法治思想。\n");
    expect(r.code).toBe(0);
  });
});

describe("real reports: the seeds and examples/", () => {
  it("after --fix nothing fixable is left and a second --fix changes nothing", async () => {
    const dir = tmp();
    const names = [...seeds(), ...examples()].map((src, i) => {
      const name = `${i}-${src.split("/").pop()!}`;
      copyFileSync(src, join(dir, name));
      // A working copy: the seeds are read-only (mode 444), and --fix leaves read-only files alone.
      chmodSync(join(dir, name), 0o644);
      return name;
    });
    expect(names.length).toBeGreaterThanOrEqual(5);
    const fix = await run(["--fix", ...names, "--format", "json"], { cwd: dir });
    expect([0, 1]).toContain(fix.code);
    for (const r of parseJson(fix.stdout)) expect(r.messages.filter((m) => m.fix !== undefined), r.filePath).toEqual([]);
    const dry = await run(["--fix-dry-run", ...names], { cwd: dir });
    expect(dry.stdout).toBe("");
    expect(dry.stderr).toContain("0 个文件可自动修复");
  });
});
