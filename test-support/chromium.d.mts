/** The Chromium binary (CHROMIUM_PATH, else Debian's), or null when there is none; throws when REPORT_LINT_REQUIRE_CHROMIUM=1 and there is none. */
export declare function chromiumPath(): string | null;
/** Launch arguments for a headless Chromium in a container (as root: no sandbox; no GPU). */
export declare const CHROMIUM_ARGS: string[];
