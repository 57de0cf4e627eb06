// Bundle the extension: the client (dist/extension.js) and the language server, which is
// also its own lint worker (dist/server.js), both CommonJS with every dependency inside,
// plus the assets they read at run time (the segmenter's dictionary, jieba/) and the config schema
// that package.json's jsonValidation points at. For VS Code for the Web, the same two for a
// browser: dist/web/extension.js (CommonJS, as VS Code loads a web extension) and dist/web/server.js
// (a classic worker script, which fetches the same jieba/ files); a Node built-in in either fails the build.
//
//   node scripts/build.mjs [--production]   (--production: minified, no source maps)
import { copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { noDom, nodeInputs, noNodeBuiltins } from "../../../scripts/browser-build/no-node.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const production = process.argv.includes("--production");
const dist = join(root, "dist");

const resolveFrom = (from, id) => createRequire(from).resolve(id);
// The server package is built (ESM) and bundled to CJS here; core is found from it.
const serverPackage = fileURLToPath(import.meta.resolve("@report-lint/language-server"));
const coreEntry = resolveFrom(serverPackage, "@report-lint/core");
// core reads its data from a folder beside its module: beside server.js once bundled. core says
// where that folder is and what to call the copy.
const core = await import(pathToFileURL(coreEntry).href);
const jiebaData = fileURLToPath(core.dataDirectory());
const configSchema = fileURLToPath(import.meta.resolve("@report-lint/schema/schemas/config.schema.json"));

const bundled = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : "linked",
  legalComments: production ? "none" : "inline",
  logLevel: "warning",
};

const common = {
  ...bundled,
  platform: "node",
  format: "cjs",
  target: "node20",
  // import.meta.url in the ESM packages becomes the bundle file's own URL.
  define: { "import.meta.url": "__reportLintImportMetaUrl" },
  banner: { js: 'var __reportLintImportMetaUrl = require("url").pathToFileURL(__filename).href;' },
  mainFields: ["module", "main"],
  conditions: ["node"],
};

// The web builds: browser platform and export conditions (core, the preset, the formatter and the
// server have browser builds), nothing from Node.
const web = {
  ...bundled,
  platform: "browser",
  target: "es2022",
  metafile: true,
  conditions: ["browser"],
  mainFields: ["browser", "module", "main"],
  define: { "process.env.NODE_ENV": '"production"' },
  plugins: [noNodeBuiltins("the web extension")],
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const t0 = performance.now();
const webBuilds = await Promise.all([
  esbuild.build({
    ...web,
    format: "cjs",
    entryPoints: { extension: join(root, "src", "extension.browser.ts") },
    outdir: join(dist, "web"),
    external: ["vscode"],
  }),
  esbuild.build({
    ...web,
    format: "iife",
    entryPoints: { server: join(root, "src", "server.browser.ts") },
    outdir: join(dist, "web"),
    // A worker has no DOM: the packages' worker builds (decode-named-character-reference), not their DOM ones.
    conditions: ["worker", "browser"],
    plugins: [...web.plugins, noDom()],
  }),
]);
for (const r of webBuilds) {
  const inputs = nodeInputs(r.metafile);
  if (inputs.length > 0) throw new Error(`Node built-ins in the web bundles: ${inputs.join(", ")}`);
}
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { extension: join(root, "src", "extension.ts") },
    outdir: dist,
    external: ["vscode"],
  }),
  esbuild.build({
    ...common,
    entryPoints: { server: join(root, "src", "server.ts") },
    outdir: dist,
  }),
]);
cpSync(jiebaData, join(dist, core.DATA_DIRECTORY_NAME), { recursive: true });
copyFileSync(configSchema, join(dist, "config.schema.json"));

const bytes = (f) => (statSync(join(dist, f)).isDirectory() ? readdirSync(join(dist, f)).reduce((n, g) => n + statSync(join(dist, f, g)).size, 0) : statSync(join(dist, f)).size);
const size = (f) => `${(bytes(f) / 1024).toFixed(0)} KiB`;
console.log(
  `report-lint-vscode: bundled in ${(performance.now() - t0).toFixed(0)} ms — extension.js ${size("extension.js")}, server.js ${size("server.js")}, web/extension.js ${size("web/extension.js")}, web/server.js ${size("web/server.js")}, jieba/ ${size("jieba")}`,
);
