// Enumerated formulations (items joined by 、: 科学立法、严格执法、公正司法、全民守法) compared item
// by item, which the character-level matcher cannot do once a whole item is missing or replaced:
// 坚持依法治国、依法行政共同推进 (依法执政 missing), 公众参与、专家论证、风险评估、集体讨论决定
// (合法性审查 missing).
//
// Works on text with ， read as 、 (not 和/及/与 as the matcher's normalisation does: they are
// inside items too, 公众参与), split into segments at 、.
// A run is consecutive segments naming items of one formulation in its order, the first segment
// possibly with words before its item (坚持依法治国), the last with words after it (依法行政共同推进).
// Reported:
//   - a run one item short of the formulation, where the formulation's closing words follow the
//     run (有机统一, 一体建设, 共同推进, 相结合), where the formulation has four items or more
//     (a pair of items is ordinary prose: 严格执法、公正司法), or where it has no closing words,
//     its three items are all phrases of three characters or more and the run ends with the last
//     (放管结合、优化服务);
//   - a run whose closing words follow the last item, with one segment in the middle that names
//     no item (a replaced or an extra item): 依法治国、依法执政、依规治党共同推进;
//   - a run of every item, in order, joined by ， instead of 、 (科学立法，严格执法，公正司法，全民守法).
// A run that a local adaptation of the formulation accepts (依法治县、依法执政、依法行政共同推进)
// is not reported; neither is a run in another order (the matcher reports order).
import type { FormulationEntry } from "@report-lint/schema";
import { compileSource } from "./data.js";

/** Same length: the commas read as 、. */
const commas = (text: string) => text.replace(/[，,]/gu, "、");

/** 1 at what ends a segment: 、 and the ends of clauses. */
const SEGMENT_END = new Uint8Array(0x10000);
for (const c of "、。；;：:！!？?\n") SEGMENT_END[c.charCodeAt(0)] = 1;

/** The words that close a formulation and mark where it ends. */
const CLOSINGS = ["有机统一", "一体建设", "共同推进", "相结合"];
/** What joins a list's last item to the one before it, in place of 、. */
const CONJUNCTION = /^(?:以及|和|及|与)/u;
/**
 * What names a list as the whole of something after its last item: 这些/各项/五项 …, 法定程序, 程序, 等法定程序. Not 等 before
 * a plain noun (风险评估和合法性审查等程序要求: "such procedures as"), which leaves the list open.
 */
const WHOLE_NAMED = /^(?:等?(?:这|各项|[二三四五六七八九]项|[二三四五六七八九]个|法定)|程序|环节|原则)/u;
/** An item named in place of another, or added: a few Chinese characters, quotes allowed. */
const ITEM_LIKE = /^[\u4e00-\u9fff“”]{2,8}$/u;

interface ListFormula {
  entry: FormulationEntry;
  items: string[];
  /** The closing words after the last item, or "". */
  closing: string;
  locals: RegExp[];
}

export interface ListHit {
  entry: FormulationEntry;
  /** An item missing, replaced or added; or every item there, but joined by commas instead of 、. */
  fault: "items" | "separator";
  start: number;
  end: number;
}

const NONE: ReadonlyArray<never> = [];

export class ListFormulas {
  private readonly lists: ListFormula[] = [];
  /** Each formulation's first item (and its second, if of four characters or more), by their text: where a run can start. */
  private readonly starts = new Map<string, Array<{ list: ListFormula; index: number }>>();
  /**
   * The same items by their last code unit, longest first (a separator after any other character
   * starts nothing): what ends at a place is found by comparing a few items there, with no string cut out of the text.
   */
  private readonly byLastUnit = new Map<number, Array<{ item: string; at: Array<{ list: ListFormula; index: number }> }>>();
  /** 1 for each code unit some of those items ends with. */
  private readonly lastUnits = new Uint8Array(0x10000);

