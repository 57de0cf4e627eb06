/**
 * required-sections — a mandatory item of the active profile with no section that
 * covers it. 《法治政府建设与责任落实督察工作规定》(2019) 第二十五条 asks every annual
 * report for (1) the main measures and results, (2) how the Party and government
 * heads fulfilled their duty as first responsible persons, (3) the shortcomings and
 * their causes and (4) next year's main plans. Headings vary (存在问题 / 存在的不足、
 * 原因及整改情况; 下步打算 / 2025年法治政府建设工作计划 / 初步安排), so each item is a
 * list of heading patterns in the profile (@report-lint/schema); item (1) may be spread
 * over several top-level sections. One finding per missing item, at the title.
 * Only whole reports are checked: a title the profile recognises, or two top-level sections.
 */
import { defineRule } from "../define-rule.js";
import { coverage, isReport, profileOptionSchema, profileFor } from "../profile.js";
import { planSectionInsertion } from "../section-insertion.js";

export default defineRule(
  {
    id: "required-sections",
    name: "必备内容",
    description: "检查报告是否包含报告类型（profile）规定的全部必备内容，如法治政府建设年度报告的“存在的不足和原因”“下一年度主要安排”",
    summary: "Flags each mandatory item of the active report profile that no section heading covers (one finding per missing item).",
    fixable: false,
    severity: "error",
    optionsSchema: { properties: { profile: profileOptionSchema }, additionalProperties: false },
    defaults: {} as { profile?: string | Record<string, unknown> },
    messages: {
      missing: "缺少必备内容“{name}”（{basis}），应补充相应章节",
      missingNoBasis: "缺少必备内容“{name}”，应补充相应章节",
    },
  },
  ({ text, model, options, details, report }) => {
    const profile = profileFor(options.profile, model);
    if (!isReport(model, profile)) return;
    const covered = coverage(model, profile);
    const at = model.title?.range ?? model.paragraphs[0]?.range;
    if (at === undefined) return;
    const basis = profile.profile.basis;
    for (const c of profile.items) {
      const { item } = c;
      if (!item.required || (covered.get(item.id)?.length ?? 0) > 0) continue;
      // The heading to insert, as an action an editor offers (planned only when details are wanted).
      const insertion = details ? planSectionInsertion(text, model, profile, c) : null;
      const offered = insertion === null ? {} : { actions: [{ title: `插入章节标题“${insertion.heading}”`, edits: insertion.edits }] };
      report(
        basis === undefined
          ? { range: at, messageId: "missingNoBasis", data: { name: item.name }, ...offered }
          : { range: at, messageId: "missing", data: { name: item.name, basis }, ...offered },
      );
    }
  },
);
