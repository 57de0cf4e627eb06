// The language model's lookups, compiled ahead to WebAssembly (AssemblyScript; built by
// scripts/build-wasm.mjs into src/lm-wasm.generated.ts). src/lm.ts reads lm.bin whole into this
// module's memory, checks its index, and asks these functions; what the file's layout is, and
// why, is written in scripts/build-lm.mjs and src/lm.ts.
//
// Why compiled: a report's first check asks the model ~15,000 times before V8 has compiled the
// JavaScript that asks it; the first pass over a report took 17 ms in JavaScript, 2 ms here
// (docs/benchmarks.md, "The model's lookups compiled ahead"). The loops that ask most
// (`lpPass`, `boundedGain`, `pairLogProbsAfter`) run here whole: a call across the boundary
// costs more than one lookup.
//
// Memory: the caller's buffers (text as code units, log-probabilities as f64) are addresses in
// this memory. Nothing is allocated here. The length of the n-gram the last lookup matched is
// also written to memory (`matchedAt`), for JavaScript to read without a call.

/** A damaged part of the file, found on first use: `damaged(kind)` throws in JavaScript. */
@external("env", "damaged")
declare function damaged(kind: i32): void;

/**
 * Pair p's group read from the file (the first time it is asked for) into this memory: where it
 * is now (4-aligned), or the empty group's place for a pair without one. JavaScript checks that p
 * and the group's place in the file are sound (else throws), and reads it.
 */
@external("env", "readGroup")
declare function readGroup(p: u32): usize;

/** What is damaged (src/lm.ts words them; 1, a damaged index, is found there). */
const DAMAGED_INCOMPLETE: i32 = 2;
const DAMAGED_UNSORTED: i32 = 3;

/** A slot's second word once its group is read and checked: READ | (where it is) >> 2. Before: 1 + the pair's position. */
const READ: u32 = 0x80000000;

let order: i32 = 0;
let units: i32 = 0;
let pairCount: u32 = 0;
let probStep: f64 = 0;
let backoffStep: f64 = 0;
let unknown: f64 = 0;
let tableStart: usize = 0;
let groupStart: usize = 0;
let unigrams: usize = 0;
let slots: usize = 0;
let blockOf: usize = 0;
/** Four zero bytes: the group of a pair that starts no longer n-gram. */
let emptyGroup: usize = 0;
let matched: i32 = 0;
/** Where `matched` is also written, for JavaScript to read without a call (src/lm.ts lastMatchLength). */
let matchedAt: usize = 0;

@inline function setMatched(n: i32): void {
  matched = n;
  store<u8>(matchedAt, <u8>n);
}

/**
 * Take the model's index and tables read at `at` (the file's first bytes, checked by src/lm.ts),
 * with `scratch` free for the unit index (65,536 × 4 bytes), an empty group (4 bytes) and the
 * last match length (1 byte).
 */
export function init(at: usize, scratch: usize): void {
  order = <i32>load<u32>(at + 8);
  units = <i32>load<u32>(at + 12);
  probStep = <f64>load<f32>(at + 16);
  backoffStep = <f64>load<f32>(at + 20);
  unknown = <f64>load<f32>(at + 24);
  pairCount = load<u32>(at + 28);
  tableStart = at + 32 + 4 * <usize>units;
  groupStart = tableStart + 4 * (<usize>units + 1);
  unigrams = groupStart + 4 * (<usize>pairCount + 1);
  slots = unigrams + ((2 * <usize>units + 3) & ~3);
  blockOf = scratch;
  emptyGroup = scratch + 4 * 65536;
  store<u32>(emptyGroup, 0);
  matchedAt = emptyGroup + 4;
  for (let u = 0; u < 65536; u++) store<i32>(blockOf + 4 * u, -1);
  for (let b = 0; b < units; b++) store<i32>(blockOf + 4 * load<u32>(at + 32 + 4 * b), b);
}

