import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TextlintKernel } from "@textlint/kernel";
import textPlugin from "@textlint/textlint-plugin-text";
import { describe, expect, it } from "vitest";
import { validateLexicon, type ConfusableEntry, type OutdatedEntry } from "@report-lint/schema";
import { renderMessage, type RuleModule } from "../src/define-rule.js";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { builtinLexicons } from "../src/lexicon/data.js";
import { TermMatcher } from "../src/lexicon/term-matcher.js";
import confusableWord from "../src/rules/confusable-word.js";
import outdatedTerm from "../src/rules/outdated-term.js";
import formulation from "../src/rules/formulation.js";
import lawName from "../src/rules/law-name.js";

/**
 * The lexicons are data: this file checks them against lexicon.schema.json and turns
 * every entry into tests (its invalid sentences are flagged exactly as the entry says,
 * its valid sentences are not), so that the data and the rules cannot drift apart.
 */

function interop<T extends object>(mod: T): T {
  return "Processor" in mod ? mod : ((mod as { default?: T }).default ?? mod);
}

const kernel = new TextlintKernel();
const plugins = [{ pluginId: "text", plugin: interop(textPlugin) }];

async function lint(ruleId: string, rule: RuleModule, text: string, options?: Record<string, unknown>) {
  const result = await kernel.lintText(text, { ext: ".txt", plugins, rules: [{ ruleId, rule, ...(options ? { options } : {}) }] });
  return result.messages.map((m) => ({ message: m.message, range: m.range }));
}

describe("lexicon data files", () => {
  it("each file validates against lexicon.schema.json", () => {
    expect(validateLexicon("confusable", builtinLexicons.confusable)).toMatchObject({ ok: true });
    expect(validateLexicon("outdated", builtinLexicons.outdated)).toMatchObject({ ok: true });
    expect(validateLexicon("formulations", builtinLexicons.formulations)).toMatchObject({ ok: true });
    expect(validateLexicon("law-names", builtinLexicons["law-names"])).toMatchObject({ ok: true });
  });
  it("ids are unique, regexes compile with the u flag", () => {
    const lists = [builtinLexicons.confusable, builtinLexicons.outdated, builtinLexicons.formulations];
    const ids = lists.flat().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of [...builtinLexicons.confusable, ...builtinLexicons.outdated]) expect(() => new RegExp(e.match, "u"), e.id).not.toThrow();
    for (const e of builtinLexicons.formulations) for (const s of e.localAdaptations ?? []) expect(() => new RegExp(s, "u"), e.id).not.toThrow();
  });
  it("law names are unique and every correction names a known law", () => {
    const { laws = [], commonMistakes = [], repealed = [] } = builtinLexicons["law-names"];
    const names = laws.flatMap((l) => [l.name, ...l.short]);
    expect(new Set(names).size).toBe(names.length);
    const known = new Set([...names, ...laws.map((l) => l.name.replace(/^中华人民共和国/u, ""))]);
    for (const m of commonMistakes) {
      expect(known.has(m.correct), m.correct).toBe(true);
      expect(known.has(m.wrong), m.wrong).toBe(false);
    }
    for (const r of repealed) {
      expect(known.has(r.replacedBy), r.replacedBy).toBe(true);
      expect(known.has(r.name), r.name).toBe(false);
    }
  });
  it("counts (a change here is a change of the data: update the report and docs)", () => {
    expect(builtinLexicons.confusable.length).toBeGreaterThanOrEqual(140);
    expect(builtinLexicons.outdated.length).toBeGreaterThanOrEqual(34);
    expect(builtinLexicons.formulations.length).toBeGreaterThanOrEqual(68);
    expect(builtinLexicons["law-names"].laws?.length).toBeGreaterThanOrEqual(286);
  });
});

