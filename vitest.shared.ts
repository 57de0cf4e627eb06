import { defineConfig } from "vitest/config";

/** Shared vitest settings; textlint-tester needs `globals`. */
export const sharedTestConfig = defineConfig({
  test: {
    globals: true,
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
