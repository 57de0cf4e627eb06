// textlint's kernel checks each parsed AST with @textlint/ast-tester, which asserts with Node's
// `node:assert` (ok, strictEqual, doesNotThrow — nothing else). In the page those three come from
// here: the same checks, the same failure (an AssertionError thrown), no Node built-in.

export class AssertionError extends Error {
  override name = "AssertionError";
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? "The expression evaluated to a falsy value");
}

export function strictEqual(actual: unknown, expected: unknown, message?: string): void {
  if (!Object.is(actual, expected)) throw new AssertionError(message ?? `Expected values to be strictly equal: ${String(actual)} !== ${String(expected)}`);
}

export function doesNotThrow(fn: () => unknown, message?: string): void {
  try {
    fn();
  } catch (e) {
    throw new AssertionError(message ?? `Got unwanted exception: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export default Object.assign(ok, { ok, strictEqual, doesNotThrow, AssertionError });
