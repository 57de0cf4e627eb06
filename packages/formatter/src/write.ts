import { randomBytes } from "node:crypto";
import { chmod, chown, lstat, open, readFile, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { decode, encode, type Decoded } from "@report-lint/core";
import { fixText, type EngineOptions, type FixTextResult } from "./engine.js";

/**
 * Write `bytes` to `path` atomically: a temporary file in the same directory
 * (so the rename cannot cross file systems), the original's permission bits
 * (and owner, when allowed) copied, flushed, then renamed over the original.
 * A reader sees the old file or the new one, never half of one.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const before = await stat(path).catch(() => null);
  // A file nobody may write (mode 444) is read-only on purpose: replacing it by a rename would
  // go round that (and as root, so would writing it). Refused, with code EREADONLY.
  if (before !== null && (before.mode & 0o222) === 0) throw Object.assign(new Error(`${path} is read-only`), { code: "EREADONLY" });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await open(tmp, "wx", before === null ? 0o644 : before.mode & 0o7777);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (before !== null) {
      await chmod(tmp, before.mode & 0o7777);
      if (typeof process.getuid === "function" && process.getuid() === 0) await chown(tmp, before.uid, before.gid).catch(() => undefined);
    }
    // Test hook: simulate a crash between writing the temporary file and renaming it.
    if (process.env["REPORT_LINT_TEST_FAIL_BEFORE_RENAME"] === "1") throw Object.assign(new Error("injected failure before rename"), { code: "EIO" });
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export interface FixFileOptions extends EngineOptions {
  /** Compute the fix but do not write (for --fix-dry-run). */
  dryRun?: boolean;
  /**
   * Whether a symbolic link may be followed and its target written. Give true
   * only when the user named the link itself; a link met while walking a
   * directory is never written through.
   */
  followSymlink?: boolean;
  /** The file's bytes and their decoding, when the caller has read the file already: it is not read or decoded again. */
  source?: { bytes: Uint8Array; decoded: Decoded };
}

export interface FixFileResult extends FixTextResult {
  /** The file that was (or would be) written: the link's target for a followed link. */
  path: string;
  /** The decoded input text. */
  input: string;
  decoded: Decoded;
  /** The output differs from the input. */
  changed: boolean;
  /** The file was written (changed, not a dry run, not a skipped link). */
  written: boolean;
  /** Why a changed file was not written. */
  skipped?: "symlink" | "dry-run" | "encoding";
}

/**
 * Fix a text file in place: decode (keeping encoding, BOM and line endings),
 * apply every certain fix, encode back the same way and write atomically —
 * only when something changed. Throws core's DecodeError for binary or
 * undecodable files and the fs error for unreadable ones.
 */
export async function fixFile(path: string, options: FixFileOptions = {}): Promise<FixFileResult> {
  const link = await lstat(path);
  const isLink = link.isSymbolicLink();
  const target = isLink ? await realpath(path) : path;
  const bytes = options.source?.bytes ?? (await readFile(target));
  const decoded = options.source?.decoded ?? decode(bytes);
  const engine: EngineOptions = { ...options };
  delete (engine as FixFileOptions).dryRun;
  delete (engine as FixFileOptions).followSymlink;
  delete (engine as FixFileOptions).source;
  engine.filePath = options.filePath ?? path;
  const fixed = await fixText(decoded.text, engine);
  const changed = fixed.output !== decoded.text;
  // fixed's properties as they are (its edits are worked out only if read).
  const result = Object.defineProperties({ path: target, input: decoded.text, decoded, changed, written: false }, Object.getOwnPropertyDescriptors(fixed)) as FixFileResult;
  if (!changed) return result;
  if (options.dryRun === true) return Object.assign(result, { skipped: "dry-run" as const });
  if (isLink && options.followSymlink !== true) return Object.assign(result, { skipped: "symlink" as const });
  // The text as read must encode back to the file's bytes, or writing the fixes would change more than they do: GB18030
  // reads a GBK file's 0x80 (Windows' euro sign) as €, which it writes A2 E3.
  if (Buffer.compare(Buffer.from(encode(decoded.text, decoded.encoding, decoded.bom)), bytes) !== 0) return Object.assign(result, { skipped: "encoding" as const });
  const out = encode(fixed.output, decoded.encoding, decoded.bom);
  if (Buffer.compare(Buffer.from(out), bytes) === 0) return result;
  await writeFileAtomic(target, out);
  return Object.assign(result, { written: true });
}
