// The curated lexicons of the term rules (data/*.json, bundled at build time) and the
// options every lexicon rule shares: `disable` (entry ids), `add` (entries) and
// `extraFiles` (a regional list in the same shape). Each distinct option set is
// merged and validated once per process.
import {
  validateLexicon,
  validateLexiconEntries,
  type ConfusableEntry,
  type FormulationEntry,
  type LawNamesFile,
  type LexiconEntryOf,
  type LexiconFileOf,
  type LexiconKind,
  type OutdatedEntry,
  type SchemaIssue,
} from "@report-lint/schema";
import confusableData from "../../data/confusable.json";
import outdatedData from "../../data/outdated.json";
import formulationsData from "../../data/formulations.json";
import lawNamesData from "../../data/law-names.json";
import { derivedRepeals } from "./laws.js";
import { locateFile, readTextFile } from "../platform.js";

/** The built-in lexicons, validated by test/lexicon-data.test.ts against lexicon.schema.json. */
export const builtinLexicons: { [K in LexiconKind]: LexiconFileOf[K] } = {
  confusable: confusableData as ConfusableEntry[],
  outdated: outdatedData as OutdatedEntry[],
  formulations: formulationsData as FormulationEntry[],
  "law-names": lawNamesData as LawNamesFile,
};

export interface LexiconOptions {
  disable: string[];
  add: unknown[];
  extraFiles: string[];
}

/** Options schema shared by the four lexicon rules (entries in `add` are checked against lexicon.schema.json). */
export function lexiconOptionsSchema(entryDescription: string): Record<string, unknown> {
  return {
    properties: {
      disable: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true, description: "关闭的词条 id" },
      add: { type: "array", items: { type: "object" }, description: `追加或覆盖的词条（${entryDescription}，格式见 lexicon.schema.json）` },
      extraFiles: { type: "array", items: { type: "string", minLength: 1 }, description: "地方词表 JSON 文件（与内置词表同一格式），相对于当前目录" },
    },
    additionalProperties: false,
  };
}

export const lexiconDefaults: LexiconOptions = { disable: [], add: [], extraFiles: [] };

function issueText(issues: SchemaIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.pointer === "/" ? "" : `“${i.pointer.slice(1)}”`}${i.message}`)
    .join("；");
}

const files = new Map<string, unknown>();

function readExtra<K extends LexiconKind>(ruleId: string, kind: K, path: string): LexiconFileOf[K] {
  const abs = locateFile(path);
  let data = files.get(`${kind}:${abs}`);
  if (data === undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readTextFile(abs));
    } catch (e) {
      throw new Error(`report-lint 规则“${ruleId}”的选项“extraFiles”：无法读取词表文件 ${abs}（${(e as Error).message}）`);
    }
    const r = validateLexicon(kind, parsed);
    if (!r.ok) throw new Error(`report-lint 规则“${ruleId}”的词表文件 ${abs} 格式不正确：${issueText(r.issues)}`);
    data = r.value;
    files.set(`${kind}:${abs}`, data);
  }
  return data as LexiconFileOf[K];
}

function checkAdd<K extends LexiconKind>(ruleId: string, kind: K, add: unknown[]): Array<LexiconEntryOf[K]> {
  if (add.length === 0) return [];
  const r = validateLexiconEntries(kind, add);
  if (!r.ok) {
    const i = r.issues[0]!;
    throw new Error(`report-lint 规则“${ruleId}”的选项“add${i.pointer === "/" ? "" : i.pointer}”不正确：${i.message}`);
  }
  return r.value;
}

/** Compile a regex source of a lexicon entry with the `u` flag, or fail with a readable message. */
export function compileSource(ruleId: string, id: string, source: string, flags = "u"): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new Error(`report-lint 规则“${ruleId}”的词条“${id}”中的正则不正确：${source}（${(e as Error).message}）`);
  }
}

/** Merge entries by id: later lists override earlier ones; disabled ids are dropped. */
function mergeById<T extends { id: string }>(lists: T[][], disable: string[]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) for (const e of list) byId.set(e.id, e);
  for (const id of disable) byId.delete(id);
  return [...byId.values()];
}

type ListKind = "confusable" | "outdated" | "formulations";

/**
 * The effective entries of one lexicon rule: built-in, then `extraFiles`, then `add`
 * (an entry with an existing id replaces it), minus `disable`. `compile` turns them into
 * what the rule matches with; its result is cached per distinct option set.
 */
export function listLexicon<K extends ListKind, C>(
  ruleId: string,
  kind: K,
  options: LexiconOptions,
  compile: (entries: Array<LexiconEntryOf[K]>) => C,
): C {
  // (The kind is part of the key: one rule may read two lists — wrong-character reads the confusable words and the formulations.)
  const key = `${ruleId}\u0000${kind}\u0000${JSON.stringify([options.disable, options.add, options.extraFiles])}`;
  const hit = compiledCache.get(key);
  if (hit !== undefined) return hit as C;
  const lists = [
    builtinLexicons[kind] as Array<LexiconEntryOf[K]>,
    ...options.extraFiles.map((f) => readExtra(ruleId, kind, f) as Array<LexiconEntryOf[K]>),
    checkAdd(ruleId, kind, options.add),
  ];
  const compiled = compile(mergeById(lists, options.disable));
  compiledCache.set(key, compiled);
  return compiled;
}

/**
 * The effective law lists: the repeals derived from the corpus (data/law-list.json), built-in,
 * `extraFiles`, `add`; `disable` names a law (or short form), a wrong name or a repealed law.
 */
export function lawLexicon<C>(ruleId: string, options: LexiconOptions, compile: (data: Required<Omit<LawNamesFile, "$schema">>) => C): C {
  const key = `${ruleId}\u0000${JSON.stringify([options.disable, options.add, options.extraFiles])}`;
  const hit = compiledCache.get(key);
  if (hit !== undefined) return hit as C;
  const merged: Required<Omit<LawNamesFile, "$schema">> = { laws: [], commonMistakes: [], repealed: [] };
  const take = (f: LawNamesFile) => {
    merged.laws.push(...(f.laws ?? []));
    merged.commonMistakes.push(...(f.commonMistakes ?? []));
    merged.repealed.push(...(f.repealed ?? []));
  };
  // The repeals the corpus's texts state first: the curated list, then the user's, override them by name.
  merged.repealed.push(...derivedRepeals());
  take(builtinLexicons["law-names"]);
  for (const f of options.extraFiles) take(readExtra(ruleId, "law-names", f));
  for (const e of checkAdd(ruleId, "law-names", options.add)) {
    if ("wrong" in e) merged.commonMistakes.push(e);
    else if ("replacedBy" in e) merged.repealed.push(e);
    else merged.laws.push(e);
  }
  const off = new Set(options.disable);
  const compiled = compile({
    laws: merged.laws.filter((l) => !off.has(l.name) && !l.short.some((s) => off.has(s))),
    commonMistakes: merged.commonMistakes.filter((m) => !off.has(m.wrong)),
    repealed: merged.repealed.filter((r) => !off.has(r.name)),
  });
  compiledCache.set(key, compiled);
  return compiled;
}

const compiledCache = new Map<string, unknown>();
