import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { BoundedReadError } from "./bounded-read-error.js";

export { BoundedReadError };

/**
 * The bytes of the regular file at `path`, at most `limit` of them: the file is opened without
 * blocking (a FIFO named as a file would otherwise wait for a writer forever), checked to be a
 * regular file, its size checked before reading, and the read stops at `limit` + 1 bytes even if
 * the file grows meanwhile. Errors of the file system (ENOENT, EACCES …) are thrown as they are.
 *
 * The calls are synchronous: a report is read in well under a millisecond, while the promise
 * form's five round trips through libuv's thread pool (open, stat, two reads, close) per file
 * took 16 % of a 1,000-report batch's wall time (old and new CLI alternated: 0.84×), which left us
 * level with textlint running the same rules — it reads synchronously.
 */
export async function readBounded(path: string, limit: number): Promise<Buffer> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new BoundedReadError(path, "directory");
    if (!stat.isFile()) throw new BoundedReadError(path, "not-a-file");
    if (stat.size > limit) throw new BoundedReadError(path, "too-large", stat.size);
    const buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) throw new BoundedReadError(path, "too-large", length);
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** All of `stream` (standard input), or a BoundedReadError once it passes `limit` bytes. */
export async function readStreamBounded(stream: AsyncIterable<Buffer | string>, limit: number, name = "<stdin>"): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    length += bytes.length;
    if (length > limit) throw new BoundedReadError(name, "too-large", length);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
