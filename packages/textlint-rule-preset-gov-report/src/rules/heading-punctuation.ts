/**
 * heading-punctuation — a heading on a line of its own that ends in ；。，： (or their
 * half-width forms): `一、……加强法治政府建设的有关情况；` · `七、下步打算。`.
 * GB/T 9704-2012 7.3.3 sets the headings of an official document apart from the text;
 * a heading standing on its own line takes no closing punctuation (GB/T 15834-2011
 * 4.1: the full stop ends a sentence, and a heading is not one). Deleted by the fix.
 * Not flagged: run-in headings followed by text on the same line
 * (`（一）深化习近平法治思想学习宣传贯彻。我镇将……`), headings among run-in siblings,
 * and one-sentence list items (`（一）加强学习，提高依法行政能力。` with nothing under them).
 */
import type { ReportModel, Section } from "@report-lint/schema";
import { defineRule } from "../define-rule.js";
import { sectionFacts } from "../sections.js";

const TRAILING = /[；。，：;,:.]+$/u;
// A half-width full stop counts only after Chinese text ("打算." but not "V2.").
const CJK_BEFORE = /[\u3400-\u9fff”’）》〕】]$/u;

function trailing(text: string): string | null {
  const m = TRAILING.exec(text);
  if (m === null) return null;
  if (m[0].includes(".") && !CJK_BEFORE.test(text.slice(0, m.index))) return null;
  return m[0];
}

/** A heading has content when text paragraphs or subsections follow it. */
function hasContent(model: ReportModel, index: number): boolean {
  const facts = sectionFacts(model);
  return facts.hasChildren[index]! || facts.hasProse[index]!;
}

/** Headings of one level under one parent, counted by what the rule asks of a heading's peers. */
interface Peers {
  count: number;
  runIn: number;
  withContent: number;
  /** With content and no trailing punctuation. */
  plain: number;
}

function peerGroups(model: ReportModel): (s: Section) => Peers {
  const groups = new Map<string, Peers>();
  const key = (s: Section): string => `${s.parent}:${s.level}`;
  model.sections.forEach((s, j) => {
    const g = groups.get(key(s)) ?? { count: 0, runIn: 0, withContent: 0, plain: 0 };
    const content = hasContent(model, j);
    g.count++;
    if (s.inlineBody) g.runIn++;
    if (content) g.withContent++;
    if (content && trailing(model.paragraphs[s.paragraph]!.text) === null) g.plain++;
    groups.set(key(s), g);
  });
  return (s) => groups.get(key(s))!;
}

export default defineRule(
  {
    id: "heading-punctuation",
    name: "标题末尾标点",
    description: "检查独占一行的标题末尾多余的分号、句号、逗号、冒号",
    summary: "Flags a heading on a line of its own that ends in ；。，： (or , ; : .); the fix deletes the punctuation.",
    fixable: true,
    severity: "error",
    optionsSchema: { properties: {}, additionalProperties: false },
    defaults: {},
    messages: {
      trailing: "标题末尾不应有“{punct}”，应删除",
      inconsistent: "标题末尾不应有“{punct}”，与同级标题不一致，应删除",
    },
  },
  ({ model, report }) => {
    let peers: ((s: Section) => Peers) | undefined;
    model.sections.forEach((s, i) => {
      if (s.inlineBody || s.title.length === 0) return;
      const heading = model.paragraphs[s.paragraph]!;
      const punct = trailing(heading.text);
      if (punct === null) return;
      if (!hasContent(model, i)) return; // a one-sentence list item, not a heading
      // The other headings of this level under this parent; this one has content and punctuation.
      const group = (peers ??= peerGroups(model))(s);
      // Run-in siblings: the style of this outline level is "heading. text", and the stop belongs there.
      if (group.runIn > 0) return;
      if (group.count > 1 && group.withContent === 1) return;
      const plain = group.plain > 0;
      const end = heading.range[1];
      report({ range: [end - punct.length, end], messageId: plain ? "inconsistent" : "trailing", data: { punct }, fix: { text: "" } });
    });
  },
);
