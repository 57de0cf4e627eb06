import { mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared";

// The page test drives a real Chromium: starting it and loading 24 MB of data takes seconds.
export default mergeConfig(sharedTestConfig, { test: { testTimeout: 120_000, hookTimeout: 120_000 } });
