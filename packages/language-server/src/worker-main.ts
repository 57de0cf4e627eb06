import { parentPort } from "node:worker_threads";
import { configProblemOf, fix, lint } from "./engine.js";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol.js";

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
  try {
    if (job.kind === "lint") {
      const messages = await lint(job.text, job.config, job.filePath);
      return { id: job.id, ok: true, kind: "lint", messages, ms: performance.now() - t0 };
    }
    const outcome = await fix(job.text, job.config, job.filePath);
    return { id: job.id, ok: true, kind: "fix", fix: outcome, ms: performance.now() - t0 };
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
