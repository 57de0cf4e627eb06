import { describe, expect, it } from "vitest";
import { parseReport } from "@report-lint/core";
import { engineOptions, defaultConfig, lintText, renderTemplate } from "@report-lint/formatter";
import { builtinProfiles } from "@report-lint/schema";
import type { Profile, Section } from "@report-lint/schema";

/** A heading satisfies a profile item as the profile's patterns say. */
function sectionMatches(item: Profile["items"][number], s: Section): boolean {
  const title = s.title.replace(/\s+/gu, "");
  return item.patterns.some((p) => new RegExp(p, "u").test(title)) && !(item.excludePatterns ?? []).some((p) => new RegExp(p, "u").test(title));
}

describe("renderTemplate (shared with report-lint init), as the server offers it", () => {
  for (const profile of Object.values(builtinProfiles)) {
    it(`covers every item of ${profile.id}, in order, and the template itself passes required-sections`, async () => {
      for (const format of ["markdown", "text"] as const) {
        const text = renderTemplate({ profile, year: 2024, format: format === "markdown" ? "md" : "txt" });
        const model = parseReport(text, format);
        const tops = model.sections.filter((s) => s.parent === null);
        expect(tops.map((s) => s.marker?.text)).toEqual(profile.items.map((_, i) => `${"一二三四五六七八九十"[i]}、`));
        profile.items.forEach((item, i) => expect(sectionMatches(item, tops[i]!)).toBe(true));
        expect(model.year).toBe(2024);
        const config = { ...defaultConfig(), profile: profile.id };
        const found = (await lintText(text, engineOptions(config, format === "markdown" ? "t.md" : "t.txt"))).messages;
        expect(found.filter((m) => m.ruleId === "required-sections")).toEqual([]);
      }
    });
  }
});
