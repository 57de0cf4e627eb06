#!/usr/bin/env node
// Builds data/law-list.json — the titles of the laws, administrative regulations, judicial
// interpretations, ministry rules and local regulations that `law-name` knows, and the repeals the
// texts themselves state — from ../shared/corpus/lm (see its README: law-titles.tsv lists the 3,449
// titles behind the texts with their version dates; the texts are issued by state organs, which
// 《著作权法》 article 5 excludes from copyright). The derived file is committed, so the published
// package never needs the corpus; test/law-list.test.ts checks that this script reproduces it byte
// for byte when the corpus is present.
//
// Usage: node scripts/build-law-list.mjs [CORPUS_DIR] [OUT_FILE] [MODULE_FILE]
// (MODULE_FILE, src/lexicon/law-list.generated.ts by default, holds the same JSON as a string.)
//
// Titles: every distinct title of law-titles.tsv, as the source names it (the short form, without
// 中华人民共和国), inner 《》 written 〈〉 as inside a title, spaces between two issuers as 、. A
// title naming a part of a code (人格权编) is left out.
//
// Repeals: a text that says “《甲》、《乙》同时废止” (本法自…起施行，《中华人民共和国行政监察法》同时废止)
// repeals 甲 and 乙 in favour of the text it belongs to — the last title line before it — from the
// year the sentence names (自2018年…起施行) or, failing that, the first year in the lines right
// after the title (the adoption date). A repealed title that is also the title of a text in the
// corpus (工会法 1950 by 工会法 1992; a judicial interpretation replaced by one of the same name) is
// not a repeal of the name and is left out.
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(process.argv[2] ?? join(here, "..", "..", "..", "..", "shared", "corpus", "lm"));
const outFile = resolve(process.argv[3] ?? join(here, "..", "data", "law-list.json"));
const moduleFile = resolve(process.argv[4] ?? join(here, "..", "src", "lexicon", "law-list.generated.ts"));
const TEXTS = ["lawrefbook_laws/laws.txt", "china_law_db_extra/laws_extra.txt"];
const PREFIX = "中华人民共和国";
/** The kinds of law-titles.tsv, in the order the file lists them; local regulations as one kind. */
const KINDS = ["法律", "行政法规", "司法解释", "部门规章", "地方性法规"];

/** A title as a report writes it inside 《》. */
const tidy = (title) =>
  title
    .trim()
    .replace(/《/gu, "〈")
    .replace(/》/gu, "〉")
    .replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/gu, "、")
    .replace(/\s+/gu, "");
/** A title without its trailing note (（试行）, （2019年修正）) and without 中华人民共和国. */
const core = (title) => {
  const bare = title.replace(/[（(][^（）()]*[）)]$/u, "");
  return bare.startsWith(PREFIX) ? bare.slice(PREFIX.length) : bare;
};

const rows = readFileSync(join(corpus, "law-titles.tsv"), "utf8").split("\n").slice(1).filter((l) => l.trim() !== "");
const byKind = new Map(KINDS.map((k) => [k, new Set()]));
/** Every title (and its core) → true: what the texts' title lines are matched against. */
const titleSet = new Set();
/** The latest version year of each title's core (0 if the source gives no date). */
const latest = new Map();
for (const row of rows) {
  const [kind, raw, date] = row.split("\t");
  const k = kind.startsWith("地方性法规") ? "地方性法规" : kind;
  if (!byKind.has(k)) throw new Error(`build-law-list: unknown kind ${JSON.stringify(kind)}`);
  const title = tidy(raw);
  if (title.length < 2 || /编$/u.test(title)) continue;
  byKind.get(k).add(title);
  const year = Number(date?.slice(0, 4)) || 0;
  latest.set(core(title), Math.max(latest.get(core(title)) ?? 0, year));
  titleSet.add(title);
  titleSet.add(core(title));
}

/**
 * Does a text begin at this line? Its title is a line of law-titles.tsv, or a line without a full
 * stop followed by the adoption date (2020年5月28日…通过, （2019年…）) or by the start of the text (目录,
 * 第一章, 第一条) — directly or after the name of a part (中华人民共和国民法典 / 人格权编 / 2020年…).
 */
