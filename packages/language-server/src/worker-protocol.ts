import type { TextlintMessage } from "@textlint/types";
import type { FixOutcome, ResolvedConfig } from "./engine.js";

/** A job sent to the lint worker. */
export interface WorkerRequest {
  id: number;
  kind: "lint" | "fix";
  text: string;
  config: ResolvedConfig;
  filePath: string;
}

/** The worker's answer to one job. */
export type WorkerResponse =
  | { id: number; ok: true; kind: "lint"; messages: TextlintMessage[]; ms: number }
  | { id: number; ok: true; kind: "fix"; fix: FixOutcome; ms: number }
  | { id: number; ok: false; error: { name: string; message: string; path?: string; issues?: { pointer: string; message: string }[] } };
