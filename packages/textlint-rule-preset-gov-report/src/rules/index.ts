// The preset's rules, keyed by their fixed ids (DESIGN.md "Rule catalogue").
import type { RuleModule } from "../define-rule.js";
import conversionArtifact from "./conversion-artifact.js";

export const rules: Record<string, RuleModule> = {
  "conversion-artifact": conversionArtifact,
};
