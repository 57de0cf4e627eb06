import { relative, isAbsolute } from "node:path";
import type { TextlintMessage } from "@textlint/types";
import type { FileReport } from "../process-file.js";

/** What every output format gets besides the reports. */
export interface FormatContext {
  color: boolean;
  cwd: string;
  version: string;
}

export type Formatter = (reports: FileReport[], ctx: FormatContext) => string;

/** textlint's severity levels. */
export const SEVERITY = { warning: 1, error: 2, info: 3 } as const;

export function countBy(messages: readonly TextlintMessage[], severity: number): number {
  return messages.filter((m) => m.severity === severity).length;
}

/** A path relative to the working directory when inside it, else absolute; always with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  return shown.split("\\").join("/");
}

/** Width of a string in terminal columns (CJK and full-width forms count as two). */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

export function pad(s: string, w: number): string {
  return s + " ".repeat(Math.max(0, w - width(s)));
}

export { docxPlace, missingItems, textOf, type DocxPlace } from "@report-lint/formatter";
