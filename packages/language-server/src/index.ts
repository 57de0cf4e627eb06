export { startServer, type ServerOptions } from "./language-server.js";
export { runServer } from "./run-server.js";
export type { DirectoryEntry } from "./host.js";
export {
  FIX_ALL_KIND,
  COMMAND_FIX_ALL,
  REQUEST_STATS,
  REQUEST_TEMPLATE,
  REQUEST_CREATE_CONFIG,
  REQUEST_CONFIG_FILE,
  REQUEST_LINT_WORKSPACE,
  NOTIFICATION_STATUS,
  MAX_DOCUMENT_CHARS,
  MAX_WORKSPACE_FILES,
  type LintReason,
  type CreateConfigParams,
  type CreateConfigResult,
  type ConfigFileParams,
  type ConfigFileResult,
  type LintWorkspaceParams,
  type LintWorkspaceResult,
  type StatusParams,
  type ServerStats,
  type TemplateParams,
  REQUEST_READ_FILE,
  REQUEST_READ_DIRECTORY,
  REQUEST_EXISTS,
  REQUEST_WRITE_NEW_FILE,
  type ReadFileParams,
  type ReadFileResult,
  type ReadDirectoryParams,
  type ExistsParams,
  type WriteNewFileParams,
  type BrowserInitializationOptions,
} from "./protocol.js";
export { documentSymbols } from "./symbols.js";
export { disableNextLineEdit, disableFileEdit } from "./comments.js";
export { parseSettings, DEFAULT_SETTINGS, type Settings } from "./settings.js";
export { runLintWorker } from "./worker-main.js";
export { configTemplate, CONFIG_SCHEMA_URL, CONFIG_TEMPLATE_NAMES } from "./config-template.js";
export { textLooksLikeReport } from "./workspace.js";
