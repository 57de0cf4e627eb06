import { mergeConfig } from "vitest/config";
import { sharedTestConfig } from "../../vitest.shared";

// The integration tests start the built server as a process; its first lint loads
// the engine and jieba in a worker, which takes seconds on a busy CI machine.
export default mergeConfig(sharedTestConfig, { test: { testTimeout: 90_000, hookTimeout: 60_000 } });
