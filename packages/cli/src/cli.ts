import { parseArgs } from "node:util";
import { createRequire } from "node:module";
import { open } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import type { TextlintMessage } from "@textlint/types";
import { ConfigError, engineOptions, knownRuleIds, loadProfile, resolveConfig, ruleCatalog, type ResolvedConfig, type RuleSeverity, defaultYear, renderTemplate } from "@report-lint/formatter";
import { DEFAULT_PROFILE_ID, getBuiltinProfile, type Profile } from "@report-lint/schema";
import { detectLocale, setLocale, t, type Locale } from "./i18n.js";
import { helpText } from "./help.js";
import { expandInputs, IgnoreList } from "./inputs.js";
import { InputError, isDocx, readSource, readStdin } from "./read.js";
import { formatOf, parseReport, renderOutline } from "@report-lint/core";
import { runJobs } from "./run.js";
import type { FileReport, Job, Mode } from "./process-file.js";
import { FORMATS } from "./formats/index.js";
import { displayPath } from "./formats/shared.js";

const SEVERITIES: readonly RuleSeverity[] = ["off", "info", "warning", "error"];

/** Where the CLI writes; replaceable in tests. */
export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

function defaultIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}

/** A wrong command line: the message, then a hint to --help. */
class UsageError extends Error {}
/** A problem to report as one line (exit code 2). */
class FatalError extends Error {}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require("../package.json") as { version: string }).version;
}

/** --locale given anywhere on the command line wins over LANG. */
function localeOf(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  for (const [i, a] of argv.entries()) {
    const v = a.startsWith("--locale=") ? a.slice(9) : a === "--locale" ? argv[i + 1] : undefined;
    if (v === "zh" || v === "en") return v;
  }
  return detectLocale(env);
}

export { serveWorker } from "./serve-worker.js";

let checked = false;

/**
 * Whether this process has checked a report (the main thread always checks some of a run's files).
 * The launcher writes the code cache only then: after --help, --version, init or --print-outline
 * it would hold none of the rules' code.
 */
export function checkedReports(): boolean {
  return checked;
}

/** Run the CLI; resolves to the process exit code (0 clean, 1 findings, 2 usage or I/O error). */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  setLocale(localeOf(argv, io.env));
  const err = (line: string): void => {
    io.stderr.write(`report-lint: ${line}\n`);
  };
  try {
    if (argv[0] === "init") return await init(argv.slice(1), io, err);
    return await lint(argv, io, err);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\n${t("运行 report-lint --help 查看用法。", "Run report-lint --help for usage.")}`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof FatalError) {
      err(e.message);
      return 2;
    }
    // Standard input refused (too large): one line naming it, as for a file.
    if (e instanceof InputError) {
      err(`${e.path}: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

function parse(argv: string[], options: NonNullable<Parameters<typeof parseArgs>[0]>["options"]): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const unknown = /Unknown option '([^']+)'/u.exec(raw);
    if (unknown) throw new UsageError(t(`不认识的选项“${unknown[1]}”`, `unknown option '${unknown[1]}'`));
    const missing = /Option '([^']+)' argument missing/u.exec(raw);
    if (missing) throw new UsageError(t(`选项“${missing[1]}”缺少取值`, `option '${missing[1]}' needs a value`));
    throw new UsageError(raw);
  }
}

/** Parse `--rule id:level` overrides; unknown ids and levels are usage errors naming what is allowed. */
function ruleOverrides(values: readonly string[]): Record<string, RuleSeverity> {
  const out: Record<string, RuleSeverity> = {};
  const known = knownRuleIds();
  for (const v of values) {
    const m = /^([^:=\s]+)[:=](\w+)$/u.exec(v.trim());
    if (!m) throw new UsageError(t(`--rule 的取值“${v}”格式不对，应为“规则:级别”，如 stray-latin:off`, `--rule '${v}' should be 'rule:level', e.g. stray-latin:off`));
    const [, id, level] = m as unknown as [string, string, string];
    if (!known.includes(id)) throw new UsageError(t(`--rule：不认识的规则“${id}”，可用的规则：${known.join("、")}`, `--rule: unknown rule '${id}'; known rules: ${known.join(", ")}`));
    if (!SEVERITIES.includes(level as RuleSeverity)) throw new UsageError(t(`--rule：级别“${level}”不对，应为 off、info、warning 或 error`, `--rule: level '${level}' should be off, info, warning or error`));
    out[id] = level as RuleSeverity;
  }
  return out;
}

