import rule from "../../src/rules/conversion-artifact.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./conversion-artifact.cases.js";

runRuleCases("conversion-artifact", rule, cases);
