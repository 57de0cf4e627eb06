import { BoundedReadError } from "./bounded-read-error.js";
import { basename, cwd as workingDirectory, dirname, isAbsolute, join, readBounded, resolve } from "./platform.js";
import {
  DEFAULT_PROFILE_ID,
  builtinProfiles,
  compileSchema,
  didYouMean,
  keyPath,
  getBuiltinProfile,
  validateConfig,
  validateProfile,
  type Config,
  type ErrorObject,
  type Profile,
  type ValidateFunction,
} from "@report-lint/schema";
import { rules as presetRules } from "textlint-rule-preset-gov-report";
import type { EngineOptions, RuleSetting, RuleSeverity } from "./engine.js";
import { docxLayoutMeta, DOCX_LAYOUT_ID } from "./docx-layout.js";

/** What config checks need of a rule: the preset's, or the engine's own docx-layout. */
interface CheckedMeta {
  severity: string;
  optionsSchema: Record<string, unknown>;
}

/** The meta of a rule id: the preset's rules and the engine's docx-layout. */
export function ruleMeta(id: string): CheckedMeta | undefined {
  return id === DOCX_LAYOUT_ID ? docxLayoutMeta : presetRules[id]?.meta;
}
import { commonJsExports } from "./interop.js";
import { unknownDirectiveRules, type DirectiveProblem } from "./directives.js";

/** One problem in a configuration, with a JSON pointer to the bad value; in Chinese, and in English for an English command line. */
export interface ConfigIssue {
  pointer: string;
  message: string;
  en?: string;
}

/**
 * One problem as a line a reader follows without knowing JSON pointers:
 * 配置文件“/r/.reportlintrc.json”中“rules.stray-latn”：不认识的规则“stray-latn”，您是否要输入“stray-latin”？
 * `file` names the file (配置文件“…”, 报告类型文件“…”); a problem with the whole file names no key.
 */
export function issueLine(file: string, issue: ConfigIssue): string {
  const key = keyPath(issue.pointer);
  return key === "" ? `${file}：${issue.message}` : `${file}中“${key}”：${issue.message}`;
}

/** issueLine in English: `config file '/r/.reportlintrc.json', key "rules.stray-latn": unknown rule …` (the Chinese message when there is no English one). */
export function issueLineEn(file: string, issue: ConfigIssue): string {
  const key = keyPath(issue.pointer);
  const message = issue.en ?? issue.message;
  return key === "" ? `${file}: ${message}` : `${file}, key "${key}": ${message}`;
}

/**
 * An invalid configuration file (or a profile file it names): which file, and
 * what is wrong where, in Chinese. The message has one line per problem (see issueLine), every
 * problem found at once.
 */
export class ConfigError extends Error {
  readonly path: string;
  readonly issues: ConfigIssue[];
  /** The problems of another file found with these (a broken profile file the config names): their lines follow. */
  readonly also: ConfigError[];
  constructor(path: string, issues: ConfigIssue[], also: ConfigError[] = []) {
    super([...issues.map((i) => issueLine(`配置文件“${path}”`, i)), ...also.map((e) => e.message)].join("\n"));
    this.name = "ConfigError";
    this.path = path;
    this.issues = issues;
    this.also = also;
  }

  /** The lines of the message in a language: "zh" (the message) or "en". */
  lines(locale: "zh" | "en"): string[] {
    if (locale === "zh") return this.message.split("\n");
    return [...this.issues.map((i) => issueLineEn(`config file '${this.path}'`, i)), ...this.also.flatMap((e) => e.lines("en"))];
  }
}

/** The configuration that applies to one file. */
export interface ResolvedConfig {
  /** The file it came from, or null when none was found (defaults). */
  configPath: string | null;
  /** A built-in profile id, or a profile read from a JSON file. */
  profile: string | Profile;
  /**
   * Was the profile chosen (in the file or on the command line)? When not, the structure rules
   * choose it by the report's issuer (the department profile for a department's report).
   */
  profileSet?: boolean;
  rules: Record<string, RuleSetting>;
  allow: string[];
  ignorePatterns: string[];
}

/** Config file names, in the order they are looked for in each directory. */
export const CONFIG_FILE_NAMES = [".reportlintrc.json", ".reportlintrc.yaml", ".reportlintrc.yml"] as const;

