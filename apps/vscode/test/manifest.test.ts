// package.json is the extension's manifest: it must agree with the server and the client.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "@report-lint/language-server";
import { builtinProfiles, configSchema } from "@report-lint/schema";
import { COMMAND_FIX_ALL, COMMAND_NEW_REPORT, LANGUAGES, SETTINGS_SECTION } from "../src/ids.js";

interface Manifest {
  name: string;
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  devDependencies: Record<string, string>;
  contributes: {
    configuration: { properties: Record<string, { default?: unknown; enum?: string[]; examples?: string[]; additionalProperties?: unknown }> };
    commands: { command: string; title: string }[];
    jsonValidation: { fileMatch: string; url: string }[];
  };
}

const manifest = JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8")) as Manifest;
const props = manifest.contributes.configuration.properties;

describe("manifest", () => {
  it("declares exactly the settings the server reads, with the server's defaults", () => {
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      expect(props[`${SETTINGS_SECTION}.${key}`]?.default, key).toEqual(value);
    }
    const declared = Object.keys(props).filter((k) => k !== `${SETTINGS_SECTION}.trace.server`);
    expect(declared.sort()).toEqual(Object.keys(DEFAULT_SETTINGS).map((k) => `${SETTINGS_SECTION}.${k}`).sort());
    expect(props[`${SETTINGS_SECTION}.run`]?.enum).toEqual(["onType", "onSave"]);
  });

  it("accepts in reportLint.rules what the config file accepts in rules, and suggests the built-in profiles", () => {
    const rules = (configSchema as { properties: { rules: { additionalProperties: unknown } } }).properties.rules.additionalProperties;
    expect(props[`${SETTINGS_SECTION}.rules`]?.additionalProperties).toEqual(rules);
    expect(props[`${SETTINGS_SECTION}.profile`]?.examples?.sort()).toEqual(Object.keys(builtinProfiles).sort());
  });

  it("names the two commands as the issue asks", () => {
    expect(manifest.contributes.commands).toEqual([
      expect.objectContaining({ command: COMMAND_FIX_ALL, title: "report-lint：修复全部问题" }),
      expect.objectContaining({ command: COMMAND_NEW_REPORT, title: "report-lint：新建报告模板" }),
    ]);
  });

  it("activates on the languages the client serves and validates .reportlintrc.json with the packaged schema", () => {
    expect(manifest.activationEvents).toEqual(LANGUAGES.map((l) => `onLanguage:${l}`));
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: ".reportlintrc.json", url: "./dist/config.schema.json" }]);
    expect(manifest.main).toBe("./dist/extension.js");
  });

  it("types the VS Code API no newer than the engine it declares (vsce refuses otherwise)", () => {
    const engine = manifest.engines.vscode.replace(/^[\^~>=]+/u, "").split(".").map(Number);
    const types = manifest.devDependencies["@types/vscode"]!.replace(/^[\^~>=]+/u, "").split(".").map(Number);
    expect(types[0]).toBe(engine[0]);
    expect(types[1]!).toBeLessThanOrEqual(engine[1]!);
  });
});
