// Checks the title inside 《…》 against the list of laws in force (data/law-names.json).
import type { Law, LawMistake, RepealedLaw } from "@report-lint/schema";
import { osaDistance } from "./distance.js";

const PREFIX = "中华人民共和国";
/** Titles ending in these are not laws (办法, 方法 …) or are programme names (《今日说法》, 《以案释法》). */
const NOT_A_LAW = /(?:[办方做想看说写手章算语疗技兵书佛家释讲普懂知学守护执司用]法|法典)$/u;
/** A repealed law named in passing: 原《合同法》, 《合同法》同时废止. */
const HISTORICAL = /原$|废止|失效|不再施行|取代/u;

/** A title without a trailing （…） note, and without 中华人民共和国 (its core). */
function nameOf(title: string): { name: string; core: string; hasPrefix: boolean } {
  const name = title.replace(/[（(][^（）()]*[）)]$/u, "").trim();
  const hasPrefix = name.startsWith(PREFIX);
  return { name, core: hasPrefix ? name.slice(PREFIX.length) : name, hasPrefix };
}

export type LawFault =
  | { kind: "wrong"; correct: string }
  | { kind: "repealed"; replacement: string; since: number };

export class LawNames {
  /** Accepted titles: full names, names without 中华人民共和国, and short forms. */
  private readonly known = new Set<string>();
  /** Cores (full name without the prefix, and short forms) by length, for fuzzy look-up. */
  private readonly byLength = new Map<number, Array<{ core: string; full: string }>>();
  private readonly mistakes = new Map<string, string>();
  private readonly repealed = new Map<string, RepealedLaw>();

  constructor(data: { laws: Law[]; commonMistakes: LawMistake[]; repealed: RepealedLaw[] }) {
    for (const law of data.laws) {
      const core = law.name.startsWith(PREFIX) ? law.name.slice(PREFIX.length) : law.name;
      for (const name of [law.name, core, ...law.short]) {
        this.known.add(name);
        if (name === law.name && name !== core) continue;
        const list = this.byLength.get(name.length) ?? [];
        list.push({ core: name, full: core });
        this.byLength.set(name.length, list);
      }
    }
    for (const m of data.commonMistakes) this.mistakes.set(m.wrong, m.correct);
    for (const r of data.repealed) this.repealed.set(r.name, r);
  }

  /** Is `title` (without 《》) the name of a law in the list, in full, without 中华人民共和国, or short? */
  knows(title: string): boolean {
    const { name, core } = nameOf(title);
    return this.known.has(name) || this.known.has(core);
  }

  /** What is wrong with the title `title` (without 《》), or null. `before`/`after` are the sentence around it. */
  check(title: string, before: string, after: string): LawFault | null {
    const { name, core, hasPrefix } = nameOf(title);
    const styled = (correct: string) => (hasPrefix && !correct.startsWith(PREFIX) ? PREFIX + correct : correct);
    if (this.known.has(name) || this.known.has(core)) return null;
    // 《中华人民共合国宪法》: a miswritten prefix before a known law.
    for (const cut of [6, 7, 8]) {
      const rest = name.slice(cut);
      if (!hasPrefix && rest.length >= 2 && this.known.has(rest) && osaDistance(name.slice(0, cut), PREFIX, 1) === 1) {
        return { kind: "wrong", correct: PREFIX + rest };
      }
    }
    const repealed = this.repealed.get(core);
    if (repealed !== undefined) {
      if (HISTORICAL.test(before) || HISTORICAL.test(after)) return null;
      return { kind: "repealed", replacement: styled(repealed.replacedBy), since: repealed.since };
    }
    const correct = this.mistakes.get(core);
    if (correct !== undefined) return { kind: "wrong", correct: styled(correct) };
    if (!core.endsWith("法") || NOT_A_LAW.test(core)) return null;
    // A title close to exactly one known law is that law misnamed; anything else may be a law the list lacks.
    const max = core.length <= 3 ? 0 : core.length <= 6 ? 1 : 2;
    if (max === 0) return null;
    let best = max + 1;
    let closest: Array<{ core: string; full: string }> = [];
    for (let len = core.length - max; len <= core.length + max; len++) {
      for (const c of this.byLength.get(len) ?? []) {
        const d = osaDistance(core, c.core, best);
        if (d < best) {
          best = d;
          closest = [];
        }
        if (d === best) closest.push(c);
      }
    }
    const first = closest[0];
    if (first === undefined || best > max || closest.some((c) => c.full !== first.full)) return null;
    return { kind: "wrong", correct: hasPrefix ? styled(first.full) : first.core };
  }
}