/** The configuration used when no config file is found. */
export function defaultConfig(): ResolvedConfig {
  return { configPath: null, profile: DEFAULT_PROFILE_ID, rules: {}, allow: [], ignorePatterns: [] };
}

/** The ids of every rule in the preset. */
export function knownRuleIds(): string[] {
  return [...Object.keys(presetRules), DOCX_LAYOUT_ID];
}

/** Escape a key for a JSON pointer (RFC 6901). */
function ptr(...parts: string[]): string {
  return "/" + parts.map((p) => p.replace(/~/gu, "~0").replace(/\//gu, "~1")).join("/");
}

/** A config or profile file is a page of settings: more than this is not one (and is not read on). */
const MAX_CONFIG_BYTES = 1024 * 1024;

async function readText(path: string): Promise<string | null> {
  try {
    return new TextDecoder().decode(await readBounded(path, MAX_CONFIG_BYTES));
  } catch (e) {
    if (e instanceof BoundedReadError) {
      const [message, en] =
        e.reason === "too-large"
          ? [`文件过大（超过 ${MAX_CONFIG_BYTES / 1024 / 1024} MB），不是配置文件`, `too large (over ${MAX_CONFIG_BYTES / 1024 / 1024} MB) to be a config file`]
          : e.reason === "directory"
            ? ["这是目录，不是文件", "a directory, not a file"]
            : ["不是普通文件（设备、管道或套接字），未读取", "not a regular file (a device, pipe or socket); not read"];
      throw new ConfigError(path, [{ pointer: "/", message, en }]);
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw new ConfigError(path, [{ pointer: "/", message: `无法读取（${code ?? "未知错误"}），请检查文件权限`, en: `cannot be read (${code ?? "unknown error"}); check the file's permissions` }]);
  }
}

/** Parse JSON or YAML (never code) into data, with a readable Chinese error naming the line. */
async function parseData(path: string, text: string): Promise<unknown> {
  const body = text.replace(/^\ufeff/u, "");
  if (/\.ya?ml$/iu.test(path)) {
    // The YAML parser is loaded only for a YAML file.
    const { parse: parseYaml, YAMLParseError } = commonJsExports(await import("yaml"), "parse");
    try {
      return parseYaml(body, { maxAliasCount: 100 });
    } catch (e) {
      const pos = e instanceof YAMLParseError ? e.linePos?.[0] : undefined;
      const where = pos ? `第 ${pos.line} 行第 ${pos.col} 列` : "";
      throw new ConfigError(path, [
        { pointer: "/", message: `不是有效的 YAML${where ? `（${where}）` : ""}，应检查缩进与冒号`, en: `not valid YAML${pos ? ` (line ${pos.line}, column ${pos.col})` : ""}; check the indentation and colons` },
      ]);
    }
  }
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    const m = /position (\d+)/u.exec(e instanceof Error ? e.message : "");
    let where = "";
    let whereEn = "";
    if (m) {
      const pos = Number(m[1]);
      const before = body.slice(0, pos);
      const line = before.split("\n").length;
      where = `第 ${line} 行第 ${pos - before.lastIndexOf("\n")} 列`;
      whereEn = ` (line ${line}, column ${pos - before.lastIndexOf("\n")})`;
    }
    throw new ConfigError(path, [{ pointer: "/", message: `不是有效的 JSON${where ? `（${where}）` : ""}，应检查逗号、引号与括号`, en: `not valid JSON${whereEn}; check the commas, quotes and brackets` }]);
  }
}

/** Drop an issue whose pointer is a parent of another issue's: the deeper one says what is wrong. */
function specific(issues: ConfigIssue[]): ConfigIssue[] {
  return issues.filter((i) => i.pointer === "/" || !issues.some((j) => j.pointer.startsWith(`${i.pointer}/`)));
}

/** A rule setting as written in a config (`true`, `"warning"`, `{ "severity": "off", … }`) → RuleSetting. */
export function normalizeRuleSetting(value: unknown): RuleSetting {
  if (value === true) return {};
  if (value === false) return { severity: "off" };
  if (typeof value === "string") return { severity: value as RuleSeverity };
  if (typeof value === "object" && value !== null) return { ...(value as RuleSetting) };
  return {};
}

/**
 * What a config entry of rule `id` may hold: the rule's options and its severity. (Checked against
 * the meta-schema for every rule by test/rule-entry-schema.test.ts; compileSchema does not check it.)
 */
export function ruleEntrySchema(id: string): object {
  let schema = entrySchemas.get(id);
  if (schema === undefined) {
    const options = ruleMeta(id)!.optionsSchema;
    const properties = { ...((options.properties as Record<string, unknown> | undefined) ?? {}), severity: { enum: ["off", "info", "warning", "error"] } };
    schema = { type: "object", ...options, properties };
    entrySchemas.set(id, schema);
  }
  return schema;
}
const entrySchemas = new Map<string, object>();

const optionValidator = (id: string): ValidateFunction => compileSchema(ruleEntrySchema(id), "lenient");

function optionIssue(id: string, e: ErrorObject): ConfigIssue {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === "additionalProperties") {
    const names = ["severity", ...Object.keys((ruleMeta(id)!.optionsSchema.properties as object | undefined) ?? {})];
    const option = String(p.additionalProperty);
    const meant = didYouMean(option, names);
    return {
      pointer: ptr("rules", id, option),
      message: meant === undefined ? `规则“${id}”没有选项“${option}”，应删除；可用的选项：${names.join("、")}` : `规则“${id}”没有选项“${option}”，您是否要输入“${meant}”？`,
      en: meant === undefined ? `rule "${id}" has no option "${option}"; remove it (options: ${names.join(", ")})` : `rule "${id}" has no option "${option}"; did you mean "${meant}"?`,
    };
  }
  const pointer = ptr("rules", id) + e.instancePath;
  const what = `规则“${id}”的选项${e.instancePath ? `“${keyPath(e.instancePath)}”` : ""}`;
  const whatEn = e.instancePath ? `option "${keyPath(e.instancePath)}" of rule "${id}"` : `the options of rule "${id}"`;
  switch (e.keyword) {
    case "type":
      return { pointer, message: `${what}类型不对，应为${String(p.type)}`, en: `${whatEn} should be of type ${String(p.type)}` };
    case "enum": {
      const allowed = p.allowedValues as unknown[];
      const meant = typeof e.data === "string" ? didYouMean(e.data, allowed.filter((x): x is string => typeof x === "string")) : undefined;
      const given = typeof e.data === "string" || typeof e.data === "number" ? `“${e.data}”` : "";
      const givenEn = typeof e.data === "string" ? ` "${e.data}"` : typeof e.data === "number" ? ` ${e.data}` : "";
      return {
        pointer,
        message: `${what}取值${given}不对，应为${allowed.map((x) => JSON.stringify(x)).join("、")}之一${meant === undefined ? "" : `；您是否要输入“${meant}”？`}`,
        en: `${whatEn}: value${givenEn} is not allowed; expected one of ${allowed.map((x) => JSON.stringify(x)).join(", ")}${meant === undefined ? "" : `; did you mean "${meant}"?`}`,
      };
    }
    default:
      return { pointer, message: `${what}不符合要求（${e.message ?? e.keyword}），应参照规则文档修改`, en: `${whatEn} ${e.message ?? e.keyword}; see the rule's documentation` };
  }
}

/** The control comments of `text` that name a rule no rule has (see unknownDirectiveRules), each with the rule meant. */
export function directiveProblems(text: string): DirectiveProblem[] {
  const known = knownRuleIds();
  return unknownDirectiveRules(text, known, (id) => didYouMean(id, known));
}

/** 不认识的规则“x”, then the rule meant (a typo) or every rule there is. */
export function unknownRuleMessage(id: string, known: readonly string[] = knownRuleIds()): string {
  return unknownRule(id, known)[0];
}

/** An unknown rule id's message: [Chinese, English]. */
function unknownRule(id: string, known: readonly string[]): [string, string] {
  const meant = didYouMean(id, known);
  return meant === undefined
    ? [`不认识的规则“${id}”，应删除或改为已有的规则：${known.join("、")}`, `unknown rule "${id}"; remove it or use one of: ${known.join(", ")}`]
    : [`不认识的规则“${id}”，您是否要输入“${meant}”？`, `unknown rule "${id}"; did you mean "${meant}"?`];
}

/** Check rule ids and each rule's options against the preset. */
function checkRules(rules: Record<string, unknown>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const known = knownRuleIds();
  for (const [id, value] of Object.entries(rules)) {
    if (ruleMeta(id) === undefined) {
      const [message, en] = unknownRule(id, known);
      issues.push({ pointer: ptr("rules", id), message, en });
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    const v = optionValidator(id);
    if (!v(value)) for (const e of v.errors ?? []) issues.push(optionIssue(id, e));
  }
  return issues;
}

/**
 * Read a profile: a built-in id, or a path (relative to `baseDir`) to a
 * profile JSON/YAML file validated against profile.schema.json.
 */
export async function loadProfile(idOrPath: string, baseDir: string, origin: { path: string; pointer: string }): Promise<string | Profile> {
  if (getBuiltinProfile(idOrPath) !== undefined) return idOrPath;
  const path = isAbsolute(idOrPath) ? idOrPath : resolve(baseDir, idOrPath);
  const text = await readText(path);
  if (text === null) {
    const ids = Object.keys(builtinProfiles);
    const meant = didYouMean(idOrPath, ids);
    throw new ConfigError(origin.path, [
      {
        pointer: origin.pointer,
        message:
          meant === undefined
            ? `报告类型“${idOrPath}”既不是内置报告类型，也找不到该文件；应使用 ${ids.join("、")}，或报告类型 JSON 文件的路径`
            : `报告类型“${idOrPath}”既不是内置报告类型，也找不到该文件；您是否要输入“${meant}”？`,
        en:
          meant === undefined
            ? `profile "${idOrPath}" is neither a built-in profile nor a file; use ${ids.join(", ")} or the path of a profile JSON file`
            : `profile "${idOrPath}" is neither a built-in profile nor a file; did you mean "${meant}"?`,
      },
    ]);
  }
  const data = await parseData(path, text);
  const checked = validateProfile(data);
  if (!checked.ok) throw new ConfigError(path, checked.issues);
  return checked.value;
}

/** Read, validate and resolve one config file; `data` is given for package.json#reportlint. */
export async function loadConfigFile(path: string, data?: unknown, pointerPrefix = ""): Promise<ResolvedConfig> {
  if (data === undefined) {
    const text = await readText(path);
    if (text === null) throw new ConfigError(path, [{ pointer: "/", message: "找不到配置文件，应检查路径", en: "no such config file; check the path" }]);
    data = await parseData(path, text);
  }
  if (data === null || data === undefined) data = {};
  const checked = validateConfig(data);
  const prefixed = (issues: ConfigIssue[]): ConfigIssue[] =>
    issues.map((i) => ({ ...i, pointer: pointerPrefix + (i.pointer === "/" && pointerPrefix ? "" : i.pointer) }));
  // Every problem at once: the schema's, the rules' (ids and options, wherever `rules` is an object)
  // and the profile's, so that one run shows all there is to correct.
  const raw = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const ruleIssues = typeof raw.rules === "object" && raw.rules !== null && !Array.isArray(raw.rules) ? checkRules(raw.rules as Record<string, unknown>) : [];
  // A rule's own check says more than the schema's about the same value (an unknown id, an option of it).
  const schemaIssues = checked.ok ? [] : specific(checked.issues).filter((i) => !ruleIssues.some((r) => i.pointer === r.pointer || i.pointer.startsWith(`${r.pointer}/`)));
  let profile: string | Profile = DEFAULT_PROFILE_ID;
  const profileIssues: ConfigIssue[] = [];
  const profileFile: ConfigError[] = [];
  if (typeof raw.profile === "string" && raw.profile.length > 0) {
    try {
      profile = await loadProfile(raw.profile, dirname(path), { path, pointer: "/profile" });
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      if (e.path === path) profileIssues.push(...e.issues);
      // A broken profile file is that file's own error: alone, or told after this file's.
      else if (schemaIssues.length + ruleIssues.length === 0) throw e;
      else profileFile.push(e);
    }
  }
  const issues = [...schemaIssues, ...ruleIssues, ...profileIssues].sort((a, b) => order(data, a.pointer) - order(data, b.pointer));
  if (issues.length > 0) throw new ConfigError(path, prefixed(issues), profileFile);
  const config: Config = (checked as { ok: true; value: Config }).value;
  const rules: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(config.rules ?? {})) rules[id] = normalizeRuleSetting(value);
  return { configPath: path, profile, profileSet: config.profile !== undefined, rules, allow: config.allow ?? [], ignorePatterns: config.ignorePatterns ?? [] };
}

/** Where a problem's top-level key is written in the file, so the lines come in the file's order. */
function order(data: unknown, pointer: string): number {
  const top = pointer.split("/")[1]?.replace(/~1/gu, "/").replace(/~0/gu, "~");
  const keys = typeof data === "object" && data !== null ? Object.keys(data) : [];
  const at = top === undefined ? -1 : keys.indexOf(top);
  if (at < 0) return -1;
  // Inside `rules`, by the rule's place in it.
  const second = pointer.split("/")[2];
  const inner = top === "rules" && second !== undefined ? Object.keys(((data as Record<string, unknown>).rules as object | null) ?? {}).indexOf(second.replace(/~1/gu, "/").replace(/~0/gu, "~")) : 0;
  return at * 10000 + Math.max(0, inner);
}

/** The config file found in one directory, or null. */
async function configIn(dir: string): Promise<ResolvedConfig | null> {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(dir, name);
    const text = await readText(path);
    if (text !== null) return loadConfigFile(path, await parseData(path, text));
  }
  const pkgPath = join(dir, "package.json");
  const pkg = await readText(pkgPath);
  if (pkg !== null) {
    let data: unknown;
    try {
      data = JSON.parse(pkg.replace(/^\ufeff/u, ""));
    } catch {
      return null; // not ours to judge
    }
    if (typeof data === "object" && data !== null && "reportlint" in data) {
      return loadConfigFile(pkgPath, (data as { reportlint: unknown }).reportlint, "/reportlint");
    }
  }
  return null;
}

