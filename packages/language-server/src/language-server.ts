import { forgetReportModel, formatOf, getReportModel } from "@report-lint/core";
import { DEFAULT_PROFILE_ID, getBuiltinProfile } from "@report-lint/schema";
import { CONFIG_FILE_NAMES, ConfigError, defaultYear, renderTemplate } from "@report-lint/formatter";
import {
  CodeActionKind,
  DiagnosticSeverity,
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
import { TextDocument } from "vscode-languageserver-textdocument";
import { CONFIG_TEMPLATE_NAMES, configTemplate } from "./config-template.js";
import { codeActions, resolveCodeAction, workspaceEdit, type CodeActionHost } from "./code-actions.js";
import { configDiagnostic, toDiagnostic } from "./diagnostics.js";
import { toTextEdits } from "./edits.js";
import {
  COMMAND_FIX_ALL,
  FIX_ALL_KIND,
  MAX_DOCUMENT_CHARS,
  MAX_WORKSPACE_FILES,
  NOTIFICATION_STATUS,
  REQUEST_CONFIG_FILE,
  REQUEST_CREATE_CONFIG,
  REQUEST_LINT_WORKSPACE,
  REQUEST_STATS,
  REQUEST_TEMPLATE,
  tooLargeMessage,
  type ConfigFileParams,
  type ConfigFileResult,
  type CreateConfigParams,
  type CreateConfigResult,
  type LintReason,
  type LintWorkspaceParams,
  type LintWorkspaceResult,
  type ServerStats,
  type StatusParams,
  type TemplateParams,
} from "./protocol.js";
import { createHost, dirname, join, pathToUri, uriToPath, type HostOptions } from "./platform.js";
import { LintRunner, type JobError } from "./runner.js";
import { warmUpTexts } from "./warm-up.js";
import { parseSettings } from "./settings.js";
import { documentSymbols } from "./symbols.js";
import { configMessage, Workspace } from "./workspace.js";
import { reportFiles } from "./workspace-files.js";


/** Options of {@link startServer}. */
export interface ServerOptions extends HostOptions {
  /** Quiet time after an edit before linting (an edit after a pause is linted at once). */
  debounceMs?: number;
  /** Warm the lint thread up in idle time after its first lint (default: where it has a thread of its own; see warm-up.ts). */
  warmUp?: boolean;
}

/**
 * While typing, a lint starts this long after the last edit (an edit after a pause is linted at
 * once). Measured with bench/didchange.mjs (keystrokes 60 ms apart, 10,000 characters): 150 ms
 * answered the last keystroke of a burst after p50 173 ms; 75 ms after p50 84–89, p95 90–98 ms,
 * too near issue 16's 100; 65 ms after p50 74–76, p95 79–86 ms (three runs each) — still longer
 * than a keystroke's gap, so a burst is linted once, at its end.
 */
const DEFAULT_DEBOUNCE_MS = 65;

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
  reason: LintReason | null;
  /** The diagnostics last published. */
  diagnostics: Diagnostic[];
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

  const host = createHost(connection, options);
  let warmUp = options.warmUp ?? host.warmsUp;
  const runner = new LintRunner({ startThread: (events) => host.startLintThread(events), warmUp: (text) => (warmUp ? warmUpTexts(text) : []) });

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
    host.initialize(params.initializationOptions);
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; debounceMs?: unknown; cancelAfterMs?: unknown; warmUp?: unknown };
    if (init.settings !== undefined) workspace.globalSettings = parseSettings(init.settings);
    if (typeof init.debounceMs === "number" && init.debounceMs >= 0) debounceMs = init.debounceMs;
    if (typeof init.cancelAfterMs === "number" && init.cancelAfterMs >= 0) runner.setCancelAfterMs(init.cancelAfterMs);
    if (typeof init.warmUp === "boolean") warmUp = init.warmUp;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        documentFormattingProvider: true,
        documentSymbolProvider: { label: "report-lint" },
        executeCommandProvider: { commands: [COMMAND_FIX_ALL] },
        // Custom requests beyond LSP: reportLint/createConfig, reportLint/configFile, reportLint/lintWorkspace (protocol.ts).
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
      s = { timer: null, lastChange: 0, published: null, seen: -1, enabled: null, reason: null, diagnostics: [] };
      states.set(uri, s);
    }
    return s;
  }

  function publish(doc: TextDocument, diagnostics: Diagnostic[]): void {
    const st = stateOf(doc.uri);
    st.published = doc.version;
    st.diagnostics = diagnostics;
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
    if (st.enabled !== ctx.enabled || st.reason !== ctx.reason) {
      st.enabled = ctx.enabled;
      st.reason = ctx.reason;
      const status: StatusParams = ctx.reason === null ? { uri, enabled: ctx.enabled } : { uri, enabled: ctx.enabled, reason: ctx.reason };
      quietly(connection.sendNotification(NOTIFICATION_STATUS, status));
    }
    if (!ctx.enabled) {
      if (stateOf(uri).published !== null) quietly(connection.sendDiagnostics({ uri, diagnostics: [] }));
      stateOf(uri).published = null;
      stateOf(uri).diagnostics = [];
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
    fromDisk.delete(e.document.uri);
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
    return { ...host.memory(), documents: documents.all().length, runner: runner.stats(), lastLintMs };
  });

  connection.onRequest(REQUEST_TEMPLATE, (params: TemplateParams | undefined) => {
    const id = params?.profile !== undefined && params.profile !== "" ? params.profile : DEFAULT_PROFILE_ID;
    const profile = getBuiltinProfile(id);
    if (profile === undefined) throw new Error(`未知的报告类型“${id}”`);
    const format = params?.format ?? "markdown";
    const text = renderTemplate({ profile, year: params?.year ?? defaultYear(), format: format === "text" ? "txt" : "md" });
    return { text, language: format === "text" ? "plaintext" : "markdown" };
  });

  // ---- the editor's first run: config file, whole workspace ---------------------------

  connection.onRequest(REQUEST_CONFIG_FILE, async (params: ConfigFileParams): Promise<ConfigFileResult> => {
    const path = uriToPath(params.uri);
    if (path === null) return { uri: null };
    try {
      const found = await workspace.configFileOf(path);
      return { uri: found === null ? null : pathToUri(found) };
    } catch (e) {
      // An invalid config file is still the one to open (and fix).
      if (e instanceof ConfigError && (await host.exists(e.path))) return { uri: pathToUri(e.path) };
      throw e;
    }
  });

  connection.onRequest(REQUEST_CREATE_CONFIG, async (params: CreateConfigParams | undefined): Promise<CreateConfigResult> => {
    const docPath = params?.uri === undefined ? null : uriToPath(params.uri);
    const folder =
      (params?.folderUri === undefined ? null : uriToPath(params.folderUri)) ??
      (docPath === null ? null : (workspace.folderOf(docPath) ?? dirname(docPath))) ??
      workspace.folders[0] ??
      null;
    if (folder === null) throw new Error("没有可写入配置文件的文件夹：请先打开一个文件夹或保存本文档");
    // Never a second config beside an existing one (the CLI would read only the first).
    for (const name of CONFIG_FILE_NAMES) {
      if (await host.exists(join(folder, name))) return { uri: pathToUri(join(folder, name)), created: false };
    }
    const format = params?.format === "yaml" ? "yaml" : "json";
    const file = join(folder, CONFIG_TEMPLATE_NAMES[format]);
    const settings = await workspace.settingsFor(pathToUri(folder));
    await host.createFile(file, configTemplate(format, settings.profile));
    relintAll();
    return { uri: pathToUri(file), created: true };
  });

  connection.onRequest(REQUEST_LINT_WORKSPACE, async (params: LintWorkspaceParams | undefined, token): Promise<LintWorkspaceResult> => {
    const result: LintWorkspaceResult = { files: 0, findings: 0, errors: 0, skipped: 0, unreadable: 0, truncated: false, cancelled: false };
    // Progress is reported on the client's token, when it sends one (LSP's workDoneToken).
    const progress = connection.window.attachWorkDoneProgress(params?.workDoneToken);
    progress.begin("report-lint：检查整个工作区", 0, "正在查找 Markdown 与文本文件…", true);
    try {
      const { files, truncated } = await reportFiles(host, workspace.folders, MAX_WORKSPACE_FILES);
      result.truncated = truncated;
      let done = 0;
      for (const path of files) {
        if (token.isCancellationRequested) {
          result.cancelled = true;
          break;
        }
        progress.report(Math.round((done++ / files.length) * 100), path.slice((workspace.folderOf(path) ?? "").length + 1));
        const diagnostics = await lintWorkspaceFile(path).catch((e: unknown): "unreadable" => {
          connection.console.error(`report-lint: ${path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          return "unreadable";
        });
        if (diagnostics === "skipped") result.skipped++;
        else if (diagnostics === "unreadable") result.unreadable++;
        else {
          result.files++;
          result.findings += diagnostics.length;
          result.errors += diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length;
        }
      }
    } finally {
      progress.done();
    }
    return result;
  });

  /** Files whose diagnostics the workspace lint published while they were not open. */
  const fromDisk = new Set<string>();

  /** Lint one file of the workspace lint: an open document as it is in the editor, another as it is on disk. */
  async function lintWorkspaceFile(path: string): Promise<Diagnostic[] | "skipped" | "unreadable"> {
    const uri = pathToUri(path);
    const opened = documents.get(uri) ?? documents.all().find((d) => uriToPath(d.uri) === path);
    if (opened !== undefined) {
      await lintDocument(opened.uri);
      const st = states.get(opened.uri);
      return st?.enabled === true ? st.diagnostics : "skipped";
    }
    let text: string;
    try {
      text = (await workspace.linter.readSource(path)).text;
    } catch {
      return "unreadable";
    }
    const doc = TextDocument.create(uri, formatOf(path) === "markdown" ? "markdown" : "plaintext", 0, text);
    const ctx = await workspace.contextOf(doc, false);
    let diagnostics: Diagnostic[];
    if (!ctx.enabled) {
      if (fromDisk.delete(uri)) quietly(connection.sendDiagnostics({ uri, diagnostics: [] }));
      return "skipped";
    }
    if (ctx.problem !== null || ctx.config === null) diagnostics = [configDiagnostic(doc, ctx.problem ?? "report-lint 配置有误")];
    else if (text.length > MAX_DOCUMENT_CHARS) diagnostics = [{ ...configDiagnostic(doc, tooLargeMessage(text.length)), code: "too-large" }];
    else {
      const r = await runner.lint(`workspace:${uri}`, text, ctx.config, ctx.filePath);
      if (r.status === "cancelled") return "skipped";
      diagnostics = r.status === "failed" ? [configDiagnostic(doc, failureMessage(r.error))] : r.value.map((m) => toDiagnostic(doc, m));
    }
    // Opened meanwhile: the editor's own lint speaks for it.
    if (documents.get(uri) !== undefined) return diagnostics;
    fromDisk.add(uri);
    quietly(connection.sendDiagnostics({ uri, diagnostics }));
    return diagnostics;
  }

  connection.onShutdown(async () => {
    for (const st of states.values()) if (st.timer !== null) clearTimeout(st.timer);
    await runner.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

function failureMessage(e: JobError): string {
  if (e.issues !== undefined && e.path !== undefined) return configMessage({ path: e.path, issues: e.issues });
  return `report-lint 无法检查本文档：${e.message}`;
}
