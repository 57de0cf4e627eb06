import { rules } from "./rules/index.js";

export { rules };
export { defineRule, renderMessage, docsUrl, MAX_FINDINGS_PER_RULE, overflowMessage, type RuleMeta, type RuleModule, type Finding, type Severity } from "./define-rule.js";

/** Default configuration: every rule on, at the severity its meta gives. */
export const rulesConfig: Record<string, { severity: string }> = Object.fromEntries(
  Object.entries(rules).map(([id, rule]) => [id, { severity: rule.meta.severity }]),
);

/** The textlint preset: `"presets": { "gov-report": true }` in .textlintrc. */
export default { rules, rulesConfig };
