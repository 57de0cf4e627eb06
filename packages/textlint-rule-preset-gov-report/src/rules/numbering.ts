/**
 * numbering — the outline's sequence numbers and the inline enumerations.
 * GB/T 9704-2012 党政机关公文格式 7.3.3: heading levels are 一、 → （一） → 1. → （1）;
 * each level counts from one under its parent. Checked: the form of a marker
 * (（一）、 1、 (一) 一. 一） → fixed to the standard form), the level order, gaps,
 * repeats and a wrong start among siblings. Accepted: a skipped level (一、 then 1.),
 * and 1.-level items numbered straight through across （一）/（二）. Inside paragraphs,
 * 一是/二是/三是 and clear 第一，/第二， runs must count up from one within their
 * section; a run may go on over several paragraphs of the section, and a new run
 * may start at 一是 anywhere. Every finding names the line of the item before it.
 */
import { confusionKindOf, lineLocator, standardMarker, toChineseNumber } from "@report-lint/core";
import type { Enumeration, ReportModel, Section } from "@report-lint/schema";
import { defineRule, type Finding } from "../define-rule.js";

type Style = Exclude<NonNullable<Section["marker"]>["style"], "markdown">;
type Report = (f: Finding) => void;
type Related = NonNullable<Finding["related"]>[number];
type LineOf = (offset: number) => number;

interface Numbered {
  section: Section;
  style: Style;
  number: number;
}

function numbered(model: ReportModel): Numbered[] {
  const out: Numbered[] = [];
  for (const section of model.sections) {
    const m = section.marker;
    if (m === null || m.style === "markdown" || m.number === null) continue;
    out.push({ section, style: m.style, number: m.number });
  }
  return out;
}

/** The numbered headings seen so far under one parent: the last one of each level, with its position. */
type Siblings = Map<number, { item: Numbered; at: number }>;

/**
 * Each heading against what came before it: its siblings (same parent) and the last heading
 * of its level anywhere. One pass, keeping only the last sibling of each level, so an outline
 * of ten thousand headings costs no more per heading than one of ten.
 */
function checkOutline(model: ReportModel, lineOf: LineOf, report: Report): void {
  const byParent = new Map<number | null, Siblings>();
  const lastOfLevel = new Map<number, Numbered>();
  let position = 0;
  for (const cur of numbered(model)) {
    const siblings = byParent.get(cur.section.parent) ?? new Map();
    checkHeading(model, cur, siblings, lastOfLevel.get(cur.section.level), lineOf, report);
    siblings.set(cur.section.level, { item: cur, at: position++ });
    byParent.set(cur.section.parent, siblings);
    lastOfLevel.set(cur.section.level, cur);
  }
}

function checkHeading(model: ReportModel, cur: Numbered, siblings: Siblings, run: Numbered | undefined, lineOf: LineOf, report: Report): void {
  const s = cur.section;
  const marker = s.marker!;
  if (!marker.standard) {
    report({ range: marker.range, messageId: "form", data: { actual: marker.text, expected: marker.expected }, fix: { text: marker.expected } });
  }
  const shown = (n: Numbered): string => n.section.marker?.text ?? "";
  const expected = (n: number): string => standardMarker(cur.style, n);
  const line = (n: Numbered): number => lineOf(n.section.headingRange[0]);
  // The earlier heading a finding compares with, as a related place.
  const place = (n: Numbered): Related => ({ range: n.section.marker!.range, message: `第${line(n)}行：“${shown(n)}”` });

  let deeper: { item: Numbered; at: number } | undefined;
  for (const [level, last] of siblings) if (level > s.level && (deeper === undefined || last.at > deeper.at)) deeper = last;
  const same = siblings.get(s.level);
  // At the top level a deeper item before a 一、 is an excerpt's remainder, not a wrong order.
  if (s.parent !== null && deeper !== undefined && (same === undefined || deeper.at > same.at)) {
    report({ range: marker.range, messageId: "order", data: { actual: marker.text, prev: shown(deeper.item), line: line(deeper.item) }, related: [place(deeper.item)] });
    return;
  }
  if (same !== undefined) {
    const sameBefore = same.item;
    const want = sameBefore.number + 1;
    if (cur.number === want) return;
    const data = { actual: marker.text, prev: shown(sameBefore), line: line(sameBefore), expected: expected(want) };
    report({ range: marker.range, messageId: cur.number === sameBefore.number ? "repeat" : "gap", data, related: [place(sameBefore)] });
    return;
  }
  if (cur.number === 1) return;
  // 1.-level items may be numbered straight through across their parents.
  if (s.level >= 3 && run !== undefined) {
    if (cur.number === run.number + 1) return;
    if (cur.number > run.number + 1) {
      report({ range: marker.range, messageId: "gap", data: { actual: marker.text, prev: shown(run), line: line(run), expected: expected(run.number + 1) }, related: [place(run)] });
      return;
    }
  }
  if (s.parent !== null) {
    const parent = model.sections[s.parent]!;
    const data = { actual: marker.text, parent: parent.marker?.text ?? parent.title, line: lineOf(parent.headingRange[0]), expected: expected(1) };
    report({ range: marker.range, messageId: "start", data, related: [{ range: parent.marker?.range ?? parent.titleRange, message: `第${data.line}行：“${data.parent}”` }] });
  } else if (model.title !== null) {
    // Without a title the text may be an excerpt that starts in the middle.
    report({ range: marker.range, messageId: "startTop", data: { actual: marker.text, expected: expected(1) } });
  }
}

const CLAUSE_START = /[。；;：:！？!?]/u;

function enumName(e: Enumeration, n: number): string {
  return e.kind === "shi" ? `${toChineseNumber(n)}是` : `第${toChineseNumber(n)}`;
}

