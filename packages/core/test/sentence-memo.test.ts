import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { confusables } from "../src/confusion.js";
import { SentenceMemo, findSpellingSuspects, type SpellingSuspect } from "../src/spelling.js";

/** A memo that counts the sentences it answers. */
class CountingMemo extends SentenceMemo {
  hits = 0;
  override get(key: string): SpellingSuspect[][] | undefined {
    const found = super.get(key);
    if (found !== undefined) this.hits++;
    return found;
  }
}

const search = (text: string, sentences?: SentenceMemo, skip?: (i: number) => boolean) =>
  findSpellingSuspects(text, { candidates: confusables, ...(sentences === undefined ? {} : { sentences }), ...(skip === undefined ? {} : { skip }) });

// Paragraphs of several sentences with slips in some of them (持旭 → 持续, 依法刑政 → 行政, 《数据全法》 → 安全, 白 → 自).
const OWN = [
  "我们持旭推进依法刑政。全面落实行政执法三项制度；本条例白发布之日起施行。认真贯彻《数据全法》，加强数据安全管理。",
  "今年以来，我局坚持以习近平法治思想为指导。持旭深化“放管服”改革，优化营商环境！全年办理行政复议案件十二件，纠错三件。",
  "严格规范公正文明执法。健全行政裁量权基准制度；推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。",
];

/** ECSpell's sentences (as written, slips and all), four to a paragraph, where ../shared is. */
function ecspellParagraphs(count: number): string[] {
  const file = fileURLToPath(new URL("../../../../shared/corpus/csc/odw.train", import.meta.url));
  if (!existsSync(file)) return [];
  const sentences = readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.split("\t")[1] ?? "")
    .filter((s) => s.length > 0)
    .map((s) => (/[。！？；]$/u.test(s) ? s : `${s}。`));
  const out: string[] = [];
  for (let k = 0; k + 4 <= sentences.length && out.length < count; k += 4) out.push(sentences.slice(k, k + 4).join(""));
  return out;
}

/** The paragraph with its `n`th Chinese character replaced by 的 (或 where it is 的): an edit in one of its sentences. */
function edited(text: string, n: number): string {
  const han = [...text.matchAll(/\p{Script=Han}/gu)].map((m) => m.index);
  const at = han[n % han.length]!;
  return text.slice(0, at) + (text[at] === "的" ? "或" : "的") + text.slice(at + 1);
}

describe("the sentence memo", () => {
  const paragraphs = [...OWN, ...ecspellParagraphs(150)];

  it("answers the sentences an edit left alone with exactly what searching the whole paragraph finds", () => {
    let hits = 0;
    let suspects = 0;
    paragraphs.forEach((p, k) => {
      const whole = search(p);
      suspects += whole.length;
      const memo = new CountingMemo();
      memo.begin();
      search(edited(p, 7 * k + 3), memo);
      expect(search(p, memo), p).toEqual(whole);
      hits += memo.hits;
      // With nothing in the memo, the same too.
      expect(search(p, new SentenceMemo()), p).toEqual(whole);
    });
    // The memo did answer (each paragraph has sentences the edit left alone), and there were slips to find.
    expect(hits).toBeGreaterThanOrEqual(paragraphs.length);
    expect(suspects).toBeGreaterThanOrEqual(OWN.length);
  });

  it("reads as much around a sentence as the searches do: the model's context runs across its 。", () => {
    // How likely 菓 is (for 国) depends on the characters before it, the last sentence's end among them: the memo
    // must not answer for 菓's sentence after the previous one changed two characters before its 。 (建设 → 的设).
    const before = "推动经验互鉴和资源共享，推进全球可持续发展和人类命运共同体建设。";
    const after = "菓家自然科学奖、国家技术发明奖分为一等奖、二登奖2个等级。";
    const changed = before.replace("建设。", "的设。");
    const memo = new SentenceMemo();
    search(before + after, memo);
    const fresh = search(changed + after);
    expect(fresh.find((s) => s.replacement === "国")).toBeDefined();
    expect(search(changed + after, memo)).toEqual(fresh);
  });

  it("weighs a changed sentence again: a slip typed into a sentence it answered before is found", () => {
    // (The slip more than SENTENCE_CONTEXT characters before the second sentence: what that sentence reads is unchanged.)
    const correct = "我们持续推进依法行政，加快建设职能科学、权责法定的法治政府。全面落实行政执法三项制度。";
    const faulty = "我们持旭推进依法行政，加快建设职能科学、权责法定的法治政府。全面落实行政执法三项制度。";
    const memo = new CountingMemo();
    expect(search(correct, memo)).toEqual([]);
    expect(search(faulty, memo).map((s) => [s.index, s.replacement])).toEqual([[3, "续"]]);
    expect(memo.hits).toBe(1);
  });

  it("keeps what it found apart by the places the caller skips", () => {
    const text = "全面落实行政执法三项制度。我们持旭推进依法行政。";
    const memo = new SentenceMemo();
    expect(search(text, memo)).toHaveLength(1);
    // Skipping the slip's place (a title, an allowed word) is another question: not answered from the first.
    expect(search(text, memo, (i) => i >= 15 && i < 17)).toEqual([]);
  });

  it("holds the document being checked and the one before it, no older", () => {
    const text = "我们持旭推进依法行政。全面落实行政执法三项制度。";
    const memo = new CountingMemo();
    const [a, b, c] = [{}, {}, {}];
    memo.begin(a);
    search(text, memo);
    memo.begin(b);
    search(text, memo);
    expect(memo.hits).toBe(2);
    memo.begin(c);
    memo.begin({});
    memo.hits = 0;
    search(text, memo);
    expect(memo.hits).toBe(0);
  });
});
