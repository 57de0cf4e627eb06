/**
 * A function from a UTF-16 offset to its 1-based line and column, counting `\r\n`, `\n` and a
 * lone `\r` as one line break each — as editors and the Language Server Protocol do (textlint
 * also breaks at U+2028 and U+2029; editors do not). The line starts are found once, on the
 * first call, so a document that needs no position pays nothing, and each later call is a
 * binary search.
 */
export function positionLocator(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | null = null;
  return (offset) => {
    if (starts === null) {
      starts = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    }
    // The number of line starts at or before `offset`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    const line = Math.max(1, lo);
    return { line, column: offset - starts[line - 1]! + 1 };
  };
}

/** A function from a UTF-16 offset to its 1-based line (see positionLocator). */
export function lineLocator(text: string): (offset: number) => number {
  const at = positionLocator(text);
  return (offset) => at(offset).line;
}
