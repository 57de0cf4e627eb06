export { lintText, fixTextOnce, type EngineOptions, type RuleSetting, type RuleSeverity } from "./engine.js";
