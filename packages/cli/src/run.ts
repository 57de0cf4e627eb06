import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { processFile, type FileReport, type Job } from "./process-file.js";
import { t } from "./i18n.js";

/** More files than this is "many": worker threads and a progress line. */
export const MANY_FILES = 8;

export interface RunOptions {
  /** Allow worker threads (false for --no-worker). */
  workers: boolean;
  /** Show a progress line on stderr (only on a TTY). */
  progress: boolean;
  stderr: NodeJS.WriteStream;
}

/** How many worker threads to use for `count` files, or 0 to stay in this thread. */
export function workerCount(count: number, allowed: boolean): number {
  const cpus = availableParallelism();
  if (!allowed || count <= MANY_FILES || cpus <= 1) return 0;
  return Math.min(cpus, 4, Math.ceil(count / 2));
}

class Progress {
  private done = 0;
  private shown = false;
  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream | null,
  ) {}
  tick(name: string): void {
    this.done++;
    if (this.out === null) return;
    const width = Math.max(20, (this.out.columns || 80) - 1);
    let line = t(`检查中 ${this.done}/${this.total} `, `checking ${this.done}/${this.total} `) + name;
    if (line.length > width) line = line.slice(0, width - 1) + "…";
    this.out.write(`\r\u001b[2K${line}`);
    this.shown = true;
  }
  end(): void {
    if (this.shown && this.out !== null) this.out.write("\r\u001b[2K");
  }
}

/** Check every job; reports come back in job order whatever order they finish in. */
export async function runJobs(jobs: Job[], options: RunOptions): Promise<FileReport[]> {
  const progress = new Progress(jobs.length, options.progress && options.stderr.isTTY === true && jobs.length > MANY_FILES ? options.stderr : null);
  const reports: FileReport[] = new Array<FileReport>(jobs.length);
  const n = workerCount(jobs.length, options.workers);
  if (/\breport-lint\b/u.test(process.env.DEBUG ?? "")) options.stderr.write(`report-lint: ${jobs.length} files, ${n} worker threads\n`);
  try {
    if (n === 0) {
      for (const [i, job] of jobs.entries()) {
        reports[i] = await processFile(job);
        progress.tick(job.displayPath);
      }
    } else {
      await inWorkers(jobs, n, reports, progress);
    }
  } finally {
    progress.end();
  }
  return reports;
}

async function inWorkers(jobs: Job[], n: number, reports: FileReport[], progress: Progress): Promise<void> {
  let next = 0;
  const url = new URL("./worker.js", import.meta.url);
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(url);
      } catch {
        resolve();
        return;
      }
      let current = -1;
      const feed = (): void => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage(jobs[current]);
      };
      worker.on("message", (report: FileReport) => {
        reports[current] = report;
        progress.tick(jobs[current]!.displayPath);
        feed();
      });
      // A worker that dies leaves its job (and the rest of its share) to the main thread below.
      worker.on("error", () => resolve());
      feed();
    });
  await Promise.all(Array.from({ length: n }, one));
  for (const [i, job] of jobs.entries()) {
    if (reports[i] === undefined) {
      reports[i] = await processFile(job);
      progress.tick(job.displayPath);
    }
  }
}
