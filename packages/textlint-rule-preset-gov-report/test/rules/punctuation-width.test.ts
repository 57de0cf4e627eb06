import rule from "../../src/rules/punctuation-width.js";
import { runRuleCases } from "../helpers/cases.js";
import cases from "./punctuation-width.cases.js";

runRuleCases("punctuation-width", rule, cases);
