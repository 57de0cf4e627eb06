import { vi } from "vitest";
import type { RuleModule } from "../../src/define-rule.js";

/**
 * Run `use` on a rule loaded afresh (`load` imports its module) while core reports the language
 * model missing: what a user with deleted or unreadable model files gets.
 */
export async function withoutModel<T>(load: () => Promise<unknown>, use: (rule: RuleModule) => Promise<T>): Promise<T> {
  vi.resetModules();
  vi.doMock("@report-lint/core", async (importOriginal) => ({
    ...(await importOriginal<typeof import("@report-lint/core")>()),
    languageModelError: () => new Error("report-lint: 语言模型 lm.bin 缺失"),
  }));
  try {
    return await use(((await load()) as { default: RuleModule }).default);
  } finally {
    vi.doUnmock("@report-lint/core");
    vi.resetModules();
  }
}
