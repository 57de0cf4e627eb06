/**
 * document-number — the shape of a 发文字号, `机关代字〔年份〕序号号` (GB/T 9704-2012 7.2.5):
 * the year in hexagonal brackets 〔〕 (not 【】 [] ［］ （）), a full four-digit year, the
 * serial number without leading zeros (不编虚位) and without 第, closed by 号. Both the
 * header's number (`金发【2024】2号`) and numbers cited in the body
 * (`（丰都府办发〔2024〕15号）`) are checked.
 *
 * A candidate needs Chinese characters (the 机关代字) right before the year and a serial
 * number after it. The complete shape `代字［年份］序号号` is distinctive enough on its own;
 * shapes with a bracket or 号 missing also need a 代字 ending in a typical suffix (发 字 函
 * 办 …), so `公告2024年第2号`, `（2021—2025年）`, a bare `〔2023〕` and court case numbers
 * `（2024）渝0230民初1号` are left alone. Brackets are fixed; numbers are only reported.
 * In the header, a line that is nothing but a 代字 and digits (`X委法20235`, `金发20242号`) is
 * a number whose brackets (and 号) were lost: its year is the first four digits, and the fix
 * writes `X委法〔2023〕5号`.
 */
import { asciiDigits, isHanUnit, unitTest } from "../chars.js";
import { defineRule } from "../define-rule.js";

export const CANDIDATE =
  /(\p{Script=Han}{1,20})[ \u3000]?([〔【[［（(﹝〖｛{])?[ \u3000]*([0-9０-９]{2,4})[ \u3000]*([〕】\]］）)﹞〗｝}])?[ \u3000]*(第)?[ \u3000]*([0-9０-９]{1,4})(?![0-9０-９.．])(?:[ \u3000]*(号))?/gu;
// Typical endings of a 机关代字: 国发 国办发 京政字 川府函 司办通 京政复 法释 国办发明电 沪府规 丰府任 …
const SUFFIX = /(?:发|字|函|办|文|通|复|呈|报|令|电|规|任|释|传)$/u;
const PAIRS: Record<string, string> = { "〔": "〕", "【": "】", "[": "]", "［": "］", "（": "）", "(": ")", "﹝": "﹞", "〖": "〗", "｛": "｝", "{": "}" };
/** A header line that is only a 代字 and year and serial run together: X委法20235, 金发20242号. */
const GLUED = /^(\p{Script=Han}{2,12}?)[ \u3000]*((?:19|20)\d{2})(\d{1,4})[ \u3000]*(号)?$/u;
// 号 followed by these is a house or line number (3号楼), not a document number.
const NOT_DOC = /^号[楼院房室线路街门馆台站机车位]/u;
// After a number without 号: the end of the citation, not a list (1、2号) or a quantity.
const CITATION_END = /^(?:$|[\s）)，。；：”’」』\]】])/u;

const isDigit = unitTest(/[0-9０-９]/u);
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
const isSpace = (code: number): boolean => code === 0x20 || code === 0x3000;
const OPENERS = new Set(Object.keys(PAIRS).map((c) => c.charCodeAt(0)));
const STICKY = new RegExp(CANDIDATE.source, "uy");

/**
 * The matches of CANDIDATE in `line`, exactly as `line.matchAll(CANDIDATE)` gives them, without
 * trying the expression at every Chinese character (it backtracks through up to twenty at each).
 * A match's year is the start of a run of digits, and before it, going back, come spaces, an
 * optional bracket, an optional space and the 代字, which ends right there and is at most twenty
 * characters long. So for each run of digits only the twenty places before it can start a match:
 * the expression is tried there, in order, and nowhere else. Where the 代字 holds a character
 * outside the BMP (two code units), forty places are tried instead.
 */
export function* candidates(line: string): Generator<RegExpExecArray> {
  let from = 0;
  for (let d = 0; d < line.length; d++) {
    const code = line.charCodeAt(d);
    if (!isDigit(code) || (d > 0 && isDigit(line.charCodeAt(d - 1)))) continue;
    let j = d;
    while (j > from && isSpace(line.charCodeAt(j - 1))) j--;
    if (j > from && OPENERS.has(line.charCodeAt(j - 1))) {
      j--;
      if (j > from && isSpace(line.charCodeAt(j - 1))) j--;
    }
    const end = j;
    let start = end;
    let astral = false;
    while (start > from && end - start < 40) {
      const c = line.charCodeAt(start - 1);
      if (isSurrogate(c)) astral = true;
      else if (!isHanUnit(c)) break;
      start--;
      if (!astral && end - start >= 20) break;
    }
    if (start === end) continue;
    for (let s = start; s < end; s++) {
      STICKY.lastIndex = s;
      const m = STICKY.exec(line);
      if (m === null) continue;
      yield m;
      from = s + m[0].length;
      // Go on after the match: its own digits are not the start of another year.
      d = from - 1;
      break;
    }
  }
}


