import { defineConfig, mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared";

// These tests run the built binary in child processes: allow for a slow, busy machine.
export default mergeConfig(sharedTestConfig, defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } }));
