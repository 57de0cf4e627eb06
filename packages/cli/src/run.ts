import { availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import { processFile, type FileReport, type Job } from "./process-file.js";
import { t } from "./i18n.js";

/** More files than this is "many": worker threads and a progress line. */
export const MANY_FILES = 8;

/** When to check files on worker threads: by the machine's idle cores (default), always (--worker), never (--no-worker). */
export type WorkerPolicy = "auto" | "always" | "never";

export interface RunOptions {
  workers: WorkerPolicy;
  /** Show a progress line on stderr (only on a TTY). */
  progress: boolean;
  stderr: NodeJS.WriteStream;
}

/** What the worker decision looks at: the cores, and how many of them other work keeps busy. */
export interface Machine {
  cpus: number;
  /** The 1-minute load average: runnable threads, on average, over the last minute. */
  load: number;
}

export function currentMachine(): Machine {
  return { cpus: availableParallelism(), load: loadavg()[0] ?? 0 };
}

/**
 * How many worker threads to start for `count` files, besides this thread, which checks files
 * too: none for a few files; otherwise one per core (at most four threads in all) — with
 * "auto", only on cores nobody else is using. Measured on the 1,000-report batch on a 2-core
 * machine whose second core was busy, a worker cost 23–36 % more CPU and gained no time
 * (docs/benchmarks.md), so a core counts as free only when the load leaves at least half of it
 * after this thread's own.
 */
export function workerCount(count: number, policy: WorkerPolicy, machine: Machine = currentMachine()): number {
  if (policy === "never" || count <= MANY_FILES || machine.cpus <= 1) return 0;
  const most = Math.min(machine.cpus, 4, Math.ceil(count / 2)) - 1;
  if (policy === "always") return most;
  const free = Math.round(machine.cpus - machine.load - 1);
  return Math.max(0, Math.min(most, free));
}

/**
 * Files a thread works on at once: while some are read from disk (or their fixed text written),
 * another is checked. One at a time left this thread idle a fifth of a batch; on 1,000
 * reports, two in flight took 4.2 s, four 3.8 s, eight 4.1 s (median of 5, --no-worker).
 */
const IN_FLIGHT = 4;

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
  if (/\breport-lint\b/u.test(process.env.DEBUG ?? "")) options.stderr.write(`report-lint: ${jobs.length} files, ${n} worker threads besides the main thread (${options.workers})\n`);
  let next = 0;
  const take = (): number => (next < jobs.length ? next++ : -1);
  const check = async (i: number): Promise<void> => {
    reports[i] = await processFile(jobs[i]!);
    progress.tick(jobs[i]!.displayPath);
  };
  const here = async (): Promise<void> => {
    for (let i = take(); i >= 0; i = take()) await check(i);
  };
  try {
    await Promise.all([...Array.from({ length: IN_FLIGHT }, here), ...Array.from({ length: n }, () => inWorker(jobs, take, reports, progress))]);
    // A worker that died left its jobs undone: this thread does them.
    for (let i = 0; i < jobs.length; i++) if (reports[i] === undefined) await check(i);
  } finally {
    progress.end();
  }
  return reports;
}

/** One worker thread, kept IN_FLIGHT jobs ahead, until no job is left (or it dies). */
function inWorker(jobs: Job[], take: () => number, reports: FileReport[], progress: Progress): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./worker.cjs", import.meta.url));
    } catch {
      resolve();
      return;
    }
    const inFlight = new Set<number>();
    let stopping = false;
    const feed = (): void => {
      if (stopping) return;
      const i = take();
      if (i >= 0) {
        inFlight.add(i);
        worker.postMessage(jobs[i]);
      } else if (inFlight.size === 0) {
        stopping = true;
        void worker.terminate().then(() => resolve());
      }
    };
    worker.on("message", (report: FileReport) => {
      inFlight.delete(report.index);
      reports[report.index] = report;
      progress.tick(jobs[report.index]!.displayPath);
      feed();
    });
    worker.on("error", () => resolve());
    for (let k = 0; k < IN_FLIGHT; k++) feed();
  });
}
