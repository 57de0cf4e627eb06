import type { Marker } from "@report-lint/schema";
import { parseChineseNumber, toChineseNumber } from "./chinese-number.js";

/** A numbering marker found at the start of a line, with offsets relative to that line's content. */
export interface MarkerMatch {
  text: string;
  start: number;
  end: number;
  style: Marker["style"];
  level: number;
  number: number | null;
  standard: boolean;
  expected: string;
}

const LEVEL: Record<Exclude<Marker["style"], "markdown">, number> = { cn: 1, "cn-paren": 2, num: 3, "num-paren": 4 };

// 一、 (faulty: 一. 一． 一，) — not "一、二季度" or "一、二、三等奖", a list of numerals in a sentence
const CN = /^([一二三四五六七八九十]{1,3})[ \t　]*([、.．,，])(?![一二三四五六七八九十]{1,3}[、季月等级类产])/u;
// （一） (faulty: (一) （一)、（一）、 一）)
const CN_PAREN = /^([（(])[ \t　]*([一二三四五六七八九十]{1,3})[ \t　]*([）)])([、.．，,]?)/u;
const CN_LOST_LEFT = /^([一二三四五六七八九十]{1,3})([）)])([、.．，,]?)/u;
// 1. (faulty: 1、 1，) — not 3.15 or 2023年
const NUM = /^([0-9０-９]{1,2})[ \t　]*([.．、,，])(?![0-9０-９])/u;
// （1） (faulty: (1) 1）)
const NUM_PAREN = /^([（(])[ \t　]*([0-9０-９]{1,2})[ \t　]*([）)])([、.．，,]?)/u;
const NUM_LOST_LEFT = /^([0-9０-９]{1,2})([）)])([、.．，,]?)/u;

function arabic(s: string): number {
  return Number(s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
}

/** The GB/T 9704 form of a marker of the given style and number. */
export function standardMarker(style: Exclude<Marker["style"], "markdown">, n: number): string {
  switch (style) {
    case "cn":
      return `${toChineseNumber(n)}、`;
    case "cn-paren":
      return `（${toChineseNumber(n)}）`;
    case "num":
      return `${n}.`;
    case "num-paren":
      return `（${n}）`;
  }
}

function build(
  style: Exclude<Marker["style"], "markdown">,
  text: string,
  num: number | null,
  isStandard: boolean,
): MarkerMatch {
  return {
    text,
    start: 0,
    end: text.length,
    style,
    level: LEVEL[style],
    number: num,
    standard: isStandard,
    expected: num === null ? text : standardMarker(style, num),
  };
}

/**
 * Recognise an outline marker at the start of `line` (already stripped of
 * indentation): 一、 （一） 1. （1） and their faulty variants.
 */
export function matchMarker(line: string): MarkerMatch | null {
  let m = CN_PAREN.exec(line);
  if (m) {
    const n = parseChineseNumber(m[2] ?? "");
    if (n !== null) {
      const ok = m[1] === "（" && m[3] === "）" && m[4] === "" && m[0].length === (m[2] ?? "").length + 2;
      return build("cn-paren", m[0], n, ok);
    }
  }
  m = NUM_PAREN.exec(line);
  if (m) {
    const ok = m[1] === "（" && m[3] === "）" && m[4] === "" && m[0].length === (m[2] ?? "").length + 2;
    return build("num-paren", m[0], arabic(m[2] ?? "0"), ok);
  }
  m = CN.exec(line);
  if (m) {
    const n = parseChineseNumber(m[1] ?? "");
    if (n !== null) return build("cn", m[0], n, m[2] === "、" && m[0].length === (m[1] ?? "").length + 1);
  }
  m = CN_LOST_LEFT.exec(line);
  if (m) {
    const n = parseChineseNumber(m[1] ?? "");
    if (n !== null) return build("cn-paren", m[0], n, false);
  }
  m = NUM.exec(line);
  if (m) {
    const sep = m[2] ?? "";
    const ok = (sep === "." || sep === "．") && m[0].length === (m[1] ?? "").length + 1 && /^[0-9]+$/u.test(m[1] ?? "");
    // "1，" is too often an ordinary sentence ("1，2月份…"); only accept it before text.
    if (sep === "," || sep === "，") return null;
    return build("num", m[0], arabic(m[1] ?? "0"), ok);
  }
  m = NUM_LOST_LEFT.exec(line);
  if (m) return build("num-paren", m[0], arabic(m[1] ?? "0"), false);
  return null;
}
