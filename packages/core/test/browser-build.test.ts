// The browser build (dist/browser.js): the same core with platform.browser.ts in platform.ts's
// place. It must import no Node built-in, and — given the data files the page loads — segment,
// score and decode exactly as the Node build does.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import * as node from "../src/index.js";
import * as nodePlatform from "../src/platform.js";
import * as browserPlatform from "../src/platform.browser.js";
import { SEEDS_DIR } from "@report-lint/test-support/reports";

const dist = new URL("../dist/", import.meta.url);
const built = readFileSync(new URL("browser.js", dist), "utf8");
const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`${SEEDS_DIR}${f}`, "utf8"));

describe("core's browser build", () => {
  it("imports no Node built-in and no iconv", () => {
    const imports = [...built.matchAll(/^import [^;]*? from "([^"]+)";$/gmu)].map((m) => m[1]!);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((i) => i.startsWith("node:") || i === "iconv-lite" || !/^(fflate|unified|remark-parse|@report-lint\/schema)$/u.test(i))).toEqual([]);
    expect(built).not.toMatch(/\bBuffer\.|\brequire\(/u);
  });

  it("its platform has every name the Node platform has", () => {
    expect(Object.keys(browserPlatform).sort()).toEqual([...Object.keys(nodePlatform), "provideDataFile"].sort());
  });

  it("says which data file is missing until the page provides it, then segments, scores and finds wrong characters as the Node build", async () => {
    const browser = (await import(new URL("browser.js", dist).href)) as typeof node & { provideDataFile: (name: string, bytes: Uint8Array) => void };
    expect(() => browser.segment("法治政府建设")).toThrow(/数据文件 dict\.bin 尚未载入/u);
    const data = fileURLToPath(node.dataDirectory());
    for (const name of browser.DATA_FILES) browser.provideDataFile(name, new Uint8Array(readFileSync(`${data}${name}`)));
    // The dictionary load failed above and is not remembered: provided now, it is read.
    const text = seeds.join("\n").slice(0, 20_000);
    expect(browser.segment(text)).toEqual(node.segment(text));
    // (北景乡: a real township's name, which the place-name list keeps from becoming 北京乡.)
    for (const sentence of ["我镇持旭推进依法行政工作", "严格落实重大行政决策程序", "全面推进严格规范公正文明执法", "北景乡党委书记带头讲法治课，北景乡人大主席团开展执法检查。"]) {
      const options = (core: typeof node) => ({ candidates: (c: string) => core.confusables(c).map((x) => ({ char: x.char, kind: x.kind })) });
      expect(browser.findSpellingSuspects(sentence, options(browser))).toEqual(node.findSpellingSuspects(sentence, options(node)));
    }
    expect(browser.findSpellingSuspects("我镇持旭推进依法行政工作", { candidates: (c) => browser.confusables(c).map((x) => ({ char: x.char, kind: x.kind })) }).length).toBeGreaterThan(0);
  });

  it("decodes UTF-8, GB18030 and UTF-16 with the browser's TextDecoder as the Node build does with iconv", async () => {
    const browser = (await import(new URL("browser.js", dist).href)) as typeof node;
    const text = seeds[0]!.slice(0, 3000);
    const inputs = [
      new TextEncoder().encode(text),
      new Uint8Array(iconv.encode(text, "gb18030")),
      new Uint8Array([0xff, 0xfe, ...iconv.encode(text, "utf-16le")]),
      new Uint8Array([0xfe, 0xff, ...iconv.encode(text, "utf-16be")]),
    ];
    for (const bytes of inputs) expect(browser.decode(bytes)).toEqual(node.decode(bytes));
    expect(() => browser.encode(text, "gb18030", false)).toThrow(/浏览器中不能保存为 gb18030/u);
    expect(browser.encode(text, "utf-8", true)).toEqual(node.encode(text, "utf-8", true));
  });
});
