import { getLocale } from "./i18n.js";

const HELP_ZH = `用法：report-lint [文件|目录|glob|-]… [选项]
      report-lint init [--organ 机关名称] [--year 年份] [--format md|txt] [--profile 类型] [文件]

检查法治政府建设年度报告（.md / .txt / .docx）中的错误，并可自动修复其中确定的部分。
目录会被递归查找 .md、.txt、.docx 文件（跳过 node_modules 和以 . 开头的目录）。

检查与修复：
  --fix                    修复文件并写回（保持编码、BOM 和换行符；.docx 不会被修改）
  --fix-dry-run            不写文件，以统一 diff 格式输出将要做的修改
  -o, --output <路径>      与 --fix 一起使用：把修复后的文本写到此路径（用于 .docx 或只检查一个文件时）
  --annotate <路径.docx>    检查一个 .docx，把每个问题作为 Word 批注（作者 report-lint）写入一份副本；原稿不改动
  -                        从标准输入读取；与 --fix 一起使用时把修复后的文本写到标准输出
  --stdin-filename <名称>  标准输入内容对应的文件名（决定按 Markdown 还是纯文本解析，并用于查找配置）

输出：
  -f, --format <名称>      输出格式：stylish（默认）、json、sarif、github、summary、html、
                           markdown（汇总表，用于 $GITHUB_STEP_SUMMARY）、junit（JUnit XML）、gitlab（GitLab 代码质量 JSON）
  --quiet                  只报告错误，不报告警告和提示
  --max-warnings <数>      警告数超过此值时以代码 1 退出
  --color / --no-color     强制使用 / 不使用颜色（默认只在终端中使用）
  --locale <zh|en>         命令行界面的语言（默认取自 LANG）；检查结果始终为中文

配置：
  -c, --config <文件>      使用指定的配置文件，不再向上查找 .reportlintrc.*
  --profile <类型>         报告类型：内置 id（fazhi-zhengfu-annual、fazhi-zhengfu-department）或报告类型 JSON 文件路径
  --rule <规则:级别>       覆盖规则级别，可重复：--rule stray-latin:off --rule cjk-spacing:warning
                           级别：off、info、warning、error
  --ignore-pattern <模式>  忽略匹配的文件（gitignore 语法），可重复；另会读取当前目录的 .reportlintignore
  --print-config <文件>    输出对该文件生效的配置（JSON）后退出
  --print-outline <文件>   输出报告的大纲（标题、年度、各级标题及行号）后退出

其他：
  --worker / --no-worker   总是 / 从不使用工作线程（默认：文件多于 8 个且有空闲 CPU 核时并行检查）
  -h, --help               显示帮助
  -v, --version            显示版本

init 选项：
  --organ <名称>           报告机关，如“某某镇人民政府”
  --year <年份>            报告所述年度（默认去年）
  --format <md|txt>        模板格式（默认按文件扩展名，否则 txt）
  [文件]                   写入的文件（已存在时拒绝覆盖）；省略时输出到标准输出

退出代码：0 没有错误；1 有错误（或警告数超过 --max-warnings）；2 用法、配置或读写错误。

示例：
  report-lint 报告.docx
  report-lint reports/ --format summary
  report-lint "reports/**/*.md" --fix
  report-lint init --organ 某某镇人民政府 --year 2025 2025年报告.md
`;

const HELP_EN = `Usage: report-lint [file|dir|glob|-]... [options]
       report-lint init [--organ NAME] [--year YEAR] [--format md|txt] [--profile ID] [FILE]

Checks annual reports on rule-of-law government construction (.md / .txt / .docx)
and fixes what can be fixed with certainty. Directories are searched recursively for
.md, .txt and .docx files (node_modules and dot-directories are skipped).

Checking and fixing:
  --fix                    fix files in place (encoding, BOM and line endings kept; .docx never modified)
  --fix-dry-run            write nothing; print the changes as a unified diff
  -o, --output <path>      with --fix: write the fixed text to this path (for a .docx, or a single input)
  --annotate <path.docx>   check one .docx and write a copy with every finding as a Word comment (by report-lint); the original is untouched
  -                        read standard input; with --fix the fixed text goes to standard output
  --stdin-filename <name>  file name for standard input (Markdown or plain text, and where to look for config)

Output:
  -f, --format <name>      stylish (default), json, sarif, github, summary, html,
                           markdown (the summary table, for $GITHUB_STEP_SUMMARY), junit (JUnit XML), gitlab (GitLab Code Quality JSON)
  --quiet                  report errors only
  --max-warnings <n>       exit with code 1 when there are more than n warnings
  --color / --no-color     force colours on / off (default: only on a terminal)
  --locale <zh|en>         language of the command-line interface (default from LANG); findings are always Chinese

Configuration:
  -c, --config <file>      use this config file instead of looking up .reportlintrc.*
  --profile <id|path>      report profile: a built-in id (fazhi-zhengfu-annual, fazhi-zhengfu-department) or a profile JSON file
  --rule <id:level>        override a rule's level, repeatable: --rule stray-latin:off --rule cjk-spacing:warning
                           levels: off, info, warning, error
  --ignore-pattern <pat>   ignore matching files (gitignore syntax), repeatable; .reportlintignore in the
                           current directory is read too
  --print-config <file>    print the configuration in effect for the file (JSON) and exit
  --print-outline <file>   print the report's outline (title, year, numbered headings with line numbers) and exit

Other:
  --worker / --no-worker   always / never use worker threads (default: in parallel for more than 8 files when a CPU core is idle)
  -h, --help               show this help
  -v, --version            show the version

init options:
  --organ <name>           the reporting organ, e.g. 某某镇人民政府
  --year <year>            the year reported on (default: last year)
  --format <md|txt>        template format (default: from the file extension, else txt)
  [FILE]                   file to write (refuses to overwrite); standard output when omitted

Exit codes: 0 no errors; 1 errors (or more warnings than --max-warnings); 2 usage, config or I/O error.

Examples:
  report-lint report.docx
  report-lint reports/ --format summary
  report-lint "reports/**/*.md" --fix
  report-lint init --organ 某某镇人民政府 --year 2025 report-2025.md
`;

export function helpText(): string {
  return getLocale() === "en" ? HELP_EN : HELP_ZH;
}
