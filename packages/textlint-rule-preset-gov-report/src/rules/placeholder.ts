/**
 * placeholder — template placeholders left unfilled: `【待填写：…】` (what
 * `report-lint init` writes under every heading), `【待补充】`, `【请填写…】`, and
 * runs of `××` / `XX` standing for a name or a number next to Chinese text
 * (`××镇`, `2024年×月×日`). A report must not be submitted with any of them.
 * Severity info: while drafting they are expected; they are a reminder, not a fault
 * of the language. Not fixable — only the drafter knows what goes there.
 * No standard clause: GB/T 9704-2012 simply has no place for placeholders in a 公文.
 */
import { matchesWhere } from "../chars.js";
import { defineRule } from "../define-rule.js";

// 【待填写】【待填写：主送机关】【待补充】【请填写数据】【此处填写…】
const BRACKETED = /【\s*(?:待填写|待补充|待完善|请填写|请补充|此处填写|填写)[^】\n]{0,300}】/gu;
// ×× or XX (two or more) touching a Chinese character: ××镇, XX同志, 全年共XX件.
const MARKS = /[×Ｘ]{2,}|(?<![A-Za-z])X{2,}(?![A-Za-z])/gu;
// A single × standing for a number in a date: 2024年×月×日, ×月.
const DATE_MARK = /(?<!×)×(?=[年月日号])/gu;
const CJK = /[\u3400-\u9fff]/u;
/** Those two, each with what every match of it holds. */
const MARK_PATTERNS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [MARKS, ["×", "Ｘ", "X"]],
  [DATE_MARK, ["×"]],
];

/** The placeholder as quoted in the message: long guidance texts are cut. */
function shown(text: string): string {
  return text.length <= 16 ? text : `${text.slice(0, 12)}…】`;
}

export default defineRule(
  {
    id: "placeholder",
    name: "未填写的占位符",
    description: "检查模板中尚未填写的占位符，如“【待填写】”“××镇”“×月×日”",
    summary: "Flags unfilled template placeholders such as 【待填写】, ××镇 or ×月×日 (info level: a reminder while drafting).",
    fixable: false,
    severity: "info",
    optionsSchema: { properties: {}, additionalProperties: false },
    defaults: {},
    messages: {
      bracketed: "占位符“{text}”尚未填写，应补充实际内容",
      mark: "“{text}”是未填写的占位符，应改为实际的名称或数字",
    },
  },
  ({ model, report }) => {
    for (const p of model.paragraphs) {
      if (p.kind === "code" || p.kind === "html") continue;
      const base = p.range[0];
      for (const m of matchesWhere(p.text, BRACKETED, "【")) {
        report({ range: [base + m.index, base + m.index + m[0].length], messageId: "bracketed", data: { text: shown(m[0]) } });
      }
      for (const [re, needs] of MARK_PATTERNS) {
        for (const m of matchesWhere(p.text, re, needs)) {
          const before = p.text[m.index - 1] ?? "";
          const after = p.text[m.index + m[0].length] ?? "";
          if (!CJK.test(before) && !CJK.test(after)) continue;
          // Inside a bracketed placeholder it is already reported.
          if (/【[^】]*$/u.test(p.text.slice(0, m.index)) && /^[^【]*】/u.test(p.text.slice(m.index))) continue;
          report({ range: [base + m.index, base + m.index + m[0].length], messageId: "mark", data: { text: m[0] } });
        }
      }
    }
  },
);
