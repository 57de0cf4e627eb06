// The browser build's Linter (dist/browser.js, platform.browser.ts in platform.ts's place): config
// files found walking up a web editor's URI directories, read through the host's reader only.
import { describe, expect, it } from "vitest";
import * as browser from "../dist/browser.js";

const ROOT = "vscode-vfs://github/report-lint/demo";

/** A reader over an in-memory tree, recording what it was asked for. */
function tree(files: Record<string, string>): { asked: string[] } {
  const asked: string[] = [];
  browser.provideFileReader(async (path, limit) => {
    asked.push(path);
    const text = files[path];
    if (text === undefined) return null;
    const bytes = new TextEncoder().encode(text);
    return bytes.length > limit ? bytes.length : bytes;
  });
  return { asked };
}

describe("the browser build's Linter", () => {
  it("finds the config file above a document by its URI path and applies its rules and ignorePatterns", async () => {
    const { asked } = tree({ [`${ROOT}/.reportlintrc.json`]: JSON.stringify({ rules: { "stray-latin": "off" }, ignorePatterns: ["草稿/"] }) });
    const linter = new browser.Linter();
    const config = await linter.configFor(`${ROOT}/报告/2024.md`);
    expect(config.configPath).toBe(`${ROOT}/.reportlintrc.json`);
    expect(config.rules["stray-latin"]).toEqual({ severity: "off" });
    expect(asked.slice(0, 5)).toEqual([
      `${ROOT}/报告/.reportlintrc.json`,
      `${ROOT}/报告/.reportlintrc.yaml`,
      `${ROOT}/报告/.reportlintrc.yml`,
      `${ROOT}/报告/package.json`,
      `${ROOT}/.reportlintrc.json`,
    ]);
    expect(linter.isIgnored(`${ROOT}/草稿/a.md`, config)).toBe(true);
    expect(linter.isIgnored(`${ROOT}/报告/2024.md`, config)).toBe(false);
    // Another root is not under the config file.
    expect(linter.isIgnored("vscode-vfs://github/other/草稿/a.md", config)).toBe(false);
  });

  it("walks up to the URI's root and ends there with the defaults", async () => {
    const { asked } = tree({});
    const config = await new browser.Linter().configFor(`${ROOT}/a.md`);
    expect(config.configPath).toBeNull();
    expect(asked.filter((p) => p.endsWith("/.reportlintrc.json"))).toEqual([
      `${ROOT}/.reportlintrc.json`,
      "vscode-vfs://github/report-lint/.reportlintrc.json",
      "vscode-vfs://github/.reportlintrc.json",
    ]);
  });

  it("reports an invalid config file as the CLI does, naming the file and the key", async () => {
    tree({ [`${ROOT}/.reportlintrc.yaml`]: "rules:\n  no-such-rule: error\n" });
    const error = await new browser.Linter().configFor(`${ROOT}/a.md`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(browser.ConfigError);
    expect((error as InstanceType<typeof browser.ConfigError>).path).toBe(`${ROOT}/.reportlintrc.yaml`);
    expect((error as InstanceType<typeof browser.ConfigError>).issues.map((i) => i.pointer)).toEqual(["/rules/no-such-rule"]);
  });

  it("refuses a config file over the size limit without its bytes, and writes no file", async () => {
    tree({ [`${ROOT}/.reportlintrc.json`]: `{"allow": ["${"字".repeat(400_000)}"]}` });
    const error = await new browser.Linter().configFor(`${ROOT}/a.md`).catch((e: unknown) => e);
    expect((error as InstanceType<typeof browser.ConfigError>).issues[0]?.message).toMatch(/文件过大/u);
    await expect(new browser.Linter().fixFile(`${ROOT}/a.md`, { config: browser.defaultConfig() })).rejects.toThrow(/浏览器中不能写文件/u);
  });
});

describe("URI paths", () => {
  const { dirname, join, relative, resolve, isAbsolute, fromUri, toUri } = browser.uriPaths;
  it("treat scheme://authority as a root", () => {
    expect(dirname(`${ROOT}/a.md`)).toBe(ROOT);
    expect(dirname("vscode-vfs://github/")).toBe("vscode-vfs://github/");
    expect(join(ROOT, "..", "x", "./y.md")).toBe("vscode-vfs://github/report-lint/x/y.md");
    expect(resolve(ROOT, "profiles/p.json")).toBe(`${ROOT}/profiles/p.json`);
    expect(resolve(ROOT, "file:///etc/p.json")).toBe("file:///etc/p.json");
    expect(relative(ROOT, `${ROOT}/报告/a.md`)).toBe("报告/a.md");
    expect(relative(`${ROOT}/报告`, `${ROOT}/a.md`)).toBe("../a.md");
    expect(isAbsolute(relative(ROOT, "memfs://other/a.md"))).toBe(true);
  });
  it("turn a URI into a path and back, percent-decoded in between", () => {
    const uri = "vscode-vfs://github/report-lint/demo/%E6%8A%A5%E5%91%8A%201.md";
    expect(fromUri(uri)).toBe(`${ROOT}/报告 1.md`);
    expect(toUri(fromUri(uri)!)).toBe(uri);
    expect(fromUri("untitled:Untitled-1")).toBeNull();
    expect(toUri("/plain/path")).toBeNull();
  });
});
