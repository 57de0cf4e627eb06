import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { confusables } from "../src/confusion.js";
import { SEEDS_URL, seedTexts } from "../../../test-support/seeds.js";
import { ANY_CONTEXT, BOS, EOS, LanguageModelError, conditionalLogProb, followerCeiling, hasNgram, hasPair, knowsUnit, lastMatchLength, languageModelError, languageModelGroupReads, normalise, pairLogProb, pairLogProbsAfter, setLanguageModelFile, storedLogProb } from "../src/lm.js";
import { doubledCharacterMargin, editMargin, findSpellingSuspects } from "../src/spelling.js";
import { CORPUS, HAVE_CORPUS, rebuild } from "./rebuild.js";

// Like confusion.test.ts, these read the data the build put in dist/jieba/; the build copies it from data/.
const BUILT = fileURLToPath(new URL("../dist/jieba/lm.bin", import.meta.url));
const COMMITTED = fileURLToPath(new URL("../data/lm.bin", import.meta.url));
/**
 * Counting 19.4 M characters takes about 70 s alone (and 1.3 GB); the child gets nine minutes — a
 * guard against a hang, not a budget (the bench holds the build's ≤ 5 min): in CI it shares two cores
 * with every other package's tests, and at a load of 9 it ran past five.
 */
const BUILD_TIMEOUT = 9 * 60_000;

const temp = mkdtempSync(join(tmpdir(), "report-lint-lm-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A paragraph as the model reads it: BOS, the normalised code units, EOS. */
function units(text: string): number[] {
  const norm = normalise(text);
  return [BOS, ...Array.from(norm, (c) => c.charCodeAt(0)), EOS];
}

/** log10 p(text) under the model, BOS and EOS included. */
function logProb(text: string): number {
  const u = units(text);
  let sum = 0;
  for (let j = 1; j < u.length; j++) sum += conditionalLogProb(u, j, 0);
  return sum;
}

/** Reports written for the bench by helpers who saw none of the project (bench/data/blind-correct): text the model never saw. */
const BLIND = fileURLToPath(new URL("../../../bench/data/blind-correct/", import.meta.url));
const blindReports = (): string[] =>
  readdirSync(BLIND)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(BLIND, f), "utf8"));

/** Every position's conditional log-probability in each paragraph of `texts`. */
function positionScores(texts: readonly string[]): number[] {
  const out: number[] = [];
  for (const t of texts) {
    for (const line of t.split("\n")) {
      const u = units(line);
      for (let j = 1; j < u.length; j++) out.push(conditionalLogProb(u, j, 0));
    }
  }
  return out;
}

describe("build-lm.mjs", () => {
  it.skipIf(!HAVE_CORPUS)(
    `reproduces data/lm.bin byte for byte from the corpus${HAVE_CORPUS ? "" : ` (skipped: no corpus at ${CORPUS})`}`,
    async () => {
      const built = await rebuild("build-lm.mjs", [CORPUS], BUILD_TIMEOUT);
      const committed = readFileSync(COMMITTED);
      expect(built.length).toBe(committed.length);
      // Not toEqual on 12 MB: where they first differ is what helps.
      const first = built.findIndex((b, i) => b !== committed[i]);
      expect(first, "offset of the first differing byte").toBe(-1);
    },
    BUILD_TIMEOUT + 60_000,
  );
});

/** The first `sentences` sentences of the spelling set (as written) and the lines of the seed reports at `seeds` (name order), where ../shared is. */
function sharedLines(sentences: number, seeds: number[]): string[] {
  const csc = fileURLToPath(new URL("../../../../shared/corpus/csc/odw.train", import.meta.url));
  const lines: string[] = [];
  if (existsSync(csc)) lines.push(...readFileSync(csc, "utf8").split("\n").slice(0, sentences).map((l) => l.split("\t")[1] ?? ""));
  if (existsSync(SEEDS_URL)) {
    const all = seedTexts();
    for (const k of seeds) lines.push(...(all[k] ?? "").split("\n"));
  }
  return lines;
}

