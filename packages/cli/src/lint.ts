// The lint command: check (or fix) the files, directories and globs named, and print the findings.
import { realpath } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigError, isDocx, Linter, SourceError, type ResolvedConfig } from "@report-lint/formatter";
import { formatOf, parseReport, renderOutline } from "@report-lint/core";
import { meantHint, parse, profileOverride, ruleOverrides, UsageError, version } from "./args.js";
import { helpText } from "./help.js";
import { t, type Locale } from "./i18n.js";
import { expandInputs, IgnoreList } from "./inputs.js";
import { readStdin, sourceMessage } from "./read.js";
import { runJobs } from "./run.js";
import type { Io } from "./io.js";
import type { Job, Mode } from "./process-file.js";
import { FORMATS } from "./formats/index.js";
import { displayPath } from "./formats/shared.js";
import type { Finding } from "@report-lint/formatter";

let checked = false;

/**
 * Whether this process has checked a report (the main thread always checks some of a run's files).
 * The launcher writes the code cache only then: after --help, --version, init or --print-outline
 * it would hold none of the rules' code.
 */
export function checkedReports(): boolean {
  return checked;
}

const LINT_OPTIONS = {
  format: { type: "string", short: "f", default: "stylish" },
  fix: { type: "boolean", default: false },
  "fix-dry-run": { type: "boolean", default: false },
  output: { type: "string", short: "o" },
  annotate: { type: "string" },
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

export async function lint(argv: string[], io: Io, err: (line: string) => void, locale: Locale): Promise<number> {
  const { values: v, positionals } = parse(argv, LINT_OPTIONS);
  const values = v as {
    format: string;
    fix: boolean;
    "fix-dry-run": boolean;
    output?: string;
    annotate?: string;
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
    worker?: boolean;
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
    const names = Object.keys(FORMATS);
    const hint = meantHint(values.format, names);
    throw new UsageError(
      hint === ""
        ? t(`不支持的输出格式“${values.format}”，可用：${names.join("、")}`, `unknown format '${values.format}'; available: ${names.join(", ")}`)
        : t(`不支持的输出格式“${values.format}”`, `unknown format '${values.format}'`) + hint + t(`（可用：${names.join("、")}）`, ` (available: ${names.join(", ")})`),
    );
  }
  let maxWarnings = -1;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!/^\d+$/u.test(values["max-warnings"]) || !Number.isSafeInteger(maxWarnings)) {
      throw new UsageError(t(`--max-warnings 应为非负整数，收到“${values["max-warnings"]}”`, `--max-warnings should be a non-negative integer, got '${values["max-warnings"]}'`));
    }
  }
  if (values.worker === true && values["no-worker"]) throw new UsageError(t("--worker 与 --no-worker 不能同时使用", "--worker and --no-worker cannot be used together"));
  if (values.fix && values["fix-dry-run"]) throw new UsageError(t("--fix 与 --fix-dry-run 不能同时使用", "--fix and --fix-dry-run cannot be used together"));
  if (values.output !== undefined && !values.fix) throw new UsageError(t("--output 只能与 --fix 一起使用", "--output only works with --fix"));
  if (values.annotate !== undefined && (values.fix || values["fix-dry-run"])) {
    throw new UsageError(t("--annotate 不能与 --fix 或 --fix-dry-run 一起使用", "--annotate cannot be used with --fix or --fix-dry-run"));
  }
  if (values.annotate !== undefined && !isDocx(values.annotate)) {
    throw new UsageError(t(`--annotate 的输出应为 .docx 文件，收到“${values.annotate}”`, `--annotate writes a .docx; got '${values.annotate}'`));
  }
  const cwd = io.cwd;
  const overrides = ruleOverrides(values.rule);
  const profile = await profileOverride(values.profile, cwd);
  const linter = new Linter({ cwd, rules: overrides, ...(values.config === undefined ? {} : { configFile: values.config }), ...(profile === undefined ? {} : { profile }) });

  if (values["print-config"] !== undefined) {
    io.stdout.write(JSON.stringify(await linter.printConfig(values["print-config"]), null, 2) + "\n");
    return 0;
  }

  if (values["print-outline"] !== undefined) {
    const file = resolve(cwd, values["print-outline"]);
    let src;
    try {
      src = await linter.readSource(file);
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      err(`${values["print-outline"]}: ${sourceMessage(e.problem)}`);
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

  const annotatePath = values.annotate === undefined ? undefined : resolve(cwd, values.annotate);
  if (annotatePath !== undefined) {
    const input = expanded.files[0];
    if (expanded.files.length !== 1 || stdinCount !== 0 || input === undefined || !isDocx(input.path)) {
      throw new UsageError(t("--annotate 只能用于一个 .docx 输入文件", "--annotate needs exactly one .docx input file"));
    }
    if (await sameFile(input.path, annotatePath)) {
      throw new UsageError(t("--annotate 的输出不能是输入文件本身：原稿不会被改动，请另起一个文件名，如 报告.审阅.docx", "--annotate must not write over its input: name another file, e.g. report.reviewed.docx"));
    }
  }
  const outputPath = values.output === undefined ? undefined : resolve(cwd, values.output);
  if (outputPath !== undefined) {
    if (expanded.files.length + stdinCount !== 1) throw new UsageError(t("--output 只能用于一个输入文件", "--output needs exactly one input file"));
    // A .docx gets the fixes as tracked changes; anything else, the fixed text (a .docx's is plain text).
    const input = expanded.files[0];
    if (isDocx(outputPath) && (input === undefined || !isDocx(input.path))) {
      throw new UsageError(t("--output 写入 .docx 只用于 .docx 输入（以修订写入修复）；纯文本的修复结果请使用 .txt 或 .md", "--output writes a .docx only for a .docx input (the fixes as tracked changes); use .txt or .md for fixed plain text"));
    }
  }

  const mode: Mode = values.fix ? "fix" : values["fix-dry-run"] ? "fix-dry-run" : "lint";
  const jobs: Job[] = [];
  const reportedConfigs = new Set<string>();
  const addJob = async (path: string, displayPath: string, named: boolean, stdin?: Uint8Array): Promise<void> => {
    let config: ResolvedConfig;
    try {
      // Standard input without a name takes its configuration from the working directory.
      config = await linter.configFor(path === "<stdin>" ? resolve(cwd, path) : path);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      failed = true;
      if (!reportedConfigs.has(e.message)) for (const line of e.lines(locale)) err(line);
      reportedConfigs.add(e.message);
      return;
    }
    if (stdin === undefined && linter.isIgnored(path, config)) {
      if (named && !values.quiet) err(t(`${displayPath}: 已被配置文件的 ignorePatterns 排除，未检查`, `${displayPath}: ignored by ignorePatterns in the config, not checked`));
      return;
    }
    // The formats that show the text (titles, a line's text for a fingerprint) and every .docx (its excerpts) get it back.
    const keepText = ["summary", "html", "markdown", "gitlab"].includes(values.format) || isDocx(path);
    const job: Job = { index: jobs.length, path, displayPath, named, config, mode, locale, keepText };
    if (outputPath !== undefined) job.output = outputPath;
    if (annotatePath !== undefined) job.annotate = { path: annotatePath, shown: values.annotate! };
    if (stdin !== undefined) job.stdin = stdin;
    jobs.push(job);
  };
  for (const p of positionals) {
    if (p !== "-") continue;
    const name = values["stdin-filename"];
    await addJob(name === undefined ? "<stdin>" : resolve(cwd, name), name ?? "<stdin>", true, await readStdin(io.stdin, name ?? "<stdin>"));
  }
  for (const f of expanded.files) await addJob(f.path, displayPath(f.path, cwd), f.named);

  const workers = values["no-worker"] ? "never" : values.worker === true ? "always" : "auto";
  const reports = await runJobs(jobs, { workers, progress: true, stderr: io.stderr });
  if (jobs.length > 0) checked = true;
  for (const r of reports) {
    const rules = jobs[r.index]?.config.rules ?? {};
    r.rulesOff = Object.keys(rules).filter((id) => rules[id]?.severity === "off");
    for (const note of r.notes) err(note);
    if (r.error !== null) {
      failed = true;
      err(`${r.displayPath}: ${r.error}`);
    }
    if (values.quiet) r.messages = r.messages.filter((m: Finding) => m.severity === 2);
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

/** Whether two paths name the same file (a link to the input is the input). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [x, y] = await Promise.all([realpath(a).catch(() => resolve(a)), realpath(b).catch(() => resolve(b))]);
  return x === y;
}
