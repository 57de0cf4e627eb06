import { parseArgs } from "node:util";
import { resolve } from "node:path";
import type { TextlintResult } from "@textlint/types";
import { lintText } from "@report-lint/formatter";
import { readSource, InputError } from "./read.js";
import { formatJson } from "./formats/json.js";
import { formatStylish } from "./formats/stylish.js";

const FORMATS = ["stylish", "json"] as const;
type FormatName = (typeof FORMATS)[number];

const HELP = `用法：report-lint [文件…] [选项]

检查法治政府建设年度报告（.md / .txt / .docx）中的错误。

选项：
  -f, --format <名称>   输出格式：stylish（默认）、json
  --max-warnings <数>   警告数超过此值时以代码 1 退出
  --quiet               只报告错误
  --no-color            不使用颜色
  -h, --help            显示帮助
  -v, --version         显示版本

退出代码：0 无错误；1 有错误（或警告超过 --max-warnings）；2 用法或读写错误。
`;

/** Run the CLI; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean", default: false },
        color: { type: "boolean" },
        "no-color": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`report-lint: ${e instanceof Error ? e.message : String(e)}\n运行 report-lint --help 查看用法。\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${await version()}\n`);
    return 0;
  }
  const format = values.format as FormatName;
  if (!FORMATS.includes(format)) {
    process.stderr.write(`report-lint: 不支持的输出格式“${values.format}”，可用：${FORMATS.join("、")}\n`);
    return 2;
  }
  let maxWarnings = -1;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      process.stderr.write(`report-lint: --max-warnings 应为非负整数，收到“${values["max-warnings"]}”\n`);
      return 2;
    }
  }
  if (positionals.length === 0) {
    process.stderr.write("report-lint: 请指定要检查的文件，例如 report-lint 报告.md\n运行 report-lint --help 查看用法。\n");
    return 2;
  }

  const results: TextlintResult[] = [];
  let ioFailed = false;
  for (const p of positionals) {
    const path = resolve(p);
    try {
      const src = await readSource(path);
      const result = await lintText(src.text, { filePath: path });
      if (values.quiet) result.messages = result.messages.filter((m) => m.severity === 2);
      results.push(result);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      ioFailed = true;
      process.stderr.write(`report-lint: ${p}: ${e.message}\n`);
    }
  }

  const color = values["no-color"] ? false : (values.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
  const output = format === "json" ? formatJson(results) + "\n" : formatStylish(results, { color });
  process.stdout.write(output);

  const errors = results.reduce((n, r) => n + r.messages.filter((m) => m.severity === 2).length, 0);
  const warnings = results.reduce((n, r) => n + r.messages.filter((m) => m.severity === 1).length, 0);
  if (ioFailed) return 2;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) return 1;
  return 0;
}

async function version(): Promise<string> {
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  return (require("../package.json") as { version: string }).version;
}
