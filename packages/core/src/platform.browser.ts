import type { DataReader, LegacyEncoding } from "./platform-types.js";

/**
 * What core needs from its host, in a browser (built into dist/browser.js in place of
 * platform.ts): the data files are handed over by the page with provideDataFile — it loads them
 * from files beside itself — and the legacy encodings are decoded by the browser's TextDecoder.
 * Nothing here touches a Node built-in.
 */

export type { DataReader, LegacyEncoding };

export const DATA_DIRECTORY_NAME = "jieba";

const files = new Map<string, Uint8Array>();

/** Give core the bytes of one of its data files (DATA_FILES: dict.bin, hmm.bin, lm.bin, confusion.bin, places.bin). */
export function provideDataFile(name: string, bytes: Uint8Array): void {
  files.set(name, bytes);
}

/** The data folder has no place in a browser; the page provides the files (provideDataFile). */
export function dataDirectory(): URL {
  throw new Error("report-lint: 浏览器中没有数据目录，数据文件由页面通过 provideDataFile 提供");
}

/** The name a data file is provided under, for messages. */
export function dataFileLocation(name: string, path: string | null): string {
  return path ?? name;
}

/** A data file the page provided, by its name (or the name given in its place). */
export function openDataFile(name: string, path: string | null): DataReader {
  const key = path ?? name;
  const bytes = files.get(key);
  if (bytes === undefined) throw new Error(`report-lint: 数据文件 ${key} 尚未载入`);
  const read = (position: number, length: number): Uint8Array => {
    if (position + length > bytes.length) throw new Error(`report-lint: the data file ${key} ends early at byte ${bytes.length}`);
    return bytes.subarray(position, position + length);
  };
  return {
    name: key,
    size: bytes.length,
    read,
    readInto: (position, length, target, at) => target.set(read(position, length), at),
    close: () => undefined,
  };
}

/** Bytes in a legacy encoding as text (U+FFFD where they are not valid): the browser's own decoders. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  // A mark at the start of what is left after the file's own is text (see decode.ts), not to be dropped.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** A browser encodes text as UTF-8 only: the page saves a legacy-encoded report as UTF-8. */
export function encodeLegacy(_text: string, encoding: LegacyEncoding): Uint8Array {
  throw new Error(`report-lint: 浏览器中不能保存为 ${encoding} 编码，请保存为 UTF-8`);
}
