// report-lint for VS Code: a thin client over the bundled report-lint language server.
// Every check, fix and outline comes from the server; this file only wires VS Code to it.
import * as path from "node:path";
import * as vscode from "vscode";
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { COMMAND_FIX_ALL, COMMAND_NEW_REPORT, LANGUAGES, SERVER_FIX_ALL, SERVER_STATUS, SERVER_TEMPLATE, SETTINGS_SECTION } from "./ids.js";
import { findingsText, SOURCE } from "./status.js";

let client: LanguageClient | undefined;
/** Documents the server says it checks (a config file applies, or reportLint.enable is on). */
const checked = new Set<string>();

/** Start the language client (and with it the bundled server), the commands and the status-bar item. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: "file", language },
      { scheme: "untitled", language },
    ]),
    // Settings are pulled by the server (workspace/configuration) and it registers for their
    // changes and for config-file changes itself, so nothing is synchronized from here.
    diagnosticCollectionName: SOURCE,
  };
  client = new LanguageClient("reportLint", "report-lint", serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMAND_FIX_ALL, () => fixAll()),
    vscode.commands.registerCommand(COMMAND_NEW_REPORT, () => newReport()),
  );

  const status = vscode.window.createStatusBarItem("reportLint.findings", vscode.StatusBarAlignment.Right, 100);
  status.name = "report-lint";
  status.command = "workbench.actions.view.problems";
  context.subscriptions.push(status);
  const refresh = (): void => updateStatus(status);
  context.subscriptions.push(
    client.onNotification(SERVER_STATUS, (p: { uri: string; enabled: boolean }) => {
      if (p.enabled) checked.add(p.uri);
      else checked.delete(p.uri);
      refresh();
    }),
    vscode.languages.onDidChangeDiagnostics(refresh),
    vscode.window.onDidChangeActiveTextEditor(refresh),
  );
  refresh();

  await client.start();
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
  const ours = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE);
  if (ours.length === 0 && !checked.has(editor.document.uri.toString())) {
    // A document report-lint does not check (no config file, not enabled): say nothing.
    status.hide();
    return;
  }
  const text = findingsText(ours.map((d) => d.severity === vscode.DiagnosticSeverity.Error));
  status.text = text.label;
  status.tooltip = text.tooltip;
  status.show();
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (client === undefined || editor === undefined) return;
  const doc = editor.document;
  await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_FIX_ALL,
    arguments: [{ uri: doc.uri.toString(), version: doc.version }],
  });
}

async function newReport(): Promise<void> {
  if (client === undefined) return;
  const profile = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>("profile") ?? "";
  const builtin = /\.json$/iu.test(profile) ? "" : profile;
  const answer = await client.sendRequest<{ text: string; language: string }>(SERVER_TEMPLATE, { profile: builtin, format: "markdown" });
  const doc = await vscode.workspace.openTextDocument({ language: answer.language, content: answer.text });
  await vscode.window.showTextDocument(doc);
}
