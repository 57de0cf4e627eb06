import rule from "../../src/rules/figure-consistency.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./figure-consistency.cases.js";

runRuleCases("figure-consistency", rule, cases);
