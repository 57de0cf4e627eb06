export {
  startServer,
  runServer,
  FIX_ALL_KIND,
  COMMAND_FIX_ALL,
  REQUEST_STATS,
  REQUEST_TEMPLATE,
  NOTIFICATION_STATUS,
  type StatusParams,
  type ServerOptions,
  type ServerStats,
  type TemplateParams,
} from "./language-server.js";
export { MAX_DOCUMENT_CHARS } from "./protocol.js";
export { documentSymbols } from "./symbols.js";
export { disableNextLineEdit, disableFileEdit } from "./comments.js";
export { parseSettings, DEFAULT_SETTINGS, type Settings } from "./settings.js";
export { runLintWorker } from "./worker-main.js";
