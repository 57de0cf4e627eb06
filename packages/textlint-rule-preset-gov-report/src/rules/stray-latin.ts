/**
 * stray-latin — English words left inside Chinese sentences (`行政行为 and 经营服务行为`),
 * usually debris of translation or of typing with the wrong input method. A report is
 * written in standard Chinese (《国家通用语言文字法》第十一条: foreign words in Chinese text
 * need a Chinese explanation); ordinary English words have a Chinese equivalent.
 *
 * Flagged: lowercase English words of two letters or more inside a paragraph that is
 * mostly Chinese. Not flagged: acronyms in capitals (APP, PPP, GDP, OA, ETC), names and
 * titles with capitals (Word, Excel, Wi-Fi, World Justice Project), the allow-list (built
 * in, extended by the `allow` option), anything with digits (5G, PM2.5, H5, O2O, 12345),
 * units after numbers (5 km), URLs, e-mail addresses, file names (xxx.docx), code, an
 * English gloss in brackets or quotes, and paragraphs without Chinese.
 */
import { defineRule } from "../define-rule.js";

/** Words accepted whatever their case (compared in lowercase). Acronyms in capitals are accepted anyway. */
const ALLOW = ["app", "apps", "wifi", "wi-fi", "logo", "email", "e-mail", "pdf", "word", "excel", "powerpoint", "wps", "ppt", "qq", "ipad", "iphone", "wechat", "weibo", "vlog", "blog"];
const UNITS = new Set(["km", "kg", "mg", "g", "cm", "mm", "m", "ml", "l", "t", "kw", "kwh", "mw", "mu", "ha", "min", "h", "s", "db", "ppm", "mpa", "kpa", "kv", "mah", "gb", "mb", "tb", "kb", "hz", "mhz", "ghz", "lux", "mol"]);
const ZH: Record<string, string> = { and: "和", or: "或", is: "是", are: "是", with: "与", but: "但", not: "不", from: "从", by: "由" };

const WORD = /[A-Za-z]+(?:[-'’][A-Za-z]+)*/gu;
const HAN = /\p{Script=Han}/u;

/** The Chinese characters of `line`, counted up to `enough` (all the caller compares with). */
function countHan(line: string, enough: number): number {
  let n = 0;
  for (const ch of line) if (HAN.test(ch) && ++n >= enough) break;
  return n;
}
const MASKS = [
  /(?:https?|ftp):\/\/[^\s\u3000，。；、）)”》]+/giu,
  /www\.[A-Za-z0-9.\-/_%?=&#]+/giu,
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/gu,
  /`[^`\n]*`/gu,
  // Conversion debris is conversion-artifact's business.
  /\[bookmark:[^\]\n]{0,80}\]/gu,
];
const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})$/u;
const OPENERS: Record<string, string> = { "（": "）", "(": ")", "“": "”", "‘": "’", "《": "》", '"': '"', "「": "」", "【": "】", "[": "]" };

type Kind = "candidate" | "neutral" | "name" | "technical";

interface Word {
  start: number;
  end: number;
  kind: Kind;
}

function classify(line: string, start: number, word: string, allow: Set<string>): Kind {
  const before = line[start - 1] ?? "";
  const after = line[start + word.length] ?? "";
  const afterNext = line[start + word.length + 1] ?? "";
  if (/[0-9０-９_./@#:\\&<=+$-]/u.test(before) || /[0-9０-９_/@\\>=+$]/u.test(after)) return "technical";
  if (/[.:-]/u.test(after) && /[A-Za-z0-9]/u.test(afterNext)) return "technical";
  const lower = word.toLowerCase();
  if (allow.has(lower) || word.length === 1 || /^x+$/iu.test(word)) return "neutral";
  if (word === word.toUpperCase()) return "neutral";
  if (word !== lower) return "name";
  if (UNITS.has(lower) && /[0-9０-９][ \u00a0]?$/u.test(line.slice(0, start))) return "technical";
  if (ROMAN.test(lower) || !/[aeiouy]/u.test(lower)) return "neutral";
  return "candidate";
}

/** Is the run the whole content of a bracket or quote pair (an English gloss or title)? */
function enclosed(line: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (s > 0 && /\s/u.test(line[s - 1] ?? "")) s--;
  while (e < line.length && /\s/u.test(line[e] ?? "")) e++;
  const close = OPENERS[line[s - 1] ?? ""];
  return close !== undefined && line[e] === close;
}

export default defineRule(
  {
    id: "stray-latin",
    name: "中文句中夹杂英文",
    description: "检查中文句子中夹杂的英文单词（如“行政行为 and 经营服务行为”），常见缩略语和允许列表中的词除外",
    summary: "Flags English words inside Chinese sentences; capital acronyms, names, units, URLs and an extensible allow-list are accepted.",
    fixable: false,
    severity: "warning",
    optionsSchema: {
      properties: { allow: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true } },
      additionalProperties: false,
    },
    defaults: { allow: [] as string[] },
    messages: {
      word: "中文句中夹杂英文“{word}”，建议改用中文表述",
      suggest: "中文句中夹杂英文“{word}”，建议改为“{zh}”",
    },
  },
  ({ model, options, report }) => {
    const allow = new Set([...ALLOW, ...options.allow].map((w) => w.toLowerCase()));
    for (const p of model.paragraphs) {
      if (p.kind === "code" || p.kind === "html") continue;
      const line = p.text;
      // Most paragraphs have no Latin letter at all: nothing to count there.
      if (!/[A-Za-z]/u.test(line)) continue;
      const latin = line.match(WORD)?.length ?? 0;
      const han = countHan(line, latin + 1);
      // Not a Chinese sentence: no Chinese, or more English words than Chinese characters.
      if (han === 0 || latin === 0 || latin > han) continue;
      const masked = MASKS.flatMap((re) => [...line.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as const));

      const words: Word[] = [];
      for (const m of line.matchAll(WORD)) {
        if (masked.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
        words.push({ start: m.index, end: m.index + m[0].length, kind: classify(line, m.index, m[0], allow) });
      }
      // Words separated by nothing but spaces (or a comma) form one run: an English phrase.
      for (let i = 0; i < words.length; ) {
        let j = i + 1;
        while (j < words.length && /^[ \u00a0,]+$/u.test(line.slice(words[j - 1]!.end, words[j]!.start))) j++;
        const run = words.slice(i, j);
        i = j;
        if (run.some((w) => w.kind === "name" || w.kind === "technical")) continue;
        const flagged = run.filter((w) => w.kind === "candidate");
        const first = flagged[0];
        const last = flagged[flagged.length - 1];
        if (first === undefined || last === undefined) continue;
        if (enclosed(line, run[0]!.start, run[run.length - 1]!.end)) continue;
        const word = line.slice(first.start, last.end);
        const zh = ZH[word];
        const range = [p.range[0] + first.start, p.range[0] + last.end] as const;
        if (zh !== undefined) report({ range, messageId: "suggest", data: { word, zh } });
        else report({ range, messageId: "word", data: { word } });
      }
    }
  },
);
