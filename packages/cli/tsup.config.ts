import { packageConfig } from "../../tsup.config.base";
export default packageConfig({ entry: ["src/cli.ts", "src/worker.ts"] });
