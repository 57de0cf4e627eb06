// Which documents report-lint checks, and with what configuration: the editor's settings per
// document, the workspace folders, and the config files found by the Linter (the CLI's own
// lookup, so a document is checked in the editor exactly as on the command line). A document no
// config file covers is checked with the default configuration when it looks like a report
// (the preset's looksLikeReport), so the editor is not silent on first use.
import { ConfigError, defaultConfig, Linter, type ConfigIssue, type ResolvedConfig } from "@report-lint/formatter";
import { formatOf, matchMarker, parseReport, type Format } from "@report-lint/core";
import { builtinProfiles } from "@report-lint/schema";
import { looksLikeReport } from "textlint-rule-preset-gov-report";
import type { Connection } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { cwd, isAbsolute, join, relative, uriToPath } from "./platform.js";
import type { LintReason } from "./protocol.js";
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
  /** Why it is checked (null when it is not). */
  reason: LintReason | null;
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

/**
 * How much of a document is read to tell whether it looks like a report: the title is at the top,
 * and the first top-level sections of a real report come well within it (the seeds: the fourth
 * 一、 section starts before character 9,000). A long unrelated file costs one bounded parse.
 */
const LOOK_CHARS = 30_000;

/** The built-in profiles' title patterns, for {@link mayLookLikeReport}. */
const TITLE_PATTERNS = Object.values(builtinProfiles).flatMap((p) => (p.titlePattern === undefined ? [] : [new RegExp(p.titlePattern, "u")]));

/**
 * What looksLikeReport needs, found without parsing: a profile's title pattern somewhere in the
 * text (whitespace dropped, as the title is matched), or two lines that start with a 一、 marker
 * (core's matchMarker, after Markdown's # or > and indentation). Most unrelated Markdown fails
 * here and costs no Markdown parse on the server's main thread (a 15,000-character Chinese
 * document: some 50 ms to parse, under 1 ms to scan).
 */
function mayLookLikeReport(head: string): boolean {
  const squeezed = head.replace(/\s+/gu, "");
  if (TITLE_PATTERNS.some((re) => re.test(squeezed))) return true;
  let markers = 0;
  for (const line of head.split("\n")) {
    if (matchMarker(line.replace(/^[\s#>*]+/u, ""))?.style === "cn" && ++markers >= 2) return true;
  }
  return false;
}

/** Whether a document's text looks like a report (the preset's looksLikeReport on its first {@link LOOK_CHARS} characters). */
export function textLooksLikeReport(text: string, format: Format): boolean {
  let head = text.length <= LOOK_CHARS ? text : text.slice(0, LOOK_CHARS);
  if (!/[\u4e00-\u9fff]/u.test(head)) return false;
  if (head.length < text.length) {
    const cut = head.lastIndexOf("\n");
    if (cut > 0) head = head.slice(0, cut);
  }
  return mayLookLikeReport(head) && looksLikeReport(parseReport(head, format));
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
  /**
   * Open documents found to look like reports, and the version last found not to: once a report,
   * a document stays checked until it is closed (deleting its title does not silence it mid-edit).
   */
  private readonly reportLike = new Map<string, number | true>();

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
    this.reportLike.delete(uri);
  }

  /** Whether a document looks like a report (remembered per open document; `remember: false` for files read from disk). */
  looksLikeReport(doc: TextDocument, format: Format, remember = true): boolean {
    const known = this.reportLike.get(doc.uri);
    if (known === true || (known === doc.version && remember)) return known === true;
    const yes = textLooksLikeReport(doc.getText(), format);
    if (remember) this.reportLike.set(doc.uri, yes ? true : doc.version);
    return yes;
  }

  /** The config file that applies to a path (null: none; throws when it is invalid). */
  async configFileOf(path: string): Promise<string | null> {
    return (await this.linter.configFor(path)).configPath;
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

  /**
   * How report-lint treats a document: its configuration, whether it is checked and why.
   * `remember: false` for a file read from disk by the workspace lint, not an open document.
   */
  async contextOf(doc: TextDocument, remember = true): Promise<DocContext> {
    const settings = await this.settingsFor(doc.uri);
    const path = uriToPath(doc.uri);
    const folder = this.folderOf(path);
    // The editor's language decides the parser (a .txt shown as Markdown is linted as Markdown).
    const format: Format = doc.languageId === "markdown" ? "markdown" : "text";
    const ext = format === "markdown" ? ".md" : ".txt";
    const base = path ?? join(folder ?? cwd(), `untitled${ext}`);
    const filePath = formatOf(base) === format ? base : `${base}${ext}`;
    const ctx: DocContext = { enabled: settings.enable, reason: settings.enable ? "setting" : null, settings, config: null, problem: null, filePath, format };
    let file: ResolvedConfig;
    try {
      file = path === null && folder === null ? NO_CONFIG : await this.linter.configFor(base);
    } catch (e) {
      const problem = configProblemOf(e);
      ctx.enabled = true; // a config file is there: the user opted in
      ctx.reason = "config";
      ctx.problem = problem !== null ? configMessage(problem) : `report-lint 无法读取配置：${e instanceof Error ? e.message : String(e)}`;
      return ctx;
    }
    if (file.configPath !== null) {
      ctx.enabled = true;
      ctx.reason = "config";
    } else if (!ctx.enabled && this.looksLikeReport(doc, format, remember)) {
      ctx.enabled = true;
      ctx.reason = "report";
    }
    if (!ctx.enabled || (path !== null && this.linter.isIgnored(path, file))) {
      ctx.enabled = false;
      ctx.reason = null;
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
