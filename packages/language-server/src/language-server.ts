import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { forgetReportModel, formatOf, getReportModel, type Format } from "@report-lint/core";
import { DEFAULT_PROFILE_ID, getBuiltinProfile } from "@report-lint/schema";
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  TextDocumentEdit,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import ignore, { type Ignore } from "ignore";
import { disableFileEdit, disableNextLineEdit } from "./comments.js";
import { configDiagnostic, SOURCE, toDiagnostic, type DiagnosticData } from "./diagnostics.js";
import { toTextEdits, type OffsetEdit } from "./edits.js";
import { configProblemOf, NO_CONFIG, resolveConfig, type ConfigProblem, type ResolvedConfig } from "./engine.js";
import { LintRunner, type JobError, type RunnerStats } from "./runner.js";
import { itemOfMessage, planSectionInsertion, reportYearOf } from "./sections.js";
import { DEFAULT_SETTINGS, effectiveConfig, parseSettings, profileOf, type Settings } from "./settings.js";
import { documentSymbols } from "./symbols.js";
import { defaultYear, renderTemplate } from "@report-lint/formatter";

/** The code action kind of “fix all report-lint problems” (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.report-lint`;
/** Server command: apply every fix to a document (`arguments: [{ uri, version? }]`). */
export const COMMAND_FIX_ALL = "reportLint.server.applyFixAll";
/** Custom request: memory and worker statistics. */
export const REQUEST_STATS = "reportLint/stats";

/**
 * Documents over 2,000,000 characters (about 6 MB of Chinese text in UTF-8)
 * are not linted or fixed: the engine needs some 10 s per 100,000 characters
 * on a single line. The outline still works. (The CLI refuses files over 2 MB
 * before reading them; in the editor the text is already in memory and a
 * lint runs in a worker that the next edit cancels, so the limit is higher.)
 */
export const MAX_DOCUMENT_CHARS = 2_000_000;

function tooLargeMessage(length: number): string {
  return `文档过大（${Math.round(length / 10_000)} 万字符），超过 ${MAX_DOCUMENT_CHARS / 10_000} 万字符的检查上限，未检查；请拆分为较小的文件后再检查`;
}

/** Custom request: the text of a new report from a profile's template. */
export const REQUEST_TEMPLATE = "reportLint/newReportTemplate";

/** Notification to the client: whether report-lint checks a document (for a status display). */
export const NOTIFICATION_STATUS = "reportLint/status";

/** Parameters of {@link NOTIFICATION_STATUS}. */
export interface StatusParams {
  uri: string;
  /** The document is linted: a config file applies to it, or reportLint.enable is on (and no ignorePatterns exclude it). */
  enabled: boolean;
}

/** Answer of {@link REQUEST_STATS}. */
export interface ServerStats {
  rss: number;
  heapUsed: number;
  external: number;
  documents: number;
  runner: RunnerStats;
  lastLintMs: number | null;
}

/** Parameters of {@link REQUEST_TEMPLATE}. */
export interface TemplateParams {
  profile?: string;
  format?: "markdown" | "text";
  year?: number;
}

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** Quiet time after an edit before linting (an edit after a pause is linted at once). */
  debounceMs?: number;
  /** The worker script; default: lint-worker.js next to this module. */
  workerUrl?: URL;
}

const DEFAULT_DEBOUNCE_MS = 150;

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

interface DocContext {
  enabled: boolean;
  settings: Settings;
  config: ResolvedConfig | null;
  problem: string | null;
  filePath: string;
  format: Format;
}

type FixAllData = { kind: "fixAll"; uri: string; version: number };

