// Make the built bundle ready for the code cache the launcher compiles it through (src/launch.ts).
//
// - The bundle is written as the function the launcher runs: its CommonJS wrapper is part of the
//   file, on a line of its own, so the launcher compiles the file's text as it is read rather than
//   a 2 MB copy with the wrapper glued on (and the source map gains one empty line, so that stack
//   traces on the bundle's first line keep their columns).
// - Its SHA-256 is written into the launchers (dist/launch.cjs, dist/worker.cjs) in place of
//   BUNDLE_SHA256_PLACEHOLDER, so that the cache file's name is made from it rather than from hashing
//   the whole bundle at every start; the launcher adds the file's size and times, which change
//   whenever the file is edited after the build.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

export const WRAPPER_HEAD = "(function (exports, require, module, __filename, __dirname) {\n";
export const WRAPPER_TAIL = "\n})";
/** What src/launch.ts holds until the build writes the bundle's hash there (64 characters, as the hash). */
export const BUNDLE_SHA256_PLACEHOLDER = "report-lint:bundle-sha256:".padEnd(64, "-");

/** `code` (and its parsed source map, optional) as the function the launcher compiles. */
export function wrapForCache(code, map) {
  return { code: WRAPPER_HEAD + code + WRAPPER_TAIL, map: map === undefined ? undefined : { ...map, mappings: `;${map.mappings}` } };
}

/** Write the SHA-256 of `bundle` (a file's path) into each launcher file, where the placeholder is; throws if one lacks it. */
export function stampLaunchers(bundle, launchers) {
  const hash = createHash("sha256").update(readFileSync(bundle)).digest("hex");
  for (const file of launchers) {
    const text = readFileSync(file, "utf8");
    if (!text.includes(BUNDLE_SHA256_PLACEHOLDER)) throw new Error(`${file}: no bundle hash placeholder to fill`);
    writeFileSync(file, text.replaceAll(BUNDLE_SHA256_PLACEHOLDER, hash));
  }
  return hash;
}
