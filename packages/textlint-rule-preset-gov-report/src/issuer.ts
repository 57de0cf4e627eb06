// The level of the organ that issues a report, read from the organs its title names (core's
// model.organs): a township (乡/镇) or a street office (街道) has a Party committee (党委; a street,
// 党工委) and no 党组; a department of a county or city government (司法局, 发展改革委) reports
// under the department profile.
import type { ReportModel } from "@report-lint/schema";

export type IssuerLevel = "township" | "street" | "government" | "department";

const STREET = /街道(?:办事处|党工委|工委)?$/u;
const TOWNSHIP = /[镇乡](?:人民政府|政府|委员会|党委)?$/u;
const GOVERNMENT = /(?:人民政府|政府)$/u;
/** A department: a bureau, commission, office, centre, a law-enforcement brigade or detachment (消防救援大队, 综合行政执法支队), an archive — not a Party committee. */
const DEPARTMENT = /(?:局|委员会|委|办公室|厅|中心|署|大队|支队|总队|档案馆)$/u;
const PARTY = /(?:党委|党工委|^中共.*委员会)$/u;

/** The issuer's level, or null when the title names no organ (or one of no level known here). */
export function issuerLevel(model: ReportModel): IssuerLevel | null {
  const organs = model.organs.map((o) => o.replace(/\s+/gu, ""));
  if (organs.length === 0) return null;
  // The government among joint issuers (中共某镇委员会 某镇人民政府) says the level; else the first.
  const organ = organs.find((o) => !PARTY.test(o)) ?? organs[0]!;
  if (STREET.test(organ)) return "street";
  if (TOWNSHIP.test(organ)) return "township";
  if (GOVERNMENT.test(organ)) return "government";
  if (DEPARTMENT.test(organ) && !PARTY.test(organ)) return "department";
  return null;
}
