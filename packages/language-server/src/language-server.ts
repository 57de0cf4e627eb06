import { forgetReportModel, getReportModel } from "@report-lint/core";
import { DEFAULT_PROFILE_ID, getBuiltinProfile } from "@report-lint/schema";
import { defaultYear, renderTemplate } from "@report-lint/formatter";
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from "vscode-languageserver";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { codeActions, resolveCodeAction, workspaceEdit, type CodeActionHost } from "./code-actions.js";
import { configDiagnostic, toDiagnostic } from "./diagnostics.js";
import { toTextEdits } from "./edits.js";
import {
  COMMAND_FIX_ALL,
  FIX_ALL_KIND,
  MAX_DOCUMENT_CHARS,
  NOTIFICATION_STATUS,
  REQUEST_STATS,
  REQUEST_TEMPLATE,
  tooLargeMessage,
  type ServerStats,
  type StatusParams,
  type TemplateParams,
} from "./protocol.js";
import { LintRunner, type JobError } from "./runner.js";
import { parseSettings } from "./settings.js";
import { documentSymbols } from "./symbols.js";
import { configMessage, uriToPath, Workspace } from "./workspace.js";


/** Options of {@link startServer}. */
export interface ServerOptions {
  /** Quiet time after an edit before linting (an edit after a pause is linted at once). */
  debounceMs?: number;
  /** The worker script; default: lint-worker.js next to this module. */
  workerUrl?: URL;
}

/**
 * While typing, a lint starts this long after the last edit (an edit after a pause is linted at
 * once). Measured with bench/didchange.mjs (keystrokes 60 ms apart, 10,000 characters): 150 ms
 * answered the last keystroke of a burst after p50 173 ms; 75 ms after p50 95 ms, p95 115 ms —
 * longer than a keystroke's gap, so a burst is linted once, at its end.
 */
const DEFAULT_DEBOUNCE_MS = 75;

/** The files whose change can change a document's configuration: config files, and profile files (any JSON/YAML). */
const CONFIG_GLOBS = ["**/.reportlintrc.json", "**/.reportlintrc.yaml", "**/.reportlintrc.yml", "**/package.json", "**/*.{json,yaml,yml}"];
const CONFIG_NAME = /(^|[\\/])(\.reportlintrc\.(json|ya?ml)|package\.json)$/u;

/** Fire and forget: a notification to a client that has gone away is not an error. */
function quietly(p: Promise<unknown>): void {
  p.catch(() => undefined);
}

interface DocState {
  timer: NodeJS.Timeout | null;
  lastChange: number;
  /** The version the published diagnostics belong to. */
  published: number | null;
  /** The version whose open/change event has been handled. */
  seen: number;
  /** What the client was last told by a status notification. */
  enabled: boolean | null;
}

