import type { ChildProcess } from "node:child_process";
import type { ProtocolConnection } from "vscode-languageserver-protocol/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type {
  ApplyWorkspaceEditParams,
  InitializeResult,
  PublishDiagnosticsParams,
  Registration,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver-protocol";

export declare const SERVER_PATH: string;
export declare function fileUri(path: string): string;

export interface ClientOptions {
  serverPath?: string;
  args?: string[];
  settings?: object;
  workspaceFolder?: string;
  initializationOptions?: object;
  capabilities?: object;
}

export type Published = PublishDiagnosticsParams & { at: number };

export interface TestClient {
  connection: ProtocolConnection;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  settings: object;
  docs: Map<string, TextDocument>;
  published: Map<string, PublishDiagnosticsParams>;
  history: Published[];
  applied: ApplyWorkspaceEditParams[];
  registrations: Registration[];
  /** reportLint/status notifications, in order. */
  statuses: { uri: string; enabled: boolean; reason?: string }[];
  readonly stderr: string;
  initializeResult: InitializeResult;
  waitForDiagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Published>;
  open(uri: string, text: string, languageId?: string, version?: number): number;
  change(uri: string, edits: { start: number; end: number; text: string }[]): number;
  text(uri: string): string;
  version(uri: string): number;
  close(uri: string): void;
  save(uri: string): void;
  applyTextEdits(uri: string, edits: TextEdit[]): number;
  applyWorkspaceEdit(edit: WorkspaceEdit): void;
  request<R = unknown>(method: string, params?: unknown): Promise<R>;
  shutdown(): Promise<void>;
}

export declare function startClient(options?: ClientOptions): Promise<TestClient>;
