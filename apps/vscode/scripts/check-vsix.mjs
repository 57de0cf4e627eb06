// Check a packaged .vsix: the right files (and nothing else), a small size, and a bundled
// server that starts from the UNPACKED files (no node_modules anywhere) and lints Chinese.
//
//   node scripts/check-vsix.mjs report-lint-vscode.vsix
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { extractZip, readZip } from "./zip.mjs";
import { loadExtension, smokeTestServer } from "./smoke.mjs";
import { nodeBuiltinsIn, usesDom } from "./web-bundle.mjs";

// The language model behind wrong-character (dist/jieba/lm.bin, 14 MB of n-grams and hash tables that
// barely compress) is most of the package.
const MAX_BYTES = 20 * 1024 * 1024;
const REQUIRED = [
  "extension/package.json",
  "extension/dist/extension.js",
  "extension/dist/server.js",
  "extension/dist/web/extension.js",
  "extension/dist/web/server.js",
  "extension/dist/jieba/dict.bin",
  "extension/dist/jieba/hmm.bin",
  "extension/dist/jieba/LICENSE",
  "extension/dist/jieba/lm.bin",
  "extension/dist/jieba/LM-NOTICE",
  "extension/dist/jieba/confusion.bin",
  "extension/dist/jieba/places.bin",
  "extension/dist/jieba/PLACES-NOTICE",
  "extension/dist/jieba/CONFUSION-NOTICE",
  "extension/dist/config.schema.json",
  "extension/images/icon.png",
  "extension/readme.md",
  "extension/changelog.md",
  "extension/LICENSE.txt",
  "extension.vsixmanifest",
];
const FORBIDDEN = [/node_modules\//u, /\/src\//u, /\.map$/u, /\/test\//u, /\.ts$/u, /\.vsix$/u];

const file = resolve(process.argv[2] ?? "report-lint-vscode.vsix");
const failures = [];
const bytes = statSync(file).size;
const entries = readZip(file);
const names = entries.map((e) => e.name);
const lower = new Set(names.map((n) => n.toLowerCase()));

console.log(`${file}: ${(bytes / 1024 / 1024).toFixed(2)} MiB, ${entries.length} files`);
for (const e of entries) console.log(`  ${e.name.padEnd(44)} ${(e.size / 1024).toFixed(0).padStart(6)} KiB → ${(e.compressed / 1024).toFixed(0).padStart(5)} KiB`);

if (bytes > MAX_BYTES) failures.push(`the .vsix is ${bytes} bytes, over ${MAX_BYTES}`);
for (const r of REQUIRED) if (!lower.has(r.toLowerCase())) failures.push(`missing ${r}`);
for (const n of names) for (const re of FORBIDDEN) if (re.test(n)) failures.push(`should not be packaged: ${n}`);

const dir = mkdtempSync(join(tmpdir(), "report-lint-vsix-"));
try {
  extractZip(file, dir);
  const ext = loadExtension(join(dir, "extension", "dist", "extension.js"));
  if (typeof ext.activate !== "function" || typeof ext.deactivate !== "function") failures.push("extension.js does not export activate/deactivate");
  // VS Code for the Web: the client and the server worker (which fetches the same dist/jieba/ files).
  for (const web of ["extension.js", "server.js"]) {
    const source = readFileSync(join(dir, "extension", "dist", "web", web), "utf8");
    const builtins = nodeBuiltinsIn(source);
    if (builtins.length > 0) failures.push(`dist/web/${web} needs Node built-ins: ${builtins.join(", ")}`);
    if (web === "server.js" && usesDom(source)) failures.push("dist/web/server.js calls on the DOM, which its worker does not have");
  }
  const r = await smokeTestServer(join(dir, "extension", "dist", "server.js"));
  console.log(`server from the unpacked .vsix: ${r.initialize.serverInfo?.name}, ${r.diagnostics.length} finding(s): ${r.diagnostics.map((d) => d.message).join(" | ")}`);
  if (r.initialize.capabilities?.textDocumentSync === undefined) failures.push("initialize answered without textDocumentSync");
  if (!r.diagnostics.some((d) => d.code === "duplicated-word")) failures.push(`no duplicated-word finding from the unpacked server (segmenter not loaded?)\n${r.stderr}`);
  const wrong = r.diagnostics.filter((d) => d.code === "wrong-character");
  if (wrong.length !== 1 || !wrong[0].message.includes("自发布")) failures.push(`expected one wrong-character finding (白→自) from the unpacked server (language model not shipped?): ${wrong.map((d) => d.message).join(" | ")}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const f of failures) console.error(`check-vsix: ${f}`);
  process.exitCode = 1;
} else {
  console.log("check-vsix: ok");
}
