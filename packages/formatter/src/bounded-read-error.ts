/**
 * Why a file was not read: it is no regular file (a device such as /dev/zero, a FIFO, a socket —
 * reading one may never end), or it holds more than the caller's limit.
 */
export class BoundedReadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: "not-a-file" | "directory" | "too-large",
    /** The size found (bytes), for too-large. */
    readonly size = 0,
  ) {
    super(`${path}: ${reason}`);
    this.name = "BoundedReadError";
  }
}
