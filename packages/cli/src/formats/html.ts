import { reportPage } from "@report-lint/formatter";
import { displayPath, type Formatter } from "./shared.js";

/**
 * One self-contained HTML page for a folder of reports, for a reviewer who wants to look rather
 * than read: the formatter's report renderer (the offline page shows the same table, charts and
 * findings), given the reports as the CLI checked them.
 */
export const formatHtml: Formatter = (reports, ctx) =>
  reportPage(
    reports.map((r) => ({ ...r, file: displayPath(r.path, ctx.cwd) })),
    ctx.version,
  );
