// package.json is the extension's manifest: it must agree with the server and the client.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  COMMAND_FIX_ALL as SERVER_COMMAND_FIX_ALL,
  CONFIG_TEMPLATE_NAMES,
  DEFAULT_SETTINGS,
  NOTIFICATION_STATUS,
  REQUEST_CONFIG_FILE,
  REQUEST_CREATE_CONFIG,
  REQUEST_LINT_WORKSPACE,
  REQUEST_TEMPLATE,
  REQUEST_EXISTS,
  REQUEST_READ_DIRECTORY,
  REQUEST_READ_FILE,
  REQUEST_WRITE_NEW_FILE,
  configTemplate,
} from "@report-lint/language-server";
import { builtinProfiles, configSchema } from "@report-lint/schema";
import {
  COMMAND_CREATE_CONFIG,
  COMMAND_FIX_ALL,
  COMMAND_LINT_WORKSPACE,
  COMMAND_NEW_REPORT,
  COMMAND_OPEN_CONFIG,
  COMMANDS,
  CONFIG_FILES,
  LANGUAGES,
  SERVER_CONFIG_FILE,
  SERVER_CREATE_CONFIG,
  SERVER_EXISTS,
  SERVER_FIX_ALL,
  SERVER_READ_DIRECTORY,
  SERVER_READ_FILE,
  SERVER_WRITE_NEW_FILE,
  SERVER_LINT_WORKSPACE,
  SERVER_STATUS,
  SERVER_TEMPLATE,
  SETTINGS_SECTION,
} from "../src/ids.js";

interface Manifest {
  name: string;
  main: string;
  browser: string;
  icon: string;
  engines: { vscode: string };
  activationEvents: string[];
  devDependencies: Record<string, string>;
  contributes: {
    configuration: { properties: Record<string, { default?: unknown; enum?: string[]; examples?: string[]; additionalProperties?: unknown }> };
    commands: { command: string; title: string }[];
    jsonValidation: { fileMatch: string | string[]; url: string }[];
    yamlValidation: { fileMatch: string | string[]; url: string }[];
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

  it("names the commands as the issues ask (fix all, new report; issue 19: lint the workspace, create and open the config)", () => {
    expect(manifest.contributes.commands).toEqual([
      expect.objectContaining({ command: COMMAND_FIX_ALL, title: "report-lint：修复本文件全部问题" }),
      expect.objectContaining({ command: COMMAND_LINT_WORKSPACE, title: "report-lint：检查整个工作区" }),
      expect.objectContaining({ command: COMMAND_CREATE_CONFIG, title: "report-lint：创建配置文件" }),
      expect.objectContaining({ command: COMMAND_OPEN_CONFIG, title: "report-lint：打开配置文件" }),
      expect.objectContaining({ command: COMMAND_NEW_REPORT, title: "report-lint：新建报告模板" }),
    ]);
    // The client registers exactly COMMANDS (bundle.test.ts checks the bundle does).
    expect(manifest.contributes.commands.map((c) => c.command)).toEqual([...COMMANDS]);
  });

  it("activates on the languages the client serves and in a workspace with a config file (so its commands work at once)", () => {
    expect(manifest.activationEvents).toEqual([...LANGUAGES.map((l) => `onLanguage:${l}`), ...CONFIG_FILES.map((f) => `workspaceContains:**/${f}`)]);
    expect(manifest.main).toBe("./dist/extension.js");
    // VS Code for the Web loads the browser entry (bundle.test.ts checks it needs no Node).
    expect(manifest.browser).toBe("./dist/web/extension.js");
  });

  it("validates .reportlintrc.json (VS Code) and .reportlintrc.yaml/.yml (Red Hat's YAML extension) with the packaged config schema", () => {
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: ".reportlintrc.json", url: "./dist/config.schema.json" }]);
    expect(manifest.contributes.yamlValidation).toEqual([{ fileMatch: [".reportlintrc.yaml", ".reportlintrc.yml"], url: "./dist/config.schema.json" }]);
    const matched = [...manifest.contributes.jsonValidation, ...manifest.contributes.yamlValidation].flatMap((v) => v.fileMatch);
    expect(matched.sort()).toEqual([...CONFIG_FILES].sort());
    // The server creates one of the files the schemas cover.
    expect(CONFIG_FILES).toEqual(expect.arrayContaining(Object.values(CONFIG_TEMPLATE_NAMES)));
  });

  it("ships a config schema that is a valid JSON Schema (ajv, strict), accepts the config the server creates and refuses a wrong one", () => {
    // The validator @report-lint/schema itself uses, resolved from that package.
    const fromSchema = createRequire(createRequire(import.meta.url).resolve("@report-lint/schema/package.json"));
    const Ajv2020 = (fromSchema("ajv/dist/2020") as { default: new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } } }).default;
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(configSchema as object);
    expect(validate(JSON.parse(configTemplate("json")))).toBe(true);
    expect(validate(JSON.parse(configTemplate("json", "fazhi-zhengfu-department")))).toBe(true);
    expect(validate({ rules: { "duplicated-word": "loud" } })).toBe(false);
    expect(validate({ profiel: "fazhi-zhengfu-annual" })).toBe(false);
  });

  it("uses the server's names for its commands, requests and status notification", () => {
    expect(SERVER_FIX_ALL).toBe(SERVER_COMMAND_FIX_ALL);
    expect(SERVER_TEMPLATE).toBe(REQUEST_TEMPLATE);
    expect(SERVER_CREATE_CONFIG).toBe(REQUEST_CREATE_CONFIG);
    expect(SERVER_CONFIG_FILE).toBe(REQUEST_CONFIG_FILE);
    expect(SERVER_LINT_WORKSPACE).toBe(REQUEST_LINT_WORKSPACE);
    expect(SERVER_STATUS).toBe(NOTIFICATION_STATUS);
    // The web server's requests for files, which the web client answers.
    expect([SERVER_READ_FILE, SERVER_READ_DIRECTORY, SERVER_EXISTS, SERVER_WRITE_NEW_FILE]).toEqual([REQUEST_READ_FILE, REQUEST_READ_DIRECTORY, REQUEST_EXISTS, REQUEST_WRITE_NEW_FILE]);
  });

  it("has an icon: a PNG of at least 128 × 128, as the Marketplace asks", () => {
    const file = fileURLToPath(new URL(`../${manifest.icon}`, import.meta.url));
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(128);
    expect(png.readUInt32BE(20)).toBe(png.readUInt32BE(16));
  });

  it("types the VS Code API no newer than the engine it declares (vsce refuses otherwise)", () => {
    const engine = manifest.engines.vscode.replace(/^[\^~>=]+/u, "").split(".").map(Number);
    const types = manifest.devDependencies["@types/vscode"]!.replace(/^[\^~>=]+/u, "").split(".").map(Number);
    expect(types[0]).toBe(engine[0]);
    expect(types[1]!).toBeLessThanOrEqual(engine[1]!);
  });
});
