import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { packageConfig } from "../../tsup.config.base";
import { asciiOnly } from "./scripts/ascii-only.mjs";
import { stampLaunchers, wrapForCache } from "./scripts/cache-ready.mjs";

// The command line starts often (every save, every commit), so it is built for starting:
// - one CommonJS file (dist/cli.cjs) holds the CLI and everything it uses (the .docx reader
//   and writer are core's own, on fflate): one file loads far faster than the ~500 modules
//   of its dependency graph;
// - CommonJS, because Node 20 can give a CommonJS script V8's code cache and not an ES
//   module: dist/launch.cjs (src/launch.ts) loads the bundle through it, for the bin and
//   for the worker threads (dist/worker.cjs). Those two bundle nothing but the launcher.
// core reads its data (segmenter, language model, confusion set) from a folder beside its
// module, which is now dist/cli.cjs: core says where that folder is and what to call the copy.
const coreEntry = pathToFileURL(createRequire(import.meta.url).resolve("@report-lint/core")).href;

export default packageConfig({
  entry: { cli: "src/cli.ts", launch: "src/launch.ts", worker: "src/worker.ts" },
  format: ["cjs"],
  // import.meta.url in the sources (and in core's) becomes the bundle's own file URL.
  shims: true,
  noExternal: [/.*/u],
  minify: true,
  // A script compiled through the code cache has no dynamic import() (Node keeps no loader for it).
  esbuildOptions(options) {
    options.supported = { ...options.supported, "dynamic-import": false };
    // textlint's loggers, without the debug package's start-up cost: see src/debug.ts.
    options.alias = { ...options.alias, debug: "./src/debug.ts" };
  },
  async onSuccess() {
    // The bundle as one-byte text: see scripts/ascii-only.mjs.
    const bundle = join("dist", "cli.cjs");
    const ascii = asciiOnly(readFileSync(bundle, "utf8"), JSON.parse(readFileSync(`${bundle}.map`, "utf8")));
    // As the function the launcher compiles, its hash in the launchers: see scripts/cache-ready.mjs.
    const ready = wrapForCache(ascii.code, ascii.map);
    writeFileSync(bundle, ready.code);
    writeFileSync(`${bundle}.map`, JSON.stringify(ready.map));
    stampLaunchers(bundle, [join("dist", "launch.cjs"), join("dist", "worker.cjs")]);
    const core = (await import(coreEntry)) as typeof import("@report-lint/core");
    cpSync(fileURLToPath(core.dataDirectory()), join("dist", core.DATA_DIRECTORY_NAME), { recursive: true });
  },
});
