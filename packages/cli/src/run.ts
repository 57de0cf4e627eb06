import { availableParallelism, cpus, loadavg } from "node:os";
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
  /**
   * Cores that other processes kept busy since this one started (measured, see othersBusy), or
   * null where too little time has passed to tell: then the load average stands in for it.
   */
  busy?: number | null;
}

/** CPU time so far, in milliseconds: all cores' busy and total time, and this process's own. */
export interface CpuSample {
  cores: number;
  busy: number;
  total: number;
  own: number;
}

function sampleCpu(): CpuSample {
  let busy = 0;
  let total = 0;
  const all = cpus();
  for (const { times: t } of all) {
    const sum = t.user + t.nice + t.sys + t.idle + t.irq;
    total += sum;
    busy += sum - t.idle;
  }
  const own = process.cpuUsage();
  return { cores: all.length, busy, total, own: (own.user + own.system) / 1000 };
}

/**
 * When this process started (this module is loaded with the bundle): the decision measures what
 * other processes did with the cores from here to the batch's start — the start-up itself, a
 * few hundred milliseconds in which this thread is busy.
 */
const STARTED = sampleCpu();
const STARTED_AT = performance.now();

/** Milliseconds until enough time has passed since the start to measure the other work (0: it has). */
function untilMeasurable(): number {
  return Math.max(0, Math.ceil(STARTED_AT + MIN_WINDOW_MS * 1.2 - performance.now()));
}

/** Less than this (ms per core) tells too little: the kernel counts CPU time in ticks of ~10 ms. */
const MIN_WINDOW_MS = 100;

/** Cores other processes kept busy between two samples (this process's own threads not counted), or null if they are too close. */
export function othersBusy(from: CpuSample, to: CpuSample): number | null {
  const window = (to.total - from.total) / Math.max(1, to.cores);
  if (!(window >= MIN_WINDOW_MS)) return null;
  return Math.max(0, (to.busy - from.busy - (to.own - from.own)) / window);
}

export function currentMachine(): Machine {
  return { cpus: availableParallelism(), load: loadavg()[0] ?? 0, busy: othersBusy(STARTED, sampleCpu()) };
}

/**
 * How many worker threads to start for `count` files, besides this thread, which checks files
 * too: none for a few files; otherwise one per core (at most four threads in all) — with
 * "auto", only on cores nobody else is using (other work must leave at least half of a core
 * after this thread's own for it to count), and only where at least two are: on the 2-core
 * virtual machine the benchmarks run on, its second core idle as far as the system could tell,
 * one worker made the 1,000-report batch 14 % slower (5.72 s against 5.01, alternated runs) —
 * two processes side by side went only 1.23× one there, and a worker pays its own start-up,
 * language-model reads and memos (docs/benchmarks.md). What other work takes is measured over
 * this process's start-up; the load average (a minute's, which still counts a run that has just
 * ended and not yet one that has just begun) only where the start-up was too short to measure.
 */
export function workerCount(count: number, policy: WorkerPolicy, machine: Machine = currentMachine()): number {
  if (policy === "never" || count <= MANY_FILES || machine.cpus <= 1) return 0;
  const most = Math.min(machine.cpus, 4, Math.ceil(count / 2)) - 1;
  if (policy === "always") return most;
  const others = machine.busy ?? machine.load;
  const free = Math.round(machine.cpus - others - 1);
  return free < 2 ? 0 : Math.min(most, free);
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
  let next = 0;
  const take = (): number => (next < jobs.length ? next++ : -1);
  const check = async (i: number): Promise<void> => {
    reports[i] = await processFile(jobs[i]!);
    progress.tick(jobs[i]!.displayPath);
  };
  // Between files this thread lets the event loop turn: reading a file and checking it never wait
  // on it (reads are synchronous), and the workers' answers and the worker decision's timer would
  // otherwise wait for the whole batch — a worker got its first few files and no more.
  const here = async (): Promise<void> => {
    for (let i = take(); i >= 0; i = take()) {
      await check(i);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  // This thread starts at once; workers join when the decision is made (see decideWorkers).
  const running: Array<Promise<void>> = Array.from({ length: IN_FLIGHT }, here);
  let byWorkers = 0;
  const timer = decideWorkers(jobs.length, options, (n) => {
    if (next >= jobs.length) return;
    for (let k = 0; k < n; k++) running.push(inWorker(jobs, take, reports, progress, () => byWorkers++));
  });
  try {
    // (A worker may join while this waits: the list grows.)
    for (let k = 0; k < running.length; k++) await running[k];
    // A worker that died left its jobs undone: this thread does them.
    for (let i = 0; i < jobs.length; i++) if (reports[i] === undefined) await check(i);
    if (running.length > IN_FLIGHT) debugLine(options, `the workers checked ${byWorkers} of ${jobs.length} files`);
  } finally {
    if (timer !== null) clearTimeout(timer);
    progress.end();
  }
  return reports;
}

/** A line on stderr for DEBUG=report-lint (how the batch was shared out). */
function debugLine(options: RunOptions, line: string): void {
  if (/\breport-lint\b/u.test(process.env.DEBUG ?? "")) options.stderr.write(`report-lint: ${line}\n`);
}

/**
 * Decide how many workers to start and call `start` with it: now, or — with "auto", where this
 * process has run too briefly to measure the other work on the machine — as soon as it has
 * (this thread checks files meanwhile). The timer, if one was set.
 */
function decideWorkers(count: number, options: RunOptions, start: (n: number) => void): NodeJS.Timeout | null {
  const decide = (): void => {
    const machine = currentMachine();
    const n = workerCount(count, options.workers, machine);
    const others = machine.busy === null || machine.busy === undefined ? `load average ${machine.load.toFixed(2)}` : `other work ${machine.busy.toFixed(2)} cores`;
    debugLine(options, `${count} files, ${n} worker threads besides the main thread (${options.workers}; ${machine.cpus} cores, ${others})`);
    if (n > 0) start(n);
  };
  const wait = options.workers === "auto" && count > MANY_FILES ? untilMeasurable() : 0;
  if (wait <= 0) {
    decide();
    return null;
  }
  return setTimeout(decide, wait);
}

/** One worker thread, kept IN_FLIGHT jobs ahead, until no job is left (or it dies). */
function inWorker(jobs: Job[], take: () => number, reports: FileReport[], progress: Progress, answered: () => void): Promise<void> {
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
      answered();
      feed();
    });
    worker.on("error", () => resolve());
    for (let k = 0; k < IN_FLIGHT; k++) feed();
  });
}
