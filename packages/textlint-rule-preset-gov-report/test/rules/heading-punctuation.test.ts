import rule from "../../src/rules/heading-punctuation.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./heading-punctuation.cases.js";

runRuleCases("heading-punctuation", rule, cases);
