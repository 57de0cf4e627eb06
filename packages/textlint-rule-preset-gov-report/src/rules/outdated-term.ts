/**
 * outdated-term — names and terms that have been replaced: 法制建设 → 法治建设,
 * 法制副校长 → 法治副校长 (2021), 全国法制宣传日 → 国家宪法日 (2014), the organs
 * renamed in the 2018 institutional reform (工商局 → 市场监督管理局 …). Each entry of
 * data/outdated.json gives the old form in context, the current one, the year of the
 * change and its basis. Statutory terms that keep 法制 (重大执法决定法制审核, 法制机构)
 * and historical mentions (原工商局; 苏区时期的法制建设, 法制建设史料) are not flagged, nor is a name with a year of change in a
 * sentence or report of an earlier year (2016年，国务院法制办……). Not auto-fixed: the right
 * current name depends on the organ and the date the text speaks of.
 */
import { defineRule } from "../define-rule.js";
import { lexiconDefaults, lexiconOptionsSchema, type LexiconOptions } from "../lexicon/data.js";
import { checkTerms } from "../lexicon/terms.js";
import { sentenceYear } from "../years.js";

/**
 * What names an earlier era right before a term (苏区时期的法制建设, 新中国成立初期的, 陕甘宁边区), or its history right
 * after it (法制建设史料, 法制建设历程): the text speaks of that time, in that time's words.
 */
const ERA_BEFORE = /(?:时期|年代|初期|年间|边区|苏区|根据地|解放区|革命|建国|新中国成立)(?:的|以来的)?$/u;
const HISTORY_AFTER = /^(?:史|的历史|历史|历程|的历程)/u;
const ERA_SPAN = 10;

export default defineRule<LexiconOptions>(
  {
    id: "outdated-term",
    name: "过时用语",
    description: "检查已经更名或不再使用的旧提法和旧机构名称（如“法制建设”“法制副校长”“全国法制宣传日”“工商局”），说明更名年份和依据",
    summary: "Flags renamed or superseded terms and organ names (法制建设→法治建设, 法制副校长→法治副校长, 全国法制宣传日→国家宪法日), with the year of the change.",
    fixable: false,
    severity: "error",
    optionsSchema: lexiconOptionsSchema("{id, match, replacement, reason, since?, invalid, valid}"),
    defaults: lexiconDefaults,
    messages: {
      since: "“{text}”为旧称，{since}年起应为“{replacement}”（{reason}）",
      renamed: "“{text}”为旧称，应改为“{replacement}”（{reason}）",
    },
  },
  (ctx) =>
    checkTerms("outdated-term", "outdated", ctx, (entry, text, paragraph, start) => {
      const end = start + text.length;
      if (ERA_BEFORE.test(paragraph.slice(Math.max(0, start - ERA_SPAN), start)) || HISTORY_AFTER.test(paragraph.slice(end, end + 4))) return null;
      if (entry.since === undefined) return { messageId: "renamed", data: { text, replacement: entry.replacement, reason: entry.reason } };
      // A text of a year before the change used the name of its time: the sentence's own year
      // (2016年，国务院法制办……), else the report's (a 2017 report's 工商局).
      const year = sentenceYear(paragraph, start) ?? ctx.model.year ?? null;
      if (year !== null && year < entry.since) return null;
      return { messageId: "since", data: { text, replacement: entry.replacement, reason: entry.reason, since: entry.since } };
    }),
);
