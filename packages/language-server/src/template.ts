import { toChineseNumber } from "@report-lint/core";
import type { Profile } from "@report-lint/schema";
import { templateHeading } from "./sections.js";

/** Options of {@link reportTemplate}. */
export interface TemplateOptions {
  /** The year the report is about; default: last year. */
  year?: number;
  format?: "markdown" | "text";
}

/**
 * A new report's skeleton from a profile: the title and one numbered top-level
 * heading per item (required items first, in the profile's order), with each
 * item's writing guidance as a comment (Markdown) or a bracketed hint (text).
 */
export function reportTemplate(profile: Profile, options: TemplateOptions = {}): string {
  const year = options.year ?? new Date().getFullYear() - 1;
  const markdown = (options.format ?? "markdown") === "markdown";
  const lines: string[] = [];
  const title = `${year}年${profile.name}`;
  lines.push(markdown ? `# ${title}` : title, "");
  profile.items.forEach((item, i) => {
    const heading = `${toChineseNumber(i + 1)}、${templateHeading(item, year)}`;
    lines.push(markdown ? `## ${heading}` : heading, "");
    const guidance = item.template?.guidance;
    if (guidance !== undefined && guidance !== "") {
      lines.push(markdown ? `<!-- 撰写提示：${guidance} -->` : `（撰写提示：${guidance}）`, "");
    }
  });
  return lines.join("\n");
}
