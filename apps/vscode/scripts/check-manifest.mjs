// `lint` for the extension: what vsce and the Marketplace need from the manifest and the
// files around it, checked without packaging.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const m = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const problems = [];
const need = (ok, what) => {
  if (!ok) problems.push(what);
};

for (const key of ["name", "displayName", "description", "version", "publisher", "license", "main"]) need(typeof m[key] === "string" && m[key] !== "", `package.json: "${key}" is required`);
need(/^[a-z0-9][a-z0-9-]*$/u.test(m.name ?? ""), 'package.json: "name" must be lower-case letters, digits and hyphens');
need(typeof m.engines?.vscode === "string", 'package.json: "engines.vscode" is required');
need(typeof m.repository?.url === "string", 'package.json: "repository.url" is required');
need(Object.keys(m.dependencies ?? {}).length === 0, 'package.json: everything is bundled, so "dependencies" must be empty (vsce --no-dependencies)');
need(Array.isArray(m.activationEvents) && m.activationEvents.length > 0, 'package.json: "activationEvents" is required');

for (const c of m.contributes?.commands ?? []) need(c.title?.startsWith("report-lint："), `command ${c.command}: title should start with “report-lint：”`);
// The Marketplace wants a PNG icon of at least 128 × 128 (an SVG is refused).
need(typeof m.icon === "string" && m.icon.endsWith(".png"), 'package.json: "icon" should name a PNG');
if (typeof m.icon === "string" && existsSync(join(root, m.icon))) {
  const png = readFileSync(join(root, m.icon));
  const isPng = png.subarray(1, 4).toString("latin1") === "PNG";
  need(isPng && png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128, `${m.icon} should be a PNG of at least 128 × 128`);
} else need(false, `${m.icon}: the icon file is missing (node scripts/make-icon.mjs draws it)`);
for (const v of [...(m.contributes?.jsonValidation ?? []), ...(m.contributes?.yamlValidation ?? [])]) {
  const url = String(v.url ?? "");
  need(url.startsWith("./dist/") && ignoreText().includes(`!${url.slice(2)}`), `schema ${url}: should be a file in dist/ that .vscodeignore lets into the .vsix`);
}
for (const key of Object.keys(m.contributes?.configuration?.properties ?? {})) need(key.startsWith("reportLint."), `setting ${key}: should be under reportLint.`);
for (const [key, p] of Object.entries(m.contributes?.configuration?.properties ?? {})) {
  need(typeof (p.markdownDescription ?? p.description) === "string", `setting ${key}: needs a description`);
}

const readme = existsSync(join(root, "README.md")) ? readFileSync(join(root, "README.md"), "utf8") : "";
need(readme.length > 0, "README.md is required");
need(/[\u4e00-\u9fff]/u.test(readme) && /\bEnglish\b/u.test(readme), "README.md should be in Chinese and English");
for (const key of Object.keys(m.contributes?.configuration?.properties ?? {})) need(readme.includes(key), `README.md should document the setting ${key}`);
need(existsSync(join(root, "CHANGELOG.md")), "CHANGELOG.md is required");
need(existsSync(join(root, "LICENSE")), "LICENSE is required (vsce asks for it)");

function ignoreText() {
  return existsSync(join(root, ".vscodeignore")) ? readFileSync(join(root, ".vscodeignore"), "utf8") : "";
}
const ignore = ignoreText();
for (const f of ["dist/extension.js", "dist/server.js", "dist/jieba/dict.bin", "dist/jieba/hmm.bin", "dist/jieba/LICENSE", "dist/jieba/lm.bin", "dist/jieba/LM-NOTICE", "dist/jieba/confusion.bin", "dist/jieba/CONFUSION-NOTICE", "dist/jieba/places.bin", "dist/jieba/PLACES-NOTICE", "dist/config.schema.json", "images/icon.png"]) {
  need(ignore.includes(`!${f}`), `.vscodeignore must let ${f} into the .vsix`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(`check-manifest: ${p}`);
  process.exitCode = 1;
} else {
  console.log("check-manifest: ok");
}
