// report-lint for VS Code: a thin client over the bundled report-lint language server.
// Every check, fix and outline comes from the server; this file only wires VS Code to it. The
// entries say how the server is started: extension.ts as a Node process (desktop VS Code),
// extension.browser.ts as a web worker (VS Code for the Web).
import * as vscode from "vscode";
import { ExecuteCommandRequest, WorkDoneProgress, type BaseLanguageClient, type LanguageClientOptions } from "vscode-languageclient";
import {
  COMMAND_CREATE_CONFIG,
  COMMAND_FIX_ALL,
  COMMAND_LINT_WORKSPACE,
  COMMAND_NEW_REPORT,
  COMMAND_OPEN_CONFIG,
  COMMANDS,
  CONFIG_FILES,
  LANGUAGES,
  SERVER_CONFIG_FILE,
  SERVER_CREATE_CONFIG,
  SERVER_FIX_ALL,
  SERVER_LINT_WORKSPACE,
  SERVER_STATUS,
  SERVER_TEMPLATE,
  SETTINGS_SECTION,
} from "./ids.js";
import { lintWorkspaceMessage, type LintWorkspaceResult } from "./messages.js";
import { PROBLEMS_COMMAND, SOURCE, statusText, type LintReason } from "./status.js";

let client: BaseLanguageClient | undefined;
/** Documents the server says it checks, and why (a config file applies, reportLint.enable is on, or it looks like a report). */
const checked = new Map<string, LintReason | undefined>();

/** How an entry starts the server: a language client for these options. */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

/**
 * Start the language client (and with it the bundled server), the commands and the status-bar item.
 * `schemes`: the URI schemes of the documents to check (desktop: file and untitled; the web: any).
 */
export async function activateClient(context: vscode.ExtensionContext, createClient: ClientFactory, schemes: readonly string[] | null): Promise<BaseLanguageClient | undefined> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => (schemes === null ? [{ language }] : schemes.map((scheme) => ({ scheme, language })))),
    // Settings are pulled by the server (workspace/configuration) and it registers for their
    // changes and for config-file changes itself, so nothing is synchronized from here.
    diagnosticCollectionName: SOURCE,
  };
  // The commands first: declared in the manifest, they must exist even if the client cannot start.
  const handlers: Record<(typeof COMMANDS)[number], () => Promise<void>> = {
    [COMMAND_FIX_ALL]: fixAll,
    [COMMAND_LINT_WORKSPACE]: lintWorkspace,
    [COMMAND_CREATE_CONFIG]: createConfig,
    [COMMAND_OPEN_CONFIG]: openConfig,
    [COMMAND_NEW_REPORT]: newReport,
  };
  for (const id of COMMANDS) context.subscriptions.push(vscode.commands.registerCommand(id, handlers[id]));

  client = createClient(clientOptions);

  const status = vscode.window.createStatusBarItem("reportLint.findings", vscode.StatusBarAlignment.Right, 100);
  status.name = "report-lint";
  status.command = PROBLEMS_COMMAND;
  context.subscriptions.push(status);
  const refresh = (): void => updateStatus(status);
  context.subscriptions.push(
    client.onNotification(SERVER_STATUS, (p: { uri: string; enabled: boolean; reason?: LintReason }) => {
      if (p.enabled) checked.set(p.uri, p.reason);
      else checked.delete(p.uri);
      refresh();
    }),
    vscode.languages.onDidChangeDiagnostics(refresh),
    vscode.window.onDidChangeActiveTextEditor(refresh),
  );
  refresh();

  await client.start();
  return client;
}

/** Stop the language client and its server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** The status-bar item shows the active report's findings, and hides on other documents. */
function updateStatus(status: vscode.StatusBarItem): void {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || !(LANGUAGES as readonly string[]).includes(editor.document.languageId)) {
    status.hide();
    return;
  }
  const uri = editor.document.uri.toString();
  const ours = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE);
  if (ours.length === 0 && !checked.has(uri)) {
    // A document report-lint does not check (no config file, not enabled, not a report): say nothing.
    status.hide();
    return;
  }
  const text = statusText(
    ours.map((d) => d.severity === vscode.DiagnosticSeverity.Error),
    checked.get(uri),
  );
  status.text = text.label;
  status.tooltip = text.tooltip;
  status.command = text.command;
  status.show();
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (client === undefined || editor === undefined) return;
  const doc = editor.document;
  const r = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_FIX_ALL,
    arguments: [{ uri: doc.uri.toString(), version: doc.version }],
  })) as { applied: boolean; edits?: number } | null;
  if (r?.edits === 0) void vscode.window.setStatusBarMessage("report-lint：本文件没有可自动修复的问题", 4000);
}

async function newReport(): Promise<void> {
  if (client === undefined) return;
  const profile = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>("profile") ?? "";
  const builtin = /\.json$/iu.test(profile) ? "" : profile;
  const answer = await client.sendRequest<{ text: string; language: string }>(SERVER_TEMPLATE, { profile: builtin, format: "markdown" });
  const doc = await vscode.workspace.openTextDocument({ language: answer.language, content: answer.text });
  await vscode.window.showTextDocument(doc);
}

