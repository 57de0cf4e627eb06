// The language model's lookups are compiled ahead to WebAssembly (wasm/lm.ts → src/lm-wasm.generated.ts,
// scripts/build-wasm.mjs). The generated module is committed; here it is rebuilt and compared, and what the
// module answers is compared with the file read independently, in plain JavaScript.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LM_WASM_BASE64 } from "../src/lm-wasm.generated.js";
import { BOS, EOS, conditionalLogProb, hasNgram, lastMatchLength, modelPass, normalise, paragraphBuffers, storedLogProb } from "../src/lm.js";
import { rebuild } from "./rebuild.js";

const GENERATED = fileURLToPath(new URL("../src/lm-wasm.generated.ts", import.meta.url));
const BUILT = fileURLToPath(new URL("../dist/jieba/lm.bin", import.meta.url));

describe("the compiled lookups", () => {
  it("are what scripts/build-wasm.mjs makes of wasm/lm.ts, byte for byte", async () => {
    const built = await rebuild("build-wasm.mjs", [], 120_000);
    expect(built.toString("utf8")).toBe(readFileSync(GENERATED, "utf8"));
  }, 150_000);

  it("stay under 4 KB, which a page's main thread may compile synchronously in Chromium", () => {
    const bytes = Buffer.from(LM_WASM_BASE64, "base64");
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
    expect(bytes.length).toBeLessThan(4096);
  });
});

/**
 * The stored log-probability of the n-gram s[a..b), read from lm.bin with DataView in plain JavaScript (the
 * layout of scripts/build-lm.mjs), or null if the model did not keep it: what the module must agree with.
 */
function storedIndependently(file: Buffer, s: number[], a: number, b: number): number | null {
  const v = new DataView(file.buffer, file.byteOffset, file.length);
  const units = v.getUint32(12, true);
  const pairs = v.getUint32(28, true);
  const probStep = v.getFloat32(16, true);
  const tableStartAt = 32 + 4 * units;
  const groupStartAt = tableStartAt + 4 * (units + 1);
  const unigramsAt = groupStartAt + 4 * (pairs + 1);
  const slotsAt = unigramsAt + ((2 * units + 3) & ~3);
  let block = -1;
  for (let i = 0; i < units; i++) if (v.getUint32(32 + 4 * i, true) === s[a]) block = i;
  if (block < 0) return null;
  if (b - a === 1) return -probStep * v.getUint8(unigramsAt + block);
  // The pair: a linear scan of the first unit's table (no hashing: independent of the lookups).
  const from = v.getUint32(tableStartAt + 4 * block, true);
  const to = v.getUint32(tableStartAt + 4 * block + 4, true);
  let slot = -1;
  for (let e = from; e < to; e++) if (v.getUint32(slotsAt + 8 * e + 4, true) !== 0 && v.getUint32(slotsAt + 8 * e, true) >>> 16 === s[a + 1]) slot = e;
  if (slot < 0) return null;
  const word = v.getUint32(slotsAt + 8 * slot, true);
  if (b - a === 2) return -probStep * ((word >>> 8) & 0xff);
  const p = v.getUint32(slotsAt + 8 * slot + 4, true) - 1;
  const start = v.getUint32(groupStartAt + 4 * p, true);
  if (start === v.getUint32(groupStartAt + 4 * p + 4, true)) return null;
  const n3 = v.getUint16(start, true);
  const n4 = v.getUint16(start + 2, true);
  const pad4 = (n: number) => (n + 3) & ~3;
  if (b - a === 3) {
    for (let i = 0; i < n3; i++) if (v.getUint16(start + 4 + 2 * i, true) === s[a + 2]) return -probStep * v.getUint8(start + 4 + pad4(2 * n3) + i);
    return null;
  }
  const keys = start + 4 + 2 * pad4(2 * n3);
  const key = ((s[a + 2]! << 16) | s[a + 3]!) >>> 0;
  for (let i = 0; i < n4; i++) if (v.getUint32(keys + 4 * i, true) === key) return -probStep * v.getUint8(keys + 4 * n4 + i);
  return null;
}

describe("what the module answers", () => {
  const file = readFileSync(BUILT);
  const text = "各级人民政府应当坚持依法行政，推进法治政府建设，2025年完成了12项任务。";
  const u = [BOS, ...Array.from(normalise(text), (c) => c.charCodeAt(0)), EOS];

  it("is the file's own n-grams, as plain JavaScript reads them", () => {
    let kept = 0;
    for (let a = 0; a < u.length; a++) {
      for (let b = a + 1; b <= Math.min(u.length, a + 4); b++) {
        const expected = storedIndependently(file, u, a, b);
        expect(storedLogProb(u, a, b, 99), `${a}..${b}`).toBe(expected ?? 99);
        expect(hasNgram(u, a, b)).toBe(expected !== null);
        if (expected !== null) kept++;
      }
    }
    // The sentence's pairs and many longer n-grams are kept: the check compared real lookups.
    expect(kept).toBeGreaterThan(60);
  });

  it("gives a paragraph's pass in the module's buffers what a call per position gives", () => {
    const b = paragraphBuffers(u.length);
    b.u.set(u);
    modelPass(b, u.length);
    expect(b.match[0]).toBe(255);
    let context = 255;
    for (let j = 1; j < u.length; j++) {
      expect(b.lp[j], `position ${j}`).toBe(conditionalLogProb(u, j, 0, -1, context));
      context = lastMatchLength();
      expect(b.match[j]).toBe(context);
    }
  });

  it("keeps a paragraph longer than the buffers held so far (the memory grows)", () => {
    const long = Array.from({ length: 300_000 }, (_, i) => u[1 + (i % (u.length - 2))]!);
    const whole = [BOS, ...long, EOS];
    const b = paragraphBuffers(whole.length);
    b.u.set(whole);
    modelPass(b, whole.length);
    // The pass over the repeated sentence gives each repetition the same log-probabilities (after the first few).
    const period = u.length - 2;
    for (let j = 2 * period + 1; j < 2 * period + 20; j++) expect(b.lp[j + period]).toBe(b.lp[j]);
    expect(Number.isFinite(b.lp[whole.length - 1]!)).toBe(true);
  });
});
