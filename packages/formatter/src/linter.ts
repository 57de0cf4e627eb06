// The one engine behind every front door. The CLI and the language server each hold a Linter:
// it finds the configuration that applies to a file (with the front door's overrides), says
// whether the file is ignored, lints and fixes text and files, and prints the configuration in
// effect. Text in, findings out is pure; the file system is touched only by configFor (config
// files), lintFile/fixFile (the report) and nothing else.
import ignore, { type Ignore } from "ignore";
import type { Profile } from "@report-lint/schema";
import { engineOptions, knownRuleIds, resolveConfig, ruleMeta, type ResolvedConfig } from "./config.js";
import { lintDocxLayout, lintSource, lintStories } from "./document.js";
import { fixText, lintText, type EngineOptions, type Finding, type FixTextResult, type RuleSetting, type RuleSeverity } from "./engine.js";
import { readInputBytes } from "./read-input.js";
import { decodeSource, type SourceFile } from "./source.js";
import { cwd, dirname, fixFile, isAbsolute, relative, resolve, sep } from "./platform.js";
import type { FixFileOptions, FixFileResult } from "./write.js";

export interface LinterOptions {
  /** Where relative paths (and the config of standard input) are resolved from; default the working directory (a browser has none: "/"). */
  cwd?: string;
  /** A config file that applies to every file (--config), instead of the one found beside each. */
  configFile?: string;
  /** A profile that overrides the config's (--profile): a built-in id or a profile read already. */
  profile?: string | Profile;
  /** Rule severities that override the config's (--rule id:level). */
  rules?: Record<string, RuleSeverity>;
}

/** What lintText, fixText and friends take besides the text. */
export interface LintOptions {
  /** The file the text is (or will be): picks the parser (.md → Markdown) and, unless `config` is given, the configuration. */
  filePath: string;
  /** The configuration to use instead of the one found for filePath (the editor's, merged with its settings). */
  config?: ResolvedConfig;
}

/** The configuration in effect for a file: every rule with its level and options (--print-config). */
export interface PrintedConfig {
  file: string;
  configPath: string | null;
  profile: string;
  rules: Record<string, RuleSetting>;
  allow: string[];
  ignorePatterns: string[];
}

export class Linter {
  readonly cwd: string;
  private readonly options: LinterOptions;
  private readonly configs = new Map<string, Promise<ResolvedConfig>>();
  private readonly ignores = new WeakMap<ResolvedConfig, Ignore>();

  constructor(options: LinterOptions = {}) {
    this.options = options;
    this.cwd = options.cwd ?? cwd();
  }

  /**
   * The configuration for `path`: the --config file, else the nearest config file found walking
   * up from the file's directory, else the defaults; with the overrides applied. One lookup per
   * directory (config files are read once per run; call forget() when they change).
   * Throws ConfigError.
   */
  configFor(path: string): Promise<ResolvedConfig> {
    const file = resolve(this.cwd, path);
    const key = this.options.configFile === undefined ? dirname(file) : "";
    let hit = this.configs.get(key);
    if (hit === undefined) {
      const opts: { cwd: string; configFile?: string } = { cwd: this.cwd };
      if (this.options.configFile !== undefined) opts.configFile = this.options.configFile;
      hit = resolveConfig(file, opts).then((c) => this.withOverrides(c));
      this.configs.set(key, hit);
    }
    return hit;
  }

  /** Forget the configurations read so far (a config file changed). */
  forget(): void {
    this.configs.clear();
  }

  /** The configurations read so far (settled or not). */
  knownConfigs(): Iterable<Promise<ResolvedConfig>> {
    return this.configs.values();
  }

  /** Whether the config's ignorePatterns (gitignore syntax, relative to the config file) exclude `path`. */
  isIgnored(path: string, config: ResolvedConfig): boolean {
    if (config.configPath === null || config.ignorePatterns.length === 0) return false;
    const rel = relative(dirname(config.configPath), resolve(this.cwd, path));
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return false;
    let ig = this.ignores.get(config);
    if (ig === undefined) {
      ig = ignore().add(config.ignorePatterns);
      this.ignores.set(config, ig);
    }
    return ig.ignores(rel.split(sep).join("/"));
  }

  /** The engine's options for a file under a configuration. */
  engineOptions(config: ResolvedConfig, filePath: string): EngineOptions {
    return engineOptions(config, filePath);
  }

