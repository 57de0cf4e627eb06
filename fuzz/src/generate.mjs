// Inputs for the fuzzer, from a seeded generator (the same seed gives the same inputs).
//
// Classes (CLASSES below; each input names its class, and the reliability table counts by it):
// - report:   a report from a grammar — title, 发文字号, opening, headings of every level in
//             several numbering systems (in order, skipped, repeated), paragraphs of real prose
//             (the seeds' and the corpus's), lists, quotes, tables, code, front matter, closing;
//             Markdown or plain text; then a few mutations;
// - mutation: a seed report with lines deleted, doubled, swapped, cut, half-widthed, garbled;
// - unicode:  random code points of every awkward class (lone surrogates, controls, astral,
//             combining, bidi, full-width, CJK punctuation, line and paragraph separators);
// - numbering: long runs of mixed heading markers;
// - nesting:  Markdown quotes and lists nested up to past the engine's limit;
// - runs:     one character, word, mark or Markdown delimiter repeated up to thousands of times, inside prose;
// - breaks:   prose whose line breaks are CR, CRLF, LF, U+2028/2029 or missing;
// - mojibake: text encoded one way and decoded another, mixed with the original.

/** Small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (a) => a[int(a.length)], chance: (p) => next() < p };
}

const DEBRIS = [
  "一、", "（一）", "(二)", "1.", "1、", "（1）", "(1)", "①", "一是", "二是", "第一，", "第二，", "思想思想", "的的", "。。", "，，", ",", ";", ":", "(", ")", "）", "“", "”", "\"",
  "《治安处罚法》", "《中华人民共和国行政处罚法》", "《行政许可证法》", "法制建设", "金发【2024】2号", "2021 年度", "2023年度", " and ", "[bookmark: _GoBack]", "[bookmark: _Toc1]",
  "\u200b", "\ufeff", "\ufffd", "\u00a0", "\u3000", "\u202e", "\u200f", "\u061c", "e\u0301", "\u0301\u0301\u0301", "\ud800", "\udfff", "😀", "𠀋", "\u2028", "\u2029", "\u0085",
  "\n- 3 -\n", "\n", "\r\n", "\r", "\n\n", "　　", "  ", "\t", "【待填写】", "XX县", "××镇", "#", "## ", "### ", "```", "<!-- report-lint-disable -->",
  "<!-- report-lint-enable -->", "> ", "- ", "* ", "|a|b|", "<div>", "</div>", "\\", "\u0000", "\u0007", "...", "……", "——", "—", "~", "%", "％",
];

/** Code points from every plane and every awkward class. */
function randomCodePoint(r) {
  switch (r.int(11)) {
    case 0: return String.fromCharCode(0xd800 + r.int(0x800)); // lone surrogate
    case 1: return String.fromCharCode(r.int(0x20)); // control
    case 2: return String.fromCodePoint(0x10000 + r.int(0x100000 - 0x10000)); // astral
    case 3: return String.fromCharCode(0x300 + r.int(0x70)); // combining
    case 4: return r.pick(["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069", "\u061c"]); // bidi
    case 5: return String.fromCharCode(0x3000 + r.int(0x40)); // CJK punctuation
    case 6: return String.fromCharCode(0xff00 + r.int(0xf0)); // full-width forms
    case 7: return String.fromCharCode(0x20 + r.int(0x5f)); // ASCII
    case 8: return r.pick(["\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\r", "\n"]); // separators
    default: return String.fromCharCode(0x4e00 + r.int(0x5200)); // CJK
  }
}

export function randomString(r, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += r.chance(0.3) ? r.pick(DEBRIS) : randomCodePoint(r);
  return s;
}

/** Text encoded one way and decoded another: the debris of a half-converted file. */
function mojibake(r, core, text) {
  const bytes = Buffer.from(core.encode(text, r.pick(["gb18030", "utf-16le", "utf-16be", "utf-8"]), false));
  return r.pick([() => bytes.toString("latin1"), () => bytes.toString("utf8"), () => new TextDecoder("gb18030").decode(Buffer.from(text, "utf8"))])();
}

// ---------------------------------------------------------------- the report grammar

const CN = "一二三四五六七八九十";
const cn = (n) => (n < 10 ? CN[n] : n < 20 ? `十${n === 10 ? "" : CN[n - 11]}` : `${CN[Math.floor(n / 10) - 1]}十${n % 10 === 0 ? "" : CN[(n % 10) - 1]}`);
/** Heading markers by level, as reports write them (GB/T 9704: 一、（一）1.（1）), and others they use. */
const LEVELS = [
  (n) => `${cn(n)}、`,
  (n) => `（${cn(n)}）`,
  (n) => `${n + 1}.`,
  (n) => `（${n + 1}）`,
  (n) => "①②③④⑤⑥⑦⑧⑨⑩"[n % 10],
  (n) => `${cn(n)}是`,
  (n) => `第${cn(n)}，`,
  (n) => `(${n + 1})`,
  (n) => `${n + 1}、`,
];
const HEADINGS = ["总体情况", "主要举措和成效", "加强党对法治政府建设的领导", "依法全面履行政府职能", "健全依法行政制度体系", "严格规范公正文明执法", "存在的不足和原因", "下一年度工作安排", "强化行政权力制约和监督", "党政主要负责人履行推进法治建设第一责任人职责情况"];
const ORGANS = ["某某镇人民政府", "某某县司法局", "某某区人民政府", "某某街道办事处", "某某市人民政府", "某某县市场监督管理局"];

