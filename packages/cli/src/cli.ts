// The command line's entry: pick the locale and the command, and turn its errors into one line
// and an exit code. The commands are lint.ts (the default) and init.ts.
import { ConfigError } from "@report-lint/formatter";
import { FatalError, UsageError } from "./args.js";
import { detectLocale, setLocale, t, type Locale } from "./i18n.js";
import { init } from "./init.js";
import { defaultIo, type Io } from "./io.js";
import { lint } from "./lint.js";
import { InputError } from "./read.js";

export type { Io };
export { checkedReports } from "./lint.js";
export { serveWorker } from "./serve-worker.js";

/** --locale given anywhere on the command line wins over LANG. */
function localeOf(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  for (const [i, a] of argv.entries()) {
    const v = a.startsWith("--locale=") ? a.slice(9) : a === "--locale" ? argv[i + 1] : undefined;
    if (v === "zh" || v === "en") return v;
  }
  return detectLocale(env);
}

/** Run the CLI; resolves to the process exit code (0 clean, 1 findings, 2 usage or I/O error). */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const locale = localeOf(argv, io.env);
  setLocale(locale);
  const err = (line: string): void => {
    io.stderr.write(`report-lint: ${line}\n`);
  };
  try {
    if (argv[0] === "init") return await init(argv.slice(1), io, err);
    return await lint(argv, io, err, locale);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\n${t("运行 report-lint --help 查看用法。", "Run report-lint --help for usage.")}`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof FatalError) {
      // One line per problem, all of them.
      for (const line of e instanceof ConfigError ? e.lines(locale) : e.message.split("\n")) err(line);
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