/**
 * The configuration that applies to `filePath`: `configFile` if given, else the
 * first of .reportlintrc.json / .reportlintrc.yaml / .reportlintrc.yml /
 * package.json#reportlint found walking up from the file's directory, else the
 * defaults. Only JSON and YAML are read; nothing from the repository is executed.
 * Throws ConfigError (Chinese, naming the file and the JSON pointer of the bad key).
 */
export async function resolveConfig(filePath: string, opts: { configFile?: string; cwd?: string } = {}): Promise<ResolvedConfig> {
  const cwd = opts.cwd ?? workingDirectory();
  if (opts.configFile !== undefined) {
    const path = resolve(cwd, opts.configFile);
    if (basename(path) === "package.json") {
      const text = await readText(path);
      if (text === null) throw new ConfigError(path, [{ pointer: "/", message: "找不到配置文件，应检查路径", en: "no such config file; check the path" }]);
      const data = (await parseData(path, text)) as Record<string, unknown> | null;
      return loadConfigFile(path, data?.reportlint ?? {}, "/reportlint");
    }
    return loadConfigFile(path);
  }
  for (let dir = dirname(resolve(cwd, filePath)); ; ) {
    const found = await configIn(dir);
    if (found !== null) return found;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return defaultConfig();
}

/** The JSON Schema of a rule's option, or undefined when the rule has no such option. */
function optionSchema(ruleId: string, option: string): Record<string, unknown> | undefined {
  const props = ruleMeta(ruleId)?.optionsSchema.properties as Record<string, Record<string, unknown>> | undefined;
  return typeof props === "object" && props !== null ? props[option] : undefined;
}

/**
 * Engine options for a file under a configuration: each rule's setting, the
 * profile given to every rule that takes a `profile` option, and the global
 * `allow` list added to every rule that takes an `allow` option.
 */
export function engineOptions(config: ResolvedConfig, filePath?: string): EngineOptions {
  const rules: Record<string, RuleSetting> = {};
  for (const id of knownRuleIds()) {
    const setting: RuleSetting = { ...(config.rules[id] ?? {}) };
    // The rules' own default is the default profile (or the department one, by the issuer): naming it would only cost an options check.
    // Unless it was chosen: then the rules must not choose another by the report's issuer.
    if (optionSchema(id, "profile") !== undefined && setting.profile === undefined && (config.profile !== DEFAULT_PROFILE_ID || config.profileSet === true)) setting.profile = config.profile;
    const allow = optionSchema(id, "allow");
    if (allow !== undefined && config.allow.length > 0) {
      // Only the words this rule's allow list accepts (e.g. duplicated-word wants two characters or more).
      const min = Number((allow.items as { minLength?: number } | undefined)?.minLength ?? 0);
      const own = Array.isArray(setting.allow) ? (setting.allow as unknown[]) : [];
      setting.allow = [...new Set([...own, ...config.allow.filter((w) => w.length >= min)])];
    }
    if (Object.keys(setting).length > 0) rules[id] = setting;
  }
  const options: EngineOptions = { rules };
  if (filePath !== undefined) options.filePath = filePath;
  return options;
}
