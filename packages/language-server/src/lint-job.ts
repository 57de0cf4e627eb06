// One lint or fix job, on whichever thread runs it: a worker thread in Node (worker-main.ts), the
// server's own thread in a browser (platform.browser.ts).
import { Linter } from "@report-lint/formatter";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol.js";
import { configProblemOf } from "./workspace.js";

/** The engine: each job carries its document's configuration. */
const linter = new Linter();

/** Run a job; a failure is an answer, never thrown. */
export async function runJob(job: WorkerRequest): Promise<WorkerResponse> {
  const t0 = performance.now();
  const target = { filePath: job.filePath, config: job.config };
  try {
    if (job.kind === "lint") {
      const findings = await linter.lintText(job.text, target);
      // In document order, as an editor lists them.
      findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
      return { id: job.id, ok: true, kind: "lint", messages: findings, ms: performance.now() - t0 };
    }
    const r = await linter.fixText(job.text, target);
    // Only what the editor applies goes back: the edits (the fixed text is the document after them).
    return { id: job.id, ok: true, kind: "fix", fix: { edits: r.edits, remaining: r.remaining.length }, ms: performance.now() - t0 };
  } catch (e) {
    return failedJob(job, e);
  }
}

/** The answer of a job that failed with `e`. */
export function failedJob(job: WorkerRequest, e: unknown): WorkerResponse {
  const problem = configProblemOf(e);
  const error: Extract<WorkerResponse, { ok: false }>["error"] = {
    name: e instanceof Error ? e.name : "Error",
    message: e instanceof Error ? e.message : String(e),
  };
  if (problem !== null) {
    error.path = problem.path;
    error.issues = problem.issues;
  }
  return { id: job.id, ok: false, error };
}
