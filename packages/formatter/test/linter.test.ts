import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encode } from "@report-lint/core";
import { Linter, MAX_INPUT_BYTES, SourceError, lintText, type SourceProblem } from "../src/index.js";

function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "report-lint-linter-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function problemOf(p: Promise<unknown>): Promise<SourceProblem> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SourceError) return e.problem;
    throw e;
  }
  throw new Error("expected a SourceError");
}

const FAULTY = "　　坚持以习近平法治思想思想为指导,推进依法行政。\n";

describe("Linter", () => {
  it("finds each file's configuration, with the front door's overrides on top", async () => {
    const dir = project({ ".reportlintrc.json": JSON.stringify({ rules: { "duplicated-word": "warning", "stray-latin": "off" } }), "sub/r.txt": FAULTY });
    const plain = new Linter({ cwd: dir });
    const config = await plain.configFor("sub/r.txt");
    expect(config.configPath).toBe(join(dir, ".reportlintrc.json"));
    expect(config.rules["duplicated-word"]).toEqual({ severity: "warning" });
    // One lookup per directory: the same object for a second file there.
    expect(await plain.configFor(join(dir, "sub", "other.txt"))).toBe(config);

    const overridden = new Linter({ cwd: dir, rules: { "duplicated-word": "error" }, profile: "fazhi-zhengfu-department" });
    const o = await overridden.configFor("sub/r.txt");
    expect(o.rules["duplicated-word"]).toEqual({ severity: "error" });
    expect(o.rules["stray-latin"]).toEqual({ severity: "off" });
    expect(o.profile).toBe("fazhi-zhengfu-department");
    expect(o.profileSet).toBe(true);
    const findings = await overridden.lintText(FAULTY, { filePath: join(dir, "sub", "r.txt") });
    expect(findings.find((f) => f.ruleId === "duplicated-word")?.severity).toBe(2);
  });

  it("reads the config named by --config for every file, and forgets what it read when asked", async () => {
    const dir = project({ "a.json": JSON.stringify({ rules: { "duplicated-word": "off" } }), "x/r.txt": FAULTY });
    const linter = new Linter({ cwd: dir, configFile: "a.json" });
    expect((await linter.lintText(FAULTY, { filePath: join(dir, "x", "r.txt") })).some((f) => f.ruleId === "duplicated-word")).toBe(false);
    writeFileSync(join(dir, "a.json"), JSON.stringify({ rules: {} }));
    expect((await linter.configFor("x/r.txt")).rules).toEqual({ "duplicated-word": { severity: "off" } });
    linter.forget();
    expect((await linter.configFor("x/r.txt")).rules).toEqual({});
  });

  it("says whether a config's ignorePatterns exclude a file (relative to the config file)", async () => {
    const dir = project({ ".reportlintrc.yaml": "ignorePatterns: [drafts/]\n" });
    const linter = new Linter({ cwd: dir });
    const config = await linter.configFor("r.txt");
    expect(linter.isIgnored(join(dir, "drafts", "a.txt"), config)).toBe(true);
    expect(linter.isIgnored("drafts/a.txt", config)).toBe(true);
    expect(linter.isIgnored(join(dir, "final", "a.txt"), config)).toBe(false);
    // Outside the config's directory its patterns say nothing.
    expect(linter.isIgnored("/elsewhere/drafts/a.txt", config)).toBe(false);
  });

  it("lints a given configuration without looking for one (the editor's merged settings)", async () => {
    const linter = new Linter({ cwd: "/nonexistent-directory" });
    const config = { configPath: null, profile: "fazhi-zhengfu-annual", rules: { "duplicated-word": { severity: "off" as const } }, allow: [], ignorePatterns: [] };
    const findings = await linter.lintText(FAULTY, { filePath: "/nonexistent-directory/r.txt", config });
    expect(findings.some((f) => f.ruleId === "duplicated-word")).toBe(false);
    expect(findings.some((f) => f.ruleId === "punctuation-width")).toBe(true);
  });

  it("lintFile reads and decodes once; bytes the caller read already are not read again", async () => {
    const dir = project({ "gbk.txt": encode(FAULTY, "gb18030", false) });
    const linter = new Linter({ cwd: dir });
    const { source, findings } = await linter.lintFile(join(dir, "gbk.txt"));
    expect(source.decoded?.encoding).toBe("gb18030");
    expect(source.text).toBe(FAULTY);
    expect(findings.map((f) => f.ruleId)).toContain("duplicated-word");
    // A path that does not exist, with its bytes given (standard input with --stdin-filename).
    const given = await linter.lintFile(join(dir, "missing.txt"), { bytes: Buffer.from(FAULTY) });
    expect(given.findings).toEqual(findings);
  });

  it("fixFile writes the fixed text back in the file's own encoding", async () => {
    const dir = project({ "r.txt": encode(FAULTY, "gb18030", false) });
    const linter = new Linter({ cwd: dir });
    const done = await linter.fixFile(join(dir, "r.txt"));
    expect(done.written).toBe(true);
    const again = await linter.readSource(join(dir, "r.txt"));
    expect(again.decoded?.encoding).toBe("gb18030");
    expect(again.text).toBe("　　坚持以习近平法治思想为指导，推进依法行政。\n");
    expect(readFileSync(join(dir, "r.txt"))).toEqual(Buffer.from(encode(again.text, "gb18030", false)));
  });

  it("says why an input cannot be read, as data for the front door to word", async () => {
    const dir = project({ "big.txt": Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61), "bin.txt": Buffer.from([0, 1, 2, 0, 255, 254, 0, 0]), "bad.docx": "not a zip" });
    const linter = new Linter({ cwd: dir });
    expect(await problemOf(linter.readSource(join(dir, "big.txt")))).toEqual({ reason: "too-large", size: MAX_INPUT_BYTES + 1, limit: MAX_INPUT_BYTES });
    expect(await problemOf(linter.readSource(dir))).toEqual({ reason: "directory" });
    expect(await problemOf(linter.readSource(join(dir, "none.txt")))).toEqual({ reason: "io", code: "ENOENT" });
    expect((await problemOf(linter.readSource(join(dir, "bin.txt")))).reason).toBe("decode");
    expect((await problemOf(linter.readSource(join(dir, "bad.docx")))).reason).toBe("docx");
  });

  it("prints every rule with its effective level and options", async () => {
    const dir = project({ ".reportlintrc.json": JSON.stringify({ allow: ["APP"], rules: { "stray-latin": "off" } }) });
    const printed = await new Linter({ cwd: dir }).printConfig("r.txt");
    expect(printed.file).toBe(join(dir, "r.txt"));
    expect(printed.rules["stray-latin"]).toEqual({ allow: ["APP"], severity: "off" });
    expect(printed.rules["duplicated-word"]?.severity).toBe("error");
    expect(printed.allow).toEqual(["APP"]);
  });
});

describe("findings carry structure", () => {
  const OUTLINE = ["一、主要举措和成效", "", "（一）坚持依法决策", "", "（三）严格规范执法", ""].join("\n");

  it("related places as offsets, with line and column, shifted past leading BOMs like the finding itself", async () => {
    for (const bom of ["", "\ufeff", "\ufeff\ufeff"]) {
      const text = bom + OUTLINE;
      const [f] = (await lintText(text, { filePath: "r.txt" })).messages.filter((m) => m.ruleId === "numbering");
      const earlier = text.indexOf("（一）");
      expect(f!.range[0]).toBe(text.indexOf("（三）"));
      expect(f!.related).toEqual([{ range: [earlier, earlier + 3], line: 3, column: 1, message: "第3行：“（一）”" }]);
    }
  });
});
