import { parentPort } from "node:worker_threads";
import { runJob } from "./lint-job.js";
import type { WorkerRequest } from "./worker-protocol.js";

/**
 * Serve lint and fix jobs from the language server's main thread; call it in a
 * worker thread (lint-worker.js does, and so can a bundle that is its own worker).
 */
export function runLintWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error("runLintWorker 只能在 worker 线程中运行");
  port.on("message", (job: WorkerRequest) => {
    void runJob(job).then((response) => port.postMessage(response));
  });
}
