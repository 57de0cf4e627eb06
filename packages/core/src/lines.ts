/**
 * A function from a UTF-16 offset to its 1-based line, counting `\r\n`, `\n` and a lone
 * `\r` as one line break each, as textlint does. The line starts are found once, on the
 * first call, so a document that needs no line number pays nothing, and each later
 * call is a binary search.
 */
export function lineLocator(text: string): (offset: number) => number {
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
    return Math.max(1, lo);
  };
}
