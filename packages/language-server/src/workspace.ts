// Which documents report-lint checks, and with what configuration: the editor's settings per
// document, the workspace folders, and the config files found by the Linter (the CLI's own
// lookup, so a document is checked in the editor exactly as on the command line).
import { isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, defaultConfig, Linter, type ConfigIssue, type ResolvedConfig } from "@report-lint/formatter";
import { formatOf, type Format } from "@report-lint/core";
import type { Connection } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { DEFAULT_SETTINGS, effectiveConfig, parseSettings, type Settings } from "./settings.js";

/** An invalid configuration: which file, and what is wrong where, in Chinese. */
export interface ConfigProblem {
  path: string;
  issues: ConfigIssue[];
}

/** The config problem carried by an error, or null when it is another kind of failure. */
export function configProblemOf(error: unknown): ConfigProblem | null {
  if (error instanceof ConfigError) return { path: error.path, issues: error.issues };
  return null;
}

export function configMessage(p: ConfigProblem): string {
  const issues = p.issues.map((i) => (i.pointer !== "" ? `${i.pointer}：${i.message}` : i.message)).join("；");
  return `report-lint 配置有误（${p.path}）：${issues === "" ? "无法使用" : issues}`;
}

/** How report-lint treats one document now. */
export interface DocContext {
  enabled: boolean;
  settings: Settings;
  /** The configuration to lint with (null when disabled or broken). */
  config: ResolvedConfig | null;
  /** Why the configuration cannot be used, in Chinese. */
  problem: string | null;
  /** The path the engine is given: the file's, with the extension of the editor's language. */
  filePath: string;
  format: Format;
}

/** The configuration of a document with no config file: the default profile, every rule at its default. */
const NO_CONFIG: ResolvedConfig = Object.freeze(defaultConfig());

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith("file:")) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export class Workspace {
  /** The engine (its config lookup here; its linting runs in the runner's worker). */
  readonly linter = new Linter();
  folders: string[] = [];
  globalSettings: Settings = { ...DEFAULT_SETTINGS };
  /** The client answers workspace/configuration requests (else globalSettings apply everywhere). */
  pullsSettings = false;
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  // The config file and the settings are cached objects: merge them once per pair.
  private readonly merged = new WeakMap<ResolvedConfig, WeakMap<Settings, Promise<ResolvedConfig>>>();

  constructor(private readonly connection: Connection) {}

  settingsFor(uri: string): Promise<Settings> {
    if (!this.pullsSettings) return Promise.resolve(this.globalSettings);
    let p = this.settingsCache.get(uri);
    if (p === undefined) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: "reportLint" }).then(
        (raw: unknown) => parseSettings(raw),
        () => this.globalSettings,
      );
      this.settingsCache.set(uri, p);
    }
    return p;
  }

  /** Forget a closed document's settings. */
  close(uri: string): void {
    this.settingsCache.delete(uri);
  }

  /** Forget every setting and configuration read (settings or a config file changed). */
  forget(): void {
    this.settingsCache.clear();
    this.linter.forget();
  }

  /** Whether some document's configuration uses a profile read from a file (any JSON/YAML change may touch it). */
  async usesProfileFile(): Promise<boolean> {
    for (const p of this.linter.knownConfigs()) {
      const config = await p.catch(() => null);
      if (config !== null && typeof config.profile !== "string") return true;
    }
    return false;
  }

  /** The workspace folder a path is in (the innermost), or the first folder for a document without a path. */
  folderOf(path: string | null): string | null {
    if (path === null) return this.folders[0] ?? null;
    let best: string | null = null;
    for (const f of this.folders) {
      const rel = relative(f, path);
      const inside = !rel.startsWith("..") && !isAbsolute(rel);
      if (inside && (best === null || f.length > best.length)) best = f;
    }
    return best;
  }

  async contextOf(doc: TextDocument): Promise<DocContext> {
    const settings = await this.settingsFor(doc.uri);
    const path = uriToPath(doc.uri);
    const folder = this.folderOf(path);
    // The editor's language decides the parser (a .txt shown as Markdown is linted as Markdown).
    const format: Format = doc.languageId === "markdown" ? "markdown" : "text";
    const ext = format === "markdown" ? ".md" : ".txt";
    const base = path ?? join(folder ?? process.cwd(), `untitled${ext}`);
    const filePath = formatOf(base) === format ? base : `${base}${ext}`;
    const ctx: DocContext = { enabled: settings.enable, settings, config: null, problem: null, filePath, format };
    let file: ResolvedConfig;
    try {
      file = path === null && folder === null ? NO_CONFIG : await this.linter.configFor(base);
    } catch (e) {
      const problem = configProblemOf(e);
      ctx.enabled = true; // a config file is there: the user opted in
      ctx.problem = problem !== null ? configMessage(problem) : `report-lint 无法读取配置：${e instanceof Error ? e.message : String(e)}`;
      return ctx;
    }
    if (file.configPath !== null) ctx.enabled = true;
    if (!ctx.enabled || (path !== null && this.linter.isIgnored(path, file))) {
      ctx.enabled = false;
      return ctx;
    }
    try {
      ctx.config = await this.effectiveFor(file, settings, folder);
    } catch (e) {
      const problem = configProblemOf(e);
      ctx.problem = problem !== null ? configMessage(problem) : e instanceof Error ? e.message : String(e);
    }
    return ctx;
  }

  private effectiveFor(file: ResolvedConfig, settings: Settings, folder: string | null): Promise<ResolvedConfig> {
    let bySettings = this.merged.get(file);
    if (bySettings === undefined) {
      bySettings = new WeakMap();
      this.merged.set(file, bySettings);
    }
    let p = bySettings.get(settings);
    if (p === undefined) {
      p = effectiveConfig(file, settings, folder);
      bySettings.set(settings, p);
    }
    return p;
  }
}
