/**
 * heading-punctuation — a heading on a line of its own that ends in ；。，： (or their
 * half-width forms): `一、……加强法治政府建设的有关情况；` · `七、下步打算。`.
 * GB/T 9704-2012 7.3.3 sets the headings of an official document apart from the text;
 * a heading standing on its own line takes no closing punctuation (GB/T 15834-2011
 * 4.1: the full stop ends a sentence, and a heading is not one). Deleted by the fix.
 * Not flagged: run-in headings followed by text on the same line
 * (`（一）深化习近平法治思想学习宣传贯彻。我镇将……`), headings among run-in siblings,
 * and one-sentence list items (`（一）加强学习，提高依法行政能力。` with nothing under them).
 *
 * Also flagged: a heading run into its text where its peers stand on lines of their own — a
 * first-level heading (`一、加强组织领导。成立了……`) as soon as one of its peers stands alone,
 * a lower one when most of its peers do. Not fixed: where the text begins is for the writer.
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
  /** On a line of their own (no text after them on the line), with text or subsections under them. */
  standalone: number;
}

function peerGroups(model: ReportModel): (s: Section) => Peers {
  const groups = new Map<string, Peers>();
  const key = (s: Section): string => `${s.parent}:${s.level}`;
  model.sections.forEach((s, j) => {
    const g = groups.get(key(s)) ?? { count: 0, runIn: 0, withContent: 0, plain: 0, standalone: 0 };
    const content = hasContent(model, j);
    g.count++;
    if (s.inlineBody) g.runIn++;
    // (A one-sentence list item with nothing under it — 1.从思想认识上看，……。 — is no heading standing alone: its
    // sibling that runs on past a ； is an item of the same list, not a heading run into its text.)
    else if (content) g.standalone++;
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
    description: "检查独占一行的标题末尾多余的分号、句号、逗号、冒号，以及同级标题都单独成行时与正文写在同一行的标题",
    summary: "Flags a heading on a line of its own that ends in ；。，： (or , ; : .) — the fix deletes the punctuation — and a heading run into its text where its peers stand on lines of their own.",
    fixable: true,
    severity: "error",
    optionsSchema: { properties: {}, additionalProperties: false },
    defaults: {},
    messages: {
      trailing: "标题末尾不应有“{punct}”，应删除",
      inconsistent: "标题末尾不应有“{punct}”，与同级标题不一致，应删除",
      runIn: "标题“{title}”与正文写在同一行，同级标题都单独成行，应将正文另起一段",
    },
  },
  ({ model, report }) => {
    let peers: ((s: Section) => Peers) | undefined;
    model.sections.forEach((s, i) => {
      if (s.title.length === 0) return;
      if (s.inlineBody) {
        // A heading run into its text where the headings beside it stand on lines of their own
        // (一、加强组织领导。成立了……): a first-level heading (一、) whenever one of its peers stands alone,
        // a lower one when most of them do (（一）加强学习。…… is a common style for those).
        const group = (peers ??= peerGroups(model))(s);
        if (s.level === 1 ? group.standalone >= 1 : group.standalone > group.runIn) {
          report({ range: s.titleRange, messageId: "runIn", data: { title: s.title } });
        }
        return;
      }
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
