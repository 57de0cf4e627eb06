import type { ReportModel } from "@report-lint/schema";

/** What follows each heading of a report model, counted once per model. */
export interface SectionFacts {
  /** Section i has subsections. */
  hasChildren: readonly boolean[];
  /** Section i has a body or list paragraph besides its heading. */
  hasProse: readonly boolean[];
  /** Section i has a code block besides its heading. */
  hasCode: readonly boolean[];
}

const cache = new WeakMap<ReportModel, SectionFacts>();

/**
 * The facts the structure rules ask of every heading, in one pass over the sections and
 * one over the paragraphs: asking each heading's question of the whole model costs
 * sections × paragraphs, which on a ten-thousand-heading file is seconds.
 */
export function sectionFacts(model: ReportModel): SectionFacts {
  const hit = cache.get(model);
  if (hit !== undefined) return hit;
  const n = model.sections.length;
  const hasChildren = new Array<boolean>(n).fill(false);
  const hasProse = new Array<boolean>(n).fill(false);
  const hasCode = new Array<boolean>(n).fill(false);
  for (const s of model.sections) if (s.parent !== null) hasChildren[s.parent] = true;
  model.paragraphs.forEach((p, j) => {
    const i = p.section;
    if (i === null || i === undefined || j === model.sections[i]?.paragraph) return;
    if (p.kind === "body" || p.kind === "list") hasProse[i] = true;
    else if (p.kind === "code") hasCode[i] = true;
  });
  const facts = { hasChildren, hasProse, hasCode };
  cache.set(model, facts);
  return facts;
}
