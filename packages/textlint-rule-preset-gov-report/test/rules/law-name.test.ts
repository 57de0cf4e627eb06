import rule from "../../src/rules/law-name.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./law-name.cases.js";

runRuleCases("law-name", rule, cases);
