import rule from "../../src/rules/formulation.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./formulation.cases.js";

runRuleCases("formulation", rule, cases);