describe("the model", () => {
  it("prefers the right spelling of official phrases", () => {
    expect(logProb("持续推进")).toBeGreaterThan(logProb("持旭推进") + 3);
    expect(logProb("依法行政")).toBeGreaterThan(logProb("依法刑政") + 3);
  });

  it("gives a character it never saw the unknown probability", () => {
    const head = readFileSync(BUILT).subarray(0, 32);
    const unknown = new DataView(head.buffer, head.byteOffset, 32).getFloat32(24, true);
    expect(unknown).toBeLessThan(-4);
    const rare = "龘".charCodeAt(0);
    // Without context, exactly the unknown probability; after a context, that less the context's backoff.
    expect(conditionalLogProb([rare], 0, 0)).toBe(unknown);
    const u = units("依法龘政");
    expect(conditionalLogProb(u, 3, 3)).toBe(unknown);
    expect(conditionalLogProb(u, 3, 0)).toBeLessThanOrEqual(unknown);
    // Asking about another unit in place of the text's: the same answer.
    expect(conditionalLogProb(units("依法行政"), 3, 3, rare)).toBe(unknown);
  });

  it("reads every ASCII digit as 0 and every ASCII letter as a, and nothing else otherwise (normalise)", () => {
    expect(normalise("第39条 GB/T 9704-2012，ｘ３号文")).toBe("第00条 aa/a 0000-0000，ｘ３号文");
    expect(normalise("")).toBe("");
    const all = String.fromCharCode(...Array.from({ length: 0x3000 }, (_, i) => i + 1));
    const changed = [...normalise(all)].flatMap((c, i) => (c === all[i] ? [] : [all[i]])).join("");
    expect(changed).toBe("123456789ABCDEFGHIJKLMNOPQRSTUVWXYZbcdefghijklmnopqrstuvwxyz");
  });

  it("knows common characters and not rare ones", () => {
    expect(knowsUnit("法".charCodeAt(0))).toBe(true);
    expect(knowsUnit("政".charCodeAt(0))).toBe(true);
    expect(knowsUnit("龘".charCodeAt(0))).toBe(false);
  });

  it("keeps pairs and longer n-grams of official prose, and not made-up ones", () => {
    const u = units("依法行政");
    // BOS 依 法 行 政 EOS: 依法 and 行政 are pairs, 依法行 and 依法行政 longer n-grams (in blocks).
    expect(hasNgram(u, 1, 3)).toBe(true);
    expect(hasNgram(u, 3, 5)).toBe(true);
    expect(hasNgram(u, 1, 4)).toBe(true);
    expect(hasNgram(u, 1, 5)).toBe(true);
    const bad = units("旭推依旭");
    expect(hasNgram(bad, 1, 3)).toBe(false);
    expect(storedLogProb(bad, 1, 3, -99)).toBe(-99);
    expect(storedLogProb(u, 1, 3, -99)).toBeLessThan(0);
    expect(storedLogProb(u, 1, 3, -99)).toBeGreaterThan(-99);
  });

  it("answers a pair given as two code units as it answers the pair in a text (hasPair, pairLogProb)", () => {
    // Every adjacent pair of a paragraph (kept ones and not), and each character with made-up neighbours.
    const u = units("依法全面履行政府职能，推进旭推依旭机构、职能、权限、程序、责任法定化。2023年");
    let kept = 0;
    for (let a = 0; a + 1 < u.length; a++) {
      expect(hasPair(u[a]!, u[a + 1]!)).toBe(hasNgram(u, a, a + 2));
      expect(pairLogProb(u[a]!, u[a + 1]!, -99)).toBe(storedLogProb(u, a, a + 2, -99));
      if (hasPair(u[a]!, u[a + 1]!)) kept++;
      expect(hasPair(u[a]!, 0x9f98)).toBe(false); // 龘 follows nothing
      expect(pairLogProb(0x9f98, u[a]!, -7)).toBe(-7);
    }
    expect(kept).toBeGreaterThan(20);
  });

  it("looks up many followers of one unit at once as it looks each up alone (pairLogProbsAfter)", () => {
    const u = units("依法全面履行政府职能，推进旭推依旭机构、职能、权限、程序、责任法定化。2023年");
    const seconds = Uint16Array.from([...u, 0x9f98, 0xffff]);
    const out = new Float64Array(seconds.length);
    let kept = 0;
    for (const first of [...u, 0x9f98]) {
      out.fill(1);
      pairLogProbsAfter(first, seconds, out, -99);
      seconds.forEach((second, k) => expect(out[k], `${first} ${second}`).toBe(pairLogProb(first, second, -99)));
      kept += out.filter((p) => p !== -99).length;
    }
    expect(kept).toBeGreaterThan(50);
  });

  it("never predicts a unit after one it was never seen after more likely than followerCeiling says", () => {
    // Every position of the seeds' paragraphs and of 300 spelling-set sentences whose pair with the
    // unit before it the model did not keep, whatever the context before: the ceiling holds, and is
    // below 0 (a kept pair has none: 0).
    const texts = ["我们持旭推进依法刑政。", "龘龘依法龘政abc123。", "旭推依旭机构", ...sharedLines(300, [0, 1, 2, 3, 4])];
    let unkept = 0;
    for (const t of texts) {
      const u = units(t);
      for (let j = 1; j < u.length; j++) {
        const ceiling = followerCeiling(u[j - 1]!, u[j]!);
        if (hasPair(u[j - 1]!, u[j]!)) {
          expect(ceiling).toBe(0);
          continue;
        }
        unkept++;
        expect(ceiling).toBeLessThan(0);
        expect(conditionalLogProb(u, j, 0), `${t} @${j}`).toBeLessThanOrEqual(ceiling);
      }
    }
    expect(unkept).toBeGreaterThan(200);
  });

  it("answers the same when told how long a match the position before had (lastMatchLength)", () => {
    // Every paragraph of the seeds and 200 of the spelling set, scored twice: each position alone,
    // and with the context bounded by the match length of the position before it.
    const texts = ["依法行政，建设法治政府。", "我们持旭推进依法刑政。", "龘龘依法龘政abc123。", ...sharedLines(200, [0, 4])];
    let positions = 0;
    let bounded = 0;
    for (const t of texts) {
      const u = units(t);
      let context = ANY_CONTEXT;
      for (let j = 1; j < u.length; j++) {
        const alone = conditionalLogProb(u, j, 0);
        const longest = lastMatchLength();
        expect(conditionalLogProb(u, j, 0, -1, context), `${t} @${j}`).toBe(alone);
        expect(lastMatchLength()).toBe(longest);
        if (context < 3) bounded++;
        context = longest;
        positions++;
      }
    }
    expect(positions).toBeGreaterThan(100);
    // The bound must have had something to spare.
    expect(bounded).toBeGreaterThan(positions / 10);
  });
});

