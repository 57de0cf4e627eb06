// Debian's Chromium (`apt-get install chromium`, which .ci/run does) as the real browser of the page
// test and the HTML report's bench: driven by puppeteer-core, which downloads no browser of its
// own. On a machine without it the tests that need it are skipped — except in CI, where
// REPORT_LINT_REQUIRE_CHROMIUM=1 makes its absence a failure rather than a silent skip.
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The Chromium binary (CHROMIUM_PATH, else Debian's), or null when there is none. */
export function chromiumPath() {
  const given = process.env["CHROMIUM_PATH"];
  const found = given !== undefined && given !== "" ? (existsSync(given) ? given : null) : (CANDIDATES.find((p) => existsSync(p)) ?? null);
  if (found === null && process.env["REPORT_LINT_REQUIRE_CHROMIUM"] === "1") throw new Error("Chromium is required here: apt-get install chromium (or set CHROMIUM_PATH)");
  return found;
}

/** Launch arguments for a headless Chromium in a container (as root: no sandbox; no GPU). */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--lang=zh-CN"];
