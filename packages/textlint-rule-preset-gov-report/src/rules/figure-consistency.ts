/**
 * figure-consistency — a rate that the figures beside it contradict: 共受理35件，办结33件，办结率100%
 * (33 ÷ 35 is 94.3 %). The rate is checked where its sentence names what it counts (办结33件 for
 * 办结率) and a figure of the same measure word before that can be its base (受理35件): some such base
 * must give the rate as written, rounded or cut to the decimals written (67 ÷ 73 = 91.78 % is 91.8 %
 * or 91.7 %), or the finding says what the figures give.
 *
 * Why: a report's figures are typed, retyped and updated by different hands; a rate left from a draft
 * (办结率100% after the count became 33 of 35) is the mistake a reviewer cannot see without a
 * calculator, and a signed report carries it.
 *
 * Not checked: a rate whose sentence names no count of what it counts (调解成功率98.6% after
 * 调处纠纷2136件 alone), counts of other measure words, rates of change (增长率, 同比, 下降), a rate
 * over 100 %. Not fixed: which figure is wrong is the writer's to say.
 *
 * Also a total whose parts, listed after 其中 in its sentence, sum to it only with two adjacent digits of one
 * figure swapped (各类案件5163起，其中刑事案件3862起、治安案件1274起: 5136) — see transposedFigure; and a part after
 * 其中 more than its total (partOverTotal).
 */
import { asciiDigits, isHanUnit, maskInlineCode } from "../chars.js";
import { defineRule } from "../define-rule.js";

/** What a count's measure word can be (件, 人次 …); longest first, so 人次 is not read as 人. */
const UNITS = "人次|户次|批次|件次|件|人|个|次|起|宗|户|家|名|场|项|份|条|所|批|篇|例|卷|单";
/** A count: a figure (Arabic, half- or full-width, with 万), its measure word. Captures: figure, 万, measure word. */
const COUNT = new RegExp(`(?<![0-9０-９.．])([0-9０-９]+(?:[.．][0-9０-９]+)?)(万?)(${UNITS})`, "gu");
/** What stands between two counts of one 、 list: the mark and the next item's words (优秀19卷、合格6卷). */
const GRADE_GAP = /^、[^，。；、,;]{0,8}$/u;
/** A rate: up to six characters naming it, 率, a verb of being, a percentage. Captures: name, percentage. */
const RATE = /(\p{Script=Han}{1,6})率(?:均|也|分别)?(?:达到了|达到|达|为|是|约为)?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]/gu;
/** Rates of change and comparison, which no count of the sentence is the base of. */
const CHANGE = /增长|增速|下降|提高|提升|降低|上升|同比|环比|比重|占比|比例|利用|贡献|覆盖面|发生|发案|犯罪|失业|通胀|税/u;
/** Words before the name of what is counted that are not part of it (总共化解 → 化解, 共办结 → 办结). */
const LEAD = /^(?:全年|今年|本年|累计|总共|共计|合计|共|已|均|其中|依法|成功|顺利)+/u;
/** How a sentence ends: a rate is checked against the figures of its own sentence. */
const SENTENCE = /[^。；！？\n]+/gu;

interface Count {
  value: number;
  unit: string;
  /** Where the figure starts and the count ends, in the sentence. */
  start: number;
  end: number;
  /** The Chinese characters right before the figure (what is counted: 受理, 化解, 调解成功). */
  label: string;
  /** The same with its leading words (成功调处, 共受理). */
  written: string;
}

/**
 * What 个 measures when it is no count of things: a span of time or a share (压缩至15个工作日, 用时3个月, 提高2个百分点).
 * Such a figure is no total of the things a 其中 lists after it (其中“拿地即开工”项目47个) and no base of a rate.
 */
const NOT_COUNTED = /^(?:工作日|自然日|日|月|小时|钟头|星期|礼拜|季度|年度|年头|周|学时|课时|百分点|千分点)/u;

/** 各 "each" before a verb (各出庭应诉, 各办理), not 各 "every kind of" (各类, 各项, 各级, 各地 …). */
const EACH = /各(?![类项级地部单乡村县区市镇街种界族个方有自])/u;
/** How many characters before a figure say what it counts. */
const LABEL = 6;

const number = (figure: string, wan: string): number => Number(asciiDigits(figure)) * (wan === "万" ? 10_000 : 1);

