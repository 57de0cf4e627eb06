// The model's corpus as the scripts that derive data from it read it (build-lm.mjs, build-bound.mjs):
// where it lies beside the repository by default, and its files in the order they are read.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** ../shared/corpus/lm beside the repository (README there: sources and licence basis). */
export const DEFAULT_CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..", "shared", "corpus", "lm");

/** Its files, in the order they are read (the order is part of what build-lm.mjs's output is made from). */
export const CORPUS_FILES = [
  "lawrefbook_laws/laws.txt",
  "china_law_db_extra/laws_extra.txt",
  "gov_work_reports/gov_work_reports_1978_2025.txt",
  "govcn_policy_2019_zhouynf/govcn_policy.txt",
];