/** The workspace folder to put a config file in: the active document's, else the only one, else one the user picks. */
async function targetFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const own = active === undefined ? undefined : vscode.workspace.getWorkspaceFolder(active);
  if (own !== undefined) return own;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: "report-lint：在哪个文件夹中创建配置文件？" });
}

async function createConfig(): Promise<void> {
  if (client === undefined) return;
  const folder = await targetFolder();
  const active = vscode.window.activeTextEditor?.document.uri;
  if (folder === undefined && active?.scheme !== "file") {
    void vscode.window.showWarningMessage("report-lint：请先打开一个文件夹，或保存本文档，再创建配置文件");
    return;
  }
  const pick = await vscode.window.showQuickPick(
    [
      { label: ".reportlintrc.json", description: "JSON（推荐）", format: "json" as const },
      { label: ".reportlintrc.yaml", description: "YAML，可写注释", format: "yaml" as const },
    ],
    { placeHolder: "report-lint：配置文件的格式" },
  );
  if (pick === undefined) return;
  const params: { folderUri?: string; uri?: string; format: "json" | "yaml" } = { format: pick.format };
  if (folder !== undefined) params.folderUri = folder.uri.toString();
  else if (active !== undefined) params.uri = active.toString();
  try {
    const r = await client.sendRequest<{ uri: string; created: boolean }>(SERVER_CREATE_CONFIG, params);
    await vscode.window.showTextDocument(vscode.Uri.parse(r.uri));
    if (!r.created) void vscode.window.showInformationMessage("report-lint：该文件夹已有配置文件，已为你打开（不会覆盖）");
  } catch (e) {
    void vscode.window.showErrorMessage(`report-lint：无法创建配置文件：${e instanceof Error ? e.message : String(e)}`);
  }
}

async function openConfig(): Promise<void> {
  if (client === undefined) return;
  const doc = vscode.window.activeTextEditor?.document;
  let target: vscode.Uri | undefined;
  if (doc !== undefined && doc.uri.scheme !== "untitled") {
    const r = await client.sendRequest<{ uri: string | null }>(SERVER_CONFIG_FILE, { uri: doc.uri.toString() });
    if (r.uri !== null) target = vscode.Uri.parse(r.uri);
  } else {
    // No document to start from: the config files of the workspace.
    const found = await vscode.workspace.findFiles(`**/{${CONFIG_FILES.join(",")}}`, "**/node_modules/**", 50);
    if (found.length === 1) target = found[0];
    else if (found.length > 1) {
      const pick = await vscode.window.showQuickPick(
        found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
        { placeHolder: "report-lint：打开哪个配置文件？" },
      );
      if (pick === undefined) return;
      target = pick.uri;
    }
  }
  if (target !== undefined) {
    await vscode.window.showTextDocument(target);
    return;
  }
  const create = "创建配置文件";
  const answer = await vscode.window.showInformationMessage("report-lint：没有找到配置文件（.reportlintrc.json 等）。", create);
  if (answer === create) await createConfig();
}

async function lintWorkspace(): Promise<void> {
  const c = client;
  if (c === undefined) return;
  if ((vscode.workspace.workspaceFolders ?? []).length === 0) {
    void vscode.window.showWarningMessage("report-lint：请先打开一个文件夹，再检查整个工作区");
    return;
  }
  let cancelled = false;
  const outcome = vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "report-lint：检查整个工作区", cancellable: true },
    async (progress, cancel) => {
      cancel.onCancellationRequested(() => (cancelled = true));
      const token = `report-lint-workspace-${Date.now()}`;
      let last = 0;
      const listener = c.onProgress(WorkDoneProgress.type, token, (p) => {
        if (p.kind === "end") return;
        const pct = p.percentage ?? last;
        const increment = Math.max(0, pct - last);
        last = pct;
        progress.report(p.message === undefined ? { increment } : { increment, message: p.message });
      });
      try {
        return await c.sendRequest<LintWorkspaceResult>(SERVER_LINT_WORKSPACE, { workDoneToken: token }, cancel);
      } finally {
        listener.dispose();
      }
    },
  );
  let result: LintWorkspaceResult;
  try {
    result = await outcome;
  } catch (e) {
    // A cancelled request may end in an error rather than the partial counts.
    if (cancelled) void vscode.window.showInformationMessage("report-lint：已取消检查整个工作区");
    else void vscode.window.showErrorMessage(`report-lint：检查整个工作区失败：${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  const { text, hasFindings } = lintWorkspaceMessage(result);
  const show = "查看问题";
  const answer = await (hasFindings ? vscode.window.showWarningMessage(text, show) : vscode.window.showInformationMessage(text));
  if (answer === show) await vscode.commands.executeCommand(PROBLEMS_COMMAND);
}
