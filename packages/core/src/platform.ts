import { closeSync, existsSync, fstatSync, openSync, readSync } from "node:fs";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import type { DataReader, LegacyEncoding } from "./platform-types.js";

/**
 * What core needs from its host, in Node: its data files read from the folder beside the module,
 * and the legacy encodings (GB18030, Big5, UTF-16) through iconv-lite. The browser build
 * (dist/browser.js, tsup.config.ts) puts platform.browser.ts in this module's place; the two
 * export the same names (test/platform.test.ts compares them).
 */

export type { DataReader, LegacyEncoding };

let dataDir: URL | null = null;

/**
 * The name of the data folder beside the module that reads it. A bundler that puts this package
 * into a bundle copies dataDirectory() to a folder of this name beside the bundle.
 */
export const DATA_DIRECTORY_NAME = "jieba";

/** Where the data is: dist/jieba/ beside the built module (or a bundle's own copy); a directory URL. */
export function dataDirectory(): URL {
  if (dataDir === null) {
    dataDir = new URL(`./${DATA_DIRECTORY_NAME}/`, import.meta.url);
    // Run from source (this package's own tests): the data built into dist/.
    if (!existsSync(dataDir)) dataDir = new URL(`../dist/${DATA_DIRECTORY_NAME}/`, import.meta.url);
  }
  return dataDir;
}

/** Where the data file `name` (or the file at `path` given in its place) is, for messages. */
export function dataFileLocation(name: string, path: string | null): string {
  return path ?? fileURLToPath(new URL(name, dataDirectory()));
}

/**
 * Open the data file `name` of the data folder, or the file at `path` given in its place (tests;
 * a bundle that keeps it elsewhere). Kept open for the blocks read later; throws when it cannot
 * be opened.
 */
export function openDataFile(name: string, path: string | null): DataReader {
  const file = dataFileLocation(name, path);
  const fd = openSync(file, "r");
  let size: number;
  try {
    size = fstatSync(fd).size;
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  const readInto = (position: number, length: number, target: Uint8Array, at: number): void => {
    for (let done = 0; done < length; ) {
      const n = readSync(fd, target, at + done, length - done, position + done);
      if (n === 0) throw new Error(`report-lint: the data file ${file} ends early at byte ${position + done}`);
      done += n;
    }
  };
  return {
    name: file,
    size,
    read(position: number, length: number): Uint8Array {
      const bytes = new Uint8Array(length);
      readInto(position, length, bytes, 0);
      return bytes;
    },
    readInto,
    close: () => closeSync(fd),
  };
}

/** Bytes in a legacy encoding as text (U+FFFD where they are not valid). */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  // A mark at the start of what is left after the file's own is text (see decode.ts), not to be dropped.
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding, { stripBOM: false });
}

/** Text in a legacy encoding. */
export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  return iconv.encode(text, encoding);
}
