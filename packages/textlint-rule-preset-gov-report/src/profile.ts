import { DEFAULT_PROFILE_ID, builtinProfiles, getBuiltinProfile, validateProfile, type Profile, type ReportModel, type Section } from "@report-lint/schema";
import { issuerLevel } from "./issuer.js";

/** JSON Schema of the `profile` option shared by the structure rules: a built-in id or a profile object. */
export const profileOptionSchema = {
  description: "报告类型：内置配置的 id（如 fazhi-zhengfu-annual），或一个符合 profile.schema.json 的配置对象",
  anyOf: [{ type: "string", minLength: 1 }, { type: "object" }],
} as const;

type Item = Profile["items"][number];

export interface CompiledItem {
  item: Item;
  patterns: RegExp[];
  excludes: RegExp[];
  /** Titles that satisfy the item below its headingLevel too (nestedPatterns). */
  nested: RegExp[];
}

export interface CompiledProfile {
  profile: Profile;
  title: RegExp | null;
  items: CompiledItem[];
}

const byId = new Map<string, CompiledProfile>();
const byObject = new WeakMap<object, CompiledProfile>();

function regex(source: string, where: string): RegExp {
  try {
    return new RegExp(source, "u");
  } catch {
    throw new Error(`report-lint 报告类型配置的“${where}”不是有效的正则表达式：${source}`);
  }
}

function compile(profile: Profile): CompiledProfile {
  return {
    profile,
    title: profile.titlePattern === undefined ? null : regex(profile.titlePattern, "titlePattern"),
    items: profile.items.map((item, i) => ({
      item,
      patterns: item.patterns.map((p, j) => regex(p, `items/${i}/patterns/${j}`)),
      excludes: (item.excludePatterns ?? []).map((p, j) => regex(p, `items/${i}/excludePatterns/${j}`)),
      nested: (item.nestedPatterns ?? []).map((p, j) => regex(p, `items/${i}/nestedPatterns/${j}`)),
    })),
  };
}

/**
 * The profile for `model`: the one configured (`option`), or, when none is, the department
 * profile for a report a department issues (司法局, 发展改革委: issuerLevel) and the default
 * (fazhi-zhengfu-annual) for any other.
 */
export function profileFor(option: unknown, model: ReportModel): CompiledProfile {
  if (option !== undefined) return resolveProfile(option);
  return resolveProfile(issuerLevel(model) === "department" ? DEPARTMENT_PROFILE_ID : undefined);
}
const DEPARTMENT_PROFILE_ID = "fazhi-zhengfu-department";

/**
 * The active profile: the built-in one named by `option` (default
 * fazhi-zhengfu-annual) or a profile object, validated against profile.schema.json.
 * Throws one readable Chinese message when the option is wrong.
 */
export function resolveProfile(option: unknown): CompiledProfile {
  if (option === undefined || typeof option === "string") {
    const id = option ?? DEFAULT_PROFILE_ID;
    let hit = byId.get(id);
    if (hit === undefined) {
      const profile = getBuiltinProfile(id);
      if (profile === undefined) {
        throw new Error(`report-lint 的报告类型“${id}”不存在，应使用：${Object.keys(builtinProfiles).join("、")}`);
      }
      hit = compile(profile);
      byId.set(id, hit);
    }
    return hit;
  }
  if (typeof option !== "object" || option === null) throw new Error("report-lint 的报告类型配置应为内置 id 或配置对象");
  let hit = byObject.get(option);
  if (hit === undefined) {
    const r = validateProfile(option);
    if (!r.ok) {
      throw new Error(`report-lint 的报告类型配置不正确：${r.issues.map((i) => `${i.pointer} ${i.message}`).join("；")}`);
    }
    hit = compile(r.value);
    byObject.set(option, hit);
  }
  return hit;
}

/**
 * Whether the document is a whole report the profile applies to: a title the
 * profile recognises (with some text under it), or at least two top-level
 * sections. A single sentence, a lone heading or a lone title is not.
 */
