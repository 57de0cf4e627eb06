// The build step that makes dist/cli.cjs ASCII-only (scripts/ascii-only.mjs) must not change
// what any regex matches, must keep the source map pointing at the same original code,
// and must refuse what it cannot escape safely.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { decode, encode } from "@jridgewell/sourcemap-codec";
import { describe, expect, it } from "vitest";
import { asciiOnly } from "../scripts/ascii-only.mjs";

const NON_ASCII = /[^\x00-\x7f]/u;

describe("asciiOnly", () => {
  it("escapes regex literals without changing what they match", () => {
    const regexes = [
      "/^[一二三四五六七八九十]+$/u",
      "/^[〇○零一二三四五六七八九]{4}$/u",
      "/[（(][ \\t　]*([0-9０-９]{1,2})[ \\t　]*[）)]/u",
      "/(委员会|人民政府|政府|办公室)$/",
      "/^[😀-😂]$/u",
      "/^[😀]$/",
      "/[^一-龥]/gu",
    ];
    const samples = ["一二三", "二〇二四", "（１２）", "区人民政府", "😀", "😁", "\uD83D", "abc", "中文abc", " 　（3）"];
    for (const source of regexes) {
      const { code } = asciiOnly(`module.exports = ${source};`);
      expect(code).not.toMatch(NON_ASCII);
      const before = runInNewContext(`${source}`) as RegExp;
      const after = runInNewContext(code.replace("module.exports = ", "").replace(/;$/u, "")) as RegExp;
      expect(after.flags).toBe(before.flags);
      for (const s of samples) {
        before.lastIndex = 0;
        after.lastIndex = 0;
        expect(after.exec(s), `${source} on ${s}`).toEqual(before.exec(s));
      }
    }
  });

  it("refuses non-ASCII it cannot escape without changing the program", () => {
    expect(() => asciiOnly("const a = String.raw`原文`;")).toThrow(/outside a regex literal/u);
    expect(() => asciiOnly('const 名 = "x";')).toThrow(/outside a regex literal/u);
    expect(() => asciiOnly('const a = "中文";')).toThrow(/outside a regex literal/u);
    expect(asciiOnly('/* 注释 */ const a = "\\u4E2D";').code).toBe('/* \\u6CE8\\u91CA */ const a = "\\u4E2D";');
  });

  it("moves the source map's columns with the text", () => {
    const code = 'var a=/[一二]/u,b=1;var c=/[三]/u;function f(){return"after"}';
    // One mapping per token start, each pointing at the same column of line 1 of src.ts.
    const columns = [0, 4, 6, 15, 17, 20, 24, 26, 32, 41, 50];
    const map = { version: 3, sources: ["src.ts"], names: [], mappings: encode([columns.map((c) => [c, 0, 0, c] as [number, number, number, number])]) };
    const out = asciiOnly(code, map);
    const segments = decode(out.map.mappings)[0]!;
    expect(segments).toHaveLength(columns.length);
    for (const [i, c] of columns.entries()) {
      // The generated column moved to where the token's own (escaped) text now begins; the original position is kept.
      const escapedToken = asciiOnly(`/*${code.slice(c, c + 3)}*/`).code.slice(2, -2);
      expect(segments[i]).toEqual([out.code.indexOf(escapedToken, c), 0, 0, c]);
    }
    expect(segments[columns.length - 1]![0]).toBe(50 + 5 * 3);
  });

  it("left nothing non-ASCII in the built bundle", () => {
    const bundle = readFileSync(fileURLToPath(new URL("../dist/cli.cjs", import.meta.url)), "utf8");
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(bundle).not.toMatch(NON_ASCII);
  });
});
