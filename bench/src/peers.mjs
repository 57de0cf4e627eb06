// The peers: other linters run on the same input in the same run.
import { existsSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchDir } from "./corpus.mjs";

const modules = join(benchDir, "node_modules");

function pkgJson(name) {
  const p = join(modules, name, "package.json");
  return existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : null;
}

/** Absolute path of a package's bin script (from its package.json), or null. */
export function binOf(name, binName = name) {
  const pj = pkgJson(name);
  if (pj === null) return null;
  const bin = typeof pj.bin === "string" ? pj.bin : pj.bin?.[binName];
  return bin ? join(modules, name, bin) : null;
}

export function versionOf(name) {
  return pkgJson(name)?.version ?? null;
}

export function enginesOf(name) {
  return pkgJson(name)?.engines?.node ?? null;
}

function countTextlintJson(text) {
  const results = JSON.parse(text);
  return results.reduce((n, r) => n + r.messages.length, 0);
}

function countAutocorrectJson(text) {
  const data = JSON.parse(text.trim());
  return (data.messages ?? []).reduce((n, m) => n + (m.lines?.length ?? 0), 0);
}

/** zhlint prints its findings and the "Found N errors." summary on stderr. */
function countZhlint(stdout, stderr) {
  const text = `${stdout}\n${stderr}`;
  const m = /Found (\d+) errors?/u.exec(text);
  if (m) return Number(m[1]);
  return /Invalid files:/u.test(text) ? null : 0;
}

/**
 * Set up the peers in `tmp` and describe how to run them. Each peer: id,
 * label, packages (name → version), `available` + `reason`, notes, and
 * `cold(file)` / `batch(files)` → { args } to run with node, and `count`.
 */
export function setupPeers(tmp) {
  const textlintBin = binOf("textlint");
  const peers = [];

  // 1. textlint with our preset, loaded through a .textlintrc.json.
  {
    const notes = [];
    const dir = join(tmp, "textlint-preset");
    mkdirSync(dir, { recursive: true });
    const rc = join(dir, ".textlintrc.json");
    writeFileSync(rc, JSON.stringify({ rules: { "preset-gov-report": true } }, null, 2) + "\n");
    const preset = pkgJson("textlint-rule-preset-gov-report");
    let base = modules;
    if (preset !== null && preset.main === undefined) {
      // textlint's module resolver calls require.resolve() on the package *directory*
      // (…/node_modules/textlint-rule-preset-gov-report), which reads "main" and
      // ignores "exports"; our preset has only "exports", so textlint cannot load it
      // directly. A one-line shim package with "main" re-exports the built preset.
      base = join(dir, "node_modules");
      const shim = join(base, "textlint-rule-preset-gov-report");
      mkdirSync(shim, { recursive: true });
      writeFileSync(join(shim, "package.json"), JSON.stringify({ name: "textlint-rule-preset-gov-report", type: "module", main: "index.js" }) + "\n");
      const target = join(modules, "textlint-rule-preset-gov-report", "dist", "index.js");
      writeFileSync(join(shim, "index.js"), `export { default } from ${JSON.stringify(target)};\n`);
      notes.push(
        'textlint-rule-preset-gov-report has no "main" field; textlint 15 resolves presets with require.resolve(<dir>) and cannot load it, so it is loaded through a shim package with "main" that re-exports dist/index.js',
      );
    }
    peers.push({
      id: "textlint-preset",
      label: "textlint + preset-gov-report",
      packages: { textlint: versionOf("textlint"), "textlint-rule-preset-gov-report": preset?.version ?? null },
      engines: { textlint: enginesOf("textlint") },
      available: textlintBin !== null && preset !== null,
      reason: textlintBin === null ? "textlint is not installed" : preset === null ? "textlint-rule-preset-gov-report is not installed" : null,
      notes,
      versionArgs: [textlintBin, "--version"],
      cold: (file) => ({ args: [textlintBin, "--config", rc, "--rules-base-directory", base, file] }),
      batch: (files) => ({ args: [textlintBin, "--config", rc, "--rules-base-directory", base, "--format", "json", ...files] }),
      count: countTextlintJson,
      noRules: (out) => /No rules found/u.test(out),
    });
  }

  // 2. textlint with textlint-rule-ja-no-successive-word (the nearest existing duplicate check).
  {
    const dir = join(tmp, "textlint-successive");
    mkdirSync(dir, { recursive: true });
    const rc = join(dir, ".textlintrc.json");
    writeFileSync(rc, JSON.stringify({ rules: { "ja-no-successive-word": true } }, null, 2) + "\n");
    const rule = pkgJson("textlint-rule-ja-no-successive-word");
    peers.push({
      id: "textlint-successive",
      label: "textlint + ja-no-successive-word",
      packages: { textlint: versionOf("textlint"), "textlint-rule-ja-no-successive-word": rule?.version ?? null },
      engines: { textlint: enginesOf("textlint"), "textlint-rule-ja-no-successive-word": enginesOf("textlint-rule-ja-no-successive-word") },
      available: textlintBin !== null && rule !== null,
      reason: textlintBin === null ? "textlint is not installed" : rule === null ? "textlint-rule-ja-no-successive-word is not installed" : null,
      notes: ["a Japanese rule (kuromoji tokenizer): it checks one thing only, successive identical words"],
      versionArgs: [textlintBin, "--version"],
      cold: (file) => ({ args: [textlintBin, "--config", rc, "--rules-base-directory", modules, file] }),
      batch: (files) => ({ args: [textlintBin, "--config", rc, "--rules-base-directory", modules, "--format", "json", ...files] }),
      count: countTextlintJson,
      noRules: (out) => /No rules found/u.test(out),
    });
  }

  // 3. zhlint (takes one file pattern: the batch is passed as a glob).
  {
    const bin = binOf("zhlint");
    peers.push({
      id: "zhlint",
      label: "zhlint",
      packages: { zhlint: versionOf("zhlint") },
      engines: { zhlint: enginesOf("zhlint") },
      available: bin !== null,
      reason: bin === null ? "zhlint is not installed" : null,
      notes: [
        "zhlint reads only its first file argument, so the batch is passed as the glob *.txt",
        "zhlint --version fails on Node 20 (bin/index.js calls require() in an ES module), so availability is checked with --help",
      ],
      versionArgs: [bin, "--help"],
      cold: (file) => ({ args: [bin, file] }),
      batch: () => ({ args: [bin, "*.txt"] }),
      count: countZhlint,
      noRules: () => false,
    });
  }

  // 4. autocorrect-node (Rust through N-API; lints files on all cores by default).
  {
    const bin = binOf("autocorrect-node", "autocorrect");
    peers.push({
      id: "autocorrect",
      label: "autocorrect-node --lint",
      packages: { "autocorrect-node": versionOf("autocorrect-node") },
      engines: { "autocorrect-node": enginesOf("autocorrect-node") },
      available: bin !== null,
      reason: bin === null ? "autocorrect-node is not installed" : null,
      notes: ["native (Rust) code; uses all cores by default (--threads 0)"],
      versionArgs: [bin, "--version"],
      cold: (file) => ({ args: [bin, "--lint", file] }),
      batch: (files) => ({ args: [bin, "--lint", "--format", "json", ...files] }),
      count: countAutocorrectJson,
      noRules: () => false,
    });
  }
  return peers;
}