  constructor(ruleId: string, entries: readonly FormulationEntry[]) {
    for (const entry of entries) {
      const items = commas(entry.canonical).split("、");
      if (items.length < 3 || items.some((i) => i.length < 2)) continue;
      const last = items[items.length - 1]!;
      const closing = CLOSINGS.find((c) => last.endsWith(c) && last.length > c.length) ?? "";
      items[items.length - 1] = last.slice(0, last.length - closing.length);
      const locals = (entry.localAdaptations ?? []).map((src) => compileSource(ruleId, entry.id, src));
      const list = { entry, items, closing, locals };
      this.lists.push(list);
      // The second item too (a run missing the first), unless it is a word too common to start
      // from (法治 of 自治、法治、德治) and nothing confirms the run: closing words after it (…相结合)
      // or items of three characters and more throughout (稳预期、利长远).
      const fromSecond = items[1]!.length >= 4 || closing !== "" || items.every((i) => i.length >= 3);
      for (const index of fromSecond ? [0, 1] : [0]) {
        const key = items[index]!;
        let at = this.starts.get(key);
        if (at === undefined) this.starts.set(key, (at = []));
        at.push({ list, index });
      }
    }
    for (const [item, at] of [...this.starts].sort(([a], [b]) => b.length - a.length)) {
      const unit = item.charCodeAt(item.length - 1);
      this.lastUnits[unit] = 1;
      let list = this.byLastUnit.get(unit);
      if (list === undefined) this.byLastUnit.set(unit, (list = []));
      list.push({ item, at });
    }
  }

  /** The formulations whose first (or second) item ends at `end` of `text`, with that item's index. */
  private startsEndingAt(text: string, end: number): ReadonlyArray<{ list: ListFormula; index: number }> {
    if (end === 0 || this.lastUnits[text.charCodeAt(end - 1)] === 0) return NONE;
    // Longest first, as each length's item there (one at most) was looked up before.
    let found: Array<{ list: ListFormula; index: number }> | null = null;
    for (const { item, at } of this.byLastUnit.get(text.charCodeAt(end - 1))!) {
      if (item.length <= end && text.startsWith(item, end - item.length)) (found ??= []).push(...at);
    }
    return found ?? NONE;
  }

