// The extension in VS Code for the Web (vscode.dev, github.dev): no Node. The bundled server
// (dist/web/server.js) runs in a web worker; it fetches the engine's data files from dist/jieba/ and
// asks this client for the files it needs (config files, the workspace's reports), which are read
// and written here through vscode.workspace.fs — the web's files are not on a disk.
import * as vscode from "vscode";
import { LanguageClient, type ServerOptions } from "vscode-languageclient/browser";
import type { BaseLanguageClient } from "vscode-languageclient";
import { activateClient } from "./client.js";
import { SERVER_EXISTS, SERVER_READ_DIRECTORY, SERVER_READ_FILE, SERVER_WRITE_NEW_FILE } from "./ids.js";

export { deactivate } from "./client.js";

/** The web extension host's Worker (this package is typed without the DOM library). */
declare const Worker: new (url: string) => Exclude<ServerOptions, () => unknown>;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, "dist", "web", "server.js");
  const dataUrl = `${vscode.Uri.joinPath(context.extensionUri, "dist", "jieba").toString(true)}/`;
  await activateClient(
    context,
    (options) => {
      const client = new LanguageClient("reportLint", "report-lint", new Worker(serverMain.toString(true)), { ...options, initializationOptions: { dataUrl } });
      serveFiles(client);
      return client;
    },
    null,
  );
}

/** Only files of the open workspace folders are read for the server (it walks up from a document to find config files). */
function inWorkspace(uri: vscode.Uri): boolean {
  return vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function stat(uri: vscode.Uri): Promise<vscode.FileStat | null> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch {
    return null;
  }
}

/** Answer the server's file requests (@report-lint/language-server protocol.ts) through vscode.workspace.fs. */
function serveFiles(client: BaseLanguageClient): void {
  client.onRequest(SERVER_READ_FILE, async (p: { uri: string; limit: number }) => {
    const uri = vscode.Uri.parse(p.uri);
    if (!inWorkspace(uri)) return null;
    const s = await stat(uri);
    if (s === null || (s.type & vscode.FileType.File) === 0) return null;
    if (s.size > p.limit) return { size: s.size };
    return { data: toBase64(await vscode.workspace.fs.readFile(uri)) };
  });
  client.onRequest(SERVER_READ_DIRECTORY, async (p: { uri: string }) => {
    const uri = vscode.Uri.parse(p.uri);
    if (!inWorkspace(uri)) return null;
    try {
      const entries = await vscode.workspace.fs.readDirectory(uri);
      return entries.map(([name, type]) => ({
        name,
        kind: (type & vscode.FileType.Directory) !== 0 ? "directory" : (type & vscode.FileType.File) !== 0 ? "file" : "other",
      }));
    } catch {
      return null;
    }
  });
  client.onRequest(SERVER_EXISTS, async (p: { uri: string }) => (await stat(vscode.Uri.parse(p.uri))) !== null);
  client.onRequest(SERVER_WRITE_NEW_FILE, async (p: { uri: string; text: string }) => {
    const uri = vscode.Uri.parse(p.uri);
    if (!inWorkspace(uri)) throw new Error(`${p.uri} 不在工作区文件夹中`);
    if ((await stat(uri)) !== null) return false;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(p.text));
    return true;
  });
}