describe("reading the groups", () => {
  afterEach(() => setLanguageModelFile(null));

  it("reads them one by one for a few reports, then the rest whole, and answers the same either way", () => {
    const reports = blindReports();
    expect(reports.length).toBeGreaterThanOrEqual(40);
    const probe = reports.slice(0, 2);
    // A fresh model scores the probe with groups read one by one.
    setLanguageModelFile(null);
    const alone = positionScores(probe);
    const first = languageModelGroupReads();
    expect(first.whole).toBe(false);
    expect(first.oneByOne).toBeGreaterThan(1000);
    // Another fresh model reads other reports until it has read the groups whole, then scores the probe.
    setLanguageModelFile(null);
    let read = 2;
    while (!languageModelGroupReads().whole && read < reports.length) positionScores([reports[read++]!]);
    const switched = languageModelGroupReads();
    expect(switched.whole).toBe(true);
    expect(read).toBeLessThan(reports.length);
    expect(positionScores(probe)).toEqual(alone);
    // Nothing is read one by one after that.
    expect(languageModelGroupReads().oneByOne).toBe(switched.oneByOne);
  });
});

describe("a missing or corrupt lm.bin", () => {
  afterEach(() => setLanguageModelFile(null));

  function corrupt(name: string, bytes: Uint8Array): string {
    const file = join(temp, name);
    writeFileSync(file, bytes);
    return file;
  }

  it("makes languageModelError() one line that names the file", () => {
    const good = readFileSync(BUILT);
    const unitCount = good.readUInt32LE(12);
    const badMagic = Buffer.from(good);
    badMagic.write("XXXX", 0, "latin1");
    const cases: Array<[string, string, RegExp]> = [
      ["missing", join(temp, "missing.bin"), /缺失或无法读取/u],
      ["truncated", corrupt("truncated.bin", good.subarray(0, good.length - 1000)), /已损坏/u],
      ["wrong magic", corrupt("magic.bin", badMagic), /已损坏（不是 report-lint 语言模型）/u],
      // The header declares unitCount units; the file ends halfway through their index.
      ["short index", corrupt("index.bin", good.subarray(0, 32 + 4 * unitCount)), /已损坏（索引不完整）/u],
    ];
    for (const [what, file, detail] of cases) {
      setLanguageModelFile(file);
      const e = languageModelError();
      expect(e, what).toBeInstanceOf(LanguageModelError);
      expect(e!.message, what).toMatch(/^report-lint: 语言模型文件 .+ 已损坏（.+）$|^report-lint: 语言模型文件 .+ 缺失或无法读取$/u);
      expect(e!.message, what).toMatch(detail);
      expect(e!.message, what).toContain(file);
      expect(e!.message, what).not.toContain("\n");
      expect(e!.file, what).toBe(file);
      // The same error from every use, without reading the file again.
      expect(languageModelError(), what).toBe(e);
      expect(() => knowsUnit("法".charCodeAt(0)), what).toThrow(e!.message);
    }
    setLanguageModelFile(null);
    expect(languageModelError()).toBeNull();
    expect(knowsUnit("法".charCodeAt(0))).toBe(true);
  });

  /** The index of the unit's unigram and pairs in a model file. */
  function unitIndex(file: Buffer, char: string): number {
    const unit = char.charCodeAt(0);
    let b = 0;
    while (file.readUInt32LE(32 + 4 * b) !== unit) b++;
    return b;
  }

  /** Where a model file keeps tableStart, groupStart and the follower tables' slots (version 4's layout, scripts/build-lm.mjs). */
  function layout(file: Buffer) {
    const n = file.readUInt32LE(12);
    const pairCount = file.readUInt32LE(28);
    const pad4 = (k: number) => Math.ceil(k / 4) * 4;
    const tableStartAt = 32 + 4 * n;
    const groupStartAt = tableStartAt + 4 * (n + 1);
    const slotsAt = groupStartAt + 4 * (pairCount + 1) + pad4(2 * n);
    return { n, pairCount, tableStartAt, groupStartAt, slotsAt };
  }

  /** Where in the file the slot of the pair (first, second) is: in first's table, the slot whose follower is second. */
  function slotOf(file: Buffer, first: string, second: string): number {
    const { tableStartAt, slotsAt } = layout(file);
    const b = unitIndex(file, first);
    for (let slot = file.readUInt32LE(tableStartAt + 4 * b); slot < file.readUInt32LE(tableStartAt + 4 * b + 4); slot++) {
      const at = slotsAt + 8 * slot;
      if (file.readUInt32LE(at + 4) !== 0 && file.readUInt32LE(at) >>> 16 === second.charCodeAt(0)) return at;
    }
    throw new Error(`no pair ${first}${second} in the model`);
  }

  /** Where the group of the pair (first, second) starts. */
  function groupOf(file: Buffer, first: string, second: string): number {
    const pair = file.readUInt32LE(slotOf(file, first, second) + 4) - 1;
    return file.readUInt32LE(layout(file).groupStartAt + 4 * pair);
  }

  it("finds a damaged group when it reads it, and says so in one line", () => {
    const good = readFileSync(BUILT);
    const start = groupOf(good, "法", "治");
    // The group's first two third units swapped: they are no longer ascending.
    expect(good.readUInt16LE(start)).toBeGreaterThan(1);
    const bad = Buffer.from(good);
    bad.writeUInt16LE(good.readUInt16LE(start + 6), start + 4);
    bad.writeUInt16LE(good.readUInt16LE(start + 4), start + 6);
    setLanguageModelFile(corrupt("unsorted.bin", bad));
    // The index is sound: the damage shows only when the group is needed (an n-gram that starts with 法治).
    expect(languageModelError()).toBeNull();
    expect(knowsUnit("法".charCodeAt(0))).toBe(true);
    expect(hasNgram(units("依法"), 1, 3)).toBe(true);
    expect(hasNgram(units("依法治国"), 1, 4)).toBe(true);
    expect(() => hasNgram(units("法治政府"), 1, 4)).toThrow(LanguageModelError);
    expect(() => hasNgram(units("法治政府"), 1, 4)).toThrow(/^report-lint: 语言模型文件 .+unsorted\.bin 已损坏（数据块无序）$/u);
    // From then on the model fails as a file that failed to load: every use, and languageModelError().
    expect(languageModelError()?.message).toMatch(/unsorted\.bin 已损坏（数据块无序）$/u);
    expect(() => hasNgram(units("依法"), 1, 3)).toThrow(languageModelError()!.message);
    setLanguageModelFile(null);
  });

  it("finds a damaged group read with the rest whole, as one read alone", () => {
    const good = readFileSync(BUILT);
    const start = groupOf(good, "法", "治");
    const bad = Buffer.from(good);
    bad.writeUInt16LE(good.readUInt16LE(start + 6), start + 4);
    bad.writeUInt16LE(good.readUInt16LE(start + 4), start + 6);
    setLanguageModelFile(corrupt("unsorted-whole.bin", bad));
    // Reports without 治 (so without the pair 法治) until the groups have been read whole.
    for (const r of blindReports()) {
      if (languageModelGroupReads().whole) break;
      positionScores([r.replaceAll("治", "")]);
    }
    expect(languageModelGroupReads().whole).toBe(true);
    expect(languageModelError()).toBeNull();
    expect(() => hasNgram(units("法治政府"), 1, 4)).toThrow(/^report-lint: 语言模型文件 .+unsorted-whole\.bin 已损坏（数据块无序）$/u);
  });

  it("finds a group whose counts do not fill it, and says so in one line", () => {
    const good = readFileSync(BUILT);
    const start = groupOf(good, "法", "治");
    const bad = Buffer.from(good);
    bad.writeUInt16LE(good.readUInt16LE(start + 2) + 1, start + 2);
    setLanguageModelFile(corrupt("overfull.bin", bad));
    expect(languageModelError()).toBeNull();
    expect(() => hasNgram(units("法治政府"), 1, 4)).toThrow(/^report-lint: 语言模型文件 .+overfull\.bin 已损坏（数据块不完整）$/u);
    setLanguageModelFile(null);
  });

  it("finds a slot that points past the pairs when it reads its group, and says so in one line", () => {
    const good = readFileSync(BUILT);
    const { pairCount } = layout(good);
    const bad = Buffer.from(good);
    bad.writeUInt32LE(pairCount + 5, slotOf(good, "法", "治") + 4);
    setLanguageModelFile(corrupt("pairs.bin", bad));
    expect(languageModelError()).toBeNull();
    expect(hasNgram(units("行政"), 1, 3)).toBe(true);
    // The pair itself is still found (its slot's first word is sound); its group cannot be.
    expect(hasPair("法".charCodeAt(0), "治".charCodeAt(0))).toBe(true);
    expect(() => hasNgram(units("法治政府"), 1, 4)).toThrow(/^report-lint: 语言模型文件 .+pairs\.bin 已损坏（索引无序）$/u);
    setLanguageModelFile(null);
  });

  it("never lets a lookup run past its table: a table whose last slot is taken is refused when the file is read", () => {
    const good = readFileSync(BUILT);
    const { tableStartAt, slotsAt } = layout(good);
    const b = unitIndex(good, "法");
    const from = good.readUInt32LE(tableStartAt + 4 * b);
    const to = good.readUInt32LE(tableStartAt + 4 * b + 4);
    const word = good.readUInt32LE(slotOf(good, "法", "治"));
    /** 法's table with its slots from..upTo filled with copies of the pair 法治. */
    const filled = (upTo: number) => {
      const bad = Buffer.from(good);
      for (let slot = from; slot < upTo; slot++) {
        bad.writeUInt32LE(word, slotsAt + 8 * slot);
        bad.writeUInt32LE(1, slotsAt + 8 * slot + 4);
      }
      return bad;
    };
    // Every slot but the last taken: a lookup of a pair it lacks goes through all of them and ends there.
    setLanguageModelFile(corrupt("nearly-full.bin", filled(to - 1)));
    expect(languageModelError()).toBeNull();
    expect(hasPair("法".charCodeAt(0), "治".charCodeAt(0))).toBe(true);
    expect(hasPair("法".charCodeAt(0), "律".charCodeAt(0))).toBe(false);
    expect(hasPair("行".charCodeAt(0), "政".charCodeAt(0))).toBe(true);
    // The last one too: a lookup could run on into the next unit's table; the file is refused.
    setLanguageModelFile(corrupt("full.bin", filled(to)));
    expect(languageModelError()?.message).toMatch(/^report-lint: 语言模型文件 .+full\.bin 已损坏（索引无序）$/u);
    setLanguageModelFile(null);
  });
});

