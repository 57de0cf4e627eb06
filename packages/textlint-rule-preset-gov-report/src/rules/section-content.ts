/**
 * section-content — hints about what a mandatory section says, not just whether it
 * exists. 《法治政府建设与责任落实督察工作规定》第二十五条 asks for the shortcomings *and
 * their causes*; many reports list shortcomings and never say why. A section that
 * satisfies a profile item whose name asks for 原因 and that contains no wording of
 * cause (原因, 由于, 主要是, 究其, 根源 …) gets a hint; so does a top-level section
 * with no text at all. Information only, and only for whole reports.
 */
import type { ReportModel, Section } from "@report-lint/schema";
import { defineRule } from "../define-rule.js";
import { sectionFacts } from "../sections.js";
import { coverage, isReport, profileOptionSchema, profileFor } from "../profile.js";

// Wording that analyses causes. Kept broad: the hint must stay quiet whenever a cause is given.
const CAUSE = /原因|由于|因为|主要是|究其|根源|根本在于|源于|缘于|归因|归结|在于|导致|造成|致使|受.{1,12}(影响|制约|限制)|客观上|主观上|一方面/u;

function sectionText(text: string, s: Section): string {
  return text.slice(s.headingRange[0], s.range[1]);
}

/** The heading's words without the year and the stock phrase: “2022 年度推进法治政府建设存在的问题与不足” → “存在的问题与不足”. */
function shortTitle(s: Section): string {
  const t = s.title.replace(/^\d{4}\s*年度?/u, "").replace(/^(推进)?法治(政府)?建设(工作)?[中的]?/u, "");
  return t.length > 0 ? t : s.title;
}

function isEmpty(model: ReportModel, index: number): boolean {
  const facts = sectionFacts(model);
  return !model.sections[index]!.inlineBody && !facts.hasChildren[index] && !facts.hasProse[index] && !facts.hasCode[index];
}

export default defineRule(
  {
    id: "section-content",
    name: "章节内容",
    description: "提示必备章节内容不完整：如“存在的不足”部分未分析原因、一级标题下没有正文",
    summary: "Hints at incomplete mandatory sections: a shortcomings section that gives no causes, a top-level section with no text.",
    fixable: false,
    severity: "info",
    optionsSchema: { properties: { profile: profileOptionSchema }, additionalProperties: false },
    defaults: {} as { profile?: string | Record<string, unknown> },
    messages: {
      noCause: "“{title}”部分未分析原因，建议补充原因分析",
      empty: "“{title}”部分没有正文，应补充内容或删除该标题",
    },
  },
  ({ text, model, options, report }) => {
    const profile = profileFor(options.profile, model);
    if (!isReport(model, profile)) return;
    const covered = coverage(model, profile);
    for (const { item } of profile.items) {
      if (!/原因/u.test(item.name)) continue;
      for (const s of covered.get(item.id) ?? []) {
        if (isEmpty(model, model.sections.indexOf(s)) || CAUSE.test(sectionText(text, s))) continue;
        report({ range: s.titleRange, messageId: "noCause", data: { title: shortTitle(s) } });
      }
    }
    model.sections.forEach((s, i) => {
      if (s.parent !== null || !isEmpty(model, i)) return;
      // A top-level line that is itself a sentence is an item of a list, not an empty heading.
      if (/[。；;！？!?]$/u.test(model.paragraphs[s.paragraph]!.text)) return;
      // A bare marker (“一、” with no words) is named and marked by the marker itself.
      const bare = s.titleRange[1] <= s.titleRange[0];
      report({ range: bare ? s.headingRange : s.titleRange, messageId: "empty", data: { title: bare ? text.slice(s.headingRange[0], s.headingRange[1]).trim() : shortTitle(s) } });
    });
  },
);
