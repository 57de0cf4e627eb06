import { ConfigError, loadConfigFile, type ResolvedConfig } from "@report-lint/formatter";
import { cwd, join } from "./platform.js";

/** The editor settings under `reportLint.*`. */
export interface Settings {
  /** Lint every Markdown / plain-text document, not only those under a config file. */
  enable: boolean;
  /** Built-in profile id or a profile JSON path (relative to the workspace folder); "" = not set. */
  profile: string;
  /** Rule settings, as in the config file's `rules`. */
  rules: Record<string, unknown>;
  /** Lint while typing or only when the document is saved. */
  run: "onType" | "onSave";
}

/** The settings when the editor sends none. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({ enable: false, profile: "", rules: {}, run: "onType" });

/** Read `reportLint` settings sent by a client, ignoring what is missing or of the wrong type. */
export function parseSettings(raw: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  if (typeof raw !== "object" || raw === null) return s;
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === "boolean") s.enable = r.enable;
  if (typeof r.profile === "string") s.profile = r.profile.trim();
  if (typeof r.rules === "object" && r.rules !== null && !Array.isArray(r.rules)) s.rules = r.rules as Record<string, unknown>;
  if (r.run === "onSave" || r.run === "onType") s.run = r.run;
  return s;
}

/** How the editor settings are named in a configuration error. */
export const SETTINGS_LABEL = "编辑器设置 reportLint";

/**
 * The configuration a document is linted with. The config file is the project's
 * source of truth (the CLI and CI read the same file): its profile and rule
 * settings win; the editor settings fill in the rules it does not name, and give
 * the profile only where no config file is found. The editor settings are checked
 * exactly like a config file (rule ids, rule options, profile).
 */
export async function effectiveConfig(file: ResolvedConfig, settings: Settings, workspaceFolder: string | null): Promise<ResolvedConfig> {
  const useProfile = file.configPath === null && settings.profile !== "";
  if (!useProfile && Object.keys(settings.rules).length === 0) return file;
  const data: Record<string, unknown> = { rules: settings.rules };
  if (useProfile) data.profile = settings.profile;
  // A profile path in the settings is relative to the workspace folder.
  const pseudoPath = join(workspaceFolder ?? cwd(), SETTINGS_LABEL);
  let fromSettings: ResolvedConfig;
  try {
    fromSettings = await loadConfigFile(pseudoPath, data);
  } catch (e) {
    if (e instanceof ConfigError && e.path === pseudoPath) throw new ConfigError(SETTINGS_LABEL, e.issues);
    throw e;
  }
  return { ...file, profile: useProfile ? fromSettings.profile : file.profile, rules: { ...fromSettings.rules, ...file.rules } };
}
