// Shared by the property tests of core, the preset and the formatter: the seed reports
// and one way to damage them as converters and hurried editors do.
import { readdirSync, readFileSync } from "node:fs";

/** The shared corpus of real reports, next to the repository. */
export const SEEDS_URL = new URL("../../shared/corpus/seeds/", import.meta.url);

/** The five seed reports (../shared/corpus/seeds), in name order. */
export function seedTexts(): string[] {
  return readdirSync(SEEDS_URL)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(new URL(f, SEEDS_URL), "utf8"));
}

/** One edit of a report's lines: [line position, operation 0–4, debris]. */
export type LineEdit = readonly [number, number, string];

/**
 * Apply line edits to a report: 0 deletes a line, 1 duplicates it, 2 swaps it with the
 * next, 3 prefixes it with debris, 4 turns its first ， half-width and appends debris.
 */
export function mutateLines(report: string, edits: readonly LineEdit[]): string {
  const lines = report.split("\n");
  for (const [pos, op, piece] of edits) {
    const i = lines.length === 0 ? 0 : pos % lines.length;
    if (op === 0) lines.splice(i, 1);
    else if (op === 1) lines.splice(i, 0, lines[i] ?? "");
    else if (op === 2 && lines.length > 1) [lines[i], lines[(i + 1) % lines.length]] = [lines[(i + 1) % lines.length]!, lines[i]!];
    else if (op === 3) lines[i] = piece + (lines[i] ?? "");
    else lines[i] = (lines[i] ?? "").replace(/，/u, ",") + piece;
  }
  return lines.join("\n");
}
