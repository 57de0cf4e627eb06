import type { Finding, ResolvedConfig } from "@report-lint/formatter";
import type { LintThread, ThreadEvents } from "./host.js";
import type { FixOutcome, WorkerRequest, WorkerResponse } from "./worker-protocol.js";

/** Why a worker job failed (a config problem carries its file and issues). */
export type JobError = Extract<WorkerResponse, { ok: false }>["error"];

/** How a job ended: its value, superseded by newer work, or failed. */
export type JobResult<T> = { status: "done"; value: T; ms: number } | { status: "cancelled" } | { status: "failed"; error: JobError };

/** Options of {@link LintRunner}. */
export interface RunnerOptions {
  /** Start a lint thread (the host's: a worker thread in Node, the server's own thread in a browser). */
  startThread(events: ThreadEvents): LintThread;
  /** A stale lint that has run this long is stopped by restarting the worker. */
  cancelAfterMs?: number;
  /**
   * The texts a new lint thread checks in idle time after its first lint (see warm-up.ts);
   * none when omitted. Each goes after every job waiting, one at a time, only once the thread
   * has been idle for WARM_UP_IDLE_MS.
   */
  warmUp?: (text: string) => string[];
}

/**
 * A warm-up text is sent only after the lint thread has had no job for this long. Short: the
 * user's jobs go first anyway (a warm-up text is sent only when none waits), and with 20 ms the
 * 40 texts took over a second after opening, so the first edits still met them.
 */
export const WARM_UP_IDLE_MS = 5;
/**
 * A warm-up text that took longer than this ends the warm-up: a text of 4,000 characters takes
 * 5–15 ms once V8 has compiled the rules; a document whose start is this slow to check (or a
 * machine this slow) would have the user's edits wait behind each one.
 */
export const WARM_UP_STEP_MAX_MS = 200;

interface Job {
  request: WorkerRequest;
  /** Lint jobs for the same document replace each other. */
  key: string | null;
  started: number;
  /** A warm-up text: not counted as a job, its answer unused. */
  warmUp: boolean;
  settle(result: JobResult<unknown>): void;
}

/** Counters of a {@link LintRunner}, for the stats request. */
export interface RunnerStats {
  jobs: number;
  cancelled: number;
  failed: number;
  workerRestarts: number;
  queued: number;
  busy: boolean;
  /** Warm-up texts checked (not counted in `jobs`), and how many are still to go. */
  warmUps: number;
  warmUpsLeft: number;
  /** Whether the warm-up was ended early by a text slower than WARM_UP_STEP_MAX_MS (a slow or busy machine). */
  warmUpStoppedSlow: boolean;
}

/**
 * Runs lint and fix jobs in one lint thread (in Node a worker thread, so that linting never blocks
 * the language server's request path). The newest lint of a document supersedes older
 * ones: queued ones are dropped, and a running one that is taking long is stopped.
 */
export class LintRunner {
  private worker: LintThread | null = null;
  private running: Job | null = null;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private readonly stats_ = { jobs: 0, cancelled: 0, failed: 0, workerRestarts: 0, warmUps: 0 };
  private disposed = false;
  private cancelAfterMs: number;
  /** What the current thread still has to warm up on; null until its first lint is done. */
  private warm: Array<Omit<WorkerRequest, "id">> | null = null;
  private warmTimer: ReturnType<typeof setTimeout> | null = null;
  private lastJobEnd = 0;
  private warmUpStoppedSlow = false;

  constructor(private readonly options: RunnerOptions) {
    this.cancelAfterMs = options.cancelAfterMs ?? 1000;
  }

  /** How long a stale lint may run before the next lint of its document stops it. */
  setCancelAfterMs(ms: number): void {
    this.cancelAfterMs = ms;
  }

