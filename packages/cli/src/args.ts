// The command line's shared words: its errors, option parsing and the overrides it gives the Linter.
import { parseArgs } from "node:util";
import { createRequire } from "node:module";
import { ConfigError, issueLine, issueLineEn, knownRuleIds, loadProfile, type RuleSeverity } from "@report-lint/formatter";
import { didYouMean, type Profile } from "@report-lint/schema";
import { getLocale, t } from "./i18n.js";

const SEVERITIES: readonly RuleSeverity[] = ["off", "info", "warning", "error"];

/** A wrong command line: the message, then a hint to --help. */
export class UsageError extends Error {}
/** A problem to report as one line (exit code 2). */
export class FatalError extends Error {}

export function version(): string {
  const require = createRequire(import.meta.url);
  return (require("../package.json") as { version: string }).version;
}

/** “，您是否要输入“x”？” when `word` looks like a typo of one of `candidates`, else "". */
export function meantHint(word: string, candidates: Iterable<string>): string {
  const meant = didYouMean(word, candidates);
  return meant === undefined ? "" : t(`，您是否要输入“${meant}”？`, `; did you mean '${meant}'?`);
}

/** An option as node:util names it in an error (`-f, --format <value>`) → as it is typed (`--format`). */
function optionName(named: string): string {
  const long = /--[^\s,]+/u.exec(named)?.[0];
  return long ?? named.replace(/\s*<value>$/u, "");
}

export function parse(argv: string[], options: NonNullable<Parameters<typeof parseArgs>[0]>["options"]): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const unknown = /Unknown option '([^']+)'/u.exec(raw);
    if (unknown) {
      const given = unknown[1]!;
      // `--formt=json` is the option `--formt`; a short option is not a typo of a long one.
      const name = given.split("=")[0]!;
      const hint = name.startsWith("--") ? meantHint(name, Object.keys(options ?? {}).map((k) => `--${k}`)) : "";
      throw new UsageError(t(`不认识的选项“${name}”`, `unknown option '${name}'`) + hint);
    }
    const missing = /Option '([^']+)' argument missing/u.exec(raw);
    if (missing) throw new UsageError(t(`选项“${optionName(missing[1]!)}”缺少取值`, `option '${optionName(missing[1]!)}' needs a value`));
    const ambiguous = /Option '([^']+)' argument is ambiguous/u.exec(raw);
    if (ambiguous) {
      // `--format --quiet`: the value looks like an option.
      const name = optionName(ambiguous[1]!);
      const long = name.startsWith("--") ? name : `--${Object.entries(options ?? {}).find(([, o]) => o.short === name.slice(1))?.[0] ?? name.slice(1)}`;
      const next = argv[argv.indexOf(name) + 1] ?? "";
      throw new UsageError(
        t(
          `选项“${name}”缺少取值：其后的“${next}”是另一个选项；取值本身以“-”开头时应写成 ${long}=取值`,
          `option '${name}' needs a value: '${next}' after it is another option; write ${long}=VALUE for a value starting with '-'`,
        ),
      );
    }
    const noValue = /Option '([^']+)' does not take an argument/u.exec(raw);
    if (noValue) {
      const name = optionName(noValue[1]!);
      throw new UsageError(t(`选项“${name}”不带取值，应只写“${name}”`, `option '${name}' takes no value; write '${name}' alone`));
    }
    throw new UsageError(raw);
  }
}

export /** Parse `--rule id:level` overrides; unknown ids and levels are usage errors naming what is allowed. */
function ruleOverrides(values: readonly string[]): Record<string, RuleSeverity> {
  const out: Record<string, RuleSeverity> = {};
  const known = knownRuleIds();
  for (const v of values) {
    const m = /^([^:=\s]+)[:=](\w+)$/u.exec(v.trim());
    if (!m) throw new UsageError(t(`--rule 的取值“${v}”格式不对，应为“规则:级别”，如 stray-latin:off`, `--rule '${v}' should be 'rule:level', e.g. stray-latin:off`));
    const [, id, level] = m as unknown as [string, string, string];
    if (!known.includes(id)) {
      const meant = didYouMean(id, known);
      throw new UsageError(
        meant === undefined
          ? t(`--rule：不认识的规则“${id}”，可用的规则：${known.join("、")}`, `--rule: unknown rule '${id}'; known rules: ${known.join(", ")}`)
          : t(`--rule：不认识的规则“${id}”，您是否要输入“${meant}”？`, `--rule: unknown rule '${id}'; did you mean '${meant}'?`),
      );
    }
    if (!SEVERITIES.includes(level as RuleSeverity)) {
      throw new UsageError(t(`--rule：级别“${level}”不对，应为 off、info、warning 或 error`, `--rule: level '${level}' should be off, info, warning or error`) + meantHint(level, SEVERITIES));
    }
    out[id] = level as RuleSeverity;
  }
  return out;
}

export async function profileOverride(value: string | undefined, cwd: string): Promise<string | Profile | undefined> {
  if (value === undefined) return undefined;
  try {
    return await loadProfile(value, cwd, { path: "--profile", pointer: "/" });
  } catch (e) {
    if (e instanceof ConfigError && e.path === "--profile") throw new UsageError(t(`--profile：${e.issues.map((i) => i.message).join("；")}`, `--profile: ${e.issues.map((i) => i.en ?? i.message).join("; ")}`));
    // One line per problem, each naming the file and the key.
    if (e instanceof ConfigError) {
      const en = getLocale() === "en";
      throw new FatalError(e.issues.map((i) => (en ? issueLineEn(`profile file '${e.path}'`, i) : issueLine(`报告类型文件“${e.path}”`, i))).join("\n"));
    }
    throw e;
  }
}
