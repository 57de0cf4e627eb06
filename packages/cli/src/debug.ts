// Stands in for the `debug` package inside the bundle (tsup.config.ts aliases it here).
// textlint's kernel creates its loggers with it at load time, and the real package then
// sets up colour and terminal detection (supports-color, tty, ms): ~5 ms of every start,
// for output nobody asked for. This keeps what the loggers are for: with DEBUG set
// (DEBUG=textlint:*, DEBUG=*,-textlint:fixer-processor) they write "namespace message"
// lines to standard error, as the real package does without colours.
import { format } from "node:util";

type Logger = ((...args: unknown[]) => void) & { enabled: boolean; namespace: string; extend(sub: string, delimiter?: string): Logger };

function patterns(spec: string): { include: RegExp[]; exclude: RegExp[] } {
  const include: RegExp[] = [];
  const exclude: RegExp[] = [];
  for (const part of spec.split(/[\s,]+/u)) {
    if (part === "") continue;
    const negated = part.startsWith("-");
    const body = (negated ? part.slice(1) : part).replace(/[.+?^${}()|[\]\\]/gu, "\\$&").replace(/\*/gu, ".*?");
    (negated ? exclude : include).push(new RegExp(`^${body}$`, "u"));
  }
  return { include, exclude };
}

/** Whether DEBUG=`spec` turns on `namespace`. */
export function enabledFor(namespace: string, spec: string | undefined): boolean {
  if (!spec) return false;
  const { include, exclude } = patterns(spec);
  return !exclude.some((r) => r.test(namespace)) && include.some((r) => r.test(namespace));
}

export default function debug(namespace: string): Logger {
  const enabled = enabledFor(namespace, process.env.DEBUG);
  const log = ((...args: unknown[]) => {
    if (log.enabled) process.stderr.write(`${namespace} ${format(...args)}\n`);
  }) as Logger;
  log.enabled = enabled;
  log.namespace = namespace;
  log.extend = (sub, delimiter = ":") => debug(`${namespace}${delimiter}${sub}`);
  return log;
}
