import { createRequire } from "node:module";

type Cut = (text: string, hmm?: boolean) => string[];

let cutImpl: Cut | null = null;
let loadMs = 0;

/**
 * Chinese word segmentation (jieba, compiled to WebAssembly so it runs
 * unchanged in the CLI, the language server and the bundled VS Code extension).
 * The dictionary is loaded lazily, on the first call.
 */
export function segment(text: string): string[] {
  if (cutImpl === null) {
    const t0 = performance.now();
    const require = createRequire(import.meta.url);
    const jieba = require("jieba-wasm") as { cut: Cut };
    cutImpl = jieba.cut;
    cutImpl("预热", true);
    loadMs = performance.now() - t0;
  }
  return cutImpl(text, true);
}

/** Milliseconds the segmenter took to load (0 until first use). */
export function segmenterLoadTime(): number {
  return loadMs;
}