@inline function unitAt(s: usize, i: i32): u32 {
  return <u32>load<u16>(s + 2 * <usize>i);
}

@inline function blockOfUnit(unit: u32): i32 {
  return load<i32>(blockOf + 4 * <usize>(unit & 0xffff));
}

/** Where a follower's probe starts in a table of `tableSize` slots (scripts/build-lm.mjs tableSlot). */
@inline function tableSlot(second: u32, tableSize: u32): u32 {
  return (((second * 0x9e3779b1) >>> 16) * tableSize) >>> 16;
}

/** The slot (of 8 bytes) of the pair (first, second), or −1: a probe in first's table, which ends at its last slot, always free. */
function pairSlot(first: u32, second: u32): i32 {
  const b = blockOfUnit(first);
  if (b < 0) return -1;
  const at = load<u32>(tableStart + 4 * <usize>b);
  const end = load<u32>(tableStart + 4 * <usize>(b + 1));
  for (let e = at + tableSlot(second, end - at - 1); ; e++) {
    const slot = slots + 8 * <usize>e;
    if (load<u32>(slot + 4) == 0) return -1;
    if (load<u32>(slot) >>> 16 == second) return <i32>e;
  }
  return -1;
}

@inline function pad4(n: u32): u32 {
  return (n + 3) & ~3;
}

/** Where the group of the pair in slot `e` is: read and checked (its counts, its keys' order) the first time. */
function groupAt(e: i32): usize {
  const slot = slots + 8 * <usize>e;
  const v = load<u32>(slot + 4);
  if (v & READ) return <usize>(v & ~READ) << 2;
  const p = v - 1;
  const at = readGroup(p);
  if (at != emptyGroup && !sound(at, p)) return emptyGroup;
  store<u32>(slot + 4, READ | <u32>(at >> 2));
  return at;
}

/**
 * Do the counts of pair p's group, read to `at`, fill its length exactly, and do its keys ascend?
 * (If not, `damaged` throws. src/lm.ts's readGroup has checked p and the group's place in the file.)
 */
function sound(at: usize, p: u32): bool {
  const length = load<u32>(groupStart + 4 * <usize>(p + 1)) - load<u32>(groupStart + 4 * <usize>p);
  const n3 = <u32>load<u16>(at);
  const n4 = <u32>load<u16>(at + 2);
  const at4 = 4 + 2 * pad4(2 * n3);
  if (length < 4 || at4 + 4 * n4 + pad4(n4) != length) {
    damaged(DAMAGED_INCOMPLETE);
    return false;
  }
  for (let i: u32 = 1; i < n3; i++) {
    if (load<u16>(at + 4 + 2 * i) <= load<u16>(at + 4 + 2 * (i - 1))) {
      damaged(DAMAGED_UNSORTED);
      return false;
    }
  }
  for (let i: u32 = 1; i < n4; i++) {
    if (load<u32>(at + at4 + 4 * i) <= load<u32>(at + at4 + 4 * (i - 1))) {
      damaged(DAMAGED_UNSORTED);
      return false;
    }
  }
  return true;
}

/** Where the empty group is (src/lm.ts's readGroup answers it for a pair without a group). */
export function emptyGroupAt(): usize {
  return emptyGroup;
}

/** Position among the 3-grams of the group at `at` of the one whose third unit is `third`, or −1. */
function find3(at: usize, third: u32): i32 {
  let lo: i32 = 0;
  let hi: i32 = <i32>load<u16>(at) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = <u32>load<u16>(at + 4 + 2 * <usize>mid);
    if (v < third) lo = mid + 1;
    else if (v > third) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Where the group at `at` keeps its 3-grams' quants (prob at + i, backoff at + n3 + i). */
@inline function quants3At(at: usize): usize {
  return at + 4 + pad4(2 * <u32>load<u16>(at));
}

/** The quantised probability of the 4-gram (pair, third, fourth) in the group at `at`, or −1. */
function quant4(at: usize, third: u32, fourth: u32): i32 {
  const n4 = <i32>load<u16>(at + 2);
  if (n4 == 0) return -1;
  const keys = at + 4 + 2 * <usize>pad4(2 * <u32>load<u16>(at));
  const key: u32 = (third << 16) | fourth;
  let lo: i32 = 0;
  let hi: i32 = n4 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = load<u32>(keys + 4 * <usize>mid);
    if (v < key) lo = mid + 1;
    else if (v > key) hi = mid - 1;
    else return <i32>load<u8>(keys + 4 * <usize>n4 + <usize>mid);
  }
  return -1;
}