  /** Does a first or second item end right before a 、 or ， somewhere in `text`? */
  private startsBeforeSeparator(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c === 0x3001 || c === 0xff0c || c === 0x2c) && this.startsEndingAt(text, i).length > 0) return true;
    }
    return false;
  }

  /** The faulty runs in a paragraph's text, one per formulation and place. */
  scan(paragraph: string): ListHit[] {
    // A run starts with an item followed by a separator (依法治国、): without one, nothing to follow.
    if (!this.startsBeforeSeparator(paragraph)) return [];
    const text = commas(paragraph);
    const hits: ListHit[] = [];
    // Segments of each clause, with their offsets.
    const segments: Array<{ start: number; text: string }> = [];
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && SEGMENT_END[text.charCodeAt(i)] !== 1) continue;
      if (i > from) segments.push({ start: from, text: text.slice(from, i) });
      from = i + 1;
    }
    const adjacent = (a: { start: number; text: string }, b: { start: number }) => b.start === a.start + a.text.length + 1 && text[b.start - 1] === "、";
    // Where runs may start: segments that end in a formulation's first or second item (坚持依法治国).
    const startsAt = segments.map((seg) => this.startsEndingAt(seg.text, seg.text.length));
    /** Per formulation, the first segment a new run may start at (after the last run, right or wrong). */
    const resume = new Map<ListFormula, number>();
    for (let s = 0; s < segments.length; s++) {
      // (Most segments start nothing: no map for them.)
      if (startsAt[s]!.length === 0) continue;
      const begins = new Map<ListFormula, number>();
      for (const x of startsAt[s]!) begins.set(x.list, Math.min(begins.get(x.list) ?? x.index, x.index));
      for (const [f, first] of begins) {
        if ((resume.get(f) ?? 0) > s) continue;
        const n = f.items.length;
        // Follow the run: each next segment is the next item (or, once, something else in the middle).
        let k = s;
        let at = first;
        let named = 1;
        let stranger = -1;
        let closed = false;
        /** How much of the run's last segment its items take (more than the last item where 和 joins one more). */
        let lastItems = -1;
        /** The run's last item joined to it by 和 / 及 / 与: the writer closed the list there. */
        let conjoined = false;
        while (k + 1 < segments.length && adjacent(segments[k]!, segments[k + 1]!)) {
          const seg = segments[k + 1]!.text;
          const next = f.items.findIndex((item, i) => i > at && (seg === item || seg.startsWith(item)));
          if (next >= 0 && next <= at + 2) {
            k++;
            at = next;
            named++;
            if (seg !== f.items[next]) {
              // The last item joined by 和 / 及 / 与 (…、合法性审查和集体讨论决定): the statutes' own way of ending a list.
              let taken = f.items[next]!.length;
              const conjunction = CONJUNCTION.exec(seg.slice(taken));
              const joined = conjunction === null ? -1 : f.items.findIndex((item, i) => i > at && i <= at + 2 && seg.startsWith(item, taken + conjunction[0].length));
              if (joined >= 0) {
                taken += conjunction![0].length + f.items[joined]!.length;
                at = joined;
                named++;
                conjoined = true;
              }
              lastItems = taken;
              closed = f.closing !== "" && seg.slice(taken).startsWith(f.closing);
              break;
            }
            // The last item named: what follows is the sentence going on, not another item.
            if (at === n - 1) break;
            continue;
          }
          // Something else in the last item's place, the closing words after it (依法治国、依法执政、依规治党共同推进).
          if (stranger < 0 && f.closing !== "" && seg.endsWith(f.closing) && ITEM_LIKE.test(seg.slice(0, seg.length - f.closing.length)) && at === n - 2) {
            stranger = ++k;
            closed = true;
            break;
          }
          if (stranger < 0 && ITEM_LIKE.test(seg) && k + 2 < segments.length && adjacent(segments[k + 1]!, segments[k + 2]!)) {
            stranger = k + 1;
            k++;
            continue;
          }
          break;
        }
        const runEnd = k;
        // The next run starts after this one, right or wrong (not at its second item).
        const skip = () => resume.set(f, Math.max(s + 1, runEnd));
        if (stranger === k && !closed) {
          skip();
          continue;
        }
        const start = segments[s]!.start + segments[s]!.text.length - f.items[first]!.length;
        const lastText = segments[k]!.text;
        const end = segments[k]!.start + (stranger === k ? lastText.length : Math.min(lastText.length, (lastItems >= 0 ? lastItems : f.items[at]!.length) + (closed ? f.closing.length : 0)));
        // One item short: where closing words or a fourth item make it the formulation, or, in a
        // formulation without closing words, where three items of three characters and more end
        // with the last (放管结合、优化服务; 增强“四个意识”、做到“两个维护”) — two such phrases side
        // by side are the formulation with one left out, while its first two alone (简政放权、放管
        // 结合) were an earlier wording of it. (A formulation with closing words needs them: 依法治国、
        // 依法行政 is ordinary prose.)
        const longItems = n === 3 && f.closing === "" && at === n - 1 && f.items.every((i) => i.length >= 3);
        // Not the formulation's first items only, the list closed by 和 and not named as the whole (编制过程中组织开展公众参与、
        // 专家论证、风险评估和合法性审查: the steps an office took; the last, 集体讨论决定, is the government's). Followed by 等 or
        // the procedures' name (…和合法性审查等法定程序), it is the formulation with its last item left out.
        const closedShort = conjoined && first === 0 && at === n - 2 && !WHOLE_NAMED.test(text.slice(end, end + 6));
        const missing = stranger < 0 && named === n - 1 && (closed || n >= 4 || longItems) && !closedShort;
        const replaced = stranger >= 0 && closed && named >= n - 1 && (at === n - 1 || stranger === k);
        // Every item, in order, but joined by ， (科学立法，严格执法，公正司法，全民守法): the items of a formulation are joined by 、.
        const commaJoined = stranger < 0 && named === n && first === 0 && /[，,]/u.test(paragraph.slice(start, end));
        const s0 = s;
        skip();
        if (!missing && !replaced && !commaJoined) continue;
        // A local adaptation may name the first item otherwise (依法治县、依法执政、依法行政共同推进): look a little before the run.
        const from = s0 > 0 && adjacent(segments[s0 - 1]!, segments[s0]!) ? segments[s0 - 1]!.start : segments[s0]!.start;
        const around = text.slice(from, Math.min(text.length, end + 8));
        if (f.locals.some((re) => re.test(around))) continue;
        hits.push({ entry: f.entry, fault: missing || replaced ? "items" : "separator", start, end });
      }
    }
    return hits;
  }
}
