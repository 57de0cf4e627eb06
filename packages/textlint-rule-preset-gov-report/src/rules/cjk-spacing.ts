/**
 * cjk-spacing — stray spaces in Chinese text. Official documents set Chinese, digits
 * and full-width punctuation solid: no space between 汉字 and 数字 (`2021 年度`), none
 * between 汉字, none around full-width punctuation (`坚持 “`, `落实 。`), none after a
 * numbering marker (`三、 存在`, `2. 完善`), none at line end. This is the opposite of the
 * web-copywriting convention that autocorrect-style tools enforce (GB/T 9704-2012 sets
 * the text solid; GB/T 15834-2011 gives full-width marks their own width).
 *
 * Not flagged: indentation (the full-width `　　` paragraph indent); layout gaps of the
 * header and footer (joint issuing organs in a title or a cited title, `签发人：翟远芝 国振`,
 * 印发机关 and 印发日期 on one line, the 联系人 line, table rows set with spaces);
 * `第一部分　总体要求`; a space inside a short quoted slogan; spaces next to Latin words
 * (stray-latin's business); tabs (table columns); Markdown syntax and code.
 */
import type { ReportModel } from "@report-lint/schema";
import { FULL_PUNCT, GAP } from "../chars.js";
import { defineRule } from "../define-rule.js";

