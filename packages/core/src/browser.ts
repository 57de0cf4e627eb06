// The browser build's entry (dist/browser.js): everything index.ts exports, built with
// platform.browser.ts in platform.ts's place (tsup.config.ts), and the one thing only a browser
// needs — handing core its data files, which a page loads from files beside itself.
export * from "./index.js";
export { provideDataFile } from "./platform.browser.js";