async function profileOverride(value: string | undefined, cwd: string): Promise<string | Profile | undefined> {
  if (value === undefined) return undefined;
  try {
    return await loadProfile(value, cwd, { path: "--profile", pointer: "/" });
  } catch (e) {
    if (e instanceof ConfigError && e.path === "--profile") throw new UsageError(`--profile：${e.issues.map((i) => i.message).join("；")}`);
    if (e instanceof ConfigError) throw new FatalError(t(`报告类型文件“${e.path}”有误：${e.issues.map((i) => `${i.pointer} ${i.message}`).join("；")}`, `profile file '${e.path}' is invalid: ${e.issues.map((i) => `${i.pointer} ${i.message}`).join("; ")}`));
    throw e;
  }
}

function applyOverrides(config: ResolvedConfig, profile: string | Profile | undefined, rules: Record<string, RuleSeverity>): ResolvedConfig {
  const out: ResolvedConfig = { ...config, rules: { ...config.rules } };
  if (profile !== undefined) {
    out.profile = profile;
    out.profileSet = true;
  }
  for (const [id, severity] of Object.entries(rules)) out.rules[id] = { ...(out.rules[id] ?? {}), severity };
  return out;
}

const LINT_OPTIONS = {
  format: { type: "string", short: "f", default: "stylish" },
  fix: { type: "boolean", default: false },
  "fix-dry-run": { type: "boolean", default: false },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  profile: { type: "string" },
  rule: { type: "string", multiple: true, default: [] as string[] },
  "ignore-pattern": { type: "string", multiple: true, default: [] as string[] },
  "print-config": { type: "string" },
  "print-outline": { type: "string" },
  "stdin-filename": { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", default: false },
  color: { type: "boolean" },
  "no-color": { type: "boolean", default: false },
  worker: { type: "boolean" },
  "no-worker": { type: "boolean", default: false },
  locale: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
} as const;

async function lint(argv: string[], io: Io, err: (line: string) => void): Promise<number> {
  const { values: v, positionals } = parse(argv, LINT_OPTIONS);
  const values = v as {
    format: string;
    fix: boolean;
    "fix-dry-run": boolean;
    output?: string;
    config?: string;
    profile?: string;
    rule: string[];
    "ignore-pattern": string[];
    "print-config"?: string;
    "print-outline"?: string;
    "stdin-filename"?: string;
    "max-warnings"?: string;
    quiet: boolean;
    color?: boolean;
    "no-color": boolean;
    "no-worker": boolean;
    locale?: string;
    help: boolean;
    version: boolean;
  };
  if (values.locale !== undefined && values.locale !== "zh" && values.locale !== "en") {
    throw new UsageError(t(`--locale 应为 zh 或 en，收到“${values.locale}”`, `--locale should be zh or en, got '${values.locale}'`));
  }
  if (values.help) {
    io.stdout.write(helpText());
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  const formatter = FORMATS[values.format];
  if (formatter === undefined) {
    throw new UsageError(t(`不支持的输出格式“${values.format}”，可用：${Object.keys(FORMATS).join("、")}`, `unknown format '${values.format}'; available: ${Object.keys(FORMATS).join(", ")}`));
  }
  let maxWarnings = -1;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!/^\d+$/u.test(values["max-warnings"]) || !Number.isSafeInteger(maxWarnings)) {
      throw new UsageError(t(`--max-warnings 应为非负整数，收到“${values["max-warnings"]}”`, `--max-warnings should be a non-negative integer, got '${values["max-warnings"]}'`));
    }
  }
  if (values.fix && values["fix-dry-run"]) throw new UsageError(t("--fix 与 --fix-dry-run 不能同时使用", "--fix and --fix-dry-run cannot be used together"));
  if (values.output !== undefined && !values.fix) throw new UsageError(t("--output 只能与 --fix 一起使用", "--output only works with --fix"));
  const cwd = io.cwd;
  const overrides = ruleOverrides(values.rule);
  const profile = await profileOverride(values.profile, cwd);
  const configFor = configResolver(cwd, values.config, profile, overrides);

  if (values["print-config"] !== undefined) {
    const file = resolve(cwd, values["print-config"]);
    const config = await configFor(file);
    io.stdout.write(JSON.stringify(printable(config, file), null, 2) + "\n");
    return 0;
  }

  if (values["print-outline"] !== undefined) {
    const file = resolve(cwd, values["print-outline"]);
    let src;
    try {
      src = await readSource(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err(`${values["print-outline"]}: ${e.message}`);
      return 2;
    }
    io.stdout.write(renderOutline(parseReport(src.text, src.docx ? "text" : formatOf(file)), src.text));
    return 0;
  }

  const stdinCount = positionals.filter((p) => p === "-").length;
  const paths = positionals.filter((p) => p !== "-");
  if (positionals.length === 0) {
    throw new UsageError(t("请指定要检查的文件、目录或 glob，例如 report-lint 报告.md；用 - 从标准输入读取", "name the files, directories or globs to check, e.g. report-lint report.md; use - for standard input"));
  }
  if (stdinCount > 1) throw new UsageError(t("“-”（标准输入）只能出现一次", "'-' (standard input) can be given only once"));
  if (values["stdin-filename"] !== undefined && stdinCount === 0) throw new UsageError(t("--stdin-filename 只能与“-”一起使用", "--stdin-filename only works with '-'"));

  const ignores = new IgnoreList();
  await ignores.addFile(cwd);
  ignores.add(cwd, values["ignore-pattern"]);
  const expanded = await expandInputs(paths, cwd, ignores);
  let failed = expanded.errors.length > 0;
  for (const e of expanded.errors) err(e);
  if (!values.quiet) for (const p of expanded.ignored) err(t(`${p}: 已被忽略规则排除，未检查`, `${p}: ignored by an ignore pattern, not checked`));

  const outputPath = values.output === undefined ? undefined : resolve(cwd, values.output);
  if (outputPath !== undefined) {
    if (expanded.files.length + stdinCount !== 1) throw new UsageError(t("--output 只能用于一个输入文件", "--output needs exactly one input file"));
    if (isDocx(outputPath)) throw new UsageError(t("--output 不能写入 .docx：修复后的是纯文本，请使用 .txt 或 .md", "--output cannot be a .docx: the fixed text is plain text; use .txt or .md"));
  }

  const mode: Mode = values.fix ? "fix" : values["fix-dry-run"] ? "fix-dry-run" : "lint";
  const locale = localeOf(argv, io.env);
  const jobs: Job[] = [];
  const reportedConfigs = new Set<string>();
  const addJob = async (path: string, displayPath: string, named: boolean, stdin?: Uint8Array): Promise<void> => {
    let config: ResolvedConfig;
    try {
      // Standard input without a name takes its configuration from the working directory.
      config = await configFor(path === "<stdin>" ? resolve(cwd, path) : path);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      failed = true;
      if (!reportedConfigs.has(e.message)) err(e.message);
      reportedConfigs.add(e.message);
      return;
    }
    if (stdin === undefined && config.configPath !== null && config.ignorePatterns.length > 0) {
      const configIgnores = new IgnoreList();
      configIgnores.add(dirname(config.configPath), config.ignorePatterns);
      if (configIgnores.ignores(path)) {
        if (named && !values.quiet) err(t(`${displayPath}: 已被配置文件的 ignorePatterns 排除，未检查`, `${displayPath}: ignored by ignorePatterns in the config, not checked`));
        return;
      }
    }
    const job: Job = { index: jobs.length, path, displayPath, named, engine: engineOptions(config, path), mode, locale };
    if (outputPath !== undefined) job.output = outputPath;
    if (stdin !== undefined) job.stdin = stdin;
    jobs.push(job);
  };
  for (const p of positionals) {
    if (p !== "-") continue;
    const name = values["stdin-filename"];
    await addJob(name === undefined ? "<stdin>" : resolve(cwd, name), name ?? "<stdin>", true, await readStdin(io.stdin, name ?? "<stdin>"));
  }
  for (const f of expanded.files) await addJob(f.path, displayPath(f.path, cwd), f.named);

  const reports = await runJobs(jobs, { workers: !values["no-worker"], progress: true, stderr: io.stderr });
  if (jobs.length > 0) checked = true;
  for (const r of reports) {
    for (const note of r.notes) err(note);
    if (r.error !== null) {
      failed = true;
      err(`${r.displayPath}: ${r.error}`);
    }
    if (values.quiet) r.messages = r.messages.filter((m: TextlintMessage) => m.severity === 2);
  }

  const color = values["no-color"] ? false : (values.color ?? (io.stdout.isTTY === true && !io.env.NO_COLOR));
  const ok = reports.filter((r) => r.error === null);
  if (mode === "fix-dry-run") {
    io.stdout.write(ok.map((r) => r.fix?.diff ?? "").join(""));
    const n = ok.filter((r) => r.fix?.changed === true).length;
    if (!values.quiet) io.stderr.write(t(`report-lint: ${n} 个文件可自动修复（未写入，去掉 -dry-run 即可写入）\n`, `report-lint: ${n} file(s) can be fixed (nothing written; drop -dry-run to write)\n`));
  } else if (mode === "fix" && stdinCount === 1 && outputPath === undefined && jobs[0]?.stdin !== undefined) {
    const stdinReport = reports.find((r) => r.index === 0);
    if (stdinReport?.fix?.output !== undefined) io.stdout.write(stdinReport.fix.output);
    const rest = ok.filter((r) => r.index !== 0);
    if (rest.length > 0) io.stderr.write(formatter(rest, { color: false, cwd, version: version() }));
  } else {
    io.stdout.write(formatter(reports, { color, cwd, version: version() }));
  }

  const errors = ok.reduce((n, r) => n + r.messages.filter((m) => m.severity === 2).length, 0);
  const warnings = ok.reduce((n, r) => n + r.messages.filter((m) => m.severity === 1).length, 0);
  if (failed) return 2;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    err(t(`警告数 ${warnings} 超过了 --max-warnings ${maxWarnings}`, `${warnings} warnings exceed --max-warnings ${maxWarnings}`));
    return 1;
  }
  return 0;
}