const TRAILING = /[ \t\u3000\u00a0\u2000-\u200a\u202f\u205f]+$/u;
const HAN = /\p{Script=Han}/u;
const DIGIT = /[0-9０-９]/u;
const NUMBER_TAIL = /[0-9０-９%％‰℃]/u;
const LATINISH = /[A-Za-z0-9０-９.+\-_/%％]/u;
const ORGAN = /(?:中央|国务院|委员会|人民政府|政府|办公室|办公厅|党委|党工委|党组|管委会|人大常委会|人大|政协|法院|检察院|局|司法所|街道办事处|办事处|党政办|委|厅|处|中心|[镇乡县区市州盟旗]|街道)$/u;
// The second of joint issuing organs, as cited in the body: 中共中央 国务院关于… / 中共中央办公厅 国务院办公厅印发…
const JOINT = /^\p{Script=Han}{0,15}?(?:国务院|人民政府|政府|办公厅|办公室|委员会|党委|委|厅|局|部)(?:关于|印发|联合|$)/u;
const DATE = /^(?:[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)(?:印发|发布)?$/u;
const PART = /第[一二三四五六七八九十百零〇0-9０-９]+(?:部分|章|节|编|篇|条|款)$/u;
const PAGE = /^第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?$/u;

type Paragraph = ReportModel["paragraphs"][number];

function kindOf(space: string): string {
  if (/^ +$/u.test(space)) return "空格";
  if (/^\u3000+$/u.test(space)) return "全角空格";
  if (/^\u00a0+$/u.test(space)) return "不换行空格";
  return "空白字符";
}

/** The run of characters of one class that ends at `end` (exclusive) or starts at `start`. */
function runBefore(text: string, end: number, lo: number, re: RegExp): string {
  let s = end;
  while (s > lo && re.test(text[s - 1] ?? "")) s--;
  return text.slice(s, end);
}
function runAfter(text: string, start: number, hi: number, re: RegExp): string {
  let e = start;
  while (e < hi && re.test(text[e] ?? "")) e++;
  return text.slice(start, e);
}

/** A digit that belongs to a Latin token (PM2.5, 5G, 1+4+N) is not "Chinese next to a digit". */
function latinToken(text: string, at: number, lo: number, hi: number): boolean {
  let s = at;
  let e = at;
  while (s > lo && LATINISH.test(text[s - 1] ?? "")) s--;
  while (e < hi && LATINISH.test(text[e] ?? "")) e++;
  return /[A-Za-z]/u.test(text.slice(s, e));
}

/** A Markdown table's row: it opens with a pipe. */
const TABLE_ROW = /^[ \t]*\|/u;
/** A line's opening up to a table's or figure's number (表1, 附表2, 图3-1), after Markdown's emphasis or heading marks. */
const CAPTION_LABEL = /^[ \t\u3000]*(?:[#>]+[ \t]*)?[*_]{0,3}附?[表图][ \t]?[0-9０-９]+(?:[-－.．][0-9０-９]+)?$/u;

/** Inside a short “…” quote on the same paragraph (a slogan or project name)? */
function inQuote(text: string, gap: number, lo: number, hi: number): boolean {
  const open = text.lastIndexOf("“", gap);
  if (open < lo || text.lastIndexOf("”", gap) > open) return false;
  const close = text.indexOf("”", gap);
  return close !== -1 && close < hi && close - open <= 30 && !text.slice(gap, close).includes("“");
}

/**
 * Layout gaps of header and footer lines: between joint issuing organs and before the
 * year in a title, between names after 签发人, between 印发机关 and 印发日期.
 */
function layoutGap(text: string, p: Paragraph, s: number, e: number): boolean {
  const [lo, hi] = p.range;
  const line = text.slice(lo, hi);
  if (/签发人[：:]|联系人[：:]|联系电话[：:]/u.test(line)) return true;
  // The space after a table's or a figure's number that opens its caption (表1 青禾县……主要指标, **图2 ……**): the
  // caption's layout, as GB/T 7713 sets it.
  if (CAPTION_LABEL.test(text.slice(lo, s))) return true;
  // A table row set with spaces: no sentence punctuation and several wide gaps.
  if (e - s >= 2 && !/[。，；！？、]/u.test(line) && (line.match(/[ \u3000\u00a0]{2,}/gu)?.length ?? 0) >= 2) return true;
  const left = runBefore(text, s, lo, /[\p{Script=Han}（）]/u);
  if (!ORGAN.test(left)) return false;
  if (p.kind === "title" || p.kind === "meta" || JOINT.test(runAfter(text, e, hi, HAN))) return true;
  // A footer line holding only organ names and a date.
  if (/[。，；！？、]/u.test(line) || line.length > 60) return false;
  return line.split(/[ \u3000\u00a0]+/u).every((piece) => ORGAN.test(piece) || DATE.test(piece));
}

export default defineRule(
  {
    id: "cjk-spacing",
    name: "多余空格",
    description: "检查汉字与数字、汉字与汉字之间，全角标点前后，序号之后以及行末的多余空格",
    summary: "Flags spaces between Chinese and digits or Chinese, around full-width punctuation, after numbering markers and at line end.",
    fixable: true,
    severity: "error",
    optionsSchema: { properties: { trailingSpaces: { type: "boolean" } }, additionalProperties: false },
    defaults: { trailingSpaces: true },
    messages: {
      digit: "数字与汉字之间有多余{kind}，“{shown}”应改为“{joined}”",
      han: "汉字之间有多余{kind}，“{shown}”应改为“{joined}”",
      punct: "全角标点“{punct}”{side}有多余{kind}，应删除",
      marker: "序号“{marker}”后有多余{kind}，应删除",
      trailing: "行末有多余{kind}，应删除",
    },
  },
  ({ text, model, options, report }) => {
    const markers = new Map<number, number>();
    for (const s of model.sections) {
      if (s.marker !== null) markers.set(s.paragraph, s.marker.range[1]);
    }
    const skipped: Array<readonly [number, number]> = [];

    model.paragraphs.forEach((p, i) => {
      const [lo, hi] = p.range;
      if (p.kind === "code" || p.kind === "html") {
        skipped.push(p.range);
        return;
      }
      const line = text.slice(lo, hi);
      if (PAGE.test(line)) return;
      const code = model.format === "markdown" ? [...line.matchAll(/`[^`\n]*`/gu)].map((m) => [lo + m.index, lo + m.index + m[0].length] as const) : [];
      // A Markdown table's row (| 提取住房公积金（亿元） | 37.6 |): the spaces beside a cell's pipes pad the cell.
      const tableRow = model.format === "markdown" && TABLE_ROW.test(line);
      const markerEnd = markers.get(i);
      for (const m of line.matchAll(GAP)) {
        const s = lo + m.index;
        const e = s + m[0].length;
        if (text[s - 1] === "\t" || text[e] === "\t") continue;
        if (code.some(([a, b]) => s >= a && e <= b)) continue;
        if (tableRow && (text[s - 1] === "|" || text[e] === "|" || e === hi)) continue;
        const kind = kindOf(m[0]);
        const fix = { text: "" };
        if (markerEnd !== undefined && s <= markerEnd) {
          // A gap inside the marker (一 、) is the numbering rule's; one right after it is ours.
          if (s === markerEnd) report({ range: [s, e], messageId: "marker", data: { marker: text.slice(lo, markerEnd), kind }, fix });
          continue;
        }
        const l = text[s - 1] ?? "";
        const r = text[e] ?? "";
        if (FULL_PUNCT.test(l) || FULL_PUNCT.test(r)) {
          const punct = FULL_PUNCT.test(l) ? l : r;
          report({ range: [s, e], messageId: "punct", data: { punct, side: punct === l ? "后" : "前", kind }, fix });
          continue;
        }
        const lHan = HAN.test(l);
        const rHan = HAN.test(r);
        const lNum = NUMBER_TAIL.test(l) && DIGIT.test(runBefore(text, s, lo, NUMBER_TAIL)) && !latinToken(text, s - 1, lo, hi);
        const rNum = DIGIT.test(r) && !latinToken(text, e, lo, hi);
        if (!((lHan && (rHan || rNum)) || (lNum && rHan))) continue;
        if (layoutGap(text, p, s, e) || PART.test(text.slice(lo, s))) continue;
        const leftRun = lHan ? runBefore(text, s, lo, HAN) : runBefore(text, s, lo, /[0-9０-９.．%％‰℃]/u);
        const rightRun = rHan ? runAfter(text, e, hi, HAN) : runAfter(text, e, hi, /[0-9０-９.．]/u);
        if (lHan && rHan) {
          if (inQuote(text, s, lo, hi)) continue;
          // A two-character name padded to three (王　伟, 组　长): not a stray space.
          if (leftRun.length === 1 && rightRun.length === 1) continue;
        }
        // Enough context to find the spot: 4 characters of the left run (more when it is one), the next word.
        let left = leftRun.slice(-4);
        if (left.length === 1) left = runBefore(text, s - 1, Math.max(lo, s - 3), /[^\s，。、；：？！“”‘’（）《》]/u) + left;
        const right = rHan ? rightRun.slice(0, 2) : rightRun.slice(0, 6) + (HAN.test(text[e + rightRun.length] ?? "") ? (text[e + rightRun.length] ?? "") : "");
        const messageId = lHan && rHan ? "han" : "digit";
        report({ range: [s, e], messageId, data: { kind, shown: left + m[0] + right, joined: left + right }, fix });
      }
    });

    if (!options.trailingSpaces) return;
    for (const m of text.matchAll(/[^\r\n]*/gu)) {
      const lineText = m[0];
      const t = TRAILING.exec(lineText);
      if (t === null || t.index === 0 || t[0].includes("\t")) continue;
      const s = m.index + t.index;
      const e = s + t[0].length;
      if (skipped.some(([a, b]) => s >= a && s < b)) continue;
      // Markdown: two or more spaces before a following line are a hard line break.
      if (model.format === "markdown" && /^ {2,}$/u.test(t[0]) && /^\r?\n[^\S\r\n]*\S/u.test(text.slice(e))) continue;
      report({ range: [s, e], messageId: "trailing", data: { kind: kindOf(t[0]) }, fix: { text: "" } });
    }
  },
);
