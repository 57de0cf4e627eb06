// Reading one input file from the file system: bounded before it is read (source.ts turns the
// bytes into text).
import { BoundedReadError } from "./bounded-read-error.js";
import { readBounded } from "./platform.js";
import { inputLimit, MAX_INPUT_BYTES, SourceError } from "./source.js";

/** The bytes of an input file, bounded before they are read (a regular file, under the limit for its kind). */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  const limit = inputLimit(path);
  try {
    return await readBounded(path, limit);
  } catch (e) {
    throw sourceErrorOf(path, e, limit);
  }
}

/** The SourceError for a failure reading `path` (of at most `limit` bytes). */
export function sourceErrorOf(path: string, e: unknown, limit = MAX_INPUT_BYTES): SourceError {
  if (e instanceof SourceError) return e;
  if (e instanceof BoundedReadError) {
    if (e.reason === "too-large") return new SourceError(path, { reason: "too-large", size: e.size, limit });
    return new SourceError(path, { reason: e.reason });
  }
  return new SourceError(path, { reason: "io", code: (e as NodeJS.ErrnoException).code });
}