/** Config lookup with one cache entry per directory (or one for --config). */
function configResolver(cwd: string, configFile: string | undefined, profile: string | Profile | undefined, rules: Record<string, RuleSeverity>) {
  const cache = new Map<string, Promise<ResolvedConfig>>();
  return (file: string): Promise<ResolvedConfig> => {
    const key = configFile === undefined ? dirname(file) : "";
    let hit = cache.get(key);
    if (hit === undefined) {
      const opts: { cwd: string; configFile?: string } = { cwd };
      if (configFile !== undefined) opts.configFile = configFile;
      hit = resolveConfig(file, opts).then((c) => applyOverrides(c, profile, rules));
      cache.set(key, hit);
    }
    return hit;
  };
}

/** The configuration in effect for a file, every rule with its effective level and options. */
function printable(config: ResolvedConfig, file: string): object {
  const engine = engineOptions(config, file);
  const rules: Record<string, object> = {};
  for (const id of knownRuleIds()) {
    const setting = engine.rules?.[id] ?? {};
    rules[id] = { ...setting, severity: setting.severity ?? defaultSeverity(id) };
  }
  const profile = typeof config.profile === "string" ? config.profile : config.profile.id;
  return { file, configPath: config.configPath, profile, rules, allow: config.allow, ignorePatterns: config.ignorePatterns };
}

