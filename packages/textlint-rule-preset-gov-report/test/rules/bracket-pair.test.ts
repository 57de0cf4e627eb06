import rule from "../../src/rules/bracket-pair.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./bracket-pair.cases.js";

runRuleCases("bracket-pair", rule, cases);