/** Where the prose comes from: the sentences of the seeds and the corpus, split once. */
export function proseOf(texts) {
  const out = [];
  for (const t of texts) {
    for (const line of t.split(/\r?\n/u)) {
      for (const sentence of line.trim().split(/(?<=[。！？；])/u)) if (sentence.length >= 6 && sentence.length <= 150) out.push(sentence);
    }
  }
  return out;
}

function paragraph(r, prose) {
  let p = r.pick(prose);
  for (let k = r.chance(0.3) ? 1 + r.int(3) : 0; k > 0; k--) p += r.pick(prose);
  return (r.chance(0.8) ? "　　" : "") + p;
}

/** A report from the grammar; Markdown when `md`. */
function report(r, prose, md) {
  const out = [];
  const year = 2016 + r.int(12);
  if (md && r.chance(0.2)) out.push("---", `title: ${year}年度法治政府建设情况报告`, `organ: ${r.pick(ORGANS)}`, "---", "");
  out.push(`${md && r.chance(0.6) ? "# " : ""}${r.pick(ORGANS)}关于${year}年度法治政府建设情况的报告`);
  if (r.chance(0.5)) out.push(r.pick([`某府发〔${year + 1}〕${1 + r.int(40)}号`, `某法〔${year + 1}〕${r.int(9)}号`, `某委法${year + 1}${r.int(9)}`, `某发【${year + 1}】3号`]));
  out.push(paragraph(r, prose));
  // Mostly a page or two; one in twenty a whole report.
  const whole = r.chance(0.05);
  const sections = 1 + r.int(whole ? 7 : 2);
  const levels = whole ? 1 + r.int(4) : r.chance(0.3) ? 2 : 1;
  const system = r.chance(0.8) ? [0, 1, 2, 3] : [r.int(LEVELS.length), r.int(LEVELS.length), r.int(LEVELS.length), r.int(LEVELS.length)];
  const heading = (level, n) => {
    const marker = LEVELS[system[level]](n);
    const title = r.pick(HEADINGS);
    const hashes = md && r.chance(0.5) ? `${"#".repeat(level + 2)} ` : "";
    return hashes + marker + title + (r.chance(0.15) ? "。" : "") + (r.chance(0.1) ? paragraph(r, prose) : "");
  };
  const block = (depth) => {
    switch (r.int(md ? 9 : 5)) {
      case 0: return Array.from({ length: 1 + r.int(4) }, (_, k) => `${r.chance(0.5) ? `${cn(k)}是` : ""}${r.pick(prose)}`).join("");
      case 1: case 2: case 3: case 4: return paragraph(r, prose);
      case 5: return Array.from({ length: 1 + r.int(5) }, (_, k) => `${"  ".repeat(r.int(depth + 1))}${r.chance(0.5) ? "- " : `${k + 1}. `}${r.pick(prose)}`).join("\n");
      case 6: return Array.from({ length: 1 + r.int(3) }, () => `${"> ".repeat(1 + r.int(3))}${r.pick(prose)}`).join("\n");
      case 7: return `| 项目 | 数量 |\n| --- | --- |\n${Array.from({ length: 1 + r.int(5) }, () => `| ${r.pick(prose).slice(0, 12)} | ${r.int(1000)} |`).join("\n")}`;
      default: return `\`\`\`\n${r.pick(prose)}\n\`\`\``;
    }
  };
  const walk = (level) => {
    const count = 1 + r.int(level === 0 ? sections : whole ? 4 : 2);
    for (let i = 0; i < count; i++) {
      // Numbering: mostly in order, sometimes skipped or repeated.
      const n = r.chance(0.9) ? i : r.chance(0.5) ? i + 1 : Math.max(0, i - 1);
      out.push(heading(level, n));
      for (let b = r.int(whole ? 3 : 2); b > 0; b--) out.push(block(level));
      if (level + 1 < levels && r.chance(0.6)) walk(level + 1);
    }
  };
  walk(0);
  out.push("", `${r.pick(ORGANS)}`, `${year + 1}年${1 + r.int(12)}月${1 + r.int(28)}日`);
  return out.join(md ? "\n\n" : "\n");
}

// ---------------------------------------------------------------- other classes