/** The counts of a sentence, in order. */
function counts(sentence: string): Count[] {
  const out: Count[] = [];
  for (const m of sentence.matchAll(COUNT)) {
    if (m[3] === "个" && NOT_COUNTED.test(sentence.slice(m.index + m[0].length))) continue;
    let a = m.index;
    while (a > 0 && a > m.index - LABEL && isHanUnit(sentence.charCodeAt(a - 1))) a--;
    const written = sentence.slice(a, m.index);
    // A count of each (主要负责人和分管负责人各出庭应诉1次): one of several, no total of anything, no rate's part.
    if (EACH.test(written)) continue;
    out.push({ value: number(m[1]!, m[2]!), unit: m[3]!, start: m.index, end: m.index + m[0].length, label: written.replace(LEAD, ""), written });
  }
  return out;
}

/**
 * The figures that one swap of two adjacent, different digits of `digits` makes (5163 → 1563, 5613, 5136), none
 * with a leading zero: what a figure typed with two digits in the wrong order was meant to be.
 */
function swapsOf(digits: string): number[] {
  const out: number[] = [];
  for (let k = 0; k + 1 < digits.length; k++) {
    if (digits[k] === digits[k + 1] || (k === 0 && digits[1] === "0")) continue;
    out.push(Number(digits.slice(0, k) + digits[k + 1] + digits[k] + digits.slice(k + 2)));
  }
  return out;
}

/** What a count is of, as a message names it: up to SHOWN_LABEL characters before its figure, leading words left out. */
const SHOWN_LABEL = 10;
const named = (sentence: string, c: Count): string => {
  let a = c.start;
  while (a > 0 && a > c.start - SHOWN_LABEL && isHanUnit(sentence.charCodeAt(a - 1))) a--;
  const label = sentence.slice(a, c.start).replace(LEAD, "");
  if (label.length > 1) return label + sentence.slice(c.start, c.end);
  // Nothing before it says what is counted (为2865名劳动者): what follows the measure word does.
  let b = c.end;
  while (b < sentence.length && b < c.end + SHOWN_FOLLOWER && isHanUnit(sentence.charCodeAt(b))) b++;
  return sentence.slice(c.start, b);
};
/** How many characters after a count's measure word name what it counts, where nothing before it does. */
const SHOWN_FOLLOWER = 3;

/** A whole count of its sentence (no decimals, no 万), as ASCII digits; null for another. */
const wholeDigits = (sentence: string, c: Count): string | null => {
  const figure = asciiDigits(sentence.slice(c.start, c.end - c.unit.length));
  return /^[0-9]+$/u.test(figure) ? figure : null;
};

/** Measure words that count the same things: people are counted in 人 and in 名. */
const sameMeasure = (a: string, b: string): boolean => a === b || (a === "人" && b === "名") || (a === "名" && b === "人");

/**
 * A total and the parts “其中” (at `i`) lists after it, in one sentence (各类案件5163起，其中刑事案件3862起、治安案件1274起),
 * whose sum the total is not — but would be with two adjacent digits of one figure swapped: that figure was typed
 * with its digits in the wrong order. A sum that differs otherwise says nothing (a list after 其中 may name only
 * some of the parts, or parts that overlap: 其中女性40人、党员80人), nor does a breakdown within the parts.
 */
