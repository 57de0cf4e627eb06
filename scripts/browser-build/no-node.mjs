// The esbuild plugin of every browser bundle (apps/web's page, apps/vscode's web extension and its
// server worker): a Node built-in anywhere in the bundle fails the build — except textlint's kernel's
// node:assert (from @textlint/ast-tester), served by ./assert.ts with the same checks.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ASSERT_SHIM = join(dirname(fileURLToPath(import.meta.url)), "assert.ts");
const NODE_BUILTIN = /^(node:|fs$|path$|url$|os$|crypto$|worker_threads$|child_process$)/;

/** @param {string} what what is being built, for the error ("the page", "the web extension") */
export function noNodeBuiltins(what) {
  return {
    name: "no-node-builtins",
    setup(build) {
      // textlint's kernel checks each AST with node:assert's ok/strictEqual/doesNotThrow: our three, the same checks.
      build.onResolve({ filter: /^node:assert$/ }, () => ({ path: ASSERT_SHIM }));
      build.onResolve({ filter: NODE_BUILTIN }, (args) => ({
        errors: [{ text: `${args.path} is a Node built-in, imported by ${args.importer}: ${what} must not need it` }],
      }));
    },
  };
}

/** The Node built-ins left in an esbuild metafile's inputs (none, when the plugin did its work). */
export function nodeInputs(metafile) {
  return Object.keys(metafile.inputs).filter((f) => /^node:/u.test(f));
}

/**
 * For a bundle that runs in a worker (no DOM): parse-entities@2 (under textlint's Markdown parser)
 * maps its entity decoder to a DOM version by package.json's "browser" field — document.createElement
 * at the first `&amp;` — so its plain version is bundled instead (a table of the named entities). Use
 * with the `worker` export condition ahead of `browser` (decode-named-character-reference has one).
 */
export function noDom() {
  return {
    name: "no-dom",
    setup(build) {
      // The "browser" field's replacement is applied to any path, so the replacement's contents are swapped instead.
      build.onLoad({ filter: /[\\/]parse-entities[\\/]decode-entity\.browser\.js$/ }, async (args) => {
        const plain = join(dirname(args.path), "decode-entity.js");
        return { contents: await readFile(plain, "utf8"), loader: "js", resolveDir: dirname(plain) };
      });
    },
  };
}
