/**
 * law-name — a title in 《…》 that names no law in force: a wrong core (《治安处罚法》 for
 * 《治安管理处罚法》), a name from data/law-names.json's list of common mistakes, a
 * miswritten 中华人民共和国, or a repealed law (《合同法》, replaced by 《民法典》 in 2021).
 * Dropping 中华人民共和国 is fine, and so are the accepted short forms (《宪法》《民法典》
 * 《行政复议法》). Only titles ending in 法 that are close (restricted Damerau-Levenshtein
 * distance 1, or 2 for long names) to exactly one known law are flagged: the list of laws
 * cannot be complete, so an unknown 《某某法》 far from every known law, regulations
 * (《…条例》《…办法》《…规定》) and local regulations are left alone.
 */
import { sentenceEnd, sentenceStart } from "../sentence.js";
import { defineRule } from "../define-rule.js";
import { lawLexicon, lexiconDefaults, lexiconOptionsSchema, type LexiconOptions } from "../lexicon/data.js";
import { LawNames } from "../lexicon/laws.js";

const TITLE = /《([^《》\n]{1,60})》/gu;
const SENTENCE_MARKS = "。；！？";

export default defineRule<LexiconOptions>(
  {
    id: "law-name",
    name: "法律名称",
    description: "检查书名号中的法律名称：名称有误（如《治安处罚法》应为《治安管理处罚法》）或引用已废止的法律（如《合同法》已由《民法典》取代）",
    summary: "Flags 《…法》 titles that name no law in force: a wrong core close to a known law, a known common mistake, or a repealed law (naming its replacement); short forms are accepted.",
    fixable: false,
    severity: "error",
    optionsSchema: lexiconOptionsSchema("现行法律 {name, short}、常见错误 {wrong, correct} 或已废止的法律 {name, replacedBy, since}；disable 填法律名称"),
    defaults: lexiconDefaults,
    messages: {
      wrong: "《{text}》不是现行法律的名称，应为《{correct}》",
      repealed: "《{text}》已于{since}年废止，应改为《{replacement}》",
    },
  },
  ({ model, options, report }) => {
    const laws = lawLexicon("law-name", options, (data) => new LawNames(data));
    for (const p of model.paragraphs) {
      if (p.kind === "code" || p.kind === "html") continue;
      for (const m of p.text.matchAll(TITLE)) {
        const title = m[1]!;
        const start = m.index + 1;
        const before = p.text.slice(sentenceStart(p.text, m.index, SENTENCE_MARKS), m.index);
        const afterStart = start + title.length + 1;
        const after = p.text.slice(afterStart, sentenceEnd(p.text, afterStart, SENTENCE_MARKS));
        const fault = laws.check(title, before, after);
        if (fault === null) continue;
        const range = [p.range[0] + start, p.range[0] + start + title.length] as const;
        if (fault.kind === "repealed") {
          report({ range, messageId: "repealed", data: { text: title, since: fault.since, replacement: fault.replacement } });
        } else {
          report({ range, messageId: "wrong", data: { text: title, correct: fault.correct } });
        }
      }
    }
  },
);
