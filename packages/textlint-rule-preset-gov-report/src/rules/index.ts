// The preset's rules, keyed by their fixed ids (DESIGN.md "Rule catalogue").
import type { RuleModule } from "../define-rule.js";
import conversionArtifact from "./conversion-artifact.js";
import duplicatedWord from "./duplicated-word.js";
import punctuationWidth from "./punctuation-width.js";
import bracketPair from "./bracket-pair.js";
import cjkSpacing from "./cjk-spacing.js";
import documentNumber from "./document-number.js";
import strayLatin from "./stray-latin.js";
import brokenParagraph from "./broken-paragraph.js";
import yearConsistency from "./year-consistency.js";
import numbering from "./numbering.js";
import requiredSections from "./required-sections.js";
import headingPunctuation from "./heading-punctuation.js";
import sectionContent from "./section-content.js";
import placeholder from "./placeholder.js";
import confusableWord from "./confusable-word.js";
import outdatedTerm from "./outdated-term.js";
import formulation from "./formulation.js";
import lawName from "./law-name.js";
import wrongCharacter from "./wrong-character.js";
import numberUsage from "./number-usage.js";
import figureConsistency from "./figure-consistency.js";

export const rules: Record<string, RuleModule> = {
  "conversion-artifact": conversionArtifact,
  "duplicated-word": duplicatedWord,
  "punctuation-width": punctuationWidth,
  "bracket-pair": bracketPair,
  "cjk-spacing": cjkSpacing,
  "document-number": documentNumber,
  "stray-latin": strayLatin,
  "broken-paragraph": brokenParagraph,
  "year-consistency": yearConsistency,
  numbering: numbering,
  "required-sections": requiredSections,
  "heading-punctuation": headingPunctuation,
  "section-content": sectionContent,
  placeholder: placeholder,
  "confusable-word": confusableWord,
  "outdated-term": outdatedTerm,
  formulation: formulation,
  "law-name": lawName,
  "wrong-character": wrongCharacter,
  "number-usage": numberUsage,
  "figure-consistency": figureConsistency,
};
