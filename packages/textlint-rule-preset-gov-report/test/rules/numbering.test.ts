import rule from "../../src/rules/numbering.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./numbering.cases.js";

runRuleCases("numbering", rule, cases);
