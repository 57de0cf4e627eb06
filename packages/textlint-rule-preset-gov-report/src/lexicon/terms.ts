// The shared check of confusable-word and outdated-term: every entry's regex over every
// paragraph of prose, one finding per match (the whole match is the faulty span).
import type { ConfusableEntry, OutdatedEntry } from "@report-lint/schema";
import type { Finding, RuleContext } from "../define-rule.js";
import { compileSource, lexiconDefaults, listLexicon, type LexiconOptions } from "./data.js";
import { memoFor, type ParagraphMemo } from "../paragraph-memo.js";
import { TermMatcher, type TermHit } from "./term-matcher.js";
import { TERM_STARTS } from "./term-starts.generated.js";

/** The literal starts of the built-in entries' regexes, read at build time. */
let known: ReadonlyMap<string, readonly string[] | null> | null = null;

type TermKind = "confusable" | "outdated";
type EntryOf<K extends TermKind> = K extends "confusable" ? ConfusableEntry : OutdatedEntry;

/** A matcher of the entries' regexes, gated by their literal starts (read at build time for the built-in ones). */
export function termMatcher<E extends ConfusableEntry | OutdatedEntry>(ruleId: string, entries: E[]): TermMatcher<E> {
  return new TermMatcher(entries, (e) => compileSource(ruleId, e.id, e.match), (known ??= new Map(TERM_STARTS)));
}

/**
 * confusable-word's matcher of the built-in lexicon: the rules whose findings would say again what one of its entries
 * says of the same slip (a misquoted formulation, a model's suspect) ask it, so that one slip makes one finding.
 */
export function confusableMatcher(): TermMatcher<ConfusableEntry> {
  return listLexicon("confusable-word", "confusable", lexiconDefaults, (entries) => termMatcher("confusable-word", entries));
}

/** The matches of each paragraph, by the lexicon in use (see ParagraphMemo). */
const memos = new WeakMap<object, ParagraphMemo<ReadonlyArray<TermHit<ConfusableEntry | OutdatedEntry>>>>();

/** Report each match of the `kind` lexicon; `finding` turns an entry and the matched text into a message. */
export function checkTerms<K extends TermKind>(
  ruleId: string,
  kind: K,
  ctx: RuleContext<LexiconOptions>,
  finding: (entry: EntryOf<K>, text: string, paragraph: string, start: number) => Pick<Finding, "messageId" | "data"> | null,
): void {
  const matcher = listLexicon(ruleId, kind, ctx.options, (entries) => termMatcher(ruleId, entries as Array<EntryOf<K>>));
  const memo = memoFor(memos, matcher);
  memo.begin(ctx.model);
  for (const p of ctx.model.paragraphs) {
    if (p.kind === "code" || p.kind === "html") continue;
    for (const hit of memo.get(p.text, () => spoken(matcher.scan(p.text)))) {
      const f = finding(hit.entry as EntryOf<K>, p.text.slice(hit.start, hit.end), p.text, hit.start);
      if (f !== null) ctx.report({ range: [p.range[0] + hit.start, p.range[0] + hit.end], ...f });
    }
  }
}

/** The matches that speak: of two entries matching overlapping text, the first (longest) one. */
export function spoken<E>(hits: Iterable<TermHit<E>>): Array<TermHit<E>> {
  const out: Array<TermHit<E>> = [];
  let reachedUntil = -1;
  for (const hit of hits) {
    if (hit.start < reachedUntil) continue;
    reachedUntil = hit.end;
    out.push(hit);
  }
  return out;
}
