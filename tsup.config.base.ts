// One shared build configuration for every package, so that moving off tsup later
// is a change to this file only.
import { defineConfig, type Options } from "tsup";
import type { Plugin } from "esbuild";
import { resolve } from "node:path";

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

/**
 * A package's browser build: `src/browser.ts` → `dist/browser.js`, with each module's
 * `./platform.js` (or `../platform.js`) import (the Node host: files, iconv) resolved to `./platform.browser.ts` beside
 * it. Built after the Node build (its own tsup config file, run second), so it never cleans it.
 * esbuild's browser platform refuses any `node:` import left in the graph: the build fails rather
 * than ship one.
 */
export function browserConfig(overrides: Options = {}) {
  return defineConfig({
    entry: { browser: "src/browser.ts" },
    format: ["esm"],
    target: "es2022",
    platform: "browser",
    dts: true,
    sourcemap: true,
    clean: false,
    splitting: false,
    esbuildPlugins: [platformSwap],
    ...overrides,
  });
}

const platformSwap: Plugin = {
  name: "report-lint-platform-swap",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/(?:\.\.\/)*platform\.js$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/\.js$/, ".browser.ts")) }));
    build.onResolve({ filter: /^node:/ }, (args) => ({
      errors: [{ text: `${args.path} is a Node built-in: the browser build must not import it (from ${args.importer})` }],
    }));
  },
};
