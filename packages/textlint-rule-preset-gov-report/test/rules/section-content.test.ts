import rule from "../../src/rules/section-content.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./section-content.cases.js";

runRuleCases("section-content", rule, cases);
