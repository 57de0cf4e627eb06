// Names shared by the manifest (package.json), the client and the server.

/** The extension's commands (package.json contributes.commands). */
export const COMMAND_FIX_ALL = "reportLint.fixAll";
export const COMMAND_NEW_REPORT = "reportLint.newReport";
export const COMMAND_CREATE_CONFIG = "reportLint.createConfig";
export const COMMAND_OPEN_CONFIG = "reportLint.openConfig";
export const COMMAND_LINT_WORKSPACE = "reportLint.lintWorkspace";
/** Every command the extension declares and registers, in the order of the manifest. */
export const COMMANDS = [COMMAND_FIX_ALL, COMMAND_LINT_WORKSPACE, COMMAND_CREATE_CONFIG, COMMAND_OPEN_CONFIG, COMMAND_NEW_REPORT] as const;
/** The settings section (package.json contributes.configuration). */
export const SETTINGS_SECTION = "reportLint";
/** The languages the server is started for. */
export const LANGUAGES = ["markdown", "plaintext"] as const;
/** The config file names (the CLI's lookup order; @report-lint/formatter CONFIG_FILE_NAMES). */
export const CONFIG_FILES = [".reportlintrc.json", ".reportlintrc.yaml", ".reportlintrc.yml"] as const;
/** The server's command that applies every fix, and its custom requests (@report-lint/language-server protocol.ts). */
export const SERVER_FIX_ALL = "reportLint.server.applyFixAll";
export const SERVER_TEMPLATE = "reportLint/newReportTemplate";
export const SERVER_CREATE_CONFIG = "reportLint/createConfig";
export const SERVER_CONFIG_FILE = "reportLint/configFile";
export const SERVER_LINT_WORKSPACE = "reportLint/lintWorkspace";
/** The server's notification telling whether it checks a document, and why. */
export const SERVER_STATUS = "reportLint/status";
/** The server's requests for files, in the web (@report-lint/language-server protocol.ts): the client reads them through vscode.workspace.fs. */
export const SERVER_READ_FILE = "reportLint/readFile";
export const SERVER_READ_DIRECTORY = "reportLint/readDirectory";
export const SERVER_EXISTS = "reportLint/exists";
export const SERVER_WRITE_NEW_FILE = "reportLint/writeNewFile";
