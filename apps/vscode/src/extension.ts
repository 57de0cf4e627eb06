// The extension in desktop VS Code: the bundled server (dist/server.js) as a Node process.
import * as path from "node:path";
import type * as vscode from "vscode";
import { LanguageClient, TransportKind, type ServerOptions } from "vscode-languageclient/node";
import { activateClient } from "./client.js";

export { deactivate } from "./client.js";

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  await activateClient(context, (options) => new LanguageClient("reportLint", "report-lint", serverOptions, options), ["file", "untitled"]);
}
