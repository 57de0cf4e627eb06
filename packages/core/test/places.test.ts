import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { PlaceNamesError, insidePlaceName, isPlaceName, placeNamesError, placeSlips, placeSlipsInDocument, setPlaceNamesFile } from "../src/places.js";
import { findSpellingSuspects } from "../src/spelling.js";
import { confusables } from "../src/confusion.js";

const BUILT = fileURLToPath(new URL("../dist/jieba/places.bin", import.meta.url));
const SCRIPT = fileURLToPath(new URL("../scripts/build-places.mjs", import.meta.url));

const temp = mkdtempSync(join(tmpdir(), "report-lint-places-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const whole = (name: string): boolean => isPlaceName(name, 0, name.length);

describe("the place-name list (places.bin)", () => {
  it("has the divisions at every level, as a report writes them", () => {
    // A province, a prefecture, counties (one of two characters), townships, a village's committee as its village, a
    // neighbourhood's as its community.
    for (const name of ["内蒙古自治区", "张家口市", "潞州区", "彬州市", "平远县", "攸县", "梓山镇", "北景乡", "税镇镇", "栗山村", "胡巷村", "多福巷社区"]) {
      expect(whole(name), name).toBe(true);
    }
  });

  it("has no slip of a real name, no word of two characters, nothing but Chinese names", () => {
    // 鸿泽区 is 淮安市's 洪泽区 mistyped; 新村 and 城区 are words (a village's two-character name is left out).
    for (const name of ["鸿泽区", "新村", "城区", "街道", "102社区", "潞州", "州区", "潞州区委", ""]) expect(whole(name), name).toBe(false);
    expect(isPlaceName("在潞州区召开", 1, 4)).toBe(true);
    expect(isPlaceName("在潞州区召开", 0, 4)).toBe(false);
  });

  it("finds the name a character or a gap lies in, on either side", () => {
    const text = "洞口县桐山乡综合行政执法队";
    expect(insidePlaceName(text, 2, 3)).toBe(true); // 县, in 洞口县
    expect(insidePlaceName(text, 3, 4)).toBe(true); // 桐, in 桐山乡
    expect(insidePlaceName(text, 2, 4)).toBe(false); // 县桐: no one name holds both
    expect(insidePlaceName(text, 1, 1)).toBe(true); // the gap in 洞|口县
    expect(insidePlaceName(text, 3, 3)).toBe(false); // the gap between the two names
    expect(insidePlaceName(text, 7, 8)).toBe(false); // 行
  });

  it("answers at the text's edges and for odd text without throwing", () => {
    for (const text of ["", "县", "攸县", "\ud800县", "😀攸县"]) {
      for (let a = 0; a <= text.length; a++) for (let b = a; b <= text.length; b++) expect(() => insidePlaceName(text, a, b)).not.toThrow();
    }
    expect(insidePlaceName("攸县", 0, 1)).toBe(true);
  });
});

describe("placeSlips: a division's name after its parent's that the parent does not have", () => {
  const slips = (text: string) => placeSlips(text).map((s) => [s.index, s.written, s.meant, s.parent, s.kind]);

  it("finds one character alike in sound or shape that makes one of the parent's divisions", () => {
    // (府's candidates have no 涪, a rare character; 涪's have 府: asked either way round.)
    expect(slips("绵阳市府城区人民政府严格落实重大行政决策程序。")).toEqual([[3, "府城区", "涪城区", "绵阳市", "homophone"]]);
    expect(slips("阳朔县高舔镇人民政府开展普法宣传。")).toEqual([[4, "高舔镇", "高田镇", "阳朔县", "homophone"]]);
    expect(slips("会同沈阳市伸河区、铁西区开展执法检查。")).toEqual([[5, "伸河区", "沈河区", "沈阳市", "homophone"]]);
    // One of ECSpell's sentences.
    expect(slips("西安市莲护区桃园路街道")).toEqual([[4, "莲护区", "莲湖区", "西安市", "homophone"]]);
  });

  it("leaves real pairs, names without their parent and made-up places alone", () => {
    for (const text of [
      "绵阳市涪城区人民政府严格落实重大行政决策程序。",
      "北京市朝阳区和长春市朝阳区",
      "阳朔县高田镇、白沙镇",
      "府城区人民政府严格落实重大行政决策程序。", // no parent before it
      "嵩原市伏牛区人民政府", // a made-up city: no parent in the list
      "绵阳市人民政府", // no division's name after the parent
      "全市县区两级开展执法检查。",
    ]) {
      expect(slips(text), text).toEqual([]);
    }
  });

  it("never throws on odd text", () => {
    for (const text of ["", "市", "市区", "绵阳市", "绵阳市\ud800区", "绵阳市😀城区", "市".repeat(50), "绵阳市府城区".repeat(20)]) expect(() => placeSlips(text)).not.toThrow();
  });
});

describe("placeSlipsInDocument: a division's name alone, in a document that names its parent often", () => {
  const report = (...body: string[]) => ["阳朔县人民政府2025年法治政府建设年度报告", "2025年，阳朔县坚持依法行政。", ...body, "阳朔县人民政府"];
  const slips = (texts: string[]) => placeSlipsInDocument(texts).map((s) => [s.paragraph, s.index, s.written, s.meant, s.parent]);

  it("reads the names against the divisions of the parent the document names three times or more", () => {
    expect(slips(report("指导白沙镇、高舔镇规范行政执法行为。"))).toEqual([[2, 7, "高舔镇", "高田镇", "阳朔县"]]);
    expect(slips(report("在高舔镇开展普法宣传。"))).toEqual([[2, 2, "高舔镇", "高田镇", "阳朔县"]]);
  });

  it("leaves the parent's real divisions, a parent named less often, and words ending like a name alone", () => {
    expect(slips(report("指导白沙镇、高田镇规范行政执法行为，推进新型城镇化。"))).toEqual([]);
    // Named twice: not the document's own.
    expect(slips(["2025年，阳朔县坚持依法行政。", "指导白沙镇、高舔镇规范行政执法行为。", "阳朔县人民政府"])).toEqual([]);
    // 城镇 after 型, 城市 after 者: no name starts there.
    expect(slips(report("或者城市垃圾、新型城镇化"))).toEqual([]);
  });

  it("answers a paragraph seen in the last document as if weighed again (an editor's check after a keystroke)", () => {
    const body = "指导白沙镇、高舔镇规范行政执法行为，阳朔县府城区";
    const first = slips(report(body, "在高舔镇开展普法宣传。"));
    expect(first.length).toBeGreaterThan(0);
    // The same paragraphs, now in another order and one of them changed: each finding follows its paragraph.
    const sorted = (list: unknown[][]) => list.map((s) => JSON.stringify(s)).sort();
    expect(sorted(slips(report("在高舔镇开展普法宣传。", body)))).toEqual(sorted(first.map(([p, ...rest]) => [p === 2 ? 3 : 2, ...rest])));
    // Without the title and signature the parent is named too seldom: only what follows a parent's name is left.
    const alone = slips([body, "在高舔镇开展普法宣传。"]);
    expect(alone.every(([p]) => p === 0)).toBe(true);
    // A slip right after its parent's name is found however the paragraph was met before.
    expect(slips(["绵阳市府城区召开会议。"])).toEqual(slips(["绵阳市府城区召开会议。"]));
    expect(slips(["绵阳市府城区召开会议。"])).toEqual([[0, 3, "府城区", "涪城区", "绵阳市"]]);
  });
});

describe("wrong-character's search beside real places", () => {
  const suspects = (text: string) => findSpellingSuspects(text, { candidates: confusables });

  it("leaves a real place's name alone, whatever word a change makes of it", () => {
    // Each of these was told at the commit before the list (潞州区 → 泸州区, 北景乡 → 北京乡, 网户村 → 用户村 …).
    for (const text of [
      "潞州区委依法治县办公室印发年度工作要点，督促潞州区各部门落实。",
      "北景乡党委书记带头讲法治课，北景乡人大主席团开展执法检查。",
      "指导网户村完善“一约四会”制度。",
      "洞口县桐山乡综合行政执法队依法查处违法建设12起。",
    ]) {
      expect(suspects(text), text).toEqual([]);
    }
  });

  it("leaves villages named without 村 alone in a 、 list after their township's name", () => {
    // 汪口村 and 晓起村 are real villages; the list follows 江湾镇.
    expect(suspects("假期，对江湾镇篁岭、汪口、晓起，秋口镇李坑开展检查。")).toEqual([]);
    // What is no village's name is judged as ever.
    expect(suspects("对江湾镇篁岭、汪口、晓起等景区持旭开展检查。").map((s) => s.replacement)).toEqual(["续"]);
  });

  it("still tells a slip that makes no real name (鸿泽区 for 洪泽区), and a slip beside a real name", () => {
    expect(suspects("在淮安市鸿泽区召开全市行政执法协调监督工作现场推进会。").map((s) => s.replacement)).toEqual(["洪"]);
    expect(suspects("潞州区委依法治县办公室印发年度工作要点，持旭推进法治政府建设。").map((s) => s.replacement)).toEqual(["续"]);
  });
});

describe("build-places.mjs", () => {
  it("writes the same bytes every run, and the build's file is current", async () => {
    const run = promisify(execFile);
    const dirs = [join(temp, "a"), join(temp, "b")];
    await Promise.all(dirs.map((d) => run(process.execPath, [SCRIPT, d])));
    const [a, b] = dirs.map((d) => readFileSync(join(d, "places.bin")));
    expect(a!.equals(b!)).toBe(true);
    expect(a!.equals(readFileSync(BUILT))).toBe(true);
    expect(readFileSync(join(dirs[0]!, "PLACES-NOTICE"), "utf8")).toContain("国家统计局");
  }, 60_000);
});

describe("a missing or corrupt places.bin", () => {
  afterEach(() => setPlaceNamesFile(null));

  const corrupt = (name: string, bytes: Uint8Array): string => {
    const file = join(temp, name);
    writeFileSync(file, bytes);
    return file;
  };

  it("says so in one line that names the file, and every lookup throws it", () => {
    const good = readFileSync(BUILT);
    const badMagic = Buffer.from(good);
    badMagic[0] = 0;
    const oldVersion = Buffer.from(good);
    oldVersion.writeUInt32LE(2, 4); // the list before the parents' divisions
    const lastCut = Buffer.from(good);
    lastCut.writeUInt16LE(0x6751, good.length - 2); // the last newline overwritten
    const files = [join(temp, "missing.bin"), corrupt("short.bin", good.subarray(0, good.length - 2)), corrupt("magic.bin", badMagic), corrupt("version.bin", oldVersion), corrupt("end.bin", lastCut)];
    for (const file of files) {
      setPlaceNamesFile(file);
      const error = placeNamesError();
      expect(error, file).toBeInstanceOf(PlaceNamesError);
      expect(error!.message).toContain(file);
      expect(error!.message).not.toContain("\n");
      expect(() => isPlaceName("潞州区", 0, 3)).toThrow(PlaceNamesError);
    }
    setPlaceNamesFile(null);
    expect(placeNamesError()).toBeNull();
  });
});
