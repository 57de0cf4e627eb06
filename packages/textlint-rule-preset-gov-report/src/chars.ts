/**
 * Per-character tests for the rules' hot loops, on UTF-16 code units. `text[i]` makes a new
 * one-character string for every Chinese character and a regular expression then tests it;
 * over every character of every paragraph that was the largest cost of the rules that scan
 * character by character. A test whose answer depends on the code unit alone is computed
 * once per code unit and kept in a table.
 */

/** A cached test of single code units: `test(code)` equals `re.test(String.fromCharCode(code))`. */
export function unitTest(re: RegExp): (code: number) => boolean {
  // 0: not asked yet, 1: yes, 2: no.
  const table = new Uint8Array(0x10000);
  return (code) => {
    let v = table[code]!;
    if (v === 0) table[code] = v = re.test(String.fromCharCode(code)) ? 1 : 2;
    return v === 1;
  };
}
