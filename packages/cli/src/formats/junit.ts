import { ruleCatalog, type Finding } from "@report-lint/formatter";
import { t } from "../i18n.js";
import type { FileReport } from "../process-file.js";
import { displayPath, docxPlace, type Formatter } from "./shared.js";

/** Text in XML: the five special characters escaped, and characters XML 1.0 cannot carry dropped. */
function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&apos;");
}

const LEVEL: Record<number, [string, string]> = { 1: ["警告", "warning"], 2: ["错误", "error"], 3: ["提示", "info"] };

/** One finding as a line of a test case's output: where, level, message (and a .docx's excerpt). */
function findingLine(r: FileReport, m: Finding): string {
  const level = t(...(LEVEL[m.severity] ?? LEVEL[1]!));
  if (!r.docx) return `${m.line}:${m.column} ${level} ${m.message}`;
  const place = docxPlace(r, m);
  return `${place.where} ${level} ${m.message}（${place.excerpt}）`;
}

/**
 * JUnit XML, as GitLab's unit test reports and Jenkins' JUnit plugin read it: one testsuite per
 * file, one testcase per rule (classname = the file, name = the rule id and its Chinese name).
 * A rule with error-level findings fails, its findings one per line in the failure; warnings and
 * hints go to the testcase's system-out, so the test report turns red exactly when the exit code
 * is 1. A rule the configuration turns off, or a .docx-only rule on a text file, is skipped. A file
 * that could not be read is a suite with one errored testcase.
 *
 * Why per rule, not per finding: both tools key a test's history on classname + name. A rule's
 * name is the same from run to run, so GitLab's merge request widget can say which checks newly
 * fail or were fixed, and Jenkins can chart a check over builds; a finding's position moves with
 * every edit above it, which would make each run's findings look new. The count of tests stays
 * the number of checks, and a clean report shows every check passed instead of an empty suite.
 */
export const formatJunit: Formatter = (reports, ctx) => {
  const catalog = ruleCatalog();
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of reports) {
    const file = displayPath(r.path, ctx.cwd);
    if (r.error !== null || r.text === null) {
      errors++;
      tests++;
      suites.push(
        `  <testsuite name="${xml(file)}" tests="1" failures="0" errors="1" skipped="0" time="0">\n` +
          `    <testcase classname="${xml(file)}" name="${xml(t("读取", "read"))}" time="0">\n` +
          `      <error type="read" message="${xml(r.error ?? "")}">${xml(r.error ?? "")}</error>\n` +
          `    </testcase>\n  </testsuite>`,
      );
      continue;
    }
    const off = new Set(r.rulesOff ?? []);
    const cases: string[] = [];
    let failed = 0;
    let skipped = 0;
    for (const rule of catalog) {
      const name = `${rule.id} ${rule.name}`;
      const open = `    <testcase classname="${xml(file)}" name="${xml(name)}" time="0"`;
      const docxOnly = rule.id === "docx-layout" && !r.docx;
      if (off.has(rule.id) || docxOnly) {
        skipped++;
        const why = docxOnly ? t("只检查 .docx 文件", "checks .docx files only") : t("配置中已关闭", "turned off in the configuration");
        cases.push(`${open}>\n      <skipped message="${xml(why)}"/>\n    </testcase>`);
        continue;
      }
      const found = r.messages.filter((m) => m.ruleId === rule.id);
      const errs = found.filter((m) => m.severity === 2);
      const rest = found.filter((m) => m.severity !== 2);
      if (found.length === 0) {
        cases.push(`${open}/>`);
        continue;
      }
      const body: string[] = [];
      if (errs.length > 0) {
        failed++;
        const message = t(`${errs.length} 个错误：${errs[0]!.message}${errs.length > 1 ? " 等" : ""}`, `${errs.length} error${errs.length === 1 ? "" : "s"}: ${errs[0]!.message}${errs.length > 1 ? " …" : ""}`);
        body.push(`      <failure type="${xml(rule.id)}" message="${xml(message)}">${xml(errs.map((m) => findingLine(r, m)).join("\n"))}\n${xml(rule.docsUrl)}</failure>`);
      }
      if (rest.length > 0) body.push(`      <system-out>${xml(rest.map((m) => findingLine(r, m)).join("\n"))}</system-out>`);
      cases.push(`${open}>\n${body.join("\n")}\n    </testcase>`);
    }
    tests += catalog.length;
    failures += failed;
    suites.push(`  <testsuite name="${xml(file)}" tests="${catalog.length}" failures="${failed}" errors="0" skipped="${skipped}" time="0">\n${cases.join("\n")}\n  </testsuite>`);
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="report-lint" tests="${tests}" failures="${failures}" errors="${errors}" time="0">\n` +
    (suites.length > 0 ? suites.join("\n") + "\n" : "") +
    `</testsuites>\n`
  );
};
