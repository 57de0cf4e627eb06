// The root's `postinstall`: builds what an install of this repository needs. Three installs run it.
// - `pnpm install` in the monorepo: build every package (turbo), so that the quick start's
//   `pnpm example` and `pnpm test` run on a fresh clone, and link node_modules/.bin/report-lint to
//   the CLI (the root cannot depend on it with `workspace:*`: npm, below, rejects that protocol).
// - `npm install` in a clone of this repository, when pre-commit installs the hook: its node
//   language runs `npm install`, then `npm pack`, then `npm install -g` of that tarball, whose `bin`
//   is the CLI in packages/cli. So install the CLI and the libraries it bundles with pnpm, from the
//   lockfile, and build them. This is `postinstall`, not `prepare`: npm pack runs `prepare` and
//   prints its banner on the standard output, where pre-commit reads the tarball's name.
// - `npm install -g` of that tarball: no monorepo there, nothing to do.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";

const NESTED = "REPORT_LINT_POSTINSTALL";

function run(command, args) {
  console.error(`> ${command} ${args.join(" ")}`);
  const env = { ...process.env, [NESTED]: "1" };
  const result = spawnSync(command, args, { stdio: "inherit", env, shell: process.platform === "win32" });
  if (result.error) {
    console.error(`${command}: ${result.error.message}`);
    return false;
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
  return true;
}

if (!existsSync("pnpm-workspace.yaml") || process.env[NESTED]) {
  // The installed tarball; or the pnpm install below, which runs this script again before its build.
} else if ((process.env.npm_config_user_agent ?? "").startsWith("pnpm/")) {
  if (!run("turbo", ["run", "build", "--output-logs=errors-only"])) process.exit(1);
  const bin = "node_modules/.bin/report-lint";
  try {
    mkdirSync("node_modules/.bin", { recursive: true });
    rmSync(bin, { force: true });
    symlinkSync("../../packages/cli/bin/report-lint.cjs", bin);
  } catch (error) {
    console.error(`${bin} not linked (${error.message}): run node packages/cli/bin/report-lint.cjs`);
  }
} else {
  // pnpm is one of the root's devDependencies, which npm has just installed (else npx fetches it).
  const install = ["install", "--frozen-lockfile", "--filter", "report-lint..."];
  if (!run("pnpm", install) && !run("npx", ["-y", "pnpm@10", ...install])) process.exit(1);
  if (!run("turbo", ["run", "build", "--filter=report-lint", "--output-logs=errors-only"])) process.exit(1);
}
