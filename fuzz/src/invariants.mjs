// The invariants every input must keep, checked against the built engine
// (@report-lint/formatter's dist): used by the fuzzer's workers and by the replay test.
//
// For one text x (parsed as Markdown or plain text by its file name):
// - no exception (a Markdown text nested deeper than the engine takes is refused by name: fine);
// - every finding's range lies in x and splits no surrogate pair; a fix replaces text at its
//   finding (its range overlaps or touches the finding's);
// - each finding's line and column are those an editor shows for its offset (lines broken at
//   LF, CRLF and lone CR; columns in UTF-16 units, from 1);
// - fixing reaches a fixed point within the engine's pass limit (a pass that changes nothing,
//   which is what a second --fix would do: so the fix is idempotent); fixText gives the same text;
// - each fixing pass is confined: it keeps every character outside the findings it fixed, and
//   those are findings lint reports on the pass's input (a cascade is a finding of a later pass);
// - lint and fix each take at most 2 s per 10,000 characters (at least TIME_FLOOR_MS).

/** The budget per character, from issue 15: 2 s per 10,000 characters. */
export const MS_PER_CHAR = 0.2;
/** A short input's budget: time for a pause of the collector on a busy machine, not for work. */
export const TIME_FLOOR_MS = 400;

export function budgetMs(text) {
  return Math.max(TIME_FLOOR_MS, text.length * MS_PER_CHAR);
}

/** Line and column (1-based) of an offset, counted independently of the engine: lines end at each match of \r\n|\r|\n. */
function editorPositions(text) {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/gu)) starts.push(m.index + m[0].length);
  return (offset) => {
    let line = starts.length;
    while (starts[line - 1] > offset) line--;
    return { line, column: offset - starts[line - 1] + 1 };
  };
}

function splitsPair(text, i) {
  if (i <= 0 || i >= text.length) return false;
  const lo = text.charCodeAt(i);
  const hi = text.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
}

/** Problems with the findings of `text` (empty when sound). */
export function checkFindings(text, messages) {
  const problems = [];
  let editorPosition = null;
  for (const m of messages) {
    const [s, e] = m.range;
    if (!(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length)) {
      problems.push(`range: ${m.ruleId} [${s},${e}] outside 0..${text.length}`);
      continue;
    }
    if (splitsPair(text, s) || splitsPair(text, e)) problems.push(`range: ${m.ruleId} [${s},${e}] splits a surrogate pair`);
    if (m.fix) {
      const [fs, fe] = m.fix.range;
      // A fix may reach past its finding's span only to what touches it (the line break after a page number it removes).
      if (!(fs <= e && fe >= s)) problems.push(`confinement: ${m.ruleId} fixes [${fs},${fe}], away from its finding [${s},${e}]`);
    }
    editorPosition ??= editorPositions(text);
    const want = editorPosition(s);
    if (m.line !== want.line || m.column !== want.column) {
      problems.push(`position: ${m.ruleId} at ${s} says ${m.line}:${m.column}, an editor shows ${want.line}:${want.column}`);
    }
  }
  return problems;
}

/**
 * Whether `output` keeps every character of `text` outside the spans of the findings with fixes
 * (a finding's range joined with its fix's): output = text[0,s1) + X1 + text[e1,s2) + … + text[en,end)
 * for some X1…Xn. Returns null, or the first kept stretch that is not kept.
 */
export function unexplainedChange(text, output, findings) {
  const spans = findings
    .filter((m) => m.fix)
    .map((m) => [Math.min(m.range[0], m.fix.range[0]), Math.max(m.range[1], m.fix.range[1])])
    .sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [s, e] of spans) {
    const last = merged.at(-1);
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const kept = [];
  let from = 0;
  for (const [s, e] of merged) {
    kept.push([from, s]);
    from = e;
  }
  kept.push([from, text.length]);
  // The first stretch must begin the output and the last end it; those between follow in order.
  const [h0, h1] = kept[0];
  if (!output.startsWith(text.slice(h0, h1))) return { range: [h0, h1], text: text.slice(h0, h1) };
  let at = h1 - h0;
  for (let k = 1; k < kept.length - 1; k++) {
    const piece = text.slice(kept[k][0], kept[k][1]);
    const found = output.indexOf(piece, at);
    if (found < 0) return { range: kept[k], text: piece };
    at = found + piece.length;
  }
  if (kept.length > 1) {
    const [t0, t1] = kept.at(-1);
    const tail = text.slice(t0, t1);
    if (!output.endsWith(tail) || output.length - tail.length < at) return { range: [t0, t1], text: tail };
  }
  return null;
}

/**
 * Check one input. Returns { problems, lintMs, fixMs, fixes, passes, refused }. `engine` is the
 * formatter's dist module; `timing: false` leaves time to the caller. Fixing is followed pass by pass (engine.fixTextOnce), each pass
 * checked against the findings of its own input; `again` also runs engine.fixText on the input
 * (it must give the same text) and on its output (it must change nothing).
 */
export async function checkInput(engine, text, filePath, { again = false, timing = true } = {}) {
  const problems = [];
  const options = { filePath };
  const t0 = performance.now();
  let pass;
  try {
    pass = await engine.fixTextOnce(text, options);
  } catch (e) {
    if (e instanceof engine.MarkdownDepthError) return { problems, lintMs: performance.now() - t0, fixMs: 0, fixes: 0, passes: 0, refused: true };
    throw e;
  }
  const lintMs = performance.now() - t0;
  problems.push(...checkFindings(text, pass.messages));
  if (timing && lintMs > budgetMs(text)) problems.push(`slow: lint took ${Math.round(lintMs)} ms for ${text.length} characters`);
  let fixes = 0;
  let passes = 0;
  let current = text;
  while (pass.output !== current && passes < engine.MAX_FIX_PASSES) {
    passes++;
    fixes += pass.applied.length;
    const wrong = unexplainedChange(current, pass.output, pass.applied);
    if (wrong !== null) problems.push(`confinement: pass ${passes} changed [${wrong.range[0]},${wrong.range[1]}] ${JSON.stringify(wrong.text.slice(0, 20))}, which no finding it fixed covers`);
    current = pass.output;
    pass = await engine.fixTextOnce(current, options);
    if (passes === 1 || pass.output === current) problems.push(...checkFindings(current, pass.messages).map((p) => `after fix: ${p}`));
  }
  const fixMs = performance.now() - t0;
  if (timing && fixMs > budgetMs(text) && passes > 0) problems.push(`slow: fix took ${Math.round(fixMs)} ms for ${text.length} characters`);
  const converged = pass.output === current;
  if (!converged) problems.push(`idempotence: the fixes still changed the text after ${passes} passes`);
  if (again || !converged) {
    const whole = await engine.fixText(text, options);
    const expected = converged ? current : text;
    if (whole.output !== expected) problems.push(`idempotence: fixText gave another text than its passes${converged ? "" : " (when they do not converge it must apply nothing)"}`);
    if (converged && (await engine.fixText(whole.output, options)).output !== whole.output) problems.push("idempotence: a second fixText changed the fixed text");
  }
  return { problems, lintMs, fixMs, fixes, passes, refused: false };
}
