// Run one command and measure wall time (spawn → exit) and peak RSS.
import { spawn, spawnSync } from "node:child_process";
import { openSync, closeSync, readFileSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";

const TIME = "/usr/bin/time";
let timeWorks = null;

/** Whether GNU time with -v/-o is usable here (checked once). */
export function gnuTimeAvailable() {
  if (timeWorks === null) {
    timeWorks = false;
    if (existsSync(TIME)) {
      const r = spawnSync(TIME, ["-v", "true"], { encoding: "utf8" });
      timeWorks = r.status === 0 && /Maximum resident set size/u.test(r.stderr);
    }
  }
  return timeWorks;
}

export function rssMethod() {
  return gnuTimeAvailable() ? "/usr/bin/time -v (Maximum resident set size)" : "poll /proc/<pid>/status VmHWM every 5 ms";
}

function readVmHWM(pid) {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/u.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Run `node <args>` (or another command) with stdout and stderr sent to files
 * in `scratch`; resolves to { wallMs, cpuMs, peakRssKb, code, signal, timedOut,
 * stdoutPath, stderrPath }. Wall time runs from spawn to the exit event; cpuMs
 * (user + system, all threads; from /usr/bin/time, else null) is what the run
 * cost the machine and moves much less than wall time on a busy machine.
 */
export function runMeasured(command, args, { cwd, scratch, env, timeoutMs = 600_000, tag = "run" }) {
  const stdoutPath = join(scratch, `${tag}.stdout`);
  const stderrPath = join(scratch, `${tag}.stderr`);
  const timePath = join(scratch, `${tag}.time`);
  rmSync(timePath, { force: true });
  const out = openSync(stdoutPath, "w");
  const err = openSync(stderrPath, "w");
  const useTime = gnuTimeAvailable();
  const [cmd, argv] = useTime ? [TIME, ["-v", "-o", timePath, command, ...args]] : [command, args];
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    let child;
    try {
      child = spawn(cmd, argv, { cwd, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env }, stdio: ["ignore", out, err] });
    } catch (e) {
      closeSync(out);
      closeSync(err);
      reject(e);
      return;
    }
    let peak = null;
    let poll = null;
    if (!useTime) {
      poll = setInterval(() => {
        const v = readVmHWM(child.pid);
        if (v !== null) peak = Math.max(peak ?? 0, v);
      }, 5);
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      closeSync(out);
      closeSync(err);
      reject(e);
    });
    child.on("exit", (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      closeSync(out);
      closeSync(err);
      let exitCode = code;
      let cpuMs = null;
      if (useTime && existsSync(timePath)) {
        const report = readFileSync(timePath, "utf8");
        const m = /Maximum resident set size \(kbytes\):\s*(\d+)/u.exec(report);
        if (m) peak = Number(m[1]);
        const user = /User time \(seconds\):\s*([\d.]+)/u.exec(report);
        const sys = /System time \(seconds\):\s*([\d.]+)/u.exec(report);
        if (user && sys) cpuMs = (Number(user[1]) + Number(sys[1])) * 1000;
        // GNU time exits with the child's status; "Command exited with non-zero status N" is informational.
        const st = /Exit status:\s*(\d+)/u.exec(report);
        if (st) exitCode = Number(st[1]);
      }
      resolvePromise({ wallMs, cpuMs, peakRssKb: peak, code: exitCode, signal, timedOut, stdoutPath, stderrPath });
    });
  });
}

/** Run a command to completion and capture its output (for --help / --version probes). */
export function probe(command, args, { cwd, timeoutMs = 60_000 } = {}) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", timeout: timeoutMs, env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", error: r.error };
}