/**
 * Wire the report-lint language server to a connection and start listening:
 * diagnostics, quick fixes, fix-all, formatting and the report outline, with the
 * same preset and configuration as the CLI.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const configCache = new Map<string, Promise<ResolvedConfig>>();
  let debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let globalSettings: Settings = { ...DEFAULT_SETTINGS };
  let workspaceFolders: string[] = [];
  let hasConfigurationCapability = false;
  let hasConfigurationRegistration = false;
  let hasWorkspaceFolders = false;
  let hasWatchedFilesRegistration = false;
  let hasDocumentChanges = false;
  let hasResolve = false;
  let lastLintMs: number | null = null;

  const runner = new LintRunner({ workerUrl: options.workerUrl ?? new URL("./lint-worker.js", import.meta.url) });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    hasConfigurationCapability = caps.workspace?.configuration === true;
    hasConfigurationRegistration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    hasWorkspaceFolders = caps.workspace?.workspaceFolders === true;
    hasWatchedFilesRegistration = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    hasDocumentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    hasResolve = caps.textDocument?.codeAction?.resolveSupport?.properties.includes("edit") === true;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null);
    if (workspaceFolders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root !== null) workspaceFolders = [root];
    }
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; debounceMs?: unknown; cancelAfterMs?: unknown };
    if (init.settings !== undefined) globalSettings = parseSettings(init.settings);
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
        workspaceFolders = workspaceFolders.filter((f) => !removed.has(f));
        for (const f of e.added) {
          const p = uriToPath(f.uri);
          if (p !== null) workspaceFolders.push(p);
        }
        relintAll();
      });
    }
  });

  // ---- settings and configuration -------------------------------------------------

  function settingsFor(uri: string): Promise<Settings> {
    if (!hasConfigurationCapability) return Promise.resolve(globalSettings);
    let p = settingsCache.get(uri);
    if (p === undefined) {
      p = connection.workspace.getConfiguration({ scopeUri: uri, section: "reportLint" }).then(
        (raw: unknown) => parseSettings(raw),
        () => globalSettings,
      );
      settingsCache.set(uri, p);
    }
    return p;
  }

  function configFor(path: string): Promise<ResolvedConfig> {
    let p = configCache.get(path);
    if (p === undefined) {
      p = resolveConfig(path);
      configCache.set(path, p);
    }
    return p;
  }

  // The config file and the settings are cached objects: merge them once per pair.
  const merged = new WeakMap<ResolvedConfig, WeakMap<Settings, Promise<ResolvedConfig>>>();
  function effectiveFor(file: ResolvedConfig, settings: Settings, folder: string | null): Promise<ResolvedConfig> {
    let bySettings = merged.get(file);
    if (bySettings === undefined) {
      bySettings = new WeakMap();
      merged.set(file, bySettings);
    }
    let p = bySettings.get(settings);
    if (p === undefined) {
      p = effectiveConfig(file, settings, folder);
      bySettings.set(settings, p);
    }
    return p;
  }

  function folderOf(path: string | null): string | null {
    if (path === null) return workspaceFolders[0] ?? null;
    let best: string | null = null;
    for (const f of workspaceFolders) {
      const rel = relative(f, path);
      const inside = !rel.startsWith("..") && !isAbsolute(rel);
      if (inside && (best === null || f.length > best.length)) best = f;
    }
    return best;
  }

  async function contextOf(doc: TextDocument): Promise<DocContext> {
    const settings = await settingsFor(doc.uri);
    const path = uriToPath(doc.uri);
    const folder = folderOf(path);
    // The editor's language decides the parser (a .txt shown as Markdown is linted as Markdown).
    const format: Format = doc.languageId === "markdown" ? "markdown" : "text";
    const ext = format === "markdown" ? ".md" : ".txt";
    const base = path ?? join(folder ?? process.cwd(), `untitled${ext}`);
    const filePath = formatOf(base) === format ? base : `${base}${ext}`;
    const ctx: DocContext = { enabled: settings.enable, settings, config: null, problem: null, filePath, format };
    let file: ResolvedConfig;
    try {
      file = path === null && folder === null ? NO_CONFIG : await configFor(base);
    } catch (e) {
      const problem = configProblemOf(e);
      ctx.enabled = true; // a config file is there: the user opted in
      ctx.problem = problem !== null ? configMessage(problem) : `report-lint 无法读取配置：${e instanceof Error ? e.message : String(e)}`;
      return ctx;
    }
    if (file.configPath !== null) ctx.enabled = true;
    if (!ctx.enabled || (path !== null && ignoredBy(file, path))) {
      ctx.enabled = false;
      return ctx;
    }
    try {
      ctx.config = await effectiveFor(file, settings, folder);
    } catch (e) {
      const problem = configProblemOf(e);
      ctx.problem = problem !== null ? configMessage(problem) : e instanceof Error ? e.message : String(e);
    }
    return ctx;
  }

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
    const ctx = await contextOf(doc);
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
    settingsCache.clear();
    configCache.clear();
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
    quietly(settingsFor(uri).then((settings) => {
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
    settingsCache.delete(e.document.uri);
    forgetReportModel(e.document.getText());
    quietly(connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  });

  connection.onDidChangeConfiguration((change) => {
    if (!hasConfigurationCapability) {
      const raw = (change.settings as { reportLint?: unknown } | null | undefined)?.reportLint;
      if (raw !== undefined) globalSettings = parseSettings(raw);
    }
    relintAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    // A config file changed, or another JSON/YAML file while some document uses a profile read from a file.
    const usesProfileFile = async (): Promise<boolean> => {
      for (const p of configCache.values()) {
        const config = await p.catch(() => null);
        if (config !== null && typeof config.profile !== "string") return true;
      }
      return false;
    };
    if (params.changes.some((c) => CONFIG_NAME.test(decodeURIComponent(c.uri)))) {
      relintAll();
      return;
    }
    quietly(usesProfileFile().then((yes) => (yes ? relintAll() : undefined)));
  });

  // ---- fixes ----------------------------------------------------------------------

  async function fixAllEdits(doc: TextDocument): Promise<TextEdit[] | null> {
    const ctx = await contextOf(doc);
    if (!ctx.enabled || ctx.config === null) return null;
    const text = doc.getText();
    if (text.length > MAX_DOCUMENT_CHARS) return null;
    const version = doc.version;
    const result = await runner.fix(text, ctx.config, ctx.filePath);
    if (result.status !== "done" || documents.get(doc.uri)?.version !== version) return null;
    return toTextEdits(doc, result.value.edits);
  }

  function workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    if (hasDocumentChanges) return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] };
    return { changes: { [doc.uri]: edits } };
  }

  function offsetEdit(doc: TextDocument, e: OffsetEdit | null): WorkspaceEdit | null {
    return e === null ? null : workspaceEdit(doc, toTextEdits(doc, [e]));
  }

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (doc === undefined) return [];
    const only = params.context.only;
    const wants = (kind: string): boolean => only === undefined || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];

    if (only !== undefined && wants(FIX_ALL_KIND)) {
      const edits = await fixAllEdits(doc);
      if (edits !== null && edits.length > 0) {
        actions.push({ title: "修复全部 report-lint 问题", kind: FIX_ALL_KIND, edit: workspaceEdit(doc, edits) });
      }
    }
    if (!wants(CodeActionKind.QuickFix)) return actions;

    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === "string" && d.code !== "config");
    if (ours.length === 0) return actions;
    const ctx = await contextOf(doc);
    if (!ctx.enabled || ctx.config === null) return actions;
    const text = doc.getText();
    let fixable = 0;
    for (const d of ours) {
      const message = typeof d.message === "string" ? d.message : d.message.value;
      const data = d.data as DiagnosticData | undefined;
      const ruleId = String(d.code);
      if (data?.fix !== undefined && data.version === doc.version) {
        fixable++;
        const edit = offsetEdit(doc, { range: data.fix.range, text: data.fix.text });
        if (edit !== null) actions.push({ title: `修复：${message}`, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit });
      }
      if (data?.suggestions !== undefined && data.version === doc.version) {
        for (const s of data.suggestions) {
          const edit = offsetEdit(doc, { range: s.range, text: s.text });
          if (edit !== null) actions.push({ title: s.message, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: data.suggestions.length === 1, edit });
        }
      }
      if (ruleId === "required-sections") {
        const insertion = sectionInsertion(text, ctx, message);
        if (insertion !== null) {
          const edit = workspaceEdit(doc, toTextEdits(doc, insertion.edits));
          actions.push({ title: `插入章节标题“${insertion.heading}”`, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit });
        }
      }
      const lineEdit = offsetEdit(doc, disableNextLineEdit(text, doc.offsetAt(d.range.start), ruleId));
      if (lineEdit !== null) actions.push({ title: `在本行禁用 ${ruleId} 检查`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: lineEdit });
      const fileEdit = offsetEdit(doc, disableFileEdit(text, ruleId));
      if (fileEdit !== null) actions.push({ title: `在本文件禁用 ${ruleId} 检查`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: fileEdit });
    }
    if (fixable > 0) {
      const data: FixAllData = { kind: "fixAll", uri: doc.uri, version: doc.version };
      const action: CodeAction = { title: "修复全部可自动修复的 report-lint 问题", kind: CodeActionKind.QuickFix, data };
      if (!hasResolve) {
        const edits = await fixAllEdits(doc);
        if (edits === null || edits.length === 0) return actions;
        action.edit = workspaceEdit(doc, edits);
      }
      actions.push(action);
    }
    return actions;
  });

  connection.onCodeActionResolve(async (action) => {
    const data = action.data as FixAllData | undefined;
    if (data?.kind !== "fixAll") return action;
    const doc = documents.get(data.uri);
    if (doc === undefined || doc.version !== data.version) return action;
    const edits = await fixAllEdits(doc);
    if (edits !== null) action.edit = workspaceEdit(doc, edits);
    return action;
  });

  function sectionInsertion(text: string, ctx: DocContext, message: string): ReturnType<typeof planSectionInsertion> | null {
    if (ctx.config === null) return null;
    const profile = profileOf(ctx.config);
    if (profile === undefined) return null;
    const model = getReportModel(text, ctx.format);
    const item = itemOfMessage(profile, message, reportYearOf(model));
    return item === undefined ? null : planSectionInsertion(text, model, profile, item);
  }

  connection.onDocumentFormatting(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (doc === undefined) return null;
    return (await fixAllEdits(doc)) ?? [];
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== COMMAND_FIX_ALL) return null;
    const arg = (params.arguments?.[0] ?? {}) as { uri?: string; version?: number };
    const doc = arg.uri === undefined ? undefined : documents.get(arg.uri);
    if (doc === undefined || (arg.version !== undefined && arg.version !== doc.version)) return { applied: false };
    const edits = await fixAllEdits(doc);
    if (edits === null || edits.length === 0) return { applied: false, edits: 0 };
    const r = await connection.workspace.applyEdit({ label: "report-lint：修复全部问题", edit: workspaceEdit(doc, edits) });
    return { applied: r.applied, edits: edits.length };
  });

  // ---- outline ----------------------------------------------------------------------

  connection.onDocumentSymbol(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (doc === undefined) return [];
    const ctx = await contextOf(doc);
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

const ignoreCache = new WeakMap<ResolvedConfig, Ignore>();

/** Whether the config's ignorePatterns (gitignore syntax, relative to the config file, as in the CLI) exclude `path`. */
function ignoredBy(config: ResolvedConfig, path: string): boolean {
  if (config.configPath === null || config.ignorePatterns.length === 0) return false;
  const rel = relative(dirname(config.configPath), path);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return false;
  let ig = ignoreCache.get(config);
  if (ig === undefined) {
    ig = ignore().add(config.ignorePatterns);
    ignoreCache.set(config, ig);
  }
  return ig.ignores(rel.split(sep).join("/"));
}

/** Start the server on the transport named on the command line (--stdio, --node-ipc, --socket=N). */
export function runServer(options: ServerOptions = {}): void {
  startServer(createConnection(ProposedFeatures.all), options);
}

function uriToPath(uri: string): string | null {
  if (!uri.startsWith("file:")) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function configMessage(p: ConfigProblem): string {
  const issues = p.issues.map((i) => (i.pointer !== "" ? `${i.pointer}：${i.message}` : i.message)).join("；");
  return `report-lint 配置有误（${p.path}）：${issues === "" ? "无法使用" : issues}`;
}

function failureMessage(e: JobError): string {
  if (e.issues !== undefined && e.path !== undefined) return configMessage({ path: e.path, issues: e.issues });
  return `report-lint 无法检查本文档：${e.message}`;
}
