import rule from "../../src/rules/document-number.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./document-number.cases.js";

runRuleCases("document-number", rule, cases);