/**
 * Wire the report-lint language server to a connection and start listening:
 * diagnostics, quick fixes, fix-all, formatting and the report outline, with the
 * same preset and configuration as the CLI.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  const workspace = new Workspace(connection);
  let debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let hasConfigurationRegistration = false;
  let hasWorkspaceFolders = false;
  let hasWatchedFilesRegistration = false;
  let lastLintMs: number | null = null;

  const runner = new LintRunner({ workerUrl: options.workerUrl ?? new URL("./lint-worker.js", import.meta.url) });

  const actionHost: CodeActionHost = {
    documentChanges: false,
    resolvesEdits: false,
    async fixAllEdits(doc: TextDocument): Promise<TextEdit[] | null> {
      const ctx = await workspace.contextOf(doc);
      if (!ctx.enabled || ctx.config === null) return null;
      const text = doc.getText();
      if (text.length > MAX_DOCUMENT_CHARS) return null;
      const version = doc.version;
      const result = await runner.fix(text, ctx.config, ctx.filePath);
      if (result.status !== "done" || documents.get(doc.uri)?.version !== version) return null;
      return toTextEdits(doc, result.value.edits);
    },
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    workspace.pullsSettings = caps.workspace?.configuration === true;
    hasConfigurationRegistration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    hasWorkspaceFolders = caps.workspace?.workspaceFolders === true;
    hasWatchedFilesRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    actionHost.documentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    actionHost.resolvesEdits = caps.textDocument?.codeAction?.resolveSupport?.properties.includes("edit") === true;
    workspace.folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null);
    if (workspace.folders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root !== null) workspace.folders = [root];
    }
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; debounceMs?: unknown; cancelAfterMs?: unknown };
    if (init.settings !== undefined) workspace.globalSettings = parseSettings(init.settings);
    if (typeof init.debounceMs === "number" && init.debounceMs >= 0) debounceMs = init.debounceMs;
    if (typeof init.cancelAfterMs === "number" && init.cancelAfterMs >= 0) runner.setCancelAfterMs(init.cancelAfterMs);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        documentFormattingProvider: true,
        documentSymbolProvider: { label: "report-lint" },
        executeCommandProvider: { commands: [COMMAND_FIX_ALL] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "report-lint-language-server" },
    };
  });

  connection.onInitialized(() => {
    if (hasConfigurationRegistration) quietly(connection.client.register(DidChangeConfigurationNotification.type, { section: "reportLint" }));
    if (hasWatchedFilesRegistration) {
      quietly(
        connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: CONFIG_GLOBS.map((globPattern) => ({ globPattern })),
        }),
      );
    }
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        workspace.folders = workspace.folders.filter((f) => !removed.has(f));
        for (const f of e.added) {
          const p = uriToPath(f.uri);
          if (p !== null) workspace.folders.push(p);
        }
        relintAll();
      });
    }
  });

  // ---- linting --------------------------------------------------------------------

  function stateOf(uri: string): DocState {
    let s = states.get(uri);
    if (s === undefined) {
      s = { timer: null, lastChange: 0, published: null, seen: -1, enabled: null };
      states.set(uri, s);
    }
    return s;
  }

  function publish(doc: TextDocument, diagnostics: Diagnostic[]): void {
    stateOf(doc.uri).published = doc.version;
    quietly(connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics }));
  }

  function lintPending(uri: string): boolean {
    return (states.get(uri)?.timer ?? null) !== null || runner.pending(uri);
  }

  /** Lint a document in the background; a failure is logged and shown on the document, never thrown. */
  function lint(uri: string): void {
    lintDocument(uri).catch((e: unknown) => {
      const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
      connection.console.error(`report-lint: ${message}`);
      const doc = documents.get(uri);
      if (doc !== undefined) publish(doc, [configDiagnostic(doc, `report-lint 无法检查本文档：${e instanceof Error ? e.message : String(e)}`)]);
    });
  }

  async function lintDocument(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (doc === undefined) return;
    const version = doc.version;
    const ctx = await workspace.contextOf(doc);
    if (documents.get(uri)?.version !== version) return relintIfIdle(uri);
    const st = stateOf(uri);
    if (st.enabled !== ctx.enabled) {
      st.enabled = ctx.enabled;
      const status: StatusParams = { uri, enabled: ctx.enabled };
      quietly(connection.sendNotification(NOTIFICATION_STATUS, status));
    }
    if (!ctx.enabled) {
      if (stateOf(uri).published !== null) quietly(connection.sendDiagnostics({ uri, diagnostics: [] }));
      stateOf(uri).published = null;
      return;
    }
    if (ctx.problem !== null || ctx.config === null) {
      publish(doc, [configDiagnostic(doc, ctx.problem ?? "report-lint 配置有误")]);
      return;
    }
    if (doc.getText().length > MAX_DOCUMENT_CHARS) {
      publish(doc, [{ ...configDiagnostic(doc, tooLargeMessage(doc.getText().length)), code: "too-large" }]);
      return;
    }
    const result = await runner.lint(uri, doc.getText(), ctx.config, ctx.filePath);
    if (result.status === "cancelled") return;
    const current = documents.get(uri);
    if (current === undefined) return;
    if (current.version !== version) return relintIfIdle(uri);
    if (result.status === "failed") {
      publish(doc, [configDiagnostic(doc, failureMessage(result.error))]);
      return;
    }
    lastLintMs = result.ms;
    publish(doc, result.value.map((m) => toDiagnostic(doc, m)));
  }

  function relintIfIdle(uri: string): void {
    if (!lintPending(uri)) lint(uri);
  }

  function relintAll(): void {
    workspace.forget();
    for (const doc of documents.all()) lint(doc.uri);
  }

  documents.onDidOpen((e) => {
    const st = stateOf(e.document.uri);
    st.seen = e.document.version;
    lint(e.document.uri);
  });

  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    const st = stateOf(uri);
    if (st.seen === e.document.version) return; // the open event, already handled
    st.seen = e.document.version;
    const now = performance.now();
    const quiet = now - st.lastChange >= debounceMs;
    st.lastChange = now;
    if (st.timer !== null) clearTimeout(st.timer);
    st.timer = null;
    quietly(workspace.settingsFor(uri).then((settings) => {
      if (settings.run === "onSave" || documents.get(uri) === undefined) return;
      if (quiet && !lintPending(uri)) {
        lint(uri);
        return;
      }
      if (st.timer !== null) clearTimeout(st.timer);
      st.timer = setTimeout(() => {
        st.timer = null;
        lint(uri);
      }, debounceMs);
    }));
  });

  documents.onDidSave((e) => {
    const st = stateOf(e.document.uri);
    if (st.published === e.document.version && !lintPending(e.document.uri)) return;
    lint(e.document.uri);
  });

  documents.onDidClose((e) => {
    const st = states.get(e.document.uri);
    if (st?.timer) clearTimeout(st.timer);
    states.delete(e.document.uri);
    workspace.close(e.document.uri);
    forgetReportModel(e.document.getText());
    quietly(connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  });

  connection.onDidChangeConfiguration((change) => {
    if (!workspace.pullsSettings) {
      const raw = (change.settings as { reportLint?: unknown } | null | undefined)?.reportLint;
      if (raw !== undefined) workspace.globalSettings = parseSettings(raw);
    }
    relintAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    // A config file changed, or another JSON/YAML file while some document uses a profile read from a file.
    if (params.changes.some((c) => CONFIG_NAME.test(decodeURIComponent(c.uri)))) {
      relintAll();
      return;
    }
    quietly(workspace.usesProfileFile().then((yes) => (yes ? relintAll() : undefined)));
  });

  // ---- fixes ----------------------------------------------------------------------

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc === undefined ? [] : codeActions(actionHost, doc, params);
  });

  connection.onCodeActionResolve((action) => resolveCodeAction(actionHost, action, (uri) => documents.get(uri)));

  connection.onDocumentFormatting(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (doc === undefined) return null;
    return (await actionHost.fixAllEdits(doc)) ?? [];
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== COMMAND_FIX_ALL) return null;
    const arg = (params.arguments?.[0] ?? {}) as { uri?: string; version?: number };
    const doc = arg.uri === undefined ? undefined : documents.get(arg.uri);
    if (doc === undefined || (arg.version !== undefined && arg.version !== doc.version)) return { applied: false };
    const edits = await actionHost.fixAllEdits(doc);
    if (edits === null || edits.length === 0) return { applied: false, edits: 0 };
    const r = await connection.workspace.applyEdit({ label: "report-lint：修复全部问题", edit: workspaceEdit(actionHost, doc, edits) });
    return { applied: r.applied, edits: edits.length };
  });

  // ---- outline ----------------------------------------------------------------------

  connection.onDocumentSymbol(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (doc === undefined) return [];
    const ctx = await workspace.contextOf(doc);
    if (!ctx.enabled) return [];
    return documentSymbols(doc, getReportModel(doc.getText(), ctx.format));
  });

  // ---- custom requests ----------------------------------------------------------------

  connection.onRequest(REQUEST_STATS, (params: { gc?: boolean } | undefined): ServerStats => {
    // Tests ask for a collection first (when the server runs with --expose-gc) to compare memory with a baseline.
    if (params?.gc === true) (globalThis as { gc?: () => void }).gc?.();
    const mem = process.memoryUsage();
    return { rss: mem.rss, heapUsed: mem.heapUsed, external: mem.external, documents: documents.all().length, runner: runner.stats(), lastLintMs };
  });

  connection.onRequest(REQUEST_TEMPLATE, (params: TemplateParams | undefined) => {
    const id = params?.profile !== undefined && params.profile !== "" ? params.profile : DEFAULT_PROFILE_ID;
    const profile = getBuiltinProfile(id);
    if (profile === undefined) throw new Error(`未知的报告类型“${id}”`);
    const format = params?.format ?? "markdown";
    const text = renderTemplate({ profile, year: params?.year ?? defaultYear(), format: format === "text" ? "txt" : "md" });
    return { text, language: format === "text" ? "plaintext" : "markdown" };
  });

  connection.onShutdown(async () => {
    for (const st of states.values()) if (st.timer !== null) clearTimeout(st.timer);
    await runner.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

/** Start the server on the transport named on the command line (--stdio, --node-ipc, --socket=N). */
export function runServer(options: ServerOptions = {}): void {
  startServer(createConnection(ProposedFeatures.all), options);
}

function failureMessage(e: JobError): string {
  if (e.issues !== undefined && e.path !== undefined) return configMessage({ path: e.path, issues: e.issues });
  return `report-lint 无法检查本文档：${e.message}`;
}
