// LintRunner's scheduling, with a lint thread that answers after a set time: the user's jobs go
// before warm-up texts, a warm-up starts only after a first lint, and a slow warm-up text ends it.
import { describe, expect, it } from "vitest";
import type { ResolvedConfig } from "@report-lint/formatter";
import type { LintThread, ThreadEvents } from "../src/host.js";
import { LintRunner, WARM_UP_STEP_MAX_MS } from "../src/runner.js";
import type { WorkerRequest } from "../src/worker-protocol.js";

const CONFIG = {} as ResolvedConfig;

/** A thread that answers each lint after `msOf(text)` milliseconds (reported as the job's time), and records the texts in the order it ran them. */
function fakeThread(msOf: (text: string) => number) {
  const ran: string[] = [];
  const start = (events: ThreadEvents): LintThread => ({
    post(job: WorkerRequest) {
      ran.push(job.text);
      const ms = msOf(job.text);
      setTimeout(() => events.message({ id: job.id, ok: true, kind: "lint", messages: [], ms }), Math.min(ms, 30));
    },
    terminate: () => Promise.resolve(),
  });
  return { ran, start };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function untilIdle(runner: LintRunner): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 10) {
    const s = runner.stats();
    if (s.warmUpsLeft === 0 && !s.busy && s.queued === 0) return;
    await settle(10);
  }
  throw new Error("the runner did not settle");
}

describe("LintRunner warm-up", () => {
  it("starts after the first lint, sends the texts one by one, and lets the user's lints go first", async () => {
    const thread = fakeThread(() => 5);
    const runner = new LintRunner({ startThread: thread.start, warmUp: (text) => [1, 2, 3, 4, 5].map((k) => `${text}#warm${k}`) });
    expect(runner.stats()).toMatchObject({ warmUps: 0, warmUpsLeft: 0 });
    expect((await runner.lint("doc", "A", CONFIG, "a.txt")).status).toBe("done");
    // While the warm-up runs, two edits: each is run before any warm-up text still waiting.
    for (let waited = 0; runner.stats().warmUps === 0 && waited < 5000; waited++) await settle(1);
    const during = runner.stats().warmUps;
    expect(during).toBeGreaterThan(0);
    expect(during).toBeLessThan(5);
    const [b, c] = await Promise.all([runner.lint("doc", "B", CONFIG, "a.txt"), runner.lint("other", "C", CONFIG, "b.txt")]);
    expect([b.status, c.status]).toEqual(["done", "done"]);
    await untilIdle(runner);
    expect(runner.stats()).toMatchObject({ jobs: 3, warmUps: 5, warmUpsLeft: 0, failed: 0, warmUpStoppedSlow: false });
    // B and C ran right after the warm-up text that was running when they came (at most one in between).
    const at = (t: string) => thread.ran.indexOf(t);
    const warmBefore = thread.ran.slice(0, at("B")).filter((t) => t.includes("#warm")).length;
    expect(warmBefore).toBeLessThanOrEqual(during);
    expect(at("C")).toBe(at("B") + 1);
    // The warm-up texts come from the first document only, and only once.
    expect(thread.ran.filter((t) => t.includes("#warm"))).toEqual([1, 2, 3, 4, 5].map((k) => `A#warm${k}`));
    await runner.dispose();
  });

  it("ends the warm-up at a text slower than WARM_UP_STEP_MAX_MS", async () => {
    const thread = fakeThread((text) => (text.endsWith("#slow") ? WARM_UP_STEP_MAX_MS + 1 : 5));
    const runner = new LintRunner({ startThread: thread.start, warmUp: (text) => [`${text}#1`, `${text}#slow`, `${text}#3`, `${text}#4`] });
    await runner.lint("doc", "A", CONFIG, "a.txt");
    await untilIdle(runner);
    expect(runner.stats()).toMatchObject({ jobs: 1, warmUps: 2, warmUpsLeft: 0, warmUpStoppedSlow: true });
    expect(thread.ran).toEqual(["A", "A#1", "A#slow"]);
    await runner.dispose();
  });

  it("does nothing without a warm-up function", async () => {
    const plain = fakeThread(() => 5);
    const none = new LintRunner({ startThread: plain.start });
    await none.lint("doc", "A", CONFIG, "a.txt");
    await settle(50);
    expect(plain.ran).toEqual(["A"]);
    expect(none.stats()).toMatchObject({ warmUps: 0, warmUpsLeft: 0 });
    await none.dispose();
  });
});
