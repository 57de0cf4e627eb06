// The worker thread's side: check the files the main thread sends, one job at a time.
// dist/worker.cjs loads the bundle and calls this.
import { parentPort } from "node:worker_threads";
import { processFile, type Job } from "./process-file.js";

export function serveWorker(): void {
  parentPort?.on("message", (job: Job) => {
    void processFile(job).then((report) => parentPort?.postMessage(report));
  });
}
