import rule from "../../src/rules/outdated-term.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./outdated-term.cases.js";

runRuleCases("outdated-term", rule, cases);