function transposedFigure(sentence: string, found: Count[], i: number): { at: Count; total: Count; sum: number; meant: number } | null {
  const total = found.filter((c) => c.end <= i && !bracketed(sentence, c.start, i)).at(-1);
  if (total === undefined) return null;
  const rest = sentence.slice(i + 2);
  if (rest.includes("其中") || /[（(]/u.test(rest)) return null;
  const parts = found.filter((c) => c.start >= i + 2 && sameMeasure(c.unit, total.unit));
  const totalDigits = wholeDigits(sentence, total);
  const partDigits = parts.map((c) => wholeDigits(sentence, c));
  if (parts.length < 2 || totalDigits === null || partDigits.includes(null)) return null;
  const sum = parts.reduce((a, c) => a + c.value, 0);
  if (sum === total.value) return null;
  if (swapsOf(totalDigits).includes(sum)) return { at: total, total, sum, meant: sum };
  const fits = parts.flatMap((c, k) => swapsOf(partDigits[k]!).filter((x) => sum - c.value + x === total.value).map((x) => ({ at: c, total, sum, meant: x })));
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * A part listed after 其中 that is more than its total: the nearest count before 其中 in its sentence that counts the
 * same things (为2865名劳动者追发工资，其中农民工2917人). Parts may overlap and need not be all, but none can be more
 * than the whole.
 */
function partOverTotal(found: Count[], i: number, sentence: string): { part: Count; total: Count; alongside?: Count } | null {
  // The list ends with the clause of its first part: a count after the next comma is another matter (三级林长412名，其中县级林长9名、
  // 乡级林长86名、村级林长317名，选聘生态护林员486名).
  const first = found.find((c) => c.start >= i + 2);
  const clauseEnd = first === undefined ? -1 : sentence.slice(first.end).search(/[，,；;]/u);
  const listEnd = first === undefined ? i : clauseEnd < 0 ? sentence.length : first.end + clauseEnd;
  for (const part of found) {
    if (part.start < i + 2 || part.start >= listEnd) continue;
    // (Not a count in brackets, a note on the total before it: 审结168件（含上年结转7件），其中维持92件.)
    const totals = found.filter((c) => c.end <= i && sameMeasure(c.unit, part.unit) && !bracketed(sentence, c.start, i));
    let total = totals.at(-1);
    // Totals listed side by side before 其中 (办理复查事项36件、复核事项9件，其中复查维持32件): the part is of the one whose
    // name its own begins with; where no name says, of them all (代表建议126件、委员提案143件，其中……满意的265件: 269).
    const before = totals.at(-2);
    if (total !== undefined && before !== undefined && /^、[^，。；,;]*$/u.test(sentence.slice(before.end, total.start))) {
      const sharing = totals.find((c) => c.label.length >= 2 && part.label.startsWith(c.label.slice(0, 2)));
      if (sharing === undefined) {
        if (part.value > total.value + before.value) return { part, total, alongside: before };
        continue;
      }
      total = sharing;
    }
    if (total !== undefined && part.value > total.value) return { part, total };
  }
  return null;
}

/** Is text[at] inside brackets that close before `end` (a note: （含上年结转7件）)? */
function bracketed(text: string, at: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf("（", at), text.lastIndexOf("(", at));
  if (open < 0) return false;
  const close = text.slice(open, end).search(/[）)]/u);
  return close >= 0 && open + close > at;
}

/** Does the label name the opposite of what ends it with `key` (不合格, 未办结, 不满意)? */
const negates = (label: string, key: string): boolean => label.endsWith(key) && NEGATION.test(label.slice(0, -key.length));
const NEGATION = /(?:[不未非无]|不予|未予|没有)$/u;

/** The clause's characters before a count's figure, up to ten (开展重大执法决定法制审核 of 183件). */
function before(sentence: string, c: Count): string {
  const head = sentence.slice(Math.max(0, c.start - 10), c.start);
  return head.slice(head.search(/[^，、；：,;:]*$/u));
}
/** What a count's label may name as its object (公示行政处罚决定1275件, 法制审核重大执法决定183件). */
const OBJECT = /(?:决定|案件|文件|申请|事项|合同|项目|线索|建议|提案)/gu;
/**
 * Do two labels name the same kind of object with different words before it (重大执法决定 and 行政处罚决定): two
 * populations, neither the other's base — the major decisions reviewed are not among the penalties made public.
 */
function otherObject(a: string, b: string): boolean {
  for (const m of a.matchAll(OBJECT)) {
    const qualifier = a.slice(Math.max(0, m.index - 2), m.index);
    if (qualifier.length < 2) continue;
    for (const n of b.matchAll(OBJECT)) {
      if (n[0] !== m[0]) continue;
      const other = b.slice(Math.max(0, n.index - 2), n.index);
      if (other.length === 2 && other !== qualifier) return true;
    }
  }
  return false;
}

/**
 * Does the part's label name its own population before what the rate counts, an object the whole's label does not name
 * (重大执法决定|法制审核39件 of 行政处罚案件356件, 审核率100%: the rate is of the decisions that needed review, which the
 * cases are not)? Not an object after the act (受理申请46件，其中作出决定41件: the decisions the applications had).
 */
function ownPopulation(part: string, key: string, whole: string): boolean {
  const at = part.lastIndexOf(key);
  if (at < 0) return false;
  for (const m of part.slice(0, at).matchAll(OBJECT)) if (!whole.includes(m[0])) return true;
  return false;
}

/** Does `percent`, written with `decimals` decimals, state part ÷ whole, rounded or cut? */
function states(percent: number, decimals: number, part: number, whole: number): boolean {
  const exact = (100 * part) / whole;
  return Math.abs(exact - percent) < 10 ** -decimals;
}

