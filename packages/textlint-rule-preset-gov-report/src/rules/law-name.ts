/**
 * law-name — a title in 《…》 that names no law or regulation in force: a wrong core
 * (《治安处罚法》 for 《治安管理处罚法》), one edit from a real title at any length — a character
 * dropped, added, two swapped, or one of the same sound (《慈法》, 《行政可法》, 《信访工作条列》) —
 * a name from data/law-names.json's list of common mistakes, a miswritten 中华人民共和国, or a
 * repealed law (《合同法》, replaced by 《民法典》 in 2021) in a report of a later year. The titles in
 * force are the curated list and the complete one derived from the corpus (data/law-list.json:
 * laws, administrative regulations, judicial interpretations, ministry rules, local regulations),
 * the repeals those texts state with them. A law's name cited without 书名号 after 依据/根据/按照/依照
 * is checked the same way against the laws and administrative regulations.
 *
 * A title the formulation rule finds misquoted (a central document's: 《优化营商条例》) is left to it, and one with a
 * character typed twice (《行政处罚法法》) to duplicated-word, which deletes it: one slip, one finding.
 *
 * Dropping 中华人民共和国 is fine, and so are the accepted short forms (《宪法》《民法典》 《行政复议法》). A title that is one edit from two real ones, or farther from every one, may be a
 * title the lists lack (a regulation of another province) and is left alone; so are titles that do
 * not end as a law's does (纲要, 意见, 通知 …).
 */
import { sentenceEnd, sentenceStart } from "../sentence.js";
import { matchesWhere } from "../chars.js";
import { defineRule } from "../define-rule.js";
import { lawLexicon, lexiconDefaults, lexiconOptionsSchema, type LexiconOptions } from "../lexicon/data.js";
import { LawNames, TITLE } from "../lexicon/laws.js";
import { formulationLexicon } from "../lexicon/formulations.js";

const SENTENCE_MARKS = "。；！？";

export default defineRule<LexiconOptions>(
  {
    id: "law-name",
    name: "法律名称",
    description: "检查法律法规名称：书名号中或“依据/根据/按照”后的名称有误（如《治安处罚法》应为《治安管理处罚法》、《慈法》应为《慈善法》）或引用已废止的法律（如《合同法》已由《民法典》取代）",
    summary: "Flags titles that name no law or regulation in force — a wrong core close to a known law, one edit (drop, add, swap, same sound) from a real title at any length, a known common mistake, a law repealed before the report's year (naming its replacement) — in 《》 and after 依据/根据/按照; short forms are accepted.",
    fixable: false,
    severity: "error",
    optionsSchema: lexiconOptionsSchema("现行法律 {name, short}、常见错误 {wrong, correct} 或已废止的法律 {name, replacedBy, since}；disable 填法律名称"),
    defaults: lexiconDefaults,
    messages: {
      wrong: "《{text}》不是现行法律的名称，应为《{correct}》",
      wrongTitle: "《{text}》不是现行法律法规的名称，应为《{correct}》",
      wrongBare: "“{text}”不是现行法律法规的名称，应为《{correct}》",
      repealed: "《{text}》已于{since}年废止，应改为《{replacement}》",
    },
  },
  ({ model, options, report }) => {
    const laws = lawLexicon("law-name", options, (data) => new LawNames(data));
    for (const p of model.paragraphs) {
      if (p.kind === "code" || p.kind === "html") continue;
      for (const m of matchesWhere(p.text, TITLE, "《")) {
        const title = m[1]!;
        const start = m.index + 1;
        const before = p.text.slice(sentenceStart(p.text, m.index, SENTENCE_MARKS), m.index);
        const afterStart = start + title.length + 1;
        const after = p.text.slice(afterStart, sentenceEnd(p.text, afterStart, SENTENCE_MARKS));
        const fault = laws.check(title, before, after, model.year);
        if (fault === null) continue;
        // One slip, one finding: a character typed twice (《行政处罚法法》) is duplicated-word's, which deletes it; a central
        // document's title the formulation rule finds misquoted (《优化营商条例》) is told there.
        if (fault.kind !== "repealed" && (laws.knowsTypedTwice(title) || formulationLexicon(lexiconDefaults).matcher.scan(p.text).some((h) => h.start < start + title.length && h.end > start))) continue;
        const range = [p.range[0] + start, p.range[0] + start + title.length] as const;
        if (fault.kind === "repealed") {
          report({ range, messageId: "repealed", data: { text: title, since: fault.since, replacement: fault.replacement } });
        } else {
          report({ range, messageId: fault.correct.endsWith("法") ? "wrong" : "wrongTitle", data: { text: title, correct: fault.correct } });
        }
      }
      for (const f of laws.bareFaults(p.text)) {
        report({ range: [p.range[0] + f.start, p.range[0] + f.start + f.written.length], messageId: "wrongBare", data: { text: f.written, correct: f.correct } });
      }
    }
  },
);
