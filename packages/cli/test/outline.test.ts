import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { run, seeds } from "./helpers.js";

/**
 * `report-lint --print-outline` on each seed prints the outline a careful reader sees.
 * The snapshots in __snapshots__/ were read by hand against the seed texts
 * (e.g. 000: 一 … 七 with no subsections; 001: （一）…（五） under 一, with the
 * （四） that a [bookmark] hid; 003: four sections, no 不足 and no 安排).
 */
describe("--print-outline", () => {
  for (const file of seeds()) {
    const name = basename(file, ".txt");
    it(`prints seed ${name.slice(0, 3)}'s outline`, async () => {
      const r = await run(["--print-outline", file]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      await expect(r.stdout).toMatchFileSnapshot(`./__snapshots__/${name}.outline.txt`);
    });
  }
  it("names a file that cannot be read, with exit code 2", async () => {
    const r = await run(["--print-outline", "no-such-report.md"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-such-report\.md.*文件不存在/u);
  });
});
