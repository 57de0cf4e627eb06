import { mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared";

// The bundle test starts the bundled server as a process (cold worker, jieba loading).
export default mergeConfig(sharedTestConfig, { test: { testTimeout: 90_000, hookTimeout: 60_000 } });
