import { mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared";

// The page test drives a real Chromium: starting it and loading 30 MB of data takes seconds alone, and
// took over 30 s in a CI run beside the other packages' tests. These are hang guards, not budgets.
export default mergeConfig(sharedTestConfig, { test: { testTimeout: 300_000, hookTimeout: 300_000 } });