function mutate(r, core, text) {
  const lines = text.split("\n");
  const ops = 1 + r.int(12);
  for (let k = 0; k < ops; k++) {
    const i = r.int(Math.max(lines.length, 1));
    const line = lines[i] ?? "";
    switch (r.int(11)) {
      case 0: lines.splice(i, 1); break;
      case 1: lines.splice(i, 0, line); break;
      case 2: lines[i] = r.pick(DEBRIS) + line; break;
      case 3: lines[i] = line + r.pick(DEBRIS); break;
      case 4: { const p = r.int(line.length + 1); lines[i] = line.slice(0, p) + randomString(r, 1 + r.int(6)) + line.slice(p); break; }
      case 5: { const p = r.int(line.length + 1); lines[i] = line.slice(0, p) + line.slice(p + 1 + r.int(5)); break; }
      case 6: lines[i] = line.replace(/，/gu, ",").replace(/。/gu, "."); break;
      case 7: lines[i] = mojibake(r, core, line.slice(0, 40)); break;
      case 8: { const j = r.int(lines.length); [lines[i], lines[j]] = [lines[j] ?? "", line]; break; }
      case 9: { const p = r.int(line.length + 1); const w = line.slice(p, p + 1 + r.int(4)); lines[i] = line.slice(0, p) + w + line.slice(p); break; } // a doubled stretch
      default: lines[i] = line.repeat(2 + r.int(4));
    }
  }
  return lines.join(r.pick(["\n", "\n", "\r\n", "\r"]));
}

function numbering(r) {
  let s = "";
  const count = 1 + r.int(r.chance(0.05) ? 300 : 20);
  for (let i = 0; i < count; i++) {
    s += `${r.chance(0.2) ? "#".repeat(1 + r.int(6)) + " " : ""}${r.pick(LEVELS)(r.int(30))}${r.chance(0.5) ? r.pick(HEADINGS) : randomString(r, r.int(12))}${r.pick(["\n", "。\n", "\n　　全面推进依法行政。\n", "\n\n"])}`;
  }
  return s;
}

function nesting(r, prose) {
  const depth = 1 + r.int(r.chance(0.1) ? 40 : 10);
  const lines = [];
  for (let k = 0; k < 1 + r.int(3); k++) {
    let prefix = "";
    for (let d = 0; d < depth; d++) prefix += r.pick(["> ", "- ", "* ", "  ", "1. ", ">"]);
    lines.push(prefix + r.pick(prose));
  }
  return lines.join("\n");
}

function runs(r, prose) {
  // Words and marks, and Markdown's delimiters, whose runs some parsers rescan from each one.
  const unit = r.pick(["学习", "一是", "的", "，", "。", "思想", " ", "　", "\r", "（", "）", "“", "、", "1.", "一、", "\u200b", "A", "法治政府建设", "*a", "_a", "a~", "^[a]", "`a", "[x]: a\n", "1) ", "a.", "1", "<a", "[a](", r.pick(prose).slice(0, 1 + r.int(9))]);
  const run = unit.repeat(3 + r.int(r.chance(0.05) ? 3000 : 60));
  const p = r.pick(prose);
  const at = r.int(p.length + 1);
  return p.slice(0, at) + run + p.slice(at) + (r.chance(0.5) ? `\n${r.pick(prose)}` : "");
}

function breaks(r, prose) {
  const sep = r.pick(["\r", "\r\n", "\n", "\u2028", "\u2029", "\u0085", "\r\r\n", "\n\r", ""]);
  return Array.from({ length: 1 + r.int(r.chance(0.1) ? 12 : 5) }, (_, k) => (k % 3 === 0 ? `${LEVELS[0](k)}${r.pick(HEADINGS)}` : paragraph(r, prose))).join(sep);
}

export const CLASSES = ["report", "mutation", "unicode", "numbering", "nesting", "runs", "breaks", "mojibake"];

/**
 * One input: { kind, text, filePath }. `prose`: paragraphs (proseOf); `seeds`: whole seed
 * reports; `core`: @report-lint/core (for encodings). Sizes are mostly small, sometimes large,
 * at most `maxChars`.
 */
export function generate(r, { core, seeds, prose }, maxChars) {
  const roll = r.int(100);
  const md = r.chance(0.35);
  let kind;
  let text;
  if (roll < 34) {
    kind = "report";
    text = report(r, prose, md);
    if (r.chance(0.5)) text = mutate(r, core, text);
  } else if (roll < 46) {
    kind = "mutation";
    const seed = r.pick(seeds);
    const start = r.int(seed.length);
    text = mutate(r, core, r.chance(0.02) ? seed : seed.slice(start, start + 20 + r.int(r.chance(0.1) ? 3000 : 200)));
  } else if (roll < 60) {
    kind = "unicode";
    text = randomString(r, r.int(r.chance(0.03) ? 3000 : 120));
  } else if (roll < 68) {
    kind = "numbering";
    text = numbering(r);
  } else if (roll < 74) {
    kind = "nesting";
    text = nesting(r, prose);
  } else if (roll < 86) {
    kind = "runs";
    text = runs(r, prose);
  } else if (roll < 96) {
    kind = "breaks";
    text = breaks(r, prose);
  } else {
    kind = "mojibake";
    const p = r.pick(prose);
    text = `${mojibake(r, core, p)}\n${p}\n${mojibake(r, core, r.pick(prose))}`;
  }
  return { kind, text: text.slice(0, maxChars), filePath: md || kind === "nesting" ? "r.md" : "r.txt" };
}