export default defineRule(
  {
    id: "document-number",
    name: "发文字号格式",
    description: "检查发文字号“机关代字〔年份〕序号号”的格式：六角括号、四位年份、序号不编虚位、不加“第”、以“号”结尾",
    summary: "Checks 发文字号 (机关代字〔YYYY〕N号): hexagonal brackets, four-digit year, no leading zeros, no 第, a closing 号.",
    fixable: true,
    severity: "error",
    optionsSchema: { properties: {}, additionalProperties: false },
    defaults: {},
    messages: {
      bracket: "发文字号年份应使用六角括号，“{found}”应改为“{expected}”",
      unclosed: "发文字号年份的六角括号不完整，“{found}”应改为“{expected}”",
      noBracket: "发文字号年份缺少六角括号，“{found}”应改为“{expected}”",
      year: "发文字号年份“{year}”应使用四位数字，如“{expected}”",
      leadingZero: "发文字号序号不编虚位，“{found}”应改为“{expected}”",
      di: "发文字号序号前不应加“第”，应删除",
      hao: "发文字号“{found}”缺少“号”，应补充为“{expected}”",
      glued: "发文字号“{found}”缺少六角括号和“号”，应改为“{expected}”",
    },
  },
  ({ text, model, report }) => {
    // The header's number on a line of its own with brackets and year run together (X委法20235,
    // 金发20242号): the year is four digits, so where the serial starts is known there.
    const firstSection = model.sections[0]?.headingRange[0] ?? Infinity;
    for (const p of model.paragraphs.slice(0, 8)) {
      if (p.range[0] >= firstSection) break;
      const m = GLUED.exec(p.text.trim());
      if (m === null) continue;
      const [, code = "", year = "", num = "", hao] = m;
      const start = p.range[0] + p.text.indexOf(p.text.trim()) + code.length;
      const end = start + m[0].length - code.length;
      const expected = `〔${year}〕${num.replace(/^0+(?=\d)/u, "")}号`;
      report({ range: [start, end], messageId: hao === undefined ? "glued" : "noBracket", data: { found: text.slice(start, end), expected }, fix: { text: expected } });
    }
    for (const p of model.paragraphs) {
      if (p.kind === "code" || p.kind === "html") continue;
      const [lo] = p.range;
      const line = p.text;
      for (const m of candidates(line)) {
        const [whole, code = "", open, year = "", close, di, num = "", hao] = m;
        const at = (part: string, from: number): number => lo + m.index + whole.indexOf(part, from);
        const yearStart = at(year, code.length);
        const yearEnd = yearStart + year.length;
        const numStart = lo + m.index + whole.lastIndexOf(num);
        const after = line.slice(m.index + whole.length);
        const typical = SUFFIX.test(code);
        const hexagonal = open === "〔" && close === "〕";
        const fourDigit = /^(?:19|20)\d\d$/u.test(asciiDigits(year));
        if (hao !== undefined && NOT_DOC.test(line.slice(m.index + whole.length - 1))) continue;
        if (year.length === 3) continue;

        if (open !== undefined && close !== undefined) {
          if (PAIRS[open] === undefined) continue;
          if (!hexagonal && !(hao !== undefined && (typical || !"（(".includes(open)))) continue;
          if (year.length === 2 && !(typical && hao !== undefined)) continue;
          if (!fourDigit && year.length === 4) continue;
          const openAt = at(open, code.length);
          const closeEnd = at(close, yearEnd - lo - m.index) + 1;
          if (year.length === 2) {
            report({ range: [yearStart, yearEnd], messageId: "year", data: { year, expected: `〔20${asciiDigits(year)}〕` } });
          } else if (!hexagonal) {
            const found = text.slice(openAt, closeEnd);
            report({ range: [openAt, closeEnd], messageId: "bracket", data: { found, expected: `〔${year}〕` }, fix: { text: `〔${year}〕` } });
          }
        } else {
          // A bracket or both brackets lost: only with a typical 代字, a year and 号.
          if (!typical || hao === undefined || !fourDigit) continue;
          const sepStart = close !== undefined ? at(close, yearEnd - lo - m.index) + 1 : yearEnd;
          const numOrDi = di !== undefined ? at(di, sepStart - lo - m.index) : numStart;
          const start = open !== undefined ? at(open, code.length) : yearStart;
          if (open === undefined && close === undefined && numOrDi === yearEnd) continue; // 金发20242号: cannot tell
          const found = text.slice(start, numOrDi) + num + hao;
          const expected = `〔${year}〕${num}${hao}`;
          const messageId = open === undefined && close === undefined ? "noBracket" : "unclosed";
          report({ range: [start, numOrDi], messageId, data: { found, expected }, fix: { text: `〔${year}〕` } });
        }

        // 第 and leading zeros only in a complete number: 纪要〔2023〕第5期 is an issue number.
        if (di !== undefined && hao !== undefined) {
          const diAt = at(di, yearEnd - lo - m.index);
          report({ range: [diAt, diAt + 1], messageId: "di", fix: { text: "" } });
        }
        if (hao !== undefined && num.length > 1 && /^[0０]/u.test(num)) {
          const trimmed = num.replace(/^[0０]+(?=[0-9０-９])/u, "");
          report({ range: [numStart, numStart + num.length], messageId: "leadingZero", data: { found: `${num}号`, expected: `${trimmed}号` }, fix: { text: trimmed } });
        }
        if (hao === undefined && hexagonal && fourDigit && CITATION_END.test(after)) {
          const found = text.slice(lo + m.index + whole.indexOf(open ?? "〔"), numStart + num.length);
          report({ range: [numStart, numStart + num.length], messageId: "hao", data: { found, expected: `${found}号` } });
        }
      }
    }
  },
);
