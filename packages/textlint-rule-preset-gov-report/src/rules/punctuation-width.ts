/**
 * punctuation-width — half-width punctuation in Chinese text: `,` `;` `:` `?` `!` `(` `)`
 * next to Chinese become ，；：？！（）; a `.` ending a Chinese sentence (right after a Chinese
 * character or closing mark, before the line's end, a space or Chinese) becomes 。; a year range joined by `-` (or `–`, `~`, `－`, `--`,
 * `——`) becomes 一字线 `2023—2025年`; ASCII angle brackets used as title marks become
 * 《》, or 〈〉 when they sit inside a 《…》 (GB/T 15834-2011 4.15: 〈〉 is the inner title mark); straight
 * double quotes beside Chinese become “ ” in turn (reported without a fix where they do not pair up); an
 * ellipsis of ASCII periods, or a lone “…”, beside Chinese becomes …… (4.11); two hyphens between Chinese
 * become the dash —— (4.9).
 *
 * Why: GB/T 15834-2011 (标点符号用法) uses full-width marks in Chinese text; its 4.13 (连接号)
 * joins the start and end of a period of time with 一字线 “—”. A half-width comma typed in a
 * Chinese IME mistake is easy to miss on screen and obvious on paper.
 *
 * Left alone: numbers (3.5, 1,000, 1:3), a `.` between digits or before Latin (3.15, 附件1.docx,
 * 公司.com), `...` and quotes in Latin text, …… and …………, the 一字线 — (北京—上海), a numeral's `一.` at a paragraph's start (the numbering rule's), times (10:30), URLs, e-mail addresses, HTML entities,
 * Markdown code and link syntax, Latin-only runs (no Chinese on either side), numbering markers
 * (the numbering rule owns `(一)`), the full-width wave dash “～”, and the brackets of a 发文字号
 * (the document-number rule owns those).
 */
import { FULL_PUNCT, isGapUnit, matchesWhere } from "../chars.js";
import { defineRule, type Finding } from "../define-rule.js";
import { memoFor, type ParagraphMemo } from "../paragraph-memo.js";
import { BEFORE_CHINESE_PERIOD } from "../sentence.js";

const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）" };
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—·]/u;
const DIGIT = /[0-9]/u;
const BEFORE_PERIOD = new RegExp(BEFORE_CHINESE_PERIOD, "u");
/** What may follow a sentence-final `.`: the line's end, a space, Chinese, an opening mark of Chinese text. */
const AFTER_PERIOD = /^(?:$|[\s\u3000\p{Script=Han}“‘（《「『【])/u;
/** A paragraph opening with a Chinese numeral before the `.` (一. 加强领导): a numbering marker. */
const NUMERAL_MARKER = /^[\s\u3000]*[一二三四五六七八九十百]+$/u;
const SPACE = /[ \t\u00a0]/u;

/**
 * Spans that are not Chinese prose: URLs, e-mail, entities, 发文字号 brackets (and in Markdown code
 * and link syntax) — each with a string it cannot match without: a paragraph without it is not scanned.
 */
const MASKS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:https?|ftp):\/\/[^\s<>"“”‘’，。；：！？、（）《》\p{Script=Han}]*[^\s<>"“”‘’，。；：！？、（）《》\p{Script=Han}.,;:!?)]/gu, "://"],
  [/www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[\w\-./?=&%#]*[\w/])?/giu, "."],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, "@"],
  [/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/giu, "&"],
  [/[(（[【]\d{4}[)）\]】]\s*\d+\s*号/gu, "号"],
];
const MARKDOWN_MASKS: ReadonlyArray<readonly [RegExp, string]> = [
  [/`[^`\n]*`/gu, "`"],
  [/\]\([^)\s]*\)/gu, "]("],
  [/!(?=\[)/gu, "!["],
  [/^\[[^\]\n]+\]:/gu, "]:"],
];

// 2023-2025年, 2023~2025年, 2023年-2025年, (2023--2025)
const YEAR_RANGE = /(?<!\d)((?:19|20)\d{2})(年?)(\s*)(--|－－|——|[-–~〜－―─‐‑‒])(\s*)((?:19|20)\d{2})(?!\d)(?=\s*(?:年|[)）]))/gu;
/** What a year range's joining mark can be: a paragraph without one has none. */
const RANGE_MARKS = [..."-–~〜－―─‐‑‒—"];
// <民法典>, <<民法典>>
const ANGLE = /<<([^<>\n]{1,60})>>|<([^<>\n]{1,60})>/gu;
const HAN = /\p{Script=Han}/u;
/** Three or more ASCII periods, or a run of “…” that is not two (……) or four (…………, a whole paragraph left out: GB/T 15834-2011 4.11). */
const ELLIPSIS = /\.{3,}|(?<!…)(?:…|…{3}|…{5,})(?!…)/gu;
/** Two or more ASCII hyphens (or full-width －) between Chinese characters, spaces allowed around them. */
const DASH = /(?<=\p{Script=Han}[ \u3000]?)(?:-{2,}|－{2,})(?=[ \u3000]?\p{Script=Han})/gu;