@inline function probQuant(word: u32): f64 {
  return <f64>((word >>> 8) & 0xff);
}

/**
 * log10 p(s[j] | s[max(from, j − order + 1) .. j − 1]) of the code units at `s` (src/lm.ts
 * conditionalLogProb: `unit` ≥ 0 stands in for s[j]; `context` is the match length at j − 1).
 */
export function conditionalLogProb(s: usize, j: i32, from: i32, unit: i32, context: i32): f64 {
  const w: u32 = unit >= 0 ? <u32>unit : unitAt(s, j);
  let back: f64 = 0;
  let start = j - order + 1;
  if (from > start) start = from;
  if (j - context > start) start = j - context;
  for (let a = start; a < j - 1; a++) {
    const e = pairSlot(unitAt(s, a), unitAt(s, a + 1));
    if (e < 0) continue;
    const word = load<u32>(slots + 8 * <usize>e);
    const at = groupAt(e);
    if (j - a == 3) {
      const third = unitAt(s, a + 2);
      const q = quant4(at, third, w);
      if (q >= 0) {
        setMatched(4);
        return back - probStep * <f64>q;
      }
      const i = find3(at, third);
      if (i >= 0) back -= backoffStep * <f64>load<u8>(quants3At(at) + <usize>load<u16>(at) + <usize>i);
    } else {
      const i = find3(at, w);
      if (i >= 0) {
        setMatched(3);
        return back - probStep * <f64>load<u8>(quants3At(at) + <usize>i);
      }
      back -= backoffStep * <f64>(word & 0xff);
    }
  }
  if (start <= j - 1) {
    const c = unitAt(s, j - 1);
    const b = blockOfUnit(c);
    if (b >= 0) {
      const e = pairSlot(c, w);
      if (e >= 0) {
        setMatched(2);
        return back - probStep * probQuant(load<u32>(slots + 8 * <usize>e));
      }
      back -= backoffStep * <f64>load<u8>(unigrams + <usize>units + <usize>b);
    }
  }
  const u = blockOfUnit(w);
  setMatched(u >= 0 ? 1 : 0);
  return back + (u >= 0 ? -probStep * <f64>load<u8>(unigrams + <usize>u) : unknown);
}

/** Does the model know this code unit (as a unigram)? */
export function knowsUnit(unit: u32): bool {
  return blockOfUnit(unit) >= 0;
}

/** Did the model keep the pair (first, second)? */
export function hasPair(first: u32, second: u32): bool {
  return pairSlot(first, second) >= 0;
}

/** The stored log10 probability of second after first, or `missing`. */
export function pairLogProb(first: u32, second: u32, missing: f64): f64 {
  const e = pairSlot(first, second);
  return e < 0 ? missing : -probStep * probQuant(load<u32>(slots + 8 * <usize>e));
}

/** pairLogProb(first, seconds[k], missing) into out[k] for k < n: the followers of one unit in its one table. */
export function pairLogProbsAfter(first: u32, seconds: usize, n: i32, out: usize, missing: f64): void {
  const b = blockOfUnit(first);
  if (b < 0) {
    for (let k = 0; k < n; k++) store<f64>(out + 8 * <usize>k, missing);
    return;
  }
  const at = load<u32>(tableStart + 4 * <usize>b);
  const end = load<u32>(tableStart + 4 * <usize>(b + 1));
  for (let k = 0; k < n; k++) {
    const second = unitAt(seconds, k);
    let p = missing;
    for (let e = at + tableSlot(second, end - at - 1); ; e++) {
      const slot = slots + 8 * <usize>e;
      if (load<u32>(slot + 4) == 0) break;
      if (load<u32>(slot) >>> 16 == second) {
        p = -probStep * probQuant(load<u32>(slot));
        break;
      }
    }
    store<f64>(out + 8 * <usize>k, p);
  }
}

