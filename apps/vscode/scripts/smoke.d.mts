import type { Diagnostic, InitializeResult } from "vscode-languageserver-protocol";

export declare const DUPLICATED: string;
export declare function smokeTestServer(serverPath: string): Promise<{
  initialize: InitializeResult;
  diagnostics: Diagnostic[];
  stats: { rss: number; runner: { jobs: number; failed: number } };
  stderr: string;
}>;
export declare function loadExtension(extensionPath: string): { activate?: unknown; deactivate?: unknown };
export declare function activateWithStub(extensionPath: string): Promise<{ registered: string[]; error: unknown }>;
export declare function vscodeApiNames(): string[];
