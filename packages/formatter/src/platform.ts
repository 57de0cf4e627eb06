// What the Linter needs from its host, in Node: file paths, the working directory, bounded reads
// (config files, profile files, reports) and atomic writes (--fix). The browser build puts
// platform.browser.ts in this module's place (tsup.browser.config.ts).
export { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
export { readBounded } from "./read-bounded.js";
export { fixFile } from "./write.js";

/** Where relative paths are resolved from. */
export function cwd(): string {
  return process.cwd();
}
