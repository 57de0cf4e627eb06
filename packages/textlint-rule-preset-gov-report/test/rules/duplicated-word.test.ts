import rule from "../../src/rules/duplicated-word.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./duplicated-word.cases.js";

runRuleCases("duplicated-word", rule, cases);
