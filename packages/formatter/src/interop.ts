/**
 * A CommonJS module's exports as `import` gives them: as they are under Node, or wrapped once
 * more in `default` once a bundler has been through (the CLI and the VS Code extension are
 * bundled). `member` is one the exports must have.
 */
export function commonJsExports<T extends object>(mod: T, member: string): T {
  return member in mod ? mod : ((mod as { default?: T }).default ?? mod);
}
