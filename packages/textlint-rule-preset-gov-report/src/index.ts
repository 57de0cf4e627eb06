import { rules } from "./rules/index.js";

export { rules };
export {
  defineRule,
  renderMessage,
  docsUrl,
  MAX_FINDINGS_PER_RULE,
  overflowMessage,
  collectDetails,
  detailsKey,
  type RuleMeta,
  type RuleModule,
  type Finding,
  type FindingAction,
  type FindingDetails,
  type Severity,
} from "./define-rule.js";
export { pageNumberLines } from "./rules/conversion-artifact.js";
export { looksLikeReport } from "./profile.js";
export { planSectionInsertion, templateHeading, reportYearOf, type SectionInsertion } from "./section-insertion.js";

/** Default configuration: every rule on, at the severity its meta gives. */
export const rulesConfig: Record<string, { severity: string }> = Object.fromEntries(
  Object.entries(rules).map(([id, rule]) => [id, { severity: rule.meta.severity }]),
);

/** The textlint preset: `"presets": { "gov-report": true }` in .textlintrc. */
export default { rules, rulesConfig };
