import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SEEDS_URL } from "./seeds.js";

/** The shared corpus of real reports, next to the repository (a directory path ending in /). */
export const SEEDS_DIR = fileURLToPath(SEEDS_URL);

/** Correct official sentences, one per line, that no rule may flag (the false-positive guard). */
export const CORRECT_SENTENCES_DIR = fileURLToPath(new URL("./correct-sentences/", import.meta.url));

export function seed(name: string): string {
  return readFileSync(`${SEEDS_DIR}${name}`, "utf8");
}

/** A short report of the annual profile, every mandatory item present, in plain text. */
export const REPORT = [
  "中共新华镇委员会 新华镇人民政府",
  "关于2023年度法治政府建设情况的报告",
  "",
  "县委、县政府：",
  "",
  "一、2023年推进法治政府建设的主要举措和成效",
  "",
  "（一）坚持依法科学民主决策",
  "",
  "严格落实重大行政决策程序，全年召开党委会研究重大事项12次，均经合法性审查。",
  "",
  "（二）深入推进严格规范公正文明执法",
  "",
  "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。",
  "",
  "二、党政主要负责人履行推进法治建设第一责任人职责情况",
  "",
  "镇党委书记、镇长切实履行第一责任人职责，带头尊法学法守法用法。",
  "",
  "三、存在的不足和原因",
  "",
  "一是法治宣传教育形式较为单一。二是执法人员专业素质有待提高。",
  "",
  "四、2024年工作安排",
  "",
  "一是加强法治队伍建设。二是深化法治宣传教育。",
  "",
  "中共新华镇委员会",
  "",
  "2024年1月15日",
  "",
].join("\n");

/** REPORT without the section of `heading` (the heading line up to the next top-level heading), renumbered. */
export function withoutSection(text: string, heading: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.includes(heading));
  if (start < 0) throw new Error(`no heading ${heading}`);
  let end = start + 1;
  while (end < lines.length && !/^[一二三四五六七八九十]、/u.test(lines[end]!) && !/^中共/u.test(lines[end]!)) end++;
  const kept = [...lines.slice(0, start), ...lines.slice(end)];
  const numerals = "一二三四五六七八九十";
  let n = 0;
  return kept.map((l) => (/^[一二三四五六七八九十]、/u.test(l) ? `${numerals[n++]}${l.slice(1)}` : l)).join("\n");
}