  /** The findings in `text`, as the kernel orders them. Throws MarkdownDepthError, EngineError, ConfigError. */
  async lintText(text: string, options: LintOptions): Promise<Finding[]> {
    return (await lintText(text, await this.engineFor(options))).messages;
  }

  /** Every certain fix applied to `text` until nothing changes (see the engine's fixText). */
  async fixText(text: string, options: LintOptions): Promise<FixTextResult> {
    return fixText(text, await this.engineFor(options));
  }

  /**
   * Read a report (bounded; a .docx's text extracted) — or take the bytes the caller read (standard
   * input) — and decode it once. Throws SourceError.
   */
  async readSource(path: string, bytes?: Uint8Array): Promise<SourceFile> {
    return decodeSource(path, bytes ?? (await readInputBytes(path)));
  }

  /**
   * The findings in a .docx's other stories (headers, footers, footnotes, endnotes), each named by
   * its story (see document.ts).
   */
  async lintStories(source: SourceFile, options: LintOptions): Promise<Finding[]> {
    return lintStories(source, await this.engineFor(options));
  }

  /** The docx-layout findings of a .docx (GB/T 9704); none for other inputs, when the rule is off or the report type says so. */
  async lintDocxLayout(source: SourceFile, options: LintOptions): Promise<Finding[]> {
    if (!source.docx) return [];
    const config = options.config ?? (await this.configFor(options.filePath));
    return lintDocxLayout(source, engineOptions(config, options.filePath), config.profile);
  }

  /** Every finding of a report as read: the body's and its layout's in document order, then the other stories'. */
  async lintSource(source: SourceFile, options: LintOptions): Promise<Finding[]> {
    const config = options.config ?? (await this.configFor(options.filePath));
    return lintSource(source, engineOptions(config, options.filePath), config.profile);
  }

  /** Read and lint a report: one read, one decode. */
  async lintFile(path: string, options: { bytes?: Uint8Array; config?: ResolvedConfig } = {}): Promise<{ source: SourceFile; findings: Finding[] }> {
    const source = await this.readSource(path, options.bytes);
    const findings = await this.lintText(source.text, options.config === undefined ? { filePath: path } : { filePath: path, config: options.config });
    return { source, findings };
  }

  /**
   * Fix a text file in place (encoding, BOM and line ends kept; written atomically, only when
   * changed). `source` is the file as read already, when it was (no second read or decode).
   */
  async fixFile(path: string, options: Omit<FixFileOptions, keyof EngineOptions> & { config?: ResolvedConfig } = {}): Promise<FixFileResult> {
    const { config, ...rest } = options;
    const engine = await this.engineFor(config === undefined ? { filePath: path } : { filePath: path, config });
    return fixFile(path, { ...rest, ...engine });
  }

  /** The configuration in effect for `path`, every rule with its effective level and options. */
  async printConfig(path: string): Promise<PrintedConfig> {
    const file = resolve(this.cwd, path);
    const config = await this.configFor(file);
    const engine = engineOptions(config, file);
    const rules: Record<string, RuleSetting> = {};
    for (const id of knownRuleIds()) {
      const setting = engine.rules?.[id] ?? {};
      rules[id] = { ...setting, severity: setting.severity ?? (ruleMeta(id)!.severity as RuleSeverity) };
    }
    const profile = typeof config.profile === "string" ? config.profile : config.profile.id;
    return { file, configPath: config.configPath, profile, rules, allow: config.allow, ignorePatterns: config.ignorePatterns };
  }

  private async engineFor(options: LintOptions): Promise<EngineOptions> {
    return engineOptions(options.config ?? (await this.configFor(options.filePath)), options.filePath);
  }

  private withOverrides(config: ResolvedConfig): ResolvedConfig {
    const { profile, rules } = this.options;
    if (profile === undefined && (rules === undefined || Object.keys(rules).length === 0)) return config;
    const out: ResolvedConfig = { ...config, rules: { ...config.rules } };
    if (profile !== undefined) {
      out.profile = profile;
      out.profileSet = true;
    }
    for (const [id, severity] of Object.entries(rules ?? {})) out.rules[id] = { ...(out.rules[id] ?? {}), severity };
    return out;
  }
}
