import { makeDocx as buildOneRunDocx } from "@report-lint/test-support/docx";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built binary the tests run (build first: npx -y pnpm@10 build --filter report-lint). */
export const BIN = fileURLToPath(new URL("../bin/report-lint.cjs", import.meta.url));
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const REPO = fileURLToPath(new URL("../../../", import.meta.url));
export const SEEDS_DIR = join(REPO, "..", "shared", "corpus", "seeds");
export const EXAMPLES_DIR = join(REPO, "examples");

if (!existsSync(fileURLToPath(new URL("../dist/cli.cjs", import.meta.url)))) {
  throw new Error("packages/cli/dist is missing: run `npx -y pnpm@10 build --filter report-lint` first");
}

/** The five seed reports (real published reports with real mistakes). */
export function seeds(): string[] {
  return existsSync(SEEDS_DIR)
    ? readdirSync(SEEDS_DIR)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => join(SEEDS_DIR, f))
    : [];
}

/** Reports in the repository's examples/ folder, if any. */
export function examples(): string[] {
  return existsSync(EXAMPLES_DIR)
    ? readdirSync(EXAMPLES_DIR)
        .filter((f) => /\.(md|txt)$/u.test(f))
        .sort()
        .map((f) => join(EXAMPLES_DIR, f))
    : [];
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  /** Another copy of the CLI's launcher to run (a copy of the built package). */
  bin?: string;
}

/** Run the built CLI (or `options.bin`) as a child process. */
export function run(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, LANG: "zh_CN.UTF-8", LC_ALL: undefined, LC_MESSAGES: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, [options.bin ?? BIN, ...args], { cwd: options.cwd ?? REPO, env: env as NodeJS.ProcessEnv, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    // The CLI may stop reading its input before the end (standard input over the size limit): a
    // write to the closed pipe is then expected, not a failure of the test.
    child.stdin.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") reject(e);
    });
    child.on("close", (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** A fresh temporary directory. */
export function tmp(prefix = "report-lint-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** No stack trace in the output of a failed run. */
export function hasStackTrace(s: string): boolean {
  return /\n\s+at .+:\d+:\d+\)?\n/u.test(s) || /Error: .*\n\s+at /u.test(s);
}

/** Minimal .docx (zip with word/document.xml) holding the given paragraphs. */
export async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  return buildOneRunDocx(paragraphs);
}

interface JsonMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  range: [number, number];
  fix?: { range: [number, number]; text: string };
}

export type JsonResult = Array<{ filePath: string; messages: JsonMessage[] }>;

export function parseJson(stdout: string): JsonResult {
  return JSON.parse(stdout) as JsonResult;
}
