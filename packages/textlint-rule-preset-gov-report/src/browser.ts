// The browser build's entry (dist/browser.js): the preset itself, built with platform.browser.ts in
// platform.ts's place (tsup.browser.config.ts).
export * from "./index.js";
export { default } from "./index.js";
