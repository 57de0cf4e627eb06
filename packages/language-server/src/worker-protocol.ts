import type { Finding, ResolvedConfig, TextEdit } from "@report-lint/formatter";

/** A job sent to the lint worker. */
export interface WorkerRequest {
  id: number;
  kind: "lint" | "fix";
  text: string;
  config: ResolvedConfig;
  filePath: string;
}

/** The result of fixing a document: the edits that fix it, and how many findings are left. */
export interface FixOutcome {
  /** Replacements in offsets of the input, in order, non-overlapping. */
  edits: TextEdit[];
  remaining: number;
}

/** The worker's answer to one job. */
export type WorkerResponse =
  | { id: number; ok: true; kind: "lint"; messages: Finding[]; ms: number }
  | { id: number; ok: true; kind: "fix"; fix: FixOutcome; ms: number }
  | { id: number; ok: false; error: { name: string; message: string; path?: string; issues?: { pointer: string; message: string }[] } };
