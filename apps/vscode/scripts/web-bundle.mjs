// What the web bundles (dist/web/) must not hold: a require or import of a Node built-in (the web
// extension host and the server's worker have no Node), or a DOM call in the server's worker.
import { builtinModules } from "node:module";

const BUILTINS = new Set(builtinModules);
const LOADS = /\b(?:require\(|import\(|from\s*)\s*["']([^"']+)["']/gu;

/** The Node built-ins a bundle's source requires or imports (none for a web bundle). */
export function nodeBuiltinsIn(source) {
  return [...new Set([...source.matchAll(LOADS)].map((m) => m[1]).filter((id) => id.startsWith("node:") || BUILTINS.has(id.split("/")[0])))];
}

/** Whether a worker bundle calls on the DOM (a worker has no document). */
export function usesDom(source) {
  return /\bdocument\.createElement\(/u.test(source);
}
