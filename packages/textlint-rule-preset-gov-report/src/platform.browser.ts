/**
 * What the preset needs from its host, in a browser (built into dist/browser.js in place of
 * platform.ts): a page has no files to read, so a rule's `extraFiles` cannot be used there.
 */

export function locateFile(path: string): string {
  return path;
}

export function readTextFile(abs: string): string {
  throw new Error(`浏览器中不能读取词表文件 ${abs}，请把词条写在规则选项“add”中`);
}