/** What part ÷ whole gives, as a reader would write it: to the decimals written, or one where those would hide a fraction. */
function shown(part: number, whole: number, decimals: number): string {
  const exact = (100 * part) / whole;
  return exact.toFixed(decimals === 0 && !Number.isInteger(exact) ? 1 : decimals);
}

export default defineRule<Record<string, never>>(
  {
    id: "figure-consistency",
    name: "数据前后一致",
    description: "检查与同一句中的数字算不上的比率（如“共受理35件，办结33件，办结率100%”），指出按前文数字计算的结果；以及多于总数的“其中”分项、与“其中”所列各项之和只差两位数字顺序的总数或分项",
    summary: "Flags a rate that the counts of its own sentence contradict (受理35件，办结33件，办结率100%), naming what the counts give; a part listed after 其中 that is more than its total; and a total or part that matches the sum of the parts listed after 其中 only with two adjacent digits swapped (5163 for 5136).",
    fixable: false,
    severity: "error",
    optionsSchema: { properties: {}, additionalProperties: false },
    defaults: {},
    messages: {
      rate: "“{rate}”与前文数字不符：{part}÷{whole}为{computed}%，应核对比率或数字",
      sumTotal: "“{total}”与“其中”所列各项之和{sum}不符，疑为数字顺序颠倒，应核对",
      sumPart: "“{part}”使“其中”所列各项之和{sum}与“{total}”不符，写作{meant}则相符，疑为数字顺序颠倒，应核对",
      overTotal: "“其中”所列的“{part}”多于总数“{total}”，应核对",
    },
  },
  ({ model, report }) => {
    for (const p of model.paragraphs) {
      if (p.kind === "code" || p.kind === "html" || !(p.text.includes("率") || p.text.includes("其中"))) continue;
      const text = model.format === "markdown" ? maskInlineCode(p.text) : p.text;
      for (const s of text.matchAll(SENTENCE)) {
        const sentence = s[0];
        let found: Count[] | null = null;
        const among = sentence.indexOf("其中");
        if (among >= 0) {
          found = counts(sentence);
          const over = partOverTotal(found, among, sentence);
          const t = over === null ? transposedFigure(sentence, found, among) : null;
          if (over !== null) {
            const start = p.range[0] + s.index + over.part.start;
            report({ range: [start, start + over.part.end - over.part.start], messageId: "overTotal", data: { part: named(sentence, over.part), total: (over.alongside === undefined ? "" : `${named(sentence, over.alongside)}”“`) + named(sentence, over.total) } });
          }
          if (t !== null) {
            const start = p.range[0] + s.index + t.at.start;
            const range: [number, number] = [start, start + t.at.end - t.at.start];
            const sum = `${t.sum}${t.total.unit}`;
            report(
              t.at === t.total
                ? { range, messageId: "sumTotal", data: { total: named(sentence, t.total), sum } }
                : { range, messageId: "sumPart", data: { part: named(sentence, t.at), sum, total: named(sentence, t.total), meant: `${t.meant}${t.total.unit}` } },
            );
          }
        }
        if (!sentence.includes("率")) continue;
        for (const r of sentence.matchAll(RATE)) {
          const name = r[1]!;
          if (CHANGE.test(name)) continue;
          const percent = Number(asciiDigits(r[2]!));
          const decimals = (asciiDigits(r[2]!).split(".")[1] ?? "").length;
          if (percent > 100) continue;
          found ??= counts(sentence);
          // What the rate counts: a count before it whose label ends with the rate's name, or with the name's last two
          // characters (办结率 and 共办结33件; 调解成功率 and 调解成功2106件).
          const what = name.replace(LEAD, "");
          const key = what.length > 2 ? what.slice(-2) : what;
          if (key.length < 2) continue;
          // (A success rate counts what succeeded, however the words are ordered: 调处成功率 and 成功调处131件 — not 调处136件.)
          const succeeded = what.length >= 4 && what.endsWith("成功") ? `成功${what.slice(-4, -2)}` : null;
          // (Not one of the opposite: 不合格16卷 for 合格率, 准予登记 for 不予登记率 — see `opposite` below.)
          const negatedRate = negates(what, key);
          const parts = found.filter((c) => c.end <= r.index && negates(c.label, key) === negatedRate && (c.label.endsWith(key) || (succeeded !== null && c.written.endsWith(succeeded))));
          // A count named with the rate's whole name first (调解结案率 and 调解结案11件, not the 裁决结案6件 listed after it).
          // Else one named with the rate's last word alone (通过189项 for 验收通过率, not 暂缓通过6项 or 不予通过3项).
          const part = parts.filter((c) => what.length > key.length && c.label.endsWith(what)).at(-1) ?? parts.filter((c) => c.label === key).at(-1) ?? parts.at(-1);
          if (part === undefined) continue;
          // Its base: any count of the same measure word before the rate, other than the part itself, at least as large.
          // (A part larger than every such count is not judged: which count, if any, is its base cannot be told.)
          // (Not another count of the same act by someone else, side by side with it — 办事处主任出庭应诉2次，分管副主任出庭应诉1次，
          // 行政机关负责人出庭应诉率100%: two appearances of two people, neither the other's base — unless it is the total that a
          // 其中 before the part breaks down.)
          const sibling = (c: Count): boolean => c.label.endsWith(key) && !(among >= 0 && c.end <= among && part.start > among);
          const wholes = found.filter((c) => c !== part && c.unit === part.unit && c.end <= r.index && c.value >= part.value && c.value > 0 && !sibling(c) && !otherObject(before(sentence, part), before(sentence, c)) && !ownPopulation(before(sentence, part), key, before(sentence, c)));
          if (wholes.length === 0) continue;
          if (wholes.some((w) => states(percent, decimals, part.value, w.value))) continue;
          // Or the whole less the count of the opposite, where grades above the one named count as it too (抽查案卷320卷，
          // 评为优秀86卷、合格218卷、不合格16卷，合格率95%: 304 of 320).
          const opposite = found.filter((c) => c.end <= r.index && !negatedRate && negates(c.label, key));
          if (opposite.some((q) => wholes.some((w) => w.value > q.value && states(percent, decimals, w.value - q.value, w.value)))) continue;
          // Or the grades listed right before the part in one 、 list, counted as it too (已结执法案卷25卷，评定优秀19卷、合格6卷，
          // 合格率100%: the 19 excellent ones passed as well), over a whole.
          const k = found.indexOf(part);
          let graded = part.value;
          let items = 1;
          for (let j = k - 1; j >= 0 && found[j]!.unit === part.unit && GRADE_GAP.test(sentence.slice(found[j]!.end, found[j + 1]!.start)); j--, items++) graded += found[j]!.value;
          if (items >= 2 && wholes.some((w) => states(percent, decimals, graded, w.value))) continue;
          // (Then the grades together are what the message weighs, over a whole that is none of them.)
          const run = found.slice(k - items + 1, k + 1);
          const gradedWholes = items >= 2 ? wholes.filter((w) => !run.includes(w) && w.value >= graded) : [];
          // Or the sum of the counts of its kind the sentence lists, the part among them: a breakdown whose total is in an
          // earlier sentence (维持61件、驳回10件、调解结案11件、终止19件，……纠错15件，直接纠错率12.9%: 15 of 116).
          const listed = found.filter((c) => c.unit === part.unit && c.end <= r.index);
          const listedSum = listed.reduce((a, c) => a + c.value, 0);
          if (listed.length >= 3 && states(percent, decimals, part.value, listedSum)) continue;
          // Or every outcome 其中 lists, the part among them, counted as what the rate names (受理纠纷47件，其中调解结案39件、
          // 仲裁裁决6件、申请人撤回申请2件，结案率100%: all 47 closed), of a total before 其中.
          if (among >= 0 && part.start > among) {
            const outcomes = found.filter((c) => c.start > among && c.unit === part.unit && c.end <= r.index);
            const closed = outcomes.reduce((a, c) => a + c.value, 0);
            if (outcomes.length >= 2 && wholes.some((w) => w.end <= among && states(percent, decimals, closed, w.value))) continue;
          }
          // The base named in the message: the nearest before the part (before the grades, where they are weighed together),
          // else the nearest before the rate.
          const start = p.range[0] + s.index + r.index;
          const together = gradedWholes.length > 0;
          const bases = together ? gradedWholes : wholes;
          const first = together ? run[0]! : part;
          const whole = bases.filter((w) => w.end <= first.start).at(-1) ?? bases.at(-1)!;
          const label = !together && succeeded !== null && part.written.endsWith(succeeded) && !part.label.endsWith(key) ? succeeded : first.label;
          report({
            range: [start, start + r[0].length],
            messageId: "rate",
            data: {
              rate: r[0],
              part: `${label}${sentence.slice(first.start, part.end)}`,
              whole: `${whole.label}${sentence.slice(whole.start, whole.end)}`,
              computed: shown(together ? graded : part.value, whole.value, decimals),
            },
          });
        }
      }
    }
  },
);
