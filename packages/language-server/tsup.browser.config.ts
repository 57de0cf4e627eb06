import { browserConfig } from "../../tsup.config.base";
// dist/browser.js: the server for a web worker, platform.browser.ts in platform.ts's place.
export default browserConfig();
