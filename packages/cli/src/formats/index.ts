import { formatStylish } from "./stylish.js";
import { formatJson } from "./json.js";
import { formatSarif } from "./sarif.js";
import { formatGithub } from "./github.js";
import { formatSummary } from "./summary.js";
import { formatHtml } from "./html.js";
import { formatMarkdown } from "./markdown.js";
import { formatJunit } from "./junit.js";
import { formatGitlab } from "./gitlab.js";
import type { Formatter } from "./shared.js";

export type { Formatter, FormatContext } from "./shared.js";

/** The output formats, by --format name. */
export const FORMATS: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  summary: formatSummary,
  html: formatHtml,
  markdown: formatMarkdown,
  junit: formatJunit,
  gitlab: formatGitlab,
};
