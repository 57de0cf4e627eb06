// Worker thread entry: checks the files the main thread sends, one job at a time.
import { parentPort } from "node:worker_threads";
import { processFile, type Job } from "./process-file.js";

parentPort?.on("message", (job: Job) => {
  void processFile(job).then((report) => parentPort?.postMessage(report));
});
