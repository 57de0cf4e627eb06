import { copyFileSync, lstatSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode, encode } from "@report-lint/core";
import { applyEdits, computeEdits, fixFile, fixText, lintText } from "../src/index.js";

const SEEDS = new URL("../../../../shared/corpus/seeds/", import.meta.url);
const seeds = (() => {
  try {
    return readdirSync(SEEDS)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(new URL(f, SEEDS), "utf8") }));
  } catch {
    return [];
  }
})();

const FAULTY = "　　深入学习贯彻[bookmark: _GoBack]习近平法治思想\u200b。\r\n　　全面推进依法行政。\r\n";

describe("computeEdits", () => {
  it("gives the smallest replacements, in order, that turn one text into the other", () => {
    expect(computeEdits("abc", "abc")).toEqual([]);
    expect(computeEdits("思想思想为指导", "思想为指导")).toEqual([{ range: [2, 4], text: "" }]);
    expect(computeEdits("甲,乙;丙", "甲，乙；丙")).toEqual([
      { range: [1, 2], text: "，" },
      { range: [3, 4], text: "；" },
    ]);
    expect(computeEdits("ab", "aXb")).toEqual([{ range: [1, 1], text: "X" }]);
    // A surrogate pair is never split.
    const edits = computeEdits("𠀋a", "𠀌a");
    expect(applyEdits("𠀋a", edits)).toBe("𠀌a");
    for (const e of edits) expect(e.range[0] % 2 === 0 || e.range[0] === 2).toBe(true);
  });
});

describe("fixText", () => {
  it("applies every certain fix, keeps CRLF, and returns edits that reproduce the output", async () => {
    const r = await fixText(FAULTY, { filePath: "a.txt" });
    expect(r.output).toBe("　　深入学习贯彻习近平法治思想。\r\n　　全面推进依法行政。\r\n");
    expect(r.converged).toBe(true);
    expect(r.applied.map((m) => m.ruleId)).toEqual(["conversion-artifact", "conversion-artifact"]);
    expect(r.edits).toEqual([
      { range: [8, 27], text: "" },
      { range: [34, 35], text: "" },
    ]);
    expect(applyEdits(FAULTY, r.edits)).toBe(r.output);
    expect(r.remaining.some((m) => m.ruleId === "conversion-artifact")).toBe(false);
  });

  it.each(seeds.map((s) => [s.name, s.text]))("is idempotent on seed %s and changes only spans that findings named", async (name, text) => {
    const options = { filePath: name };
    const once = await fixText(text, options);
    const twice = await fixText(once.output, options);
    expect(twice.output).toBe(once.output);
    expect(twice.edits).toEqual([]);
    expect(applyEdits(text, once.edits)).toBe(once.output);
    // Every edit lies inside a span named by a finding of the first lint (its range or its fix range),
    // or inside a span named by a finding of a later pass that only exists because of an earlier fix.
    const findings = (await lintText(text, options)).messages;
    const spans = findings.flatMap((m) => (m.fix ? [m.range, m.fix.range] : [m.range]));
    for (const e of once.edits) {
      expect(spans.some(([s, t]) => s <= e.range[0] && e.range[1] <= t), `${name}: edit ${JSON.stringify(e)} inside a finding`).toBe(true);
    }
  });
});

describe("fixFile", () => {
  function tmp(): string {
    return mkdtempSync(join(tmpdir(), "report-lint-formatter-"));
  }

  it("given the bytes and their decoding the caller read, fixes those without reading the file again (one read, one decode)", async () => {
    const file = join(tmp(), "r.txt");
    writeFileSync(file, "this file is not what was read\n");
    const bytes = encode("坚持以习近平法治思想思想为指导。\n", "gb18030", false);
    const r = await fixFile(file, { source: { bytes, decoded: decode(bytes) } });
    expect(r.written).toBe(true);
    expect(decode(readFileSync(file))).toMatchObject({ text: "坚持以习近平法治思想为指导。\n", encoding: "gb18030" });
  });

  it("keeps encoding and BOM, writes atomically, and does not write an unchanged file", async () => {
    for (const [encoding, bom] of [
      ["gb18030", false],
      ["utf-16le", true],
      ["utf-16be", true],
      ["utf-8", true],
    ] as const) {
      const dir = tmp();
      const file = join(dir, "r.txt");
      writeFileSync(file, encode(FAULTY, encoding, bom), { mode: 0o600 });
      const ino = statSync(file).ino;
      const r = await fixFile(file);
      expect(r.written).toBe(true);
      expect(decode(readFileSync(file))).toEqual({ text: r.output, encoding, bom });
      expect(statSync(file).ino).not.toBe(ino);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readdirSync(dir)).toEqual(["r.txt"]);
      const again = await fixFile(file);
      expect(again).toMatchObject({ changed: false, written: false });
    }
  });

  it("does not write in a dry run, nor through a symlink unless told to", async () => {
    const dir = tmp();
    const target = join(dir, "target.txt");
    writeFileSync(target, FAULTY);
    symlinkSync(target, join(dir, "link.txt"));
    expect(await fixFile(target, { dryRun: true })).toMatchObject({ changed: true, written: false, skipped: "dry-run" });
    expect(await fixFile(join(dir, "link.txt"))).toMatchObject({ changed: true, written: false, skipped: "symlink" });
    expect(readFileSync(target, "utf8")).toBe(FAULTY);
    const followed = await fixFile(join(dir, "link.txt"), { followSymlink: true });
    expect(followed).toMatchObject({ written: true, path: target });
    expect(lstatSync(join(dir, "link.txt")).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe(followed.output);
  });

  it("refuses binary input with core's DecodeError", async () => {
    const dir = tmp();
    const file = join(dir, "b.txt");
    writeFileSync(file, Buffer.from([0, 1, 2, 3]));
    await expect(fixFile(file)).rejects.toMatchObject({ name: "DecodeError" });
    copyFileSync(file, join(dir, "c.txt"));
  });
});