/** What each paragraph holds, by format (see ParagraphMemo). */
const memos = new Map<boolean, ParagraphMemo<Finding[]>>();

export default defineRule<Record<string, never>>(
  {
    id: "punctuation-width",
    name: "标点全半角",
    description: "检查中文语境中的半角标点（, ; : ? ! ( ) 和直引号 \"，以及结束中文句子的 .）、半角省略号和破折号、年份范围中的连接号和用作书名号的尖括号，应使用全角标点、……、——和一字线",
    summary: "Flags half-width , ; : ? ! ( ) and straight quotes in Chinese text, a . ending a Chinese sentence, ... and -- for …… and ——, hyphens in year ranges and ASCII angle brackets used as title marks; fixes them to full width.",
    fixable: true,
    severity: "error",
    optionsSchema: { properties: {}, additionalProperties: false },
    defaults: {},
    messages: {
      halfWidth: "中文语境中使用了半角“{given}”，应改为全角“{expected}”{spaces}",
      period: "中文句末使用了半角“.”，应改为句号“。”{spaces}",
      yearRange: "年份范围“{range}”中使用了“{dash}”，应改为一字线“—”",
      angle: "用半角“{given}”作书名号，应改为“{expected}”{spaces}",
      quote: "中文语境中使用了半角引号 \"，应改为全角{side}引号 {expected}{spaces}",
      quoteUnpaired: "中文语境中使用了半角引号 \"，且不成对，应改为全角引号（“ ”）并核对起止",
      ellipsis: "中文语境中的省略号“{given}”应改为“……”{spaces}",
      dash: "中文语境中的“{given}”应改为破折号“——”{spaces}",
    },
  },
  ({ model, report }) => {
    const markdown = model.format === "markdown";
    const memo = memoFor(memos, markdown);
    memo.begin(model);
    // Numbering markers in document order; each paragraph masks the ones that overlap it.
    const markers = model.sections.flatMap((s) => (s.marker ? [s.marker.range] : [])).sort((a, b) => a[0] - b[0]);
    let firstMarker = 0;
    for (const p of model.paragraphs) {
      if (p.kind === "code" || p.kind === "html") continue;
      const t = p.text;
      const base = p.range[0];
      // Paragraphs come in document order and markers do not overlap, so the scan only moves forward.
      while (firstMarker < markers.length && markers[firstMarker]![1] <= base) firstMarker++;
      const masked: Array<[number, number]> = [];
      for (let k = firstMarker; k < markers.length && markers[k]![0] < base + t.length; k++) {
        const [s, e] = markers[k]!;
        if (e > base) masked.push([Math.max(0, s - base), e - base]);
      }
      // What the paragraph holds depends on its text and the markers in it alone (a heading's marker: its first characters).
      const key = masked.length === 0 ? t : `${masked.join(";")}\u0000${t}`;
      for (const f of memo.get(key, () => paragraphFindings(t, markdown, masked))) {
        const fix = f.fix?.range === undefined ? f.fix : { text: f.fix.text, range: [base + f.fix.range[0], base + f.fix.range[1]] as const };
        report({ ...f, range: [base + f.range[0], base + f.range[1]], ...(fix === undefined ? {} : { fix }) });
      }
    }
  },
);

/** The findings of one paragraph `t`, in offsets of `t`; `masked`: the numbering markers in it. */
/**
 * The characters a finding of this rule is made at (, ; : ? ! ( ) . " < - ~ and the other marks that may join a year
 * range, …): a paragraph without any is not looked at further — most of a report's are not.
 */
const LOOKED_AT = new Set([..."(),;:?!.\"<-~…", ...RANGE_MARKS].map((c) => c.charCodeAt(0)));
const ASCII_LOOKED_AT = new Uint8Array(0x80);
for (const u of LOOKED_AT) if (u < 0x80) ASCII_LOOKED_AT[u] = 1;
function holdsLookedAt(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x80 ? ASCII_LOOKED_AT[c] === 1 : c < 0x3000 ? LOOKED_AT.has(c) : c === 0x301c || c === 0xff0d) return true;
  }
  return false;
}

