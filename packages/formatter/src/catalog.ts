import { rules, docsUrl } from "textlint-rule-preset-gov-report";

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
  return Object.entries(rules).map(([id, rule]) => ({
    id,
    name: rule.meta.name,
    description: rule.meta.description,
    summary: rule.meta.summary,
    severity: rule.meta.severity,
    fixable: rule.meta.fixable,
    docsUrl: docsUrl(id),
  }));
}