  /** Lint `text`; a later `lint` with the same `key` cancels this one. */
  lint(key: string, text: string, config: ResolvedConfig, filePath: string): Promise<JobResult<Finding[]>> {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const queued = this.queue[i]!;
      if (queued.key === key) {
        this.queue.splice(i, 1);
        this.cancel(queued);
      }
    }
    const running = this.running;
    if (running !== null && running.key === key && performance.now() - running.started > this.cancelAfterMs) {
      this.restartWorker();
      this.cancel(running);
    }
    const result = this.enqueue<Finding[]>({ kind: "lint", text, config, filePath }, key, false);
    if (this.warm === null && this.options.warmUp !== undefined) {
      const warmUp = this.options.warmUp;
      void result.then((r) => {
        if (r.status !== "done" || this.warm !== null || this.disposed) return;
        this.warm = warmUp(text).map((t) => ({ kind: "lint", text: t, config, filePath }));
        this.scheduleWarmUp();
      });
    }
    return result;
  }

  /** Apply every fix to `text`; fixes go ahead of queued lints (a user is waiting on them). */
  fix(text: string, config: ResolvedConfig, filePath: string): Promise<JobResult<FixOutcome>> {
    return this.enqueue<FixOutcome>({ kind: "fix", text, config, filePath }, null, true);
  }

  stats(): RunnerStats {
    return { ...this.stats_, queued: this.queue.length, busy: this.running !== null, warmUpsLeft: this.warm?.length ?? 0, warmUpStoppedSlow: this.warmUpStoppedSlow };
  }

  /** Whether a lint with this key is queued or running. */
  pending(key: string): boolean {
    return this.running?.key === key || this.queue.some((j) => j.key === key);
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    if (this.warmTimer !== null) clearTimeout(this.warmTimer);
    this.warm = [];
    for (const job of this.queue.splice(0)) this.cancel(job);
    if (this.running !== null) this.cancel(this.running);
    this.running = null;
    const w = this.worker;
    this.worker = null;
    if (w !== null) await w.terminate();
  }

  private enqueue<T>(req: Omit<WorkerRequest, "id">, key: string | null, urgent: boolean, warmUp = false): Promise<JobResult<T>> {
    if (this.disposed) return Promise.resolve({ status: "cancelled" });
    return new Promise<JobResult<T>>((resolve) => {
      const job: Job = {
        request: { ...req, id: this.nextId++ },
        key,
        started: 0,
        warmUp,
        settle: resolve as (r: JobResult<unknown>) => void,
      };
      if (urgent) {
        const firstLint = this.queue.findIndex((j) => j.key !== null);
        this.queue.splice(firstLint === -1 ? this.queue.length : firstLint, 0, job);
      } else {
        this.queue.push(job);
      }
      this.pump();
    });
  }

  private cancel(job: Job): void {
    this.stats_.cancelled++;
    job.settle({ status: "cancelled" });
  }

  /** Send the next warm-up text once the thread has been idle for WARM_UP_IDLE_MS (jobs always go first). */
  private scheduleWarmUp(): void {
    if (this.warmTimer !== null || this.disposed || this.warm === null || this.warm.length === 0) return;
    this.warmTimer = setTimeout(() => {
      this.warmTimer = null;
      const idle = performance.now() - this.lastJobEnd;
      if (this.running !== null || this.queue.length > 0 || idle < WARM_UP_IDLE_MS) {
        this.scheduleWarmUp();
        return;
      }
      const next = this.warm?.shift();
      if (next === undefined) return;
      this.stats_.warmUps++;
      void this.enqueue(next, null, false, true).then((r) => {
        if (r.status !== "done" || r.ms > WARM_UP_STEP_MAX_MS) {
          this.warmUpStoppedSlow ||= r.status === "done" && this.warm !== null && this.warm.length > 0;
          this.warm = [];
        }
        this.scheduleWarmUp();
      });
    }, WARM_UP_IDLE_MS);
  }

  private pump(): void {
    if (this.running !== null || this.disposed) return;
    const job = this.queue.shift();
    if (job === undefined) return;
    this.running = job;
    job.started = performance.now();
    if (!job.warmUp) this.stats_.jobs++;
    this.ensureWorker().post(job.request);
  }

  private ensureWorker(): LintThread {
    if (this.worker !== null) return this.worker;
    const w: LintThread = this.options.startThread({
      message: (response) => {
        const job = this.running;
        if (this.worker !== w || job === null || job.request.id !== response.id) return;
        this.running = null;
        this.lastJobEnd = performance.now();
        if (response.ok) {
          job.settle({ status: "done", value: response.kind === "lint" ? response.messages : response.fix, ms: response.ms });
        } else {
          if (!job.warmUp) this.stats_.failed++;
          job.settle({ status: "failed", error: response.error });
        }
        this.pump();
      },
      lost: (why) => {
        if (this.worker !== w) return;
        this.worker = null;
        const job = this.running;
        this.running = null;
        if (job !== null) {
          if (!job.warmUp) this.stats_.failed++;
          job.settle({ status: "failed", error: { name: "WorkerError", message: why } });
        }
        this.pump();
      },
    });
    this.worker = w;
    return w;
  }

  private restartWorker(): void {
    const w = this.worker;
    this.worker = null;
    this.running = null;
    this.stats_.workerRestarts++;
    if (w !== null) void w.terminate();
    // pump() is called by the enqueue that follows.
  }
}
