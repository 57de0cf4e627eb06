import { packageConfig } from "../../tsup.config.base";
// The worker is its own entry: the server starts it by file name next to itself.
export default packageConfig({ entry: ["src/index.ts", "src/server.ts", "src/lint-worker.ts"] });