/** 第一，第二， is an enumeration only at a clause start and with at least two items in the section. */
function clearDi(text: string, model: ReportModel, e: Enumeration): boolean {
  const p = model.paragraphs[e.paragraph];
  return p !== undefined && (e.range[0] === p.range[0] || CLAUSE_START.test(text[e.range[0] - 1] ?? ""));
}

/** A clause's start: the text's or a line's (after its indent), or after a sentence's or clause's end. */
function clauseStart(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && (text[j - 1] === " " || text[j - 1] === "\u3000" || text[j - 1] === "\t")) j--;
  return j === 0 || text[j - 1] === "\n" || CLAUSE_START.test(text[j - 1]!);
}

/**
 * The item a run skips, typed with one sound-alike or look-alike character where it should stand (…三是…斯是…五是:
 * 四是 typed 斯是; …二是…三示…四是: 三是 typed 三示): at a clause's start in [from, to), the item's numeral or its 是
 * replaced by a character of the same or a near sound, or a similar shape. Null if there is none.
 */
function slippedItem(text: string, from: number, to: number, n: number): { at: number; written: string; meant: string } | null {
  const numeral = toChineseNumber(n);
  if (numeral.length !== 1) return null;
  const meant = `${numeral}是`;
  for (let i = from; i + 1 < to; i++) {
    const a = text[i]!;
    const b = text[i + 1]!;
    if (a + b === meant || !clauseStart(text, i)) continue;
    if ((b === "是" && a !== numeral && confusionKindOf(a, numeral) !== null) || (a === numeral && b !== "是" && confusionKindOf(b, "是") !== null)) {
      return { at: i, written: a + b, meant };
    }
  }
  return null;
}

function checkEnumerations(text: string, model: ReportModel, lineOf: LineOf, report: Report): void {
  const groups = new Map<string, Enumeration[]>();
  for (const e of model.enumerations) {
    // A fragment outside any section has no scope to count in.
    if (e.section === null) continue;
    if (e.kind === "di" && !clearDi(text, model, e)) continue;
    const key = `${e.kind}:${e.section}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [e]);
    else list.push(e);
  }
  for (const list of groups.values()) {
    if (list[0]!.kind === "di" && list.length < 2) continue;
    let last: Enumeration | null = null;
    for (const e of list) {
      if (e.number === 1) {
        last = e;
        continue;
      }
      if (last === null) {
        report({ range: e.range, messageId: "enumStart", data: { actual: e.text, first: enumName(e, 1) } });
      } else if (e.number !== last.number + 1) {
        // One item missing where a slip of it stands: that slip is the finding, not the next item's number.
        const slip = e.kind === "shi" && e.number === last.number + 2 ? slippedItem(text, last.range[1], e.range[0], last.number + 1) : null;
        if (slip !== null) {
          report({
            range: [slip.at, slip.at + 2],
            messageId: "enumSlip",
            data: { actual: slip.written, expected: slip.meant, prev: last.text, line: lineOf(last.range[0]), next: e.text },
            suggestions: [{ text: slip.meant, message: `改为“${slip.meant}”` }],
            related: [{ range: last.range, message: `第${lineOf(last.range[0])}行：“${last.text}”` }],
          });
          last = e;
          continue;
        }
        const data = { actual: e.text, prev: last.text, line: lineOf(last.range[0]), expected: enumName(e, last.number + 1) };
        report({ range: e.range, messageId: e.number === last.number ? "enumRepeat" : "enumGap", data, related: [{ range: last.range, message: `第${data.line}行：“${last.text}”` }] });
      }
      last = e;
    }
  }
}

export default defineRule(
  {
    id: "numbering",
    name: "序号",
    description: "检查标题序号的层级、连续性、起始和格式（一、→（一）→1.→（1）），以及段内“一是、二是”“第一、第二”的连续性",
    summary: "Checks outline numbering (level order, gaps, repeats, start, marker form per GB/T 9704) and inline 一是/二是 and 第一/第二 sequences.",
    fixable: true,
    severity: "error",
    optionsSchema: { properties: { enumerations: { type: "boolean", description: "是否检查段内“一是、二是”“第一、第二”" } }, additionalProperties: false },
    defaults: { enumerations: true },
    messages: {
      form: "序号“{actual}”格式不规范，应改为“{expected}”",
      order: "标题序号“{actual}”出现在第{line}行的下一级序号“{prev}”之后，层级顺序应为“一、”“（一）”“1.”“（1）”",
      gap: "标题序号“{actual}”不连续，上一同级序号为第{line}行的“{prev}”，应为“{expected}”",
      repeat: "标题序号“{actual}”与第{line}行的同级序号“{prev}”重复，应为“{expected}”",
      start: "标题序号“{actual}”是第{line}行“{parent}”下的第一个同级序号，应为“{expected}”",
      startTop: "标题序号“{actual}”是全文第一个同级序号，应为“{expected}”",
      enumStart: "“{actual}”之前没有“{first}”，应补充“{first}”或将此处改为“{first}”",
      enumGap: "“{actual}”不连续，上一项为第{line}行的“{prev}”，应为“{expected}”",
      enumRepeat: "“{actual}”与第{line}行的“{prev}”重复，应为“{expected}”",
      enumSlip: "“{actual}”疑为“{expected}”（上一项为第{line}行的“{prev}”，下一项为“{next}”），请核对",
    },
  },
  ({ text, model, options, report }) => {
    const lineOf = lineLocator(text);
    checkOutline(model, lineOf, report);
    if (options.enumerations) checkEnumerations(text, model, lineOf, report);
  },
);
