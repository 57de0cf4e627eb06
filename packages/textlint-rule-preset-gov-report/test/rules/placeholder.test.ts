import rule from "../../src/rules/placeholder.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./placeholder.cases.js";

runRuleCases("placeholder", rule, cases);