function paragraphFindings(t: string, markdown: boolean, masked: ReadonlyArray<readonly [number, number]>): Finding[] {
  if (!holdsLookedAt(t)) return [];
  const found: Finding[] = [];
  const skip = new Uint8Array(t.length);
  for (const [re, needs] of markdown ? [...MASKS, ...MARKDOWN_MASKS] : MASKS) {
    for (const m of matchesWhere(t, re, needs)) skip.fill(1, m.index, m.index + m[0].length);
  }
  for (const [s, e] of masked) skip.fill(1, s, e);
  const near = (i: number, step: 1 | -1): string => {
    for (let j = i + step; j >= 0 && j < t.length; j += step) if (!SPACE.test(t[j] ?? "")) return t[j] ?? "";
    return "";
  };
  // The marks to convert, found to a fixed point within the pass: a mark next to one already
  // converted is in Chinese context, as it would be on the next --fix pass (“年度))))”,
  // “（1）(1)(1)…”). Scans alternate direction, so a chain either way is taken in one scan.
  const converted = new Uint8Array(t.length);
  const context = (i: number, step: 1 | -1): string => {
    for (let j = i + step; j >= 0 && j < t.length; j += step) {
      const c = t[j] ?? "";
      if (converted[j] === 1) return FULL[c] ?? c;
      if (!SPACE.test(c)) return c;
    }
    return "";
  };
  const chinese = (i: number): boolean => CJK.test(context(i, -1)) || CJK.test(context(i, 1));

  // Half-width brackets pair up; a pair is Chinese when its content or either side is, a lone bracket or mark by its sides.
  const units: Array<readonly [number, number] | readonly [number]> = [];
  const open: number[] = [];
  for (let i = 0; i < t.length; i++) {
    // By code unit: every mark looked for is ASCII below "@", and t[i] would make a string of each Chinese character.
    const c = t.charCodeAt(i);
    if (c > 0x3f || skip[i] === 1) continue;
    if (c === 0x28) open.push(i); // (
    else if (c === 0x29) {
      // )
      const o = open.pop();
      units.push(o === undefined ? [i] : [o, i]);
    } else if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3f || c === 0x21) {
      // , ; : ? !
      if ((c === 0x2c || c === 0x3a) && DIGIT.test(near(i, -1)) && DIGIT.test(near(i, 1))) continue;
      units.push([i]);
    }
  }
  for (const o of open) units.push([o]);
  const decide = (u: readonly [number, number] | readonly [number]): boolean => {
    if (converted[u[0]] === 1) return false;
    const yes = u.length === 2 ? CJK.test(t.slice(u[0] + 1, u[1])) || chinese(u[0]) || chinese(u[1]) : chinese(u[0]);
    if (yes) for (const k of u) converted[k] = 1;
    return yes;
  };
  for (let round = 0, more = true; more && round < 8; round++) {
    more = false;
    for (const u of units) if (decide(u)) more = true;
    for (let k = units.length - 1; k >= 0; k--) if (decide(units[k]!)) more = true;
  }
  for (let i = 0; i < t.length; i++) {
    if (converted[i] !== 1) continue;
    const given = t[i] ?? "";
    const expected = FULL[given] ?? given;
    found.push({ range: [i, i + 1], messageId: "halfWidth", data: { given, expected }, fix: { text: expected } });
  }

  // A `.` ending a Chinese sentence (提高. / 监督.今后): the 。 typed with the IME in English mode.
  for (let i = t.indexOf("."); i !== -1; i = t.indexOf(".", i + 1)) {
    if (skip[i] === 1 || t[i - 1] === "." || t[i + 1] === ".") continue;
    if (!BEFORE_PERIOD.test(t[i - 1] ?? "") || !AFTER_PERIOD.test(t.slice(i + 1, i + 2)) || NUMERAL_MARKER.test(t.slice(0, i))) continue;
    found.push({ range: [i, i + 1], messageId: "period", fix: { text: "。" } });
  }

  for (const m of matchesWhere(t, YEAR_RANGE, RANGE_MARKS)) {
    const [, y1 = "", nian = "", sp1 = "", dash = "", sp2 = "", y2 = ""] = m;
    const s = m.index + y1.length + nian.length;
    if (skip[s] === 1 || Number(y1) >= Number(y2)) continue;
    const d = s + sp1.length;
    found.push({
      range: [d, d + dash.length],
      messageId: "yearRange",
      data: { range: m[0] + (t[m.index + m[0].length] === "年" ? "年" : ""), dash },
      fix: { text: "—", range: [s, d + dash.length + sp2.length] },
    });
  }

  // 《 minus 》 before each offset, counted forward once for the whole paragraph.
  let depthAt = 0;
  let depth = 0;
  const titleDepth = (i: number): number => {
    for (; depthAt < i; depthAt++) depth += t[depthAt] === "《" ? 1 : t[depthAt] === "》" ? -1 : 0;
    return depth;
  };
  for (const m of matchesWhere(t, ANGLE, "<")) {
    const inner = m[1] ?? m[2] ?? "";
    if (skip[m.index] === 1 || !/\p{Script=Han}/u.test(inner) || /[=/"']/u.test(inner)) continue;
    const nested = titleDepth(m.index) > 0;
    const [l, r] = nested ? ["〈", "〉"] : ["《", "》"];
    const w = m[1] !== undefined ? 2 : 1;
    const s = m.index;
    const e = s + m[0].length;
    found.push({ range: [s, s + w], messageId: "angle", data: { given: t.slice(s, s + w), expected: l }, fix: { text: l } });
    found.push({ range: [e - w, e], messageId: "angle", data: { given: t.slice(e - w, e), expected: r }, fix: { text: r } });
  }

  // Straight double quotes around or beside Chinese (开展"法律进乡村"活动): “ ” in turn, the first of each pair opening
  // it. Only where every such quote of the paragraph is in Chinese context and they pair up; an odd one out is reported
  // without a fix (which of them is the opening one is the writer's to say).
  // Where the paragraph has full-width quotation marks too, a straight one may be the other half of one of them (开展“八五"
  // 普法: the IME switched mid-quotation): every mark, straight or not, opens a quotation or closes the one open, in turn.
  // Where that pairs every mark, each straight one becomes the half its place makes it.
  const roles = t.includes('"') && (t.includes("“") || t.includes("”")) ? quoteRoles(t, skip) : null;
  /** Is the straight quote at q, around `inside`, in Chinese context: Chinese beside it or in the quotation? */
  const inChinese = (q: number, inside: string): boolean => CJK.test(t[q - 1] ?? "") || CJK.test(t[q + 1] ?? "") || /\p{Script=Han}/u.test(inside);
  /** The straight quote at q made the opening or the closing half. */
  const quoteHalf = (q: number, open: boolean): Finding => {
    const expected = open ? "“" : "”";
    return { range: [q, q + 1], messageId: "quote", data: { expected, side: open ? "左" : "右" }, fix: { text: expected } };
  };
  if (roles !== null) {
    for (const [q, { open, partner }] of roles) if (inChinese(q, open ? t.slice(q + 1, partner) : t.slice(partner + 1, q))) found.push(quoteHalf(q, open));
  } else if (t.includes('"')) {
    const quotes: number[] = [];
    for (let i = t.indexOf('"'); i !== -1; i = t.indexOf('"', i + 1)) if (skip[i] !== 1) quotes.push(i);
    const chinese = quotes.map((q, k) => inChinese(q, k % 2 === 0 ? t.slice(q + 1, quotes[k + 1] ?? q + 1) : t.slice(quotes[k - 1]! + 1, q)));
    const paired = quotes.length % 2 === 0 && chinese.every(Boolean);
    quotes.forEach((q, k) => {
      if (!chinese[k]) return;
      found.push(paired ? quoteHalf(q, k % 2 === 0) : { range: [q, q + 1], messageId: "quoteUnpaired" });
    });
  }

  // An ellipsis of ASCII periods or one “…” beside Chinese (资料...共计, 等等…): GB/T 15834-2011 4.11 writes ……, six dots.
  for (const m of matchesWhere(t, ELLIPSIS, [".", "…"])) {
    const s = m.index;
    const e = s + m[0].length;
    if (skip[s] === 1 || (!HAN.test(t[s - 1] ?? "") && !HAN.test(t[e] ?? ""))) continue;
    found.push({ range: [s, e], messageId: "ellipsis", data: { given: m[0] }, fix: { text: "……" } });
  }

  // Two or more hyphens between Chinese (依法行政--这是根本): the dash is ——, two em dashes (GB/T 15834-2011 4.9).
  for (const m of matchesWhere(t, DASH, "-")) {
    if (skip[m.index] === 1) continue;
    found.push({ range: [m.index, m.index + m[0].length], messageId: "dash", data: { given: m[0] }, fix: { text: "——" } });
  }
  takeSpaces(t, found);
  return found;
}

/**
 * The quotation marks of `t` (“ ” and straight ", outside `skip`) in turn: each opens a quotation where none is open and
 * closes the open one otherwise (“ only opens, ” only closes). For each straight mark: whether it opens, and where the
 * other half is. Null where that does not pair every mark (a “ inside an open quotation, a ” with none open, one left
 * open): which mark is which is then the writer's to say.
 */
function quoteRoles(t: string, skip: Uint8Array): Map<number, { open: boolean; partner: number }> | null {
  const roles = new Map<number, { open: boolean; partner: number }>();
  let openAt = -1;
  // A straight mark closing a “ and the next one opening what a ” closes, with a short stretch of one clause between
  // them: the two straight ones may as well be a quotation inside the full-width one (“要做到"应审尽审"”), which
  // “…”…“…” would break. Which it is, the writer says. (With a clause between — 开展“八五"普法……，推进"谁执法谁普法” —
  // they are two quotations.)
  let closesFull = -1;
  let nested = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c !== 0x22 && c !== 0x201c && c !== 0x201d) || skip[i] === 1) continue;
    if (c === 0x201c) {
      if (openAt !== -1) return null;
      openAt = i;
    } else if (c === 0x201d || openAt !== -1) {
      if (openAt === -1) return null;
      const straightOpen = t.charCodeAt(openAt) === 0x22;
      if (c === 0x22) roles.set(i, { open: false, partner: openAt });
      if (straightOpen) roles.set(openAt, { open: true, partner: i });
      if (c === 0x201d && straightOpen && closesFull !== -1) {
        const between = t.slice(closesFull + 1, openAt);
        if (between.length <= INNER_QUOTE && !CLAUSE_BREAK.test(between)) nested = true;
      }
      closesFull = c === 0x22 && !straightOpen ? i : -1;
      openAt = -1;
    } else openAt = i;
  }
  return openAt === -1 && !nested ? roles : null;
}
/** How long a quotation inside a quotation may be, and what it does not hold, for two straight marks to be read as one. */
const INNER_QUOTE = 20;
const CLAUSE_BREAK = /[，,。；;：:！？]/u;