describe("findSpellingSuspects with the confusion set", () => {
  const find = (text: string) => findSpellingSuspects(text, { candidates: confusables });
  const brief = (text: string) => find(text).map((s) => ({ at: text.slice(s.index, s.index + s.length), index: s.index, replacement: s.replacement, kind: s.kind }));

  it("finds a wrong character of the same sound or a similar shape", () => {
    expect(brief("我们持旭推进依法行政。")).toEqual([{ at: "旭", index: 3, replacement: "续", kind: "homophone" }]);
    expect(brief("本条例白发布之日起施行。")).toEqual([{ at: "白", index: 3, replacement: "自", kind: "shape" }]);
  });

  it("finds the classic look-alike pairs the decomposition data misses (scripts/shape-pairs.txt)", () => {
    expect(brief("检查频次同比下隆23.5%。")).toEqual([{ at: "隆", index: 7, replacement: "降", kind: "shape" }]);
    expect(brief("加大重点领城执法力度。")).toEqual([{ at: "城", index: 5, replacement: "域", kind: "shape" }]);
    expect(brief("积极配台审计监督。")).toEqual([{ at: "台", index: 3, replacement: "合", kind: "shape" }]);
    // The correct words stay: 城市, 下降, 平台.
    expect(brief("加大城市重点领域执法力度，违法案件同比下降。")).toEqual([]);
  });

  it("finds a character alike only by its strokes where the model is surer, and never a numeral for one", () => {
    expect(brief("认真贯彻义务教育王作的指导意见。")).toEqual([{ at: "王", index: 8, replacement: "工", kind: "stroke" }]);
    expect(brief("中央和国冢机关。")).toEqual([{ at: "冢", index: 4, replacement: "家", kind: "stroke" }]);
    // 上/止, alike by their strokes too, are a classic pair of scripts/shape-pairs.txt: a shape of the closest likeness.
    expect(brief("统一印制。禁上伪造、变造。")).toEqual([{ at: "上", index: 6, replacement: "止", kind: "shape" }]);
    // 九/几 are a stroke apart, and the model prefers 几个方面; a numeral is written on purpose.
    expect(brief("今年要着重抓好以下九个方面工作。")).toEqual([]);
  });

  it("never changes a number written in Chinese numerals (statutes of the model's corpus the model read otherwise)", () => {
    // A numeral for a numeral (二 → 三, margin 7.9), a magnitude or a numeral put into a number (三元 → 三万元, 十海里 → 十二海里).
    expect(brief("经批准砍伐树木的，申请人应当按照伐一补二的原则，按照城市绿化行政主管部门确定的期限、地点和规格补植同种树木，并保证树木成活；确实无法补植的，应当按照城市绿化行政主管部门的要求采取其他补救措施。")).toEqual([]);
    expect(brief("（二）不按照自然保护区详细规划确定的用途进行农业生产的，责令限期改正，处每平方米一元以上三元以下的罚款；")).toEqual([]);
    expect(brief("其控制范围自海岸线量起：海域至十海里等距线；陆域未建成区一般至一公里等距线；陆域建成区一般以临海第一条城市主要道路为界。")).toEqual([]);
    // A numeral for a word's character is still a slip to tell (十点 → 试点: ECSpell's).
    expect(brief("扎实开展普查建库和普查十点工作。").map((s) => s.replacement)).toEqual(["试"]);
  });

  it("asks more of two characters side by side alike only in shape or near in sound (入脑入心 is not 入老人心)", () => {
    expect(brief("推动法治宣传教育入脑入心。")).toEqual([]);
  });

  it("asks a little more of two side by side where one is a homophone and the other only alike in shape (送戏下乡 is not 关系下乡)", () => {
    // 戏/系 the same sound, 送/关 a shape: two slips of two kinds at once; the model's gain 7.4 against 7 + 1.
    expect(brief("将法治内容融入送戏下乡活动，创排法治小品。")).toEqual([]);
    // Two homophones side by side still need only the pair's margin (行政直发 → 执法).
    expect(brief("加强行政直发监督。").map((s) => s.replacement)).toEqual(["执法"]);
  });

  it("leaves the last item of a frame filled twice (清单之外无许可、清单之内依法办), not a list of names ending alike", () => {
    expect(brief("同步公布实施规范，做到清单之外无许可、清单之内依法办。")).toEqual([]);
    // A character dropped from the framed item leaves it a character short of its neighbour: still told.
    expect(brief("推进严格规范执法、推动公正文明执。").map((s) => s.replacement)).toEqual(["法。"]);
  });

  it("leaves an office's staff (法规科人员), not 科研人员 with a character dropped", () => {
    expect(brief("研究解决法规科人员力量不足等问题。")).toEqual([]);
  });

  it("leaves the 任 of a post taken (负责同志任副组长): not 担任 with a character dropped", () => {
    expect(brief("调整充实法治建设领导小组，由主要负责同志任组长，分管负责同志任副组长，各处室负责人为成员。")).toEqual([]);
  });

  it("tells a numeral typed for a look-alike where no count can stand (全局千部职工 → 干部), not a count nor a rare word", () => {
    expect(brief("组织全局千部职工参加宪法宣誓。").map((s) => s.replacement)).toEqual(["干"]);
    expect(brief("制定年度学习计划和千部教育培训规划。").map((s) => s.replacement)).toEqual(["干"]);
    // A count (上千部, 3千部) and a rare word the laws write (秋收冬种; 二审时可径行采取) stay.
    expect(brief("馆藏影视资料上千部，全部向公众开放。")).toEqual([]);
    expect(brief("聚焦春耕、夏管、秋收冬种等关键农时，深入开展农资打假。")).toEqual([]);
  });

  it("tells a quoted term of four characters one slip from a set phrase the dictionary lists, not a newer coinage of three", () => {
    expect(brief("在门户网站开设“以案译法”栏目。").map((s) => s.replacement)).toEqual(["释"]);
    expect(brief("推进劳动保障监察“数智化”建设，年内建成与住建部门数据共享平台。")).toEqual([]);
  });

  it("tells a made-up word whose change is a pair official prose writes as one (减税降废 → 降费), not a name's", () => {
    expect(brief("全面落实减税降废政策，为企业减负。").map((s) => s.replacement)).toEqual(["费"]);
    expect(brief("将“锦华里历史风貌街区微更新”纳入重大行政决策事项目录。")).toEqual([]);
    // The pair in the made-up word's place, though the segmenter cuts the corrected text otherwise (蓬盖|和 → 篷|盖和).
    expect(brief("（七）在街道门面外设置遮阳伞、蓬盖和堆放杂物；").map((s) => s.replacement)).toEqual(["篷"]);
    // A rare character typed for a common one (杳 for 查), the pair the corpus writes less often than 降费 (−2.34).
    expect(brief("深化行政执法“三项制度”，开展执法案卷评杳，加强执法人员专业培训。").map((s) => s.replacement)).toEqual(["查"]);
  });

  it("leaves the head of one of two words side by side that share their last character (学法知法, 监查稽查)", () => {
    expect(brief("让群众在休闲中学法知法。")).toEqual([]);
    expect(brief("从事数据统计、分析测试、监查稽查等活动。")).toEqual([]);
    // What is no word beside it is judged as ever.
    expect(brief("开展学法执发活动。").map((s) => s.replacement)).toEqual(["法"]);
  });

  it("leaves a formal adverb before a preposition (即因), a suffix a modifier may go without (老年|群体), and a case's closing 案", () => {
    expect(brief("去年发生的1起森林火灾即因上坟烧纸引发，持旭推进整改。").map((s) => s.replacement)).toEqual(["续"]);
    expect(brief("对老年群体、灵活就业人员和流动人口的普法形式较为单一。")).toEqual([]);
    expect(brief("全年举办公益文化活动1860场。")).toEqual([]);
    // (网咖 is a genre word of the rule's; core alone reads it as 卡.)
    expect(brief("查处白沙区星速网咖多次接纳未成年人案，依据《互联网上网服务营业场所管理条例》作出处罚。").map((s) => s.replacement)).toEqual(["卡"]);
  });

  it("leaves a numeral of tenths (近七成), and a name before a place's ending however jieba's rare cuts read it (白鹤|水库: 河水库, 3)", () => {
    expect(brief("6项决策事项收到的214条意见建议中，近七成集中于2项事项。")).toEqual([]);
    expect(brief("在白鹤水库库区3个乡镇开展宣传。")).toEqual([]);
  });

  it("leaves the names of a list of waters that closes with their count (柘江、白沙河等12条河道)", () => {
    expect(brief("依法划定并公告柘江、白沙河等12条河道管理范围。")).toEqual([]);
  });

  it("leaves an office's last character before its staff (统计站|人员: 统计人员 is a word, but the office is meant)", () => {
    expect(brief("乡镇统计站人员兼职多、流动性大。")).toEqual([]);
  });

  it("finds two wrong characters side by side", () => {
    expect(brief("加强行政直发监督。")).toEqual([{ at: "直发", index: 4, replacement: "执法", kind: "homophone" }]);
    expect(brief("依法办理行政服义案件。")).toEqual([{ at: "服义", index: 6, replacement: "复议", kind: "homophone" }]);
  });

  it("proposes for a gap the two-character words official prose writes most after the character before it (便民, not jieba's 便于, 便利)", () => {
    expect(find("开通政务服务便热线，全年受理群众诉求。").map((s) => [s.index, s.replacement, s.kind])).toEqual([[7, "民热", "missing"]]);
  });

  it("tells one dropped character once: of two insertions at neighbouring gaps, the stronger", () => {
    expect(find("健全公共法律服务系。").map((s) => [s.index, s.replacement, s.kind])).toEqual([[8, "体系", "missing"]]);
  });

  it("reads the characters before a generic word of places (乡镇, 镇村) as any others, not as a name's", () => {
    expect(brief("扎实揩展乡镇合法性审查工作。")).toEqual([{ at: "揩", index: 2, replacement: "开", kind: "homophone" }]);
    // A name before an organ's word stays a name's (嘉祥|县委).
    expect(brief("中共嘉祥县委、嘉祥县人民政府。")).toEqual([]);
  });

  it("tells one slip once: a neighbour that reads as a slip only beside the written character is not told beside the correction", () => {
    // 贯切落实: 切 → 彻 and 贯 → 关 (关切) each read better than the text, but 关彻 reads no better than 贯彻.
    expect(brief("各部门要认真抓好贯切落实。")).toEqual([{ at: "切", index: 9, replacement: "彻", kind: "shape" }]);
    // Two slips within the model's reach of each other each still gain beside the other's correction: both are told.
    expect(brief("我们持旭推近依法行政。")).toEqual([
      { at: "旭", index: 3, replacement: "续", kind: "homophone" },
      { at: "近", index: 5, replacement: "进", kind: "homophone" },
    ]);
    expect(brief("认真贯切落石上级部署。")).toEqual([
      { at: "切", index: 3, replacement: "彻", kind: "shape" },
      { at: "石", index: 5, replacement: "实", kind: "homophone" },
    ]);
  });

  it("finds a word of the same sound that an input method put for another, where the pair search prunes it", () => {
    // 提喜 → 体系: neither 提 nor 喜 fits its own neighbour, so the pair search never weighs 体 with 系.
    expect(brief("加快构建覆盖城乡的基本公共服务提喜。")).toEqual([{ at: "提喜", index: 15, replacement: "体系", kind: "homophone" }]);
    // The written pair may be a word itself (自愿, 家猫): it needs a wider margin then, and clears it here.
    expect(brief("指导各地开展公共自愿交易平台整合工作。")).toEqual([{ at: "自愿", index: 8, replacement: "资源", kind: "homophone" }]);
    expect(brief("依法查处本系统家猫伪劣商品案件。")).toEqual([{ at: "家猫", index: 7, replacement: "假冒", kind: "homophone" }]);
  });

  it("finds nothing in correct sentences of the seed reports", () => {
    const correct = [
      "二是镇党委政府及时听取全镇法治建设工作情况汇报，研究解决法治建设实际问题，确保法治建设落到实处。",
      "加强对重大行政决策和规范性文件的合法性审查工作。",
      "在公示栏、政府网站等平台及时、准确地公开“三务信息”，切实保障人民群众依法获取政府信息的权利。",
      "推行行政执法公示、执法全过程记录、重大执法决定法制审核“三项制度”，规范行政执法行为。",
      "坚持分众化、差异化普法，提升普法针对性、实效性。",
      "加强干部法治教育，落实领导干部任前法律考试、国家工作人员旁听庭审等制度。",
      "进一步规范行政决策程序，完善行政决策听取意见制度、专家论证制度和责任追究制度。",
      "一是加强法治政府建设，努力提升全镇法治化管理水平。",
      "年初制定《青城镇2022年度普法工作计划》，进一步深入推进法治宣传教育，推动全社会形成浓厚法治氛围。",
      "一是健全完善镇党委决策程序，将政府决策行为置于法治框架之内。",
    ];
    expect(correct.filter((s) => find(s).length > 0)).toEqual([]);
  });
});

