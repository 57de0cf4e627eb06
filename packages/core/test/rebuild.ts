// What the byte-for-byte tests of core's committed, derived files share (lm.bin, bound.generated.ts,
// lm-wasm.generated.ts): where the model's corpus is, and running a script of ../scripts into a
// fresh file.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/** The model's corpus (../shared/corpus/lm beside the repository); CI has it. */
export const CORPUS = fileURLToPath(new URL("../../../../shared/corpus/lm/", import.meta.url));
export const HAVE_CORPUS = existsSync(CORPUS);

/** What `node scripts/<script> ...args <out>` writes to a fresh `out` (removed after), within `timeout` ms. */
export async function rebuild(script: string, args: readonly string[], timeout: number): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), "report-lint-rebuild-"));
  try {
    const out = join(dir, "out");
    await promisify(execFile)(process.execPath, [fileURLToPath(new URL(`../scripts/${script}`, import.meta.url)), ...args, out], { timeout, maxBuffer: 1 << 20 });
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