describe("TermMatcher (one scan, regexes indexed by their literal starts)", () => {
  it("finds exactly what a separate global search per entry finds", () => {
    const entries = [
      ...builtinLexicons.confusable,
      ...builtinLexicons.outdated,
      // First character not determinable: runs as a plain search.
      { id: "any-first", match: "\\p{Script=Han}诉职" },
      { id: "optional-first", match: "(?:全国)?法制宣传日|[^，]法制观念" },
      // First character outside the BMP (a surrogate pair in the text).
      { id: "astral-first", match: "𠮷野家" },
      { id: "astral-second", match: "吉𠮷" },
      // Literal starts read through quantifiers, classes, lookaheads and alternations.
      { id: "counted", match: "报告{2}[甲乙]|审(?:核|查){1,2}制" },
      { id: "optional-class", match: "(?:[一二三]中)?全会{0,2}精神" },
      { id: "lookahead-start", match: "(?=依法(?:行政|治国))依法" },
      { id: "lookahead-after", match: "执法(?=[一二三]{2}|检查)" },
      { id: "many-starts", match: "[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥][年月]" },
      { id: "nested", match: "(?:(?:全面)?依法|法治)(?:治[国省市县])(?!化)" },
    ];
    const matcher = new TermMatcher(entries, (e) => new RegExp(e.match, "u"));
    // The seed reports live beside the repository (../shared) in the development workspace.
    const seeds = new URL("../../../../shared/corpus/seeds/", import.meta.url);
    const texts = [
      builtinLexicons.confusable.flatMap((e) => [...e.invalid, ...e.valid]).join("\n"),
      builtinLexicons.outdated.flatMap((e) => [...e.invalid, ...e.valid]).join("\n"),
      "到𠮷野家吃饭，吉𠮷野家，𠮷𠮷野家\uD842野家",
      "报告报告甲，报告告甲，审核核制、审查制，三中全会精神、全会会精神、全精神，依法行政依法治国依法，执法一二执法检查执法，甲子年乙丑月，全面依法治国、法治省、依法治县化",
      ...(existsSync(seeds) ? readdirSync(seeds).map((f) => readFileSync(new URL(f, seeds), "utf8")) : []),
    ];
    for (const text of texts) {
      const scanned = matcher.scan(text).map((h) => `${h.entry.id}@${h.start}-${h.end}`).sort();
      const searched = entries.flatMap((e) => [...text.matchAll(new RegExp(e.match, "gu"))].map((m) => `${e.id}@${m.index}-${m.index + m[0].length}`)).sort();
      expect(scanned).toEqual(searched);
    }
    // Every built-in entry, the two astral ones and the six of literal starts go through the index.
    expect(matcher.indexedCount).toBe(builtinLexicons.confusable.length + builtinLexicons.outdated.length + 2 + 6);
  });
});

function termEntryTests(ruleId: string, rule: RuleModule, entries: Array<ConfusableEntry | OutdatedEntry>) {
  describe(`${ruleId}: one test pair per entry of the lexicon`, () => {
    for (const entry of entries) {
      it(`${entry.id}: each invalid sentence yields exactly this entry's finding`, async () => {
        for (const sentence of entry.invalid) {
          const m = new RegExp(entry.match, "u").exec(sentence);
          expect(m, `${entry.id} matches “${sentence}”`).not.toBeNull();
          const text = m![0];
          const since = "since" in entry ? entry.since : undefined;
          const data = { text, replacement: entry.replacement, reason: entry.reason, ...(since !== undefined ? { since } : {}) };
          const template = rule.meta.messages[ruleId === "confusable-word" ? "confusable" : since !== undefined ? "since" : "renamed"]!;
          expect(await lint(ruleId, rule, sentence), sentence).toEqual([{ message: renderMessage(template, data), range: [m!.index, m!.index + text.length] }]);
        }
      });
      it(`${entry.id}: each valid sentence yields nothing`, async () => {
        for (const sentence of entry.valid) expect(await lint(ruleId, rule, sentence), sentence).toEqual([]);
      });
    }
  });
}

termEntryTests("confusable-word", confusableWord, builtinLexicons.confusable);
termEntryTests("outdated-term", outdatedTerm, builtinLexicons.outdated);

describe("formulation: one test pair per entry of the lexicon", () => {
  for (const entry of builtinLexicons.formulations) {
    it(`${entry.id}: each invalid sentence is flagged with the exact wording`, async () => {
      for (const sentence of entry.invalid) {
        const found = await lint("formulation", formulation, sentence);
        if (found.length === 1) {
          expect(found[0]!.message, sentence).toContain(entry.canonical);
          continue;
        }
        // Or the slip is an entry of confusable-word (公证司法), which reports it — one slip, one finding — and whose
        // correction gives the exact wording.
        expect(found, sentence).toEqual([]);
        const told = await lint("confusable-word", confusableWord, sentence);
        expect(told.length, sentence).toBe(1);
        const replacement = /应改为“(.+?)”/u.exec(told[0]!.message)?.[1] ?? "";
        const [a, b] = told[0]!.range;
        expect(sentence.slice(0, a) + replacement + sentence.slice(b), sentence).toContain(entry.canonical);
      }
    });
    it(`${entry.id}: each valid sentence yields nothing`, async () => {
      for (const sentence of entry.valid) expect(await lint("formulation", formulation, sentence), sentence).toEqual([]);
    });
  }
});