const START = /^(?:[（(]?\d{4}年|目录|第[一1]章|第[一1]条|第[一1]编)/u;
/** The tail of a note broken over two lines (会议通过）): more closing brackets than opening. */
const unbalanced = (t) => (t.match(/[）)]/gu)?.length ?? 0) > (t.match(/[（(]/gu)?.length ?? 0);
function isTitleLine(t, next, after) {
  if (t === "" || t.length > 120 || /[。；：，]/u.test(t) || /^第.{1,8}[条章节编]/u.test(t) || START.test(t) || /(?:通过|公布|修正|修订|施行|发布)[）)]?$/u.test(t) || unbalanced(t) || /^.{1,10}编$/u.test(t)) return false;
  if (titleSet.has(t) || (t.startsWith(PREFIX) && titleSet.has(t.slice(PREFIX.length)))) return true;
  return START.test(next) || (/编$/u.test(next) && START.test(after));
}

// Repeals stated by the texts.
const repeals = new Map();
const SENTENCE = /[^。；]*同时废止/gu;
/** How the title of a law, regulation, rule or interpretation ends. */
const LAW_END = /(?:法|法典|条例|规定|办法|细则|解释|决定|规则|通则|规范|意见|批复)(?:[（(][^（）()]*[）)])?$/u;
for (const file of TEXTS) {
  const lines = readFileSync(join(corpus, file), "utf8").split("\n");
  let current = null;
  let currentYear = null;
  let sinceTitle = 0;
  for (let i = 0; i < lines.length; i++) {
    const t = tidy(lines[i]);
    if (isTitleLine(t, tidy(lines[i + 1] ?? ""), tidy(lines[i + 2] ?? ""))) {
      current = core(t);
      currentYear = null;
      sinceTitle = 0;
      continue;
    }
    sinceTitle++;
    if (current !== null && currentYear === null && sinceTitle <= 2) {
      const y = /^[（(]?(\d{4})年/u.exec(t);
      if (y) currentYear = Number(y[1]);
    }
    if (current === null || !t.includes("同时废止")) continue;
    for (const m of lines[i].matchAll(SENTENCE)) {
      const sentence = m[0];
      // The date the text takes effect, as the line states it before the repeal (本法自2021年1月1日起施行。《…》同时废止).
      const stated = [...lines[i].slice(0, m.index + sentence.length).matchAll(/自(\d{4})年\d{1,2}月\d{1,2}日起施行/gu)].pop()?.[1];
      const since = stated !== undefined ? Number(stated) : currentYear;
      if (since === null) continue;
      // The titles named in the clause that ends in 同时废止 (after 施行, where the sentence has it).
      const effective = sentence.lastIndexOf("施行");
      const clause = effective < 0 ? sentence : sentence.slice(effective + 2);
      for (const r of clause.matchAll(/《([^《》]{2,80})》/gu)) {
        const name = core(tidy(r[1]));
        // Not a repeal of the name: the same title in force (a new version; the issuer's name in front of it).
        if (name === current || current.endsWith(name) || name.length < 2 || !LAW_END.test(current)) continue;
        const prev = repeals.get(name);
        // Stated twice (two versions of one text): the earliest year.
        if (prev === undefined || since < prev.since) repeals.set(name, { name, replacedBy: current, since });
      }
    }
  }
}

// A repealed title is no longer a title in force — unless a version of it is later than the repeal.
for (const [name, r] of repeals) {
  if ((latest.get(name) ?? 0) > r.since) repeals.delete(name);
  else for (const set of byKind.values()) for (const t of set) if (core(t) === name) set.delete(t);
}

const sortZh = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const out = {
  $comment:
    "Generated by scripts/build-law-list.mjs from ../shared/corpus/lm/law-titles.tsv and the texts beside it (state-organ texts, 《著作权法》 art. 5); do not edit by hand.",
  titles: Object.fromEntries(KINDS.map((k) => [k, [...byKind.get(k)].sort(sortZh)])),
  repealed: [...repeals.values()].sort((a, b) => sortZh(a.name, b.name)),
};
const json = JSON.stringify(out, null, 1) + "\n";
writeFileSync(outFile, json);
// The same list as one string for the rules to parse on first use: a 190 kB object literal in the
// bundle would be evaluated at every start, whether a report names a law or not.
writeFileSync(
  moduleFile,
  `// Generated by scripts/build-law-list.mjs with ${basename(outFile)} beside it: the same list, as a string parsed on first use.\n` +
    `// Do not edit by hand; rerun the script.\nexport const LAW_LIST_JSON: string = ${JSON.stringify(json)};\n`,
);
console.log(
  `build-law-list: ${KINDS.map((k) => `${k} ${byKind.get(k).size}`).join(", ")} in force; ${repeals.size} repeals stated by the texts → ${outFile}`,
);
