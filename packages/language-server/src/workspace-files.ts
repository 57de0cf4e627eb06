// The files the workspace lint looks at: Markdown and plain text under the workspace folders,
// without hidden folders (.git, .vscode …) and node_modules. Which of them are checked is decided
// per file as for an open document (config file, ignorePatterns, reportLint.enable, looks like a report).
import type { Host } from "./host.js";
import { join } from "./platform.js";

/** The extensions of the files the workspace lint reads (a .docx is checked with the CLI: its positions are not the editor's). */
export const WORKSPACE_FILE = /\.(md|markdown|txt)$/iu;
const SKIPPED_DIR = /^(\.|node_modules$)/u;

/** Markdown/text files under `folders` (each once, in a stable order), at most `max` of them. */
export async function reportFiles(host: Pick<Host, "readDirectory">, folders: readonly string[], max: number): Promise<{ files: string[]; truncated: boolean }> {
  const files: string[] = [];
  const seen = new Set<string>();
  // Breadth first, so a capped walk keeps the files nearest the folder roots.
  const queue = [...folders];
  while (queue.length > 0) {
    const dir = queue.shift()!;
    if (seen.has(dir)) continue;
    seen.add(dir);
    let entries;
    try {
      entries = await host.readDirectory(dir);
    } catch {
      continue; // unreadable or gone
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.kind === "directory") {
        if (!SKIPPED_DIR.test(e.name)) queue.push(path);
      } else if (e.kind === "file" && WORKSPACE_FILE.test(e.name) && !seen.has(path)) {
        if (files.length >= max) return { files, truncated: true };
        seen.add(path);
        files.push(path);
      }
    }
  }
  return { files, truncated: false };
}
