// The .docx fuzzer (fuzz/src/docx.mjs) in CI: a short run of mutated Word packages on the built core (fixed seed, so a
// failure is reproducible with `node fuzz/src/docx.mjs --seed 20261206 --only N`), every .docx it ever saved checked
// again, and the checks themselves fail on the faults they are for.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { checkDocx, CORPUS, sources } from "../src/docx.mjs";
import { rng } from "../src/generate.mjs";

const core = await import("../../packages/core/dist/index.js");
const RUN = fileURLToPath(new URL("../src/docx.mjs", import.meta.url));

test("a short run: 1,500 mutated packages read or refused, annotated and revised without harm", { timeout: 300_000 }, () => {
  const r = spawnSync(process.execPath, [RUN, "--inputs", "1500", "--seed", "20261206", "--quiet"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const m = /(\d+) inputs, (\d+) read, (\d+) refused as no \.docx, 0 failed/u.exec(r.stdout);
  assert.ok(m, r.stdout);
  // Both kinds of input are made: packages the reader takes and packages it must refuse.
  assert.ok(Number(m[2]) > 300 && Number(m[3]) > 300, r.stdout);
});

for (const name of readdirSync(CORPUS).filter((f) => f.endsWith(".docx")).sort()) {
  test(`fuzz/corpus/${name}`, async () => {
    const c = await checkDocx(core, readFileSync(join(CORPUS, name)), rng(1));
    assert.deepEqual(c.problems, []);
  });
}

test("the checks catch what they are for", async () => {
  const srcs = sources(core);
  const sound = srcs[0];
  // A comment that changes the text, a revision that loses it, an exception that is not a DocxError.
  const changing = { ...core, annotateDocx: (pkg, comments) => { const n = core.annotateDocx(pkg, comments); pkg.set("word/document.xml", pkg.text("word/document.xml").replace(/<w:t( [^>]*)?>([^<])/u, "<w:t$1>多$2")); return n; } };
  assert.match((await checkDocx(changing, sound, rng(2))).problems[0], /^annotate changed the text/u);
  const losing = { ...core, reviseDocx: (pkg, edits) => { const res = core.reviseDocx(pkg, edits); pkg.set("word/document.xml", pkg.text("word/document.xml").replace(/<w:t( [^>]*)?>[^<]/u, "<w:t$1>")); return res; } };
  assert.match((await checkDocx(losing, sound, rng(3))).problems[0], /^revise: accepted text differs/u);
  const throwing = { ...core, readDocxLayout: () => { throw new TypeError("x is undefined"); } };
  assert.match((await checkDocx(throwing, sound, rng(4))).problems[0], /^throw at layout: TypeError/u);
  // A package that is no Word document is refused, not a problem.
  const refused = await checkDocx(core, new TextEncoder().encode("not a zip"), rng(5));
  assert.deepEqual([refused.refused, refused.problems], [true, []]);
});
