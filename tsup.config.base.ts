// One shared build configuration for every package, so that moving off tsup later
// is a change to this file only.
import { defineConfig, type Options } from "tsup";

export function packageConfig(overrides: Options = {}) {
  return defineConfig({
    entry: ["src/index.ts"],
    format: ["esm"],
    target: "node20",
    platform: "node",
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: false,
    ...overrides,
  });
}
