export { startServer, runServer, type ServerOptions } from "./language-server.js";
export {
  FIX_ALL_KIND,
  COMMAND_FIX_ALL,
  REQUEST_STATS,
  REQUEST_TEMPLATE,
  NOTIFICATION_STATUS,
  MAX_DOCUMENT_CHARS,
  type StatusParams,
  type ServerStats,
  type TemplateParams,
} from "./protocol.js";
export { documentSymbols } from "./symbols.js";
export { disableNextLineEdit, disableFileEdit } from "./comments.js";
export { parseSettings, DEFAULT_SETTINGS, type Settings } from "./settings.js";
export { runLintWorker } from "./worker-main.js";
