// The CLI's words for an input that could not be read: the Linter says why as data
// (SourceError.problem); here it becomes one line in the user's language.
import { MAX_INPUT_BYTES, SourceError, readStreamBounded, BoundedReadError, sourceWords as describe, type SourceProblem } from "@report-lint/formatter";
import { t } from "./i18n.js";

/** An input problem to report as one line with exit code 2 (never a stack trace). */
export class InputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** The one-line refusal for an input over MAX_INPUT_BYTES (of bytes read, or of text extracted from a .docx). */
export const tooLarge = (size: number): string => describe.tooLarge(size, t);

/** One line for a failed read: what happened and what to do. */
export function readFailure(e: unknown): string {
  return describe.ioFailure((e as NodeJS.ErrnoException).code, t);
}

/** What to tell the user about an input the Linter could not read. */
export const sourceMessage = (problem: SourceProblem): string => describe.sourceMessage(problem, t);

/** A SourceError as the CLI's InputError; anything else as it is. */
export function asInputError(e: unknown): unknown {
  return e instanceof SourceError ? new InputError(e.path, sourceMessage(e.problem)) : e;
}

/** Standard input, no more than MAX_INPUT_BYTES of it (`report-lint - < /dev/zero` stops there); `name` is what it is called in messages (--stdin-filename). */
export async function readStdin(stream: AsyncIterable<Buffer | string>, name = "<stdin>"): Promise<Uint8Array> {
  try {
    return await readStreamBounded(stream, MAX_INPUT_BYTES, name);
  } catch (e) {
    if (e instanceof BoundedReadError && e.reason === "too-large") {
      // Reading stopped at the limit: how much more there was is not known.
      throw new InputError(name, t(`标准输入超过 ${describe.mb(MAX_INPUT_BYTES)} MB 的检查上限，未检查；请拆分为较小的文件后再检查`, `standard input is over the ${describe.mb(MAX_INPUT_BYTES)} MB limit, not checked; split it into smaller files`));
    }
    throw new InputError(name, readFailure(e));
  }
}
