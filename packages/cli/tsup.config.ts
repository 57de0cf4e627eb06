import { cpSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { packageConfig } from "../../tsup.config.base";

// The command line starts often (every save, every commit): one file per entry loads far faster
// than the ~500 modules of its dependency graph. Everything is bundled but mammoth, which is
// imported only when a .docx is read. core reads its segmenter data beside its module, which is
// now dist/cli.js (and dist/worker.js): the data is copied there.
const coreDist = dirname(createRequire(import.meta.url).resolve("@report-lint/core"));

export default packageConfig({
  entry: ["src/cli.ts", "src/worker.ts"],
  noExternal: [/^(?!mammoth$)/u],
  external: ["mammoth"],
  minify: true,
  // Loaded on demand (the Markdown parser, the YAML parser) go to chunks of their own, and the two entries share the rest.
  splitting: true,
  // CommonJS dependencies inside an ES module call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __reportLintCreateRequire } from "node:module"; const require = __reportLintCreateRequire(import.meta.url);' },
  async onSuccess() {
    cpSync(join(coreDist, "jieba"), join("dist", "jieba"), { recursive: true });
  },
});
