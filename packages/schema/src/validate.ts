import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";

export type { ErrorObject, ValidateFunction };
import { reportModelSchema, profileSchema, configSchema, lexiconSchema } from "./schemas.js";
import { didYouMean } from "./suggest.js";
import type {
  Config,
  ConfusableEntry,
  ConfusableFile,
  FormulationEntry,
  FormulationFile,
  Law,
  LawMistake,
  LawNamesFile,
  OutdatedEntry,
  OutdatedFile,
  Profile,
  RepealedLaw,
  ReportModel,
} from "./types.generated.js";

/** One problem found by a schema, in Chinese (and in English, for an English command line), with a JSON pointer to the bad value. */
export interface SchemaIssue {
  pointer: string;
  message: string;
  en?: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

/** How a schema is compiled: "strict" for this package's own schemas; "lenient" for the rules' option schemas, written by each rule. */
export type SchemaMode = "strict" | "lenient";

const compilers: Record<SchemaMode, Ajv2020 | null> = { strict: null, lenient: null };
const compiled: Record<SchemaMode, WeakMap<object, ValidateFunction>> = { strict: new WeakMap(), lenient: new WeakMap() };

/**
 * The one Ajv of each mode that every report-lint package compiles its schemas with: every error
 * at once (allErrors), each with its schema and value (verbose) for a did-you-mean. Schemas are
 * not checked against JSON Schema 2020-12's meta-schema at run time (validateSchema): that
 * compiles the meta-schema first, ~15–35 ms of every command's cold start for each Ajv that did
 * it. The tests make that check instead — this package's schemas in test/schema.test.ts, the
 * rules' option schemas in the preset's test/rule-meta.test.ts and, as a config entry, in the
 * formatter's test/config.test.ts.
 */
function compiler(mode: SchemaMode): Ajv2020 {
  return (compilers[mode] ??=
    mode === "strict"
      ? new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, validateSchema: false })
      : new Ajv2020({ allErrors: true, verbose: true, strict: false, validateSchema: false }));
}

/** `schema` compiled (once per schema object and mode). Throws Ajv's error on a schema it cannot compile. */
export function compileSchema(schema: object, mode: SchemaMode = "strict"): ValidateFunction {
  let v = compiled[mode].get(schema);
  if (v === undefined) {
    v = compiler(mode).compile(schema);
    compiled[mode].set(schema, v);
  }
  return v;
}

function run<T>(schema: object, data: unknown): ValidationResult<T> {
  const v = compileSchema(schema);
  if (v(data)) return { ok: true, value: data as T };
  return { ok: false, issues: toIssues(v.errors ?? []) };
}

export function validateReportModel(data: unknown): ValidationResult<ReportModel> {
  return run(reportModelSchema, data);
}

export function validateProfile(data: unknown): ValidationResult<Profile> {
  return run(profileSchema, data);
}

export function validateConfig(data: unknown): ValidationResult<Config> {
  return run(configSchema, data);
}

/** The four lexicon files of the preset's term rules (data/*.json and users' extra files). */
export type LexiconKind = "confusable" | "outdated" | "formulations" | "law-names";

/** The shape of a whole lexicon file of each kind. */
export interface LexiconFileOf {
  confusable: ConfusableFile;
  outdated: OutdatedFile;
  formulations: FormulationFile;
  "law-names": LawNamesFile;
}

/** One entry of each kind, as given in a rule's `add` option. */
export interface LexiconEntryOf {
  confusable: ConfusableEntry;
  outdated: OutdatedEntry;
  formulations: FormulationEntry;
  "law-names": Law | LawMistake | RepealedLaw;
}

const LEXICON_DEFS: Record<LexiconKind, { file: string; entry: string }> = {
  confusable: { file: "ConfusableFile", entry: "ConfusableEntry" },
  outdated: { file: "OutdatedFile", entry: "OutdatedEntry" },
  formulations: { file: "FormulationFile", entry: "FormulationEntry" },
  "law-names": { file: "LawNamesFile", entry: "LawNamesEntry" },
};

const lexiconSchemas = new Map<string, object>();

/** A schema pointing into lexicon.schema.json's $defs: a whole file, or a list of entries. One object per use, so it is compiled once. */
function lexiconRef(kind: LexiconKind, what: "file" | "entries"): object {
  const key = `${kind}:${what}`;
  let schema = lexiconSchemas.get(key);
  if (schema === undefined) {
    const ref = (def: string) => ({ $ref: `${lexiconSchema.$id}#/$defs/${def}` });
    schema = what === "file" ? ref(LEXICON_DEFS[kind].file) : { type: "array", items: ref(LEXICON_DEFS[kind].entry) };
    lexiconSchemas.set(key, schema);
  }
  const ajv = compiler("strict");
  if (ajv.getSchema(lexiconSchema.$id) === undefined) ajv.addSchema(lexiconSchema);
  return schema;
}

/** Validate a whole lexicon file (confusable.json, outdated.json, formulations.json, law-names.json, or a regional file of the same shape). */
export function validateLexicon<K extends LexiconKind>(kind: K, data: unknown): ValidationResult<LexiconFileOf[K]> {
  return run(lexiconRef(kind, "file"), data);
}

