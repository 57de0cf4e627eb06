// What the server needs from where it runs — the seam between one server and two platforms.
// platform.ts is Node's (worker threads, node:fs); platform.browser.ts a web worker's (lint in the
// server's own thread, files through the editor). The browser build puts the second in the first's place.
import type { WorkerRequest, WorkerResponse } from "./worker-protocol.js";

/** Where a lint thread's answers go. */
export interface ThreadEvents {
  message(response: WorkerResponse): void;
  /** The thread died (the job it was running, if any, is lost). */
  lost(why: string): void;
}

/** One lint thread: jobs in, answers out. */
export interface LintThread {
  post(job: WorkerRequest): void;
  /** Stop it; a job it is running is abandoned (its answer never comes). */
  terminate(): Promise<void>;
}

/** An entry of a directory, for the workspace lint. */
export interface DirectoryEntry {
  name: string;
  kind: "file" | "directory" | "other";
}

/** The platform's part of the server. */
export interface Host {
  /**
   * Whether a new lint thread checks warm-up texts in idle time after its first lint (warm-up.ts):
   * where linting has a thread of its own; not where it shares the server's.
   */
  warmsUp: boolean;
  /** Called with the client's initializationOptions (the browser starts loading the engine's data files). */
  initialize(options: unknown): void;
  startLintThread(events: ThreadEvents): LintThread;
  exists(path: string): Promise<boolean>;
  /** Write a new file; fails when one is there already. */
  createFile(path: string, text: string): Promise<void>;
  /** The entries of a directory; throws when it cannot be read. */
  readDirectory(path: string): Promise<DirectoryEntry[]>;
  memory(): { rss: number; heapUsed: number; external: number };
}
