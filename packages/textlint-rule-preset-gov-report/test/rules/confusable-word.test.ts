import rule from "../../src/rules/confusable-word.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./confusable-word.cases.js";

runRuleCases("confusable-word", rule, cases);