/** An upper bound on log10 p(second | any context that ends with first) (src/lm.ts followerCeiling). */
export function followerCeiling(first: u32, second: u32): f64 {
  if (pairSlot(first, second) >= 0) return 0;
  const b = blockOfUnit(first);
  const u = blockOfUnit(second);
  return (b >= 0 ? -backoffStep * <f64>load<u8>(unigrams + <usize>units + <usize>b) : 0) + (u >= 0 ? -probStep * <f64>load<u8>(unigrams + <usize>u) : unknown);
}

/** The unit's own log10 probability (its unigram), or the unknown unit's. */
export function unigramLogProb(unit: u32): f64 {
  const u = blockOfUnit(unit);
  return u >= 0 ? -probStep * <f64>load<u8>(unigrams + <usize>u) : unknown;
}

/** The stored quantised probability of the n-gram of units [a, b) at `s`, or −1 if the model did not keep it. */
export function storedQuant(s: usize, a: i32, b: i32): i32 {
  const len = b - a;
  if (len == 1) {
    const i = blockOfUnit(unitAt(s, a));
    return i < 0 ? -1 : <i32>load<u8>(unigrams + <usize>i);
  }
  const e = pairSlot(unitAt(s, a), unitAt(s, a + 1));
  if (e < 0) return -1;
  if (len == 2) return <i32>((load<u32>(slots + 8 * <usize>e) >>> 8) & 0xff);
  if (len > 4) return -1;
  const at = groupAt(e);
  if (len == 4) return quant4(at, unitAt(s, a + 2), unitAt(s, a + 3));
  const i = find3(at, unitAt(s, a + 2));
  return i < 0 ? -1 : <i32>load<u8>(quants3At(at) + <usize>i);
}

/**
 * The model's pass over a paragraph's `n` units at `s` (BOS … EOS): lp[j] = conditionalLogProb
 * of unit j (f64 at `lp`) and match[j] (u8 at `match`) for j in 1..n − 1; lp[0] = 0, match[0] = 255.
 */
export function lpPass(s: usize, n: i32, lp: usize, match: usize): void {
  let context = 255;
  store<f64>(lp, 0);
  store<u8>(match, 255);
  for (let j = 1; j < n; j++) {
    store<f64>(lp + 8 * <usize>j, conditionalLogProb(s, j, 0, -1, context));
    context = matched;
    store<u8>(match + <usize>j, <u8>matched);
  }
}

/**
 * The change in log-probability of units [from, to) at `s` against the f64s at `lp`, or −Infinity
 * as soon as it cannot reach `floor` (src/spelling.ts boundedGain; `context` is the match length
 * at from − 1).
 */
export function boundedGain(s: usize, lp: usize, from: i32, to: i32, floor: f64, context: i32): f64 {
  let rest: f64 = 0;
  for (let k = from; k < to; k++) rest -= load<f64>(lp + 8 * <usize>k);
  let gain: f64 = 0;
  for (let k = from; k < to; k++) {
    const p = conditionalLogProb(s, k, 0, -1, context);
    context = matched;
    const old = load<f64>(lp + 8 * <usize>k);
    gain += p - old;
    rest += old;
    if (gain + rest < floor) return -Infinity;
  }
  return gain;
}

/**
 * The shortlist's scores of the n candidates (code units at `seconds`) for the unit `unit` between
 * `before` and `after` (src/spelling.ts shortlist), into the f64s at `out`: the candidate's left
 * pair's and right pair's stored log-probabilities summed, or NaN where it is the unit written,
 * where its left pair alone falls below the floor (the written unit's two pairs less `slack`),
 * or where the sum does, or where neither pair was kept.
 */
