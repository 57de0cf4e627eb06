import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, REPO, tmp } from "./helpers.js";

const hasGit = spawnSync("git", ["--version"]).status === 0;

describe("pre-commit", () => {
  it(".pre-commit-hooks.yaml declares the hook for the pre-commit framework", () => {
    const yaml = readFileSync(join(REPO, ".pre-commit-hooks.yaml"), "utf8");
    expect(yaml).toMatch(/^- id: report-lint$/mu);
    expect(yaml).toMatch(/^ {2}language: node$/mu);
    expect(yaml).toMatch(/^ {2}entry: report-lint$/mu);
    expect(yaml).toMatch(/^ {2}files: '\\\.\(md\|txt\)\$'$/mu);
  });

  it.skipIf(!hasGit)("a git pre-commit hook running the built report-lint refuses a faulty report and lets the fixed one through", () => {
    const dir = tmp("report-lint-git-");
    const env = { ...process.env, GIT_AUTHOR_NAME: "测试", GIT_AUTHOR_EMAIL: "t@example.invalid", GIT_COMMITTER_NAME: "测试", GIT_COMMITTER_EMAIL: "t@example.invalid", LANG: "zh_CN.UTF-8" };
    const git = (...args: string[]) => spawnSync("git", args, { cwd: dir, env, encoding: "utf8" });
    execFileSync("git", ["init", "-q"], { cwd: dir, env });
    const hook = join(dir, ".git", "hooks", "pre-commit");
    writeFileSync(
      hook,
      `#!/bin/sh
# Check the staged reports with report-lint; a finding at error level refuses the commit.
git diff --cached --name-only --diff-filter=ACMR -z -- '*.md' '*.txt' | xargs -0 -r "${process.execPath}" "${BIN}"
`,
    );
    chmodSync(hook, 0o755);

    writeFileSync(join(dir, "报告.md"), "深入学习贯彻[bookmark: _GoBack]习近平法治思想。\n");
    writeFileSync(join(dir, "notes.csv"), "a,b\n");
    git("add", ".");
    const refused = git("commit", "-q", "-m", "faulty");
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain("conversion-artifact");
    expect(git("rev-parse", "--verify", "HEAD").status).not.toBe(0);

    writeFileSync(join(dir, "报告.md"), "深入学习贯彻习近平法治思想。\n");
    git("add", ".");
    const accepted = git("commit", "-q", "-m", "fixed");
    expect(accepted.stderr).toBe("");
    expect(accepted.status).toBe(0);
    expect(git("log", "--format=%s").stdout.trim()).toBe("fixed");
  });
});
