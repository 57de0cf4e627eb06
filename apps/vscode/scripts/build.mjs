// Bundle the extension: the client (dist/extension.js) and the language server, which is
// also its own lint worker (dist/server.js), both CommonJS with every dependency inside,
// plus the assets they read at run time (jieba's .wasm dictionary) and the config schema
// that package.json's jsonValidation points at.
//
//   node scripts/build.mjs [--production]   (--production: minified, no source maps)
import { copyFileSync, mkdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const production = process.argv.includes("--production");
const dist = join(root, "dist");

const resolveFrom = (from, id) => createRequire(from).resolve(id);
// The server package is built (ESM) and bundled to CJS here; core is found from it.
const serverPackage = fileURLToPath(import.meta.resolve("@report-lint/language-server"));
const coreEntry = resolveFrom(serverPackage, "@report-lint/core");
const jiebaEntry = resolveFrom(coreEntry, "jieba-wasm");
const wasmFile = join(dirname(jiebaEntry), "jieba_rs_wasm_bg.wasm");
const configSchema = fileURLToPath(import.meta.resolve("@report-lint/schema/schemas/config.schema.json"));

/**
 * core loads jieba lazily through createRequire(import.meta.url), which a bundler
 * cannot follow. Turn that call into a plain require("jieba-wasm") so esbuild bundles
 * jieba's Node glue (still evaluated lazily, on the first segmentation); the glue reads
 * jieba_rs_wasm_bg.wasm next to the bundle (__dirname), where it is copied below.
 */
const jiebaPlugin = {
  name: "report-lint-jieba",
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]dist[\\/]index\.js$/ }, async (args) => {
      const { readFile } = await import("node:fs/promises");
      const source = await readFile(args.path, "utf8");
      const pattern = /\b(\w+)\("jieba-wasm"\)/gu;
      const count = [...source.matchAll(pattern)].length;
      if (count !== 1) {
        throw new Error(`expected one lazy require of jieba-wasm in ${args.path}, found ${count}: update scripts/build.mjs`);
      }
      return { contents: source.replace(pattern, 'require("jieba-wasm")'), loader: "js", resolveDir: dirname(args.path) };
    });
  },
};

/** .docx text extraction (mammoth) is never used in the editor: a stub keeps it out of the bundle. */
const noDocxPlugin = {
  name: "report-lint-no-docx",
  setup(build) {
    build.onResolve({ filter: /^mammoth$/ }, () => ({ path: "mammoth", namespace: "report-lint-stub" }));
    build.onLoad({ filter: /.*/, namespace: "report-lint-stub" }, () => ({
      contents: 'module.exports = { extractRawText() { throw new Error("report-lint 的编辑器扩展不读取 .docx 文件"); } };',
      loader: "js",
    }));
  },
};

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  minify: production,
  sourcemap: production ? false : "linked",
  legalComments: production ? "none" : "inline",
  logLevel: "warning",
  // import.meta.url in the ESM packages becomes the bundle file's own URL.
  define: { "import.meta.url": "__reportLintImportMetaUrl" },
  banner: { js: 'var __reportLintImportMetaUrl = require("url").pathToFileURL(__filename).href;' },
  mainFields: ["module", "main"],
  conditions: ["node"],
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const t0 = performance.now();
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
    plugins: [jiebaPlugin, noDocxPlugin],
  }),
]);
copyFileSync(wasmFile, join(dist, "jieba_rs_wasm_bg.wasm"));
copyFileSync(configSchema, join(dist, "config.schema.json"));

const size = (f) => `${(statSync(join(dist, f)).size / 1024).toFixed(0)} KiB`;
console.log(
  `report-lint-vscode: bundled in ${(performance.now() - t0).toFixed(0)} ms — extension.js ${size("extension.js")}, server.js ${size("server.js")}, wasm ${size("jieba_rs_wasm_bg.wasm")}`,
);
