import rule from "../../src/rules/year-consistency.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./year-consistency.cases.js";

runRuleCases("year-consistency", rule, cases);