export function candidateScores(before: u32, unit: u32, after: u32, seconds: usize, n: i32, out: usize, missing: f64, slack: f64): void {
  const floor = pairLogProb(before, unit, missing) + pairLogProb(unit, after, missing) - slack;
  pairLogProbsAfter(before, seconds, n, out, missing);
  for (let k = 0; k < n; k++) {
    const cu = unitAt(seconds, k);
    const left = load<f64>(out + 8 * <usize>k);
    let score = NaN;
    if (cu != unit && left >= floor) {
      const sum = left + pairLogProb(cu, after, missing);
      if (sum != 2 * missing && sum >= floor) score = sum;
    }
    store<f64>(out + 8 * <usize>k, score);
  }
}

/** For each of the n units at `firsts`: 1 where the model kept the pair (first, second), else 0 (bytes at `out`). */
export function pairsBefore(firsts: usize, n: i32, second: u32, out: usize): void {
  for (let k = 0; k < n; k++) store<u8>(out + <usize>k, pairSlot(unitAt(firsts, k), second) >= 0 ? 1 : 0);
}

/**
 * The dropped-character search's weighing of one character inserted at `at` of the text at `s`
 * (src/spelling.ts searchMissing): the sum of the log-probabilities of the new unit and those
 * after it up to `last`, or −Infinity as soon as it cannot reach what it must — the new unit and
 * the next together no worse than the next alone (`lpNext`), then the whole no less than `floor`.
 * Each term is ≤ 0 and at most its pair's followerCeiling: those bounds settle most insertions
 * before the model is asked. `context` is the match length before the gap.
 */
function insertionSum(s: usize, at: i32, last: i32, lpNext: f64, floor: f64, context: i32): f64 {
  const prev = unitAt(s, at - 1);
  const cu = unitAt(s, at);
  const next = unitAt(s, at + 1);
  const ceiling = followerCeiling(cu, next);
  if (ceiling < lpNext) return -Infinity;
  if (ceiling + followerCeiling(prev, cu) < lpNext) return -Infinity;
  let sum = conditionalLogProb(s, at, 0, -1, context);
  if (sum + ceiling < lpNext) return -Infinity;
  sum += conditionalLogProb(s, at + 1, 0, -1, matched);
  if (sum < lpNext) return -Infinity;
  for (let k = at + 2; k <= last && sum >= floor; k++) sum += conditionalLogProb(s, k, 0, -1, matched);
  return sum < floor ? -Infinity : sum;
}

/**
 * insertionSum for each of the n characters at `proposals`, each put in turn at `at` of the text
 * at `s`: the sums into the f64s at `out` (−Infinity where one stops). One call for a gap's
 * proposals (src/spelling.ts searchMissing), not one for each.
 */
export function insertionSums(s: usize, at: i32, last: i32, lpNext: f64, floor: f64, context: i32, proposals: usize, n: i32, out: usize): void {
  for (let k = 0; k < n; k++) {
    store<u16>(s + 2 * <usize>at, load<u16>(proposals + 2 * <usize>k));
    store<f64>(out + 8 * <usize>k, insertionSum(s, at, last, lpNext, floor, context));
  }
}

/**
 * The sum of the log-probabilities of the units at .. end − 1 of the text at `s`, stopping as soon
 * as it falls below `floor` (every term is ≤ 0; −Infinity: the whole stretch). `context` is the
 * match length before `at`. (src/spelling.ts: a text with a character taken out, a doubled
 * character's margin.)
 */
export function logProbSum(s: usize, at: i32, end: i32, floor: f64, context: i32): f64 {
  let sum: f64 = 0;
  for (let k = at; k < end && sum >= floor; k++) {
    sum += conditionalLogProb(s, k, 0, -1, context);
    context = matched;
  }
  return sum;
}
