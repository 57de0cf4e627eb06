import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getBuiltinProfile } from "@report-lint/schema";
import { parseJson, run, tmp } from "./helpers.js";

const NUMERALS = ["一", "二", "三", "四", "五", "六"];

describe("report-lint init", () => {
  for (const format of ["txt", "md"] as const) {
    it(`writes a ${format} draft from the profile that lints with no errors, only placeholders to fill`, async () => {
      const dir = tmp();
      const file = `2025年报告.${format}`;
      const w = await run(["init", "--organ", "某某镇人民政府", "--year", "2025", file], { cwd: dir });
      expect(w.code).toBe(0);
      const text = readFileSync(join(dir, file), "utf8");
      const profile = getBuiltinProfile("fazhi-zhengfu-annual")!;
      expect(text).toContain("某某镇人民政府关于2025年法治政府建设工作情况的报告");
      expect(text).toContain("【待填写：主送机关】：");
      for (const [i, item] of profile.items.entries()) {
        const heading = `${NUMERALS[i]}、${item.template!.heading.replace("{year}", "2025").replace("{nextYear}", "2026")}`;
        expect(text).toContain(format === "md" ? `## ${heading}\n` : `${heading}\n`);
      }
      expect(text).not.toMatch(/\{(year|nextYear)\}/u);
      const lint = await run([file, "--format", "json"], { cwd: dir });
      expect(lint.code).toBe(0);
      const messages = parseJson(lint.stdout)[0]!.messages;
      expect(messages.filter((m) => m.severity === 2)).toEqual([]);
      const placeholders = messages.filter((m) => m.ruleId === "placeholder");
      expect(placeholders.length).toBe((text.match(/【待填写/gu) ?? []).length);
      expect(placeholders.every((m) => m.severity === 3)).toBe(true);
    });
  }

  it("placeholders are flagged until filled", async () => {
    const dir = tmp();
    await run(["init", "--organ", "某某镇人民政府", "--year", "2025", "r.txt"], { cwd: dir });
    const filled = readFileSync(join(dir, "r.txt"), "utf8")
      .replace("【待填写：主送机关】", "中共某某县委、某某县人民代表大会常务委员会")
      .replace(/【待填写：成文日期[^】]*】/u, "2026年3月1日")
      .replace(/【待填写：[^】]*】/gu, "全年开展法治宣传活动36场次，发放宣传资料3000余份。");
    writeFileSync(join(dir, "r.txt"), filled);
    const lint = await run(["r.txt", "--format", "json"], { cwd: dir });
    expect(parseJson(lint.stdout)[0]!.messages.filter((m) => m.ruleId === "placeholder")).toEqual([]);
  });

  it("refuses to overwrite an existing file", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "r.txt"), "已有内容\n");
    const r = await run(["init", "r.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("report-lint: r.txt: 文件已存在，不会覆盖；请换一个文件名\n");
    expect(readFileSync(join(dir, "r.txt"), "utf8")).toBe("已有内容\n");
  });

  it("prints to standard output without a file, uses the active profile, and checks its options", async () => {
    const r = await run(["init", "--year", "2024", "--profile", "fazhi-zhengfu-department"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("【待填写：机关名称】关于2024年法治政府建设工作情况的报告");
    expect(r.stdout).toContain("二、2024年部门主要负责人履行推进法治建设第一责任人职责情况");
    expect(r.stdout).toContain("四、2025年推进法治政府建设的主要安排");
    expect((await run(["init", "--year", "25"])).code).toBe(2);
    expect((await run(["init", "--format", "docx"])).code).toBe(2);
  });

  it("takes the profile from the config file", async () => {
    const dir = tmp();
    writeFileSync(join(dir, ".reportlintrc.json"), JSON.stringify({ profile: "fazhi-zhengfu-department" }));
    const r = await run(["init", "--year", "2024", "r.md"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "r.md"), "utf8")).toContain("## 二、2024年部门主要负责人履行推进法治建设第一责任人职责情况");
  });
});
