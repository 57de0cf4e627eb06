import { ruleCatalog } from "@report-lint/formatter";
import { displayPath, docxPlace, type Formatter } from "./shared.js";

const LEVEL: Record<number, "error" | "warning" | "note"> = { 1: "warning", 2: "error", 3: "note" };
const META_LEVEL: Record<string, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** A relative URI reference for a path (each segment percent-encoded). */
function uriOf(path: string): string {
  return path
    .split("/")
    .map((s) => encodeURIComponent(s))
    .join("/");
}

function rootUri(cwd: string): string {
  const posix = cwd.split("\\").join("/");
  const withSlash = posix.endsWith("/") ? posix : `${posix}/`;
  return "file://" + (withSlash.startsWith("/") ? "" : "/") + uriOf(withSlash);
}

/**
 * SARIF 2.1.0: one run; the driver lists every rule of the preset with its
 * Chinese name and description and helpUri = the rule's docs page; each
 * finding is a result with a region (UTF-16 columns) and, when fixable, a fix.
 * Files that could not be read become tool execution notifications.
 */
export const formatSarif: Formatter = (reports, ctx) => {
  const catalog = ruleCatalog();
  const index = new Map(catalog.map((r, i) => [r.id, i]));
  const artifacts: object[] = [];
  const results: object[] = [];
  const notifications: object[] = [];
  for (const r of reports) {
    const uri = uriOf(displayPath(r.path, ctx.cwd));
    if (r.error !== null || r.text === null) {
      notifications.push({
        level: "error",
        message: { text: r.error ?? "" },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: "SRCROOT" } } }],
      });
      continue;
    }
    const artifactIndex = artifacts.length;
    artifacts.push({ location: { uri, uriBaseId: "SRCROOT" }, mimeType: r.docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : r.path.match(/\.(md|markdown)$/iu) ? "text/markdown" : "text/plain" });
    const artifactLocation = { uri, uriBaseId: "SRCROOT", index: artifactIndex };
    for (const m of r.messages) {
      const [start, end] = m.range;
      const region: Record<string, unknown> = { charOffset: start, charLength: Math.max(0, end - start) };
      let text = m.message;
      if (r.docx) {
        const { where, excerpt } = docxPlace(r, m);
        text = `${where}（${excerpt}）：${m.message}`;
        region.snippet = { text: excerpt };
      } else {
        region.startLine = m.loc.start.line;
        // textlint's loc columns are 1-based; SARIF's endColumn is the column after the last character.
        region.startColumn = m.loc.start.column;
        region.endLine = m.loc.end.line;
        region.endColumn = m.loc.end.column;
      }
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        level: LEVEL[m.severity] ?? "warning",
        message: { text },
        locations: [{ physicalLocation: { artifactLocation, region } }],
      };
      const ruleIndex = index.get(m.ruleId);
      if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
      if (m.fix !== undefined && !r.docx) {
        result.fixes = [
          {
            description: { text: m.message },
            artifactChanges: [
              {
                artifactLocation,
                replacements: [{ deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] }, insertedContent: { text: m.fix.text } }],
              },
            ],
          },
        ];
      }
      results.push(result);
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "report-lint",
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: "https://github.com/report-lint/report-lint",
            rules: catalog.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.name },
              fullDescription: { text: rule.description },
              help: { text: rule.summary },
              helpUri: rule.docsUrl,
              defaultConfiguration: { level: META_LEVEL[rule.severity] ?? "warning" },
              properties: { fixable: rule.fixable },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: rootUri(ctx.cwd) } },
        columnKind: "utf16CodeUnits",
        artifacts,
        results,
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