export function isReport(model: ReportModel, profile: CompiledProfile): boolean {
  if (model.sections.filter((s) => s.parent === null).length >= 2) return true;
  if (!hasReportTitle(model, profile)) return false;
  return model.paragraphs.some((p) => p.kind === "body" || p.kind === "heading" || p.kind === "list");
}

/** Whether the report's title (as core reads it) is one the profile's titlePattern recognises. */
function hasReportTitle(model: ReportModel, profile: CompiledProfile): boolean {
  return model.title !== null && profile.title !== null && profile.title.test(model.title.text.replace(/\s+/gu, ""));
}

/**
 * Whether a document looks like a report of one of the built-in profiles at all — what an editor
 * asks before linting a document no config file covers, so that unrelated Markdown is left alone.
 * Stricter than {@link isReport}, which any two top-level headings satisfy: a title a profile
 * recognises (法治政府建设…报告/情况), or two or more top-level 一、 sections that satisfy two or
 * more of a profile's items by their patterns (主要举措和成效, 存在的不足, 下一年度安排 …).
 */
export function looksLikeReport(model: ReportModel): boolean {
  const tops = model.sections.filter((s) => s.parent === null && s.marker?.style === "cn");
  for (const id of Object.keys(builtinProfiles)) {
    const profile = resolveProfile(id);
    if (hasReportTitle(model, profile)) return true;
    if (tops.length >= 2 && profile.items.filter((c) => tops.some((s) => matches(c, s))).length >= 2) return true;
  }
  return false;
}

/** The sections an item is looked for in: those at or above its heading level (outline depth). */
function candidates(model: ReportModel, item: Item): Section[] {
  const depth = item.headingLevel;
  return model.sections.filter((s) => depth === undefined || s.depth <= depth);
}

/**
 * The sections below the item's headingLevel whose title names it without ambiguity (nestedPatterns, and none of its
 * excludePatterns): a report that puts “（一）党政主要负责人履行推进法治建设第一责任人职责情况” under its first part has
 * that part, where “（一）加强组织领导” does not say so.
 */
function nestedMatches(model: ReportModel, c: CompiledItem): Section[] {
  const depth = c.item.headingLevel;
  if (c.nested.length === 0 || depth === undefined) return [];
  return model.sections.filter((s) => s.depth > depth && titleMatches(c.nested, c, s));
}

/** Whether a section's title satisfies an item: one of its patterns matches and none of its excludePatterns. */
export function matches(c: CompiledItem, section: Section): boolean {
  return titleMatches(c.patterns, c, section);
}

/** Does the section's title (spaces aside) match one of `patterns` and none of the item's excludePatterns? */
function titleMatches(patterns: readonly RegExp[], c: CompiledItem, section: Section): boolean {
  const title = section.title.replace(/\s+/gu, "");
  return patterns.some((re) => re.test(title)) && !c.excludes.some((re) => re.test(title));
}

/**
 * For each item of the profile, the sections that satisfy it: sections whose
 * title matches one of its patterns (and none of its excludePatterns), plus, for
 * a `fallbackSection` item, every candidate section that no other item claims.
 */
export function coverage(model: ReportModel, profile: CompiledProfile): Map<string, Section[]> {
  const out = new Map<string, Section[]>();
  for (const c of profile.items) out.set(c.item.id, candidates(model, c.item).filter((s) => matches(c, s)).concat(nestedMatches(model, c)));
  for (const c of profile.items) {
    if (c.item.fallbackSection !== true) continue;
    const others = profile.items.filter((o) => o !== c);
    const unclaimed = candidates(model, c.item).filter((s) => !others.some((o) => matches(o, s)));
    const list = out.get(c.item.id) ?? [];
    out.set(c.item.id, [...new Set([...list, ...unclaimed])].sort((a, b) => a.headingRange[0] - b.headingRange[0]));
  }
  return out;
}
