const DIGITS: Record<string, number> = {
  "〇": 0, "○": 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Character class of the Chinese numerals used in outline markers. */
export const CN_NUMERAL = "[一二三四五六七八九十]";

/**
 * Parse a Chinese numeral of at most three characters as written in outline
 * markers (一 … 十, 十一, 二十, 二十三). Returns null for anything else.
 */
export function parseChineseNumber(s: string): number | null {
  if (s.length === 0 || s.length > 3) return null;
  if (!/^[一二三四五六七八九十]+$/u.test(s)) return null;
  const ten = s.indexOf("十");
  if (ten === -1) return s.length === 1 ? DIGITS[s] ?? null : null;
  if (s.indexOf("十", ten + 1) !== -1) return null;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  const tens = head === "" ? 1 : head.length === 1 ? DIGITS[head] ?? null : null;
  const ones = tail === "" ? 0 : tail.length === 1 ? DIGITS[tail] ?? null : null;
  if (tens === null || ones === null || tens === 0) return null;
  return tens * 10 + ones;
}

/** Write 1–99 as a Chinese numeral (1 → 一, 12 → 十二, 20 → 二十). */
export function toChineseNumber(n: number): string {
  const names = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  if (n < 10) return names[n] ?? "";
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? "" : names[tens]) + "十" + (names[ones] ?? "");
}

/** Parse a year written with Chinese digits (二〇二四). */
export function parseChineseYear(s: string): number | null {
  if (!/^[〇○零一二三四五六七八九]{4}$/u.test(s)) return null;
  let y = 0;
  for (const ch of s) y = y * 10 + (DIGITS[ch] ?? 0);
  return y;
}
