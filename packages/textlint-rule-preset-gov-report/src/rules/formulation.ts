/**
 * formulation — political formulations and titles of central documents must be quoted
 * word for word: 习近平新时代中国特色社会主义思想, 中央全面依法治国工作会议,
 * 《法治政府建设实施纲要（2021—2025年）》. Flags a character or word missing, extra or
 * swapped inside a formulation or title (found by fuzzy matching against
 * data/formulations.json, see src/lexicon/formulations.ts), list items in another order,
 * a wrong period in a plan's title, a central document cited with the wrong document
 * type (《信访工作规定》), and lists of plenums that are out of order or name a plenum
 * that never met. The exact wording, local adaptations (依法治县, 全面依法治镇) and
 * titles of local documents (《XX县法治政府建设实施方案》) are accepted. Not auto-fixed.
 */
import { defineRule } from "../define-rule.js";
import { lexiconDefaults, lexiconOptionsSchema, listLexicon, type LexiconOptions } from "../lexicon/data.js";
import { FormulationMatcher, normalise } from "../lexicon/formulations.js";

const ORDINALS = "一二三四五六七八九";
/** Plenums held by the central committees whose terms have ended. */
const CLOSED_TERMS: Record<string, number> = { 十八: 7, 十九: 7 };
const PLENUMS = /(十八|十九|二十)([届大])((?:[一二三四五六七八九]中、?)+)全会/gu;

export default defineRule<LexiconOptions>(
  {
    id: "formulation",
    name: "规范表述",
    description: "检查引用有误的政治规范表述和中央文件名称（缺字、多字、错字、顺序颠倒、文件期限或文种有误、全会列举有误），以规范原文提示",
    summary: "Flags misquoted political formulations and central document titles (a character or word missing, extra, wrong or swapped; a wrong plan period or document type; a wrong list of plenums), naming the exact wording.",
    fixable: false,
    severity: "error",
    optionsSchema: lexiconOptionsSchema("{id, canonical, kind, reason, localAdaptations?, invalid, valid}"),
    defaults: lexiconDefaults,
    messages: {
      misquoted: "“{text}”与规范表述不一致，应为“{canonical}”",
      order: "“{text}”的顺序与规范表述不一致，应为“{canonical}”",
      title: "“{text}”与文件名称不一致，应为《{canonical}》",
      plenumOrder: "“{text}”中全会的顺序有误，应为“{expected}”",
      plenumUnknown: "{term}届中央委员会共召开{count}次全体会议，“{text}”有误，应核对全会名称",
    },
  },
  ({ model, options, report }) => {
    const matcher = listLexicon("formulation", "formulations", options, (entries) => new FormulationMatcher("formulation", entries));
    for (const p of model.paragraphs) {
      if (p.kind === "code" || p.kind === "html") continue;
      const at = (s: number, e: number) => [p.range[0] + s, p.range[0] + e] as const;
      const hits = matcher.scan(p.text);
      for (const h of hits) {
        report({ range: at(h.start, h.end), messageId: h.fault, data: { text: p.text.slice(h.start, h.end), canonical: h.entry.canonical } });
      }
      for (const m of normalise(p.text).matchAll(PLENUMS)) {
        const [, term, kind, list] = m as unknown as [string, string, string, string];
        const start = m.index;
        const end = start + m[0].length;
        if (hits.some((h) => h.start < end && h.end > start)) continue;
        const text = p.text.slice(start, end);
        const numbers = [...list.matchAll(/[一二三四五六七八九]/gu)].map((x) => ORDINALS.indexOf(x[0]) + 1);
        const sorted = [...new Set(numbers)].sort((a, b) => a - b);
        const expected = `${term}届${sorted.map((n) => `${ORDINALS[n - 1]}中`).join("、")}全会`;
        const count = CLOSED_TERMS[term];
        const beyond = count === undefined ? undefined : numbers.find((n) => n > count);
        if (beyond !== undefined) {
          report({ range: at(start, end), messageId: "plenumUnknown", data: { term, count: ORDINALS[count! - 1]!, text } });
        } else if (kind === "大") {
          report({ range: at(start, end), messageId: "misquoted", data: { text, canonical: expected } });
        } else if (sorted.length !== numbers.length || numbers.some((n, i) => n !== sorted[i])) {
          report({ range: at(start, end), messageId: "plenumOrder", data: { text, expected } });
        }
      }
    }
  },
);