function defaultSeverity(id: string): string {
  return catalogSeverity.get(id) ?? "warning";
}

const catalogSeverity = new Map(ruleCatalog().map((r) => [r.id, r.severity]));


const INIT_OPTIONS = {
  organ: { type: "string" },
  year: { type: "string" },
  format: { type: "string", short: "f" },
  profile: { type: "string" },
  config: { type: "string", short: "c" },
  locale: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** `report-lint init`: write a draft report from the active profile. */
async function init(argv: string[], io: Io, err: (line: string) => void): Promise<number> {
  const { values: v, positionals } = parse(argv, INIT_OPTIONS);
  const values = v as { organ?: string; year?: string; format?: string; profile?: string; config?: string; help: boolean };
  if (values.help) {
    io.stdout.write(helpText());
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(t("init 只接受一个文件名", "init takes one file name"));
  const file = positionals[0] === undefined ? undefined : resolve(io.cwd, positionals[0]);
  let year = defaultYear();
  if (values.year !== undefined) {
    if (!/^(19|20|21)\d\d$/u.test(values.year)) throw new UsageError(t(`--year 应为四位年份，如 2025，收到“${values.year}”`, `--year should be a four-digit year such as 2025, got '${values.year}'`));
    year = Number(values.year);
  }
  const ext = file === undefined ? "" : extname(file).toLowerCase();
  const format = values.format ?? (ext === ".md" || ext === ".markdown" ? "md" : "txt");
  if (format !== "md" && format !== "txt") throw new UsageError(t(`init 的 --format 应为 md 或 txt，收到“${format}”`, `init --format should be md or txt, got '${format}'`));
  if (file !== undefined && isDocx(file)) throw new UsageError(t("init 不能生成 .docx，请使用 .md 或 .txt", "init cannot write a .docx; use .md or .txt"));

  // The profile: --profile, else the config's (found from the target's directory), else the default.
  let profile: string | Profile | undefined = await profileOverride(values.profile, io.cwd);
  if (profile === undefined) {
    const opts: { cwd: string; configFile?: string } = { cwd: io.cwd };
    if (values.config !== undefined) opts.configFile = values.config;
    profile = (await resolveConfig(file ?? resolve(io.cwd, "report.txt"), opts)).profile;
  }
  const resolved = typeof profile === "string" ? getBuiltinProfile(profile) ?? getBuiltinProfile(DEFAULT_PROFILE_ID)! : profile;
  const initOpts: Parameters<typeof renderTemplate>[0] = { profile: resolved, year, format };
  if (values.organ !== undefined) initOpts.organ = values.organ;
  const text = renderTemplate(initOpts);
  if (file === undefined) {
    io.stdout.write(text);
    return 0;
  }
  try {
    const handle = await open(file, "wx", 0o644);
    try {
      await handle.writeFile(text, "utf8");
    } finally {
      await handle.close();
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") err(t(`${positionals[0]}: 文件已存在，不会覆盖；请换一个文件名`, `${positionals[0]}: file exists and will not be overwritten; choose another name`));
    else err(t(`${positionals[0]}: 无法写入（${code ?? "未知错误"}），请检查目录是否存在及权限`, `${positionals[0]}: cannot write (${code ?? "unknown error"}); check that the directory exists and its permissions`));
    return 2;
  }
  io.stderr.write(t(`已生成 ${positionals[0]}：把每处【待填写：…】替换为实际内容后，运行 report-lint ${positionals[0]} 检查\n`, `wrote ${positionals[0]}: replace every 【待填写：…】 placeholder, then run report-lint ${positionals[0]}\n`));
  return 0;
}
