// Build the offline page into dist/: index.html, app.js (the page with the engine — textlint's
// kernel, the preset, core and the formatter — bundled for the browser: no Node built-in), app.css,
// and data/*.js, core's data files (dictionary, HMM, language model, confusion set, place names) as scripts the
// page loads from beside itself. Scripts, not fetch(): a page opened from disk (file://) may load a
// script beside it, but Chromium refuses it any fetch or XMLHttpRequest of a file.
//
//   node scripts/build.mjs [--dev]   (--dev: not minified, with a source map)
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { nodeInputs, noNodeBuiltins } from "../../../scripts/browser-build/no-node.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const dev = process.argv.includes("--dev");

// core (its Node build) says where its data folder is; the browser build gets the same files.
const core = await import(pathToFileURL(fileURLToPath(import.meta.resolve("@report-lint/core"))).href);
const dataDir = fileURLToPath(core.dataDirectory());
const DATA_FILES = core.DATA_FILES;

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "data"), { recursive: true });

const t0 = performance.now();
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
const result = await esbuild.build({
  entryPoints: { app: join(root, "src", "main.ts") },
  outdir: dist,
  bundle: true,
  platform: "browser",
  format: "iife",
  target: "es2022",
  conditions: ["browser"],
  minify: !dev,
  sourcemap: dev ? "linked" : false,
  legalComments: "linked",
  metafile: true,
  logLevel: "warning",
  define: { REPORT_LINT_WEB_VERSION: JSON.stringify(version), "process.env.NODE_ENV": '"production"' },
  // The page must run without Node: a Node built-in anywhere in the bundle fails the build.
  plugins: [noNodeBuiltins("the page")],
});

// Each data file as a script that hands its bytes (base64) to the page: self.reportLintData[name].
for (const name of DATA_FILES) {
  const bytes = readFileSync(join(dataDir, name));
  writeFileSync(join(dist, "data", `${name}.js`), `(self.reportLintData=self.reportLintData||{})[${JSON.stringify(name)}]="${bytes.toString("base64")}";\n`);
}
for (const notice of readdirSync(dataDir).filter((f) => !f.endsWith(".bin"))) cpSync(join(dataDir, notice), join(dist, "data", notice));

writeFileSync(join(dist, "app.css"), readFileSync(join(root, "src", "page.css"), "utf8").replace("/* REPORT_STYLE */", (await import(pathToFileURL(fileURLToPath(import.meta.resolve("@report-lint/formatter"))).href)).REPORT_STYLE));
writeFileSync(join(dist, "index.html"), readFileSync(join(root, "src", "index.html"), "utf8").replaceAll("{{version}}", version));

const size = (f) => {
  const p = join(dist, f);
  const n = statSync(p).isDirectory() ? readdirSync(p).reduce((s, g) => s + statSync(join(p, g)).size, 0) : statSync(p).size;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
};
const inputs = nodeInputs(result.metafile);
if (inputs.length > 0) throw new Error(`Node built-ins in the bundle: ${inputs.join(", ")}`);
console.log(`report-lint-web: built in ${(performance.now() - t0).toFixed(0)} ms — app.js ${size("app.js")}, data/ ${size("data")}`);
