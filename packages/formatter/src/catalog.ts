import { rules, docsUrl } from "textlint-rule-preset-gov-report";
import { docxLayoutMeta } from "./docx-layout.js";

/** What tools show about a rule (SARIF driver rules, docs links, help). */
export interface RuleInfo {
  id: string;
  name: string;
  description: string;
  summary: string;
  severity: "error" | "warning" | "info";
  fixable: boolean;
  docsUrl: string;
}

/** Every rule of the preset, in registration order. */
export function ruleCatalog(): RuleInfo[] {
  const metas = [...Object.values(rules).map((r) => r.meta), docxLayoutMeta];
  return metas.map((meta) => ({
    id: meta.id,
    name: meta.name,
    description: meta.description,
    summary: meta.summary,
    severity: meta.severity,
    fixable: meta.fixable,
    docsUrl: docsUrl(meta.id),
  }));
}
