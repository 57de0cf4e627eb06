import { describe, expect, it } from "vitest";
import { lineLocator, positionLocator } from "../src/index.js";

/** The line of `offset` by counting breaks one by one: the definition lineLocator must agree with. */
function naive(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) line++;
  }
  return line;
}

describe("lineLocator", () => {
  it("counts \\n, \\r\\n and a lone \\r as one break each", () => {
    const text = "一、总体情况\r\n（一）学习\n正文\r旧式换行\r\n\r\n末行";
    const at = lineLocator(text);
    expect(at(0)).toBe(1);
    expect(at(text.indexOf("（一）"))).toBe(2);
    expect(at(text.indexOf("正文"))).toBe(3);
    expect(at(text.indexOf("旧式"))).toBe(4);
    expect(at(text.indexOf("末行"))).toBe(6);
    // Between \r and \n is still the line the \r\n ends.
    expect(at(text.indexOf("\r\n") + 1)).toBe(1);
  });
  it("agrees with counting breaks at every offset of mixed texts", () => {
    const texts = ["", "\n", "\r", "\r\n", "a\n\nb", "\r\r\n\n\r", "第一行\n第二行\r\n第三行\r第四行\n"];
    for (const text of texts) {
      const at = lineLocator(text);
      for (let i = 0; i <= text.length + 1; i++) expect(at(i), JSON.stringify(text) + "@" + i).toBe(naive(text, i));
    }
  });
});

describe("positionLocator", () => {
  it("gives line and column (from 1, in UTF-16 units) as editors do: U+2028, U+2029 and NEL break no line", () => {
    const text = "一、总体\u2028情况\u2029正文\u0085续\r\n第二行\r第三行";
    const at = positionLocator(text);
    expect(at(text.indexOf("正文"))).toEqual({ line: 1, column: 9 });
    expect(at(text.indexOf("第二行"))).toEqual({ line: 2, column: 1 });
    expect(at(text.indexOf("第三行") + 1)).toEqual({ line: 3, column: 2 });
    expect(at(text.length)).toEqual({ line: 3, column: 4 });
  });
});
