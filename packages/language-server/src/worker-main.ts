import { parentPort } from "node:worker_threads";
import { Linter } from "@report-lint/formatter";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol.js";
import { configProblemOf } from "./workspace.js";

/** The worker's engine: each job carries its document's configuration. */
const linter = new Linter();

/**
 * Serve lint and fix jobs from the language server's main thread; call it in a
 * worker thread (lint-worker.js does, and so can a bundle that is its own worker).
 */
export function runLintWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error("runLintWorker 只能在 worker 线程中运行");
  port.on("message", (job: WorkerRequest) => {
    void run(job).then((response) => port.postMessage(response));
  });
}

async function run(job: WorkerRequest): Promise<WorkerResponse> {
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
}
