/**
 * confusable-word — wrong characters that a spelling checker cannot see because each
 * is a real word: 诉职 for 述职, 设施行政处罚 for 实施行政处罚, 行政权利 where power is
 * meant, 截止目前 for 截至目前, miswritten idioms. Each entry of data/confusable.json
 * gives the faulty form with the context in which it is wrong (lookarounds), the
 * correction, the reason, and sentences that test it; the correct uses (设施建设,
 * 公民权利, 截至目前) are not flagged. Not auto-fixed: the message says what to write.
 * Basis: 《党政机关公文处理工作条例》 requires accurate wording; 《通用规范汉字表》.
 */
import { defineRule } from "../define-rule.js";
import { lexiconDefaults, lexiconOptionsSchema, type LexiconOptions } from "../lexicon/data.js";
import { checkTerms } from "../lexicon/terms.js";

export default defineRule<LexiconOptions>(
  {
    id: "confusable-word",
    name: "易混淆词语",
    description: "检查只在特定上下文中才算错的别字和易混淆词语（如“诉职”应为“述职”，“设施行政处罚”应为“实施行政处罚”），并说明理由",
    summary: "Flags context-bound wrong words from a curated lexicon (诉职→述职, 设施行政处罚→实施行政处罚, 行政权利→行政权力), naming the correction and the reason.",
    fixable: false,
    severity: "error",
    optionsSchema: lexiconOptionsSchema("{id, match, replacement, reason, invalid, valid}"),
    defaults: lexiconDefaults,
    messages: {
      confusable: "“{text}”应改为“{replacement}”（{reason}）",
    },
  },
  (ctx) =>
    checkTerms("confusable-word", "confusable", ctx, (entry, text) => ({
      messageId: "confusable",
      data: { text, replacement: entry.replacement, reason: entry.reason },
    })),
);
