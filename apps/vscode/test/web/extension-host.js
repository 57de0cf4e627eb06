// A stand-in for VS Code's web extension host, for web.test.ts: a Web Worker that loads the web
// extension bundle (CommonJS, as VS Code loads it) with a recording `vscode` module and calls its
// activate(). The stand-in has every name of the VS Code API (sent by the test, read from
// @types/vscode); commands.registerCommand and window.show…Message record; Uri.joinPath joins; env, version and
// the workspace's folders are plain values; the rest is inert. The
// Worker the extension starts is a real one, whose messages are recorded both ways.
/** Post what was recorded, as JSON (a message the worker recorded may hold what cannot be cloned). */
function report(result) {
  postMessage(JSON.parse(JSON.stringify(result, (_, v) => (typeof v === "function" ? undefined : v))));
}

self.onmessage = async ({ data: { extensionUri, names } }) => {
  const registered = [];
  const workers = [];
  const posted = [];
  const received = [];
  const inert = () => new Proxy(function () {}, { get: (_, k) => (k === "then" ? undefined : inert()), set: () => true, apply: () => inert(), construct: () => inert() });
  const api = {};
  for (const name of names) api[name] = inert();
  api.commands = new Proxy({}, { get: (_, k) => (k === "registerCommand" ? (id) => (registered.push(id), { dispose() {} }) : inert()) });
  const shown = [];
  api.window = new Proxy({}, {
    get: (_, k) => (/^show(Error|Warning|Information)Message$/u.test(String(k)) ? (...args) => (shown.push(String(args[0])), Promise.resolve(undefined)) : inert()),
  });
  // What the client puts in `initialize` must be data (a worker message is cloned): plain values here.
  api.version = "1.91.0";
  api.env = new Proxy({ appName: "stub", language: "zh-cn", machineId: "stub", sessionId: "stub", appRoot: "", uriScheme: "vscode" }, { get: (t, k) => (k in t ? t[k] : inert()) });
  api.workspace = new Proxy({ workspaceFolders: undefined, name: undefined, workspaceFile: undefined }, { get: (t, k) => (k in t ? t[k] : inert()) });
  const uri = (s) => ({ toString: () => s, path: new URL(s).pathname, scheme: "http" });
  api.Uri = new Proxy({}, { get: (_, k) => (k === "joinPath" ? (base, ...parts) => uri([base.toString(), ...parts].join("/")) : inert()) });

  const RealWorker = self.Worker;
  self.Worker = class extends RealWorker {
    constructor(url, options) {
      super(url, options);
      workers.push(String(url));
      this.addEventListener("message", (e) => received.push(e.data));
    }
    postMessage(message, ...rest) {
      posted.push(message);
      return super.postMessage(message, ...rest);
    }
  };
  self.module = { exports: {} };
  self.exports = self.module.exports;
  self.require = (id) => {
    if (id === "vscode") return api;
    throw new Error(`the web extension required ${id}`);
  };
  let error = null;
  try {
    importScripts(`${extensionUri}/dist/web/extension.js`);
    const ext = self.module.exports;
    const activation = ext.activate({ subscriptions: [], extensionUri: uri(extensionUri) });
    // activate resolves once the client has started, or rejects where the stand-in falls short.
    await Promise.race([activation, new Promise((r) => setTimeout(r, 10_000))]).catch((e) => (error = String(e?.stack ?? e)));
    const exportsNames = Object.keys(ext).sort();
    // Give the server its time to answer what the client sent.
    for (let i = 0; i < 100 && !received.some((m) => m.id === posted.find((p) => p.method === "initialize")?.id); i++) await new Promise((r) => setTimeout(r, 100));
    report({ exports: exportsNames, registered, workers, posted, received, shown, error });
  } catch (e) {
    report({ registered, workers, posted, received, shown, error: String(e?.stack ?? e) });
  }
};