/** What a converted mark's message adds when its fix takes spaces away with it, by the side they are on. */
const SPACES_TAKEN = ["", "，并删除其前的空格", "，并删除其后的空格", "，并删除其前后的空格"];

/**
 * A mark made full-width takes the spaces beside it away with it (开展(专项) 整治 → 开展（专项）整治, 加强"三河三湖" 等
 * → 加强“三河三湖”等): full-width punctuation has its own width and no space beside it (GB/T 15834-2011; cjk-spacing
 * reports one), so the spaces left behind would be a finding of the text the fix made — one more pass of --fix, and for
 * a clerk fixing by hand, one more finding after the first was dealt with. Left to cjk-spacing, which reports them in
 * the same pass: spaces beside a full-width mark already there. Left alone: spaces at the paragraph's edge (an indent)
 * or beside a tab (a table's columns). Spaces between two converted marks go with the first.
 */
function takeSpaces(t: string, found: Finding[]): void {
  const convertedEnds = new Set<number>();
  const converts = (f: Finding): boolean => f.fix !== undefined && f.fix.range === undefined && FULL_PUNCT.test(f.fix.text);
  for (const f of found) if (converts(f)) convertedEnds.add(f.range[1]);
  for (const f of found) {
    if (f.fix === undefined || f.messageId === "yearRange") continue;
    let sides = 0;
    if (converts(f)) {
      let [s, e] = f.range;
      let k = e;
      while (k < t.length && isGapUnit(t.charCodeAt(k))) k++;
      if (k > e && k < t.length && t[k] !== "\t" && !FULL_PUNCT.test(t[k]!)) {
        e = k;
        sides |= 2;
      }
      k = s;
      while (k > 0 && isGapUnit(t.charCodeAt(k - 1))) k--;
      if (k < s && k > 0 && t[k - 1] !== "\t" && !FULL_PUNCT.test(t[k - 1]!) && !convertedEnds.has(k)) {
        s = k;
        sides |= 1;
      }
      if (sides !== 0) f.fix = { text: f.fix.text, range: [s, e] };
    }
    f.data = { ...f.data, spaces: SPACES_TAKEN[sides]! };
  }
}