describe("editMargin", () => {
  it("weighs a character put in, taken out or changed, positive where the model prefers the edit", () => {
    // Put in: 持续推 → the text with 续 restored reads better than 持推.
    expect(editMargin("坚持以人民为中心，持推进法治建设。", 10, 0, "续")).toBeGreaterThan(2);
    expect(editMargin("坚持以人民为中心，持续推进法治建设。", 10, 0, "续")).toBeLessThan(0);
    // Changed: 持旭推进 → 持续推进, and back.
    expect(editMargin("坚持以人民为中心，持旭推进法治建设。", 10, 1, "续")).toBeGreaterThan(5);
    expect(editMargin("坚持以人民为中心，持续推进法治建设。", 10, 1, "旭")).toBeLessThan(-5);
    // Taken out: the deletion case is doubledCharacterMargin's.
    expect(editMargin("依法法行政", 2, 1, "")).toBe(doubledCharacterMargin("依法法行政", 2));
  });

  it("refuses to lengthen the text by more than its buffer holds", () => {
    expect(() => editMargin("依法行政", 1, 0, "一二三四五六七八九")).toThrow(RangeError);
  });
});

describe("doubledCharacterMargin", () => {
  it("is large where a character is typed twice inside a word, negative where two words meet", () => {
    expect(doubledCharacterMargin("依法法行政", 2)).toBeGreaterThan(5);
    expect(doubledCharacterMargin("宪法法律", 2)).toBeLessThan(0);
  });

  it("weighs a word of several characters typed twice as one deletion (执法检查检查 → 执法检查)", () => {
    expect(doubledCharacterMargin("全年开展执法检查检查156次", 8, 2)).toBeGreaterThan(5);
    expect(doubledCharacterMargin("认真落实行政执法责任制责任制。", 11, 3)).toBeGreaterThan(5);
    // Taking out a word that the text needs reads worse (宪法法律法规 → 宪法法规).
    expect(doubledCharacterMargin("加强宪法法律法规宣传", 4, 2)).toBeLessThan(0);
    // A length of 1 is the single character's margin.
    expect(doubledCharacterMargin("依法法行政", 2, 1)).toBe(doubledCharacterMargin("依法法行政", 2));
  });
});

