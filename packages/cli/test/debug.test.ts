// The bundle's stand-in for the debug package (src/debug.ts): textlint's loggers still answer DEBUG.
import { describe, expect, it } from "vitest";
import { enabledFor } from "../src/debug.js";
import { run, seeds } from "./helpers.js";

describe("DEBUG for textlint's loggers", () => {
  it("matches namespaces as the debug package does", () => {
    expect(enabledFor("textlint:kernel", "textlint:*")).toBe(true);
    expect(enabledFor("textlint:kernel", "*")).toBe(true);
    expect(enabledFor("textlint:kernel", "other, textlint:kernel")).toBe(true);
    expect(enabledFor("textlint:kernel", "*,-textlint:kernel")).toBe(false);
    expect(enabledFor("textlint:kernel", "textlint:fixer-*")).toBe(false);
    expect(enabledFor("textlint:kernel", "report-lint")).toBe(false);
    expect(enabledFor("textlint:kernel", "")).toBe(false);
    expect(enabledFor("textlint:kernel", undefined)).toBe(false);
  });

  it("writes the kernel's lines to standard error only when asked", async () => {
    const on = await run([seeds()[0]!], { env: { DEBUG: "textlint:kernel" } });
    expect(on.stderr).toMatch(/^textlint:kernel process file .+\.txt$/mu);
    const off = await run([seeds()[0]!], { env: { DEBUG: undefined } });
    expect(off.stderr).not.toContain("textlint:");
    expect(on.stdout).toBe(off.stdout);
  });
});
