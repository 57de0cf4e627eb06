export * from "./types.generated.js";
export { validateReportModel, validateProfile, validateConfig, compileSchema, type SchemaMode, type SchemaIssue, type ValidationResult, type ErrorObject, type ValidateFunction } from "./validate.js";
export { validateLexicon, validateLexiconEntries, type LexiconKind, type LexiconFileOf, type LexiconEntryOf } from "./validate.js";
export { builtinProfiles, getBuiltinProfile, DEFAULT_PROFILE_ID, fillYears } from "./profiles.js";
export { reportModelSchema, profileSchema, configSchema, lexiconSchema } from "./schemas.js";
export { didYouMean, keyPath } from "./suggest.js";
