// Names shared by the manifest (package.json), the client and the server.

/** The extension's commands (package.json contributes.commands). */
export const COMMAND_FIX_ALL = "reportLint.fixAll";
export const COMMAND_NEW_REPORT = "reportLint.newReport";
/** The settings section (package.json contributes.configuration). */
export const SETTINGS_SECTION = "reportLint";
/** The languages the server is started for. */
export const LANGUAGES = ["markdown", "plaintext"] as const;
/** The server's command that applies every fix, and its template request (@report-lint/language-server). */
export const SERVER_FIX_ALL = "reportLint.server.applyFixAll";
export const SERVER_TEMPLATE = "reportLint/newReportTemplate";
/** The server's notification telling whether it checks a document. */
export const SERVER_STATUS = "reportLint/status";
