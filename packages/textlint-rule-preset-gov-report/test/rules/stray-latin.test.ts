import rule from "../../src/rules/stray-latin.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./stray-latin.cases.js";

runRuleCases("stray-latin", rule, cases);
