// The shared check of confusable-word and outdated-term: every entry's regex over every
// paragraph of prose, one finding per match (the whole match is the faulty span).
import type { ConfusableEntry, OutdatedEntry } from "@report-lint/schema";
import type { Finding, RuleContext } from "../define-rule.js";
import { compileSource, listLexicon, type LexiconOptions } from "./data.js";
import { TermMatcher } from "./term-matcher.js";
import { TERM_STARTS } from "./term-starts.generated.js";

/** The literal starts of the built-in entries' regexes, read at build time. */
let known: ReadonlyMap<string, readonly string[] | null> | null = null;

type TermKind = "confusable" | "outdated";
type EntryOf<K extends TermKind> = K extends "confusable" ? ConfusableEntry : OutdatedEntry;

/** Report each match of the `kind` lexicon; `finding` turns an entry and the matched text into a message. */
export function checkTerms<K extends TermKind>(
  ruleId: string,
  kind: K,
  ctx: RuleContext<LexiconOptions>,
  finding: (entry: EntryOf<K>, text: string) => Pick<Finding, "messageId" | "data">,
): void {
  const matcher = listLexicon(ruleId, kind, ctx.options, (entries) =>
    new TermMatcher(entries as Array<EntryOf<K>>, (e) => compileSource(ruleId, e.id, e.match), (known ??= new Map(TERM_STARTS))),
  );
  for (const p of ctx.model.paragraphs) {
    if (p.kind === "code" || p.kind === "html") continue;
    let reachedUntil = -1;
    for (const hit of matcher.scan(p.text)) {
      // Two entries matching overlapping text: the first (longest) one speaks.
      if (hit.start < reachedUntil) continue;
      reachedUntil = hit.end;
      ctx.report({ range: [p.range[0] + hit.start, p.range[0] + hit.end], ...finding(hit.entry, p.text.slice(hit.start, hit.end)) });
    }
  }
}