describe("law-name: every list entry", () => {
  const { laws = [], commonMistakes = [], repealed = [] } = builtinLexicons["law-names"];
  it("accepts every law by its full name, without 中华人民共和国, and by each short form", async () => {
    for (const law of laws) {
      for (const name of new Set([law.name, law.name.replace(/^中华人民共和国/u, ""), ...law.short])) {
        expect(await lint("law-name", lawName, `认真学习贯彻《${name}》。`), name).toEqual([]);
      }
    }
  });
  it("flags every common mistake, naming the correct law", async () => {
    for (const m of commonMistakes) {
      const text = `组织学习《${m.wrong}》。`;
      expect(await lint("law-name", lawName, text), m.wrong).toEqual([
        { message: `《${m.wrong}》不是现行法律的名称，应为《${m.correct}》`, range: [5, 5 + m.wrong.length] },
      ]);
    }
  });
  it("flags every repealed law, naming the law that replaced it", async () => {
    for (const r of repealed) {
      const text = `组织学习《${r.name}》。`;
      expect(await lint("law-name", lawName, text), r.name).toEqual([
        { message: `《${r.name}》已于${r.since}年废止，应改为《${r.replacedBy}》`, range: [5, 5 + r.name.length] },
      ]);
    }
  });
});

describe("options: disable, add, extraFiles", () => {
  const text = "坚持将法治工作纳入年度诉职内容。";
  it("disable turns an entry off", async () => {
    expect(await lint("confusable-word", confusableWord, text, { disable: ["su-zhi"] })).toEqual([]);
  });
  it("add appends an entry, and overrides a built-in one with the same id", async () => {
    const add = [
      { id: "su-zhi", match: "诉职", replacement: "述职", reason: "地方词表", invalid: ["年度诉职"], valid: ["年度述职"] },
      { id: "xiang-zhen", match: "乡正府", replacement: "乡政府", reason: "别字", invalid: ["乡正府"], valid: ["乡政府"] },
    ];
    expect(await lint("confusable-word", confusableWord, "乡正府召开会议，纳入年度诉职内容。", { add })).toEqual([
      { message: "“乡正府”应改为“乡政府”（别字）", range: [0, 3] },
      { message: "“诉职”应改为“述职”（地方词表）", range: [12, 14] },
    ]);
  });
  it("add is validated against the lexicon schema, with the path of the bad value", async () => {
    await expect(lint("confusable-word", confusableWord, text, { add: [{ id: "x", match: "诉职" }] })).rejects.toThrow(/选项“add\/0”不正确：缺少必填项/u);
    await expect(lint("confusable-word", confusableWord, text, { add: [{ id: "x", match: "(", replacement: "y", reason: "z", invalid: ["a"], valid: ["b"] }] })).rejects.toThrow(
      /词条“x”中的正则不正确/u,
    );
  });
  it("extraFiles adds a regional list in the same shape (read once, relative to the working directory)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "report-lint-lexicon-"));
    const file = join(dir, "regional.json");
    writeFileSync(
      file,
      JSON.stringify([{ id: "qing-cheng", match: "青城镇政俯", replacement: "青城镇政府", reason: "别字", since: 2020, invalid: ["青城镇政俯"], valid: ["青城镇政府"] }]),
    );
    expect(await lint("outdated-term", outdatedTerm, "青城镇政俯高度重视。", { extraFiles: [file] })).toEqual([
      { message: "“青城镇政俯”为旧称，2020年起应为“青城镇政府”（别字）", range: [0, 5] },
    ]);
    writeFileSync(join(dir, "bad.json"), JSON.stringify([{ id: "Bad" }]));
    await expect(lint("outdated-term", outdatedTerm, "x", { extraFiles: [join(dir, "bad.json")] })).rejects.toThrow(/格式不正确/u);
  });
  it("law-name takes laws, common mistakes and repealed laws in add, and disable by name", async () => {
    const add = [{ name: "中华人民共和国原子能法", short: ["原子能法"] }, { wrong: "原子法", correct: "原子能法" }];
    expect(await lint("law-name", lawName, "学习《原子能法》和《原子法》。", { add })).toEqual([{ message: "《原子法》不是现行法律的名称，应为《原子能法》", range: [10, 13] }]);
    expect(await lint("law-name", lawName, "学习《合同法》。", { disable: ["合同法"] })).toEqual([]);
  });
  it("formulation takes extra formulations with local adaptations", async () => {
    const add = [{ id: "local", canonical: "青城镇法治建设三年规划", kind: "document-title", reason: "镇文件", invalid: ["《青城镇法治建设五年规划》"], valid: ["《青城镇法治建设三年规划》"] }];
    expect(await lint("formulation", formulation, "落实《青城镇法治建设五年规划》。", { add })).toEqual([
      { message: "“青城镇法治建设五年规划”与文件名称不一致，应为《青城镇法治建设三年规划》", range: [3, 14] },
    ]);
  });
});