describe("a dropped character", () => {
  it("is proposed by the dictionary words that run through the gap", async () => {
    const { gapCompletions } = await import("../src/segment.js");
    const chars = (prefix: string, after: string, two: number) => gapCompletions(prefix, after, two).map((c) => String.fromCharCode(c));
    expect(chars("数据", "全法", 0)).toContain("安");
    expect(chars("宣传", "育活", 0)).toContain("教");
    expect(chars("人", "政府", 0)).toContain("民");
    expect(chars("人", "政府", 0)).not.toContain("大");
    // A one-character prefix also proposes the ends of its most frequent two-character words.
    expect(chars("法", "政府", 10).length).toBeGreaterThan(0);
    expect(chars("法", "政府", 10).length).toBeLessThanOrEqual(10 + chars("法", "政府", 0).length);
  });

  it("is found where the model agrees (依法政 → 依法行政), and nothing is inserted into correct text", () => {
    const missing = (text: string) => findSpellingSuspects(text, { candidates: confusables }).filter((s) => s.kind === "missing");
    expect(missing("全面推进依法政，加快建设法治政府。").map((s) => [s.index, s.replacement])).toEqual([[6, "行政"]]);
    expect(missing("全面推进依法行政，加快建设法治政府。")).toEqual([]);
    expect(missing("深入开展法治宣传教育活动。")).toEqual([]);
  });

  it("is never put before half of a character outside the BMP (a word's end is looked for before punctuation, not there)", () => {
    // 政|府 lost before punctuation is found; before 𠀀 (U+20000, two code units) the same gap is not a place to insert
    // at: the suspect would name the pair's first half (fuzz/corpus/range-9ed7bdd2bf.txt).
    const find = (text: string) => findSpellingSuspects(text, { candidates: confusables });
    expect(find("某某镇人民政，").map((s) => [s.kind, s.index])).toContainEqual(["missing", 6]);
    for (const text of ["某某镇人民政\u{20000}府", "某某镇人民政\u{b7100}皡槃", "互联\u{1f600}+体育"]) {
      for (const s of find(text)) {
        const at = text.charCodeAt(s.index);
        expect(at >= 0xdc00 && at <= 0xdfff).toBe(false);
        expect(at >= 0xd800 && at <= 0xdbff && s.length === 1).toBe(false);
      }
    }
  });
});