/** Validate a list of entries of one kind (a rule's `add` option); for law-names each entry is a law, a common mistake or a repealed law. */
export function validateLexiconEntries<K extends LexiconKind>(kind: K, data: unknown): ValidationResult<Array<LexiconEntryOf[K]>> {
  return run(lexiconRef(kind, "entries"), data);
}

const TYPE_NAMES: Record<string, string> = {
  string: "字符串",
  number: "数字",
  integer: "整数",
  boolean: "布尔值（true/false）",
  object: "对象",
  array: "数组",
  null: "null",
};

const TYPE_NAMES_EN: Record<string, string> = { boolean: "boolean (true/false)" };

function describeType(t: unknown, en = false): string {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => (en ? (TYPE_NAMES_EN[String(x)] ?? String(x)) : (TYPE_NAMES[String(x)] ?? String(x)))).join(en ? " or " : "或");
}

/** Turn ajv errors into one Chinese message per bad value; anyOf noise is folded. */
function toIssues(errors: ErrorObject[]): SchemaIssue[] {
  const byPointer = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const pointer =
      e.keyword === "additionalProperties"
        ? `${e.instancePath}/${String((e.params as { additionalProperty: string }).additionalProperty)}`
        : e.instancePath;
    const list = byPointer.get(pointer) ?? [];
    list.push(e);
    byPointer.set(pointer, list);
  }
  const issues: SchemaIssue[] = [];
  for (const [pointer, list] of byPointer) {
    const specific = list.filter((e) => e.keyword !== "anyOf" && e.keyword !== "oneOf");
    const chosen = specific.find((e) => e.keyword === "additionalProperties" || e.keyword === "required") ?? specific[0] ?? list[0]!;
    const [message, en] = messageOf(chosen, specific.length > 1 ? specific : [chosen]);
    issues.push({ pointer: pointer === "" ? "/" : pointer, message, en });
  }
  return issues;
}

/** “取值“warn”” for a short scalar, else “取值”: the reader sees what was written without a whole object. */
function givenValue(data: unknown): string {
  if (typeof data === "string" && data.length <= 40) return `取值“${data}”`;
  if (typeof data === "number" || typeof data === "boolean" || data === null) return `取值“${String(data)}”`;
  return "取值";
}

/** The value given, in an English message: `value "warn"`, or `the value` for an object. */
function givenValueEn(data: unknown): string {
  if (typeof data === "string" && data.length <= 40) return `value "${data}"`;
  if (typeof data === "number" || typeof data === "boolean" || data === null) return `value ${String(data)}`;
  return "the value";
}

/** The message of one error: [Chinese, English]. */
function messageOf(e: ErrorObject, alternatives: ErrorObject[]): [string, string] {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return [`缺少必填项“${String(p.missingProperty)}”`, `missing required key "${String(p.missingProperty)}"`];
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      const known = Object.keys((e.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
      const meant = didYouMean(key, known);
      return meant === undefined
        ? [`不认识的配置项“${key}”，应删除或检查拼写`, `unknown key "${key}"; remove it or check the spelling`]
        : [`不认识的配置项“${key}”，您是否要输入“${meant}”？`, `unknown key "${key}"; did you mean "${meant}"?`];
    }
    case "type":
    case "enum": {
      const allowed: string[] = [];
      const allowedEn: string[] = [];
      for (const a of alternatives) {
        const ap = a.params as Record<string, unknown>;
        if (a.keyword === "type") {
          allowed.push(describeType(ap.type));
          allowedEn.push(describeType(ap.type, true));
        }
        if (a.keyword === "enum") {
          const values = (ap.allowedValues as unknown[]).map((v) => JSON.stringify(v));
          allowed.push(...values);
          allowedEn.push(...values);
        }
      }
      const words = alternatives.flatMap((a) => (a.keyword === "enum" ? ((a.params as { allowedValues: unknown[] }).allowedValues.filter((v) => typeof v === "string") as string[]) : []));
      const meant = typeof e.data === "string" ? didYouMean(e.data, words) : undefined;
      return [
        `${givenValue(e.data)}不符合要求，应为${[...new Set(allowed)].join("、")}${meant === undefined ? "" : `；您是否要输入“${meant}”？`}`,
        `${givenValueEn(e.data)} is not allowed; expected ${[...new Set(allowedEn)].join(", ")}${meant === undefined ? "" : `; did you mean "${meant}"?`}`,
      ];
    }
    case "minimum":
      return [`数值应不小于 ${String(p.limit)}`, `must be at least ${String(p.limit)}`];
    case "maximum":
      return [`数值应不大于 ${String(p.limit)}`, `must be at most ${String(p.limit)}`];
    case "minLength":
      return [`字符串长度应不少于 ${String(p.limit)}`, `must be at least ${String(p.limit)} characters long`];
    case "minItems":
      return [`至少应有 ${String(p.limit)} 项`, `needs at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}`];
    case "maxItems":
      return [`至多应有 ${String(p.limit)} 项`, `takes at most ${String(p.limit)} items`];
    case "pattern":
      return [`格式不正确，应匹配 ${String(p.pattern)}`, `should match ${String(p.pattern)}`];
    default:
      return [`不符合规则（${e.keyword}）`, `does not meet the schema (${e.keyword})`];
  }
}
