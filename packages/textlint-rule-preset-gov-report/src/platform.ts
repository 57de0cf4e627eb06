import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/**
 * What the preset needs from its host, in Node: the regional word lists named by a lexicon
 * rule's `extraFiles`, read relative to the current directory. The browser build
 * (dist/browser.js) puts platform.browser.ts in this module's place.
 */

/** Where `path` is, as the reader will read it. */
export function locateFile(path: string): string {
  return resolve(process.cwd(), path);
}

/** The text of the file at `abs` (from locateFile); throws when it cannot be read. */
export function readTextFile(abs: string): string {
  return readFileSync(abs, "utf8");
}
