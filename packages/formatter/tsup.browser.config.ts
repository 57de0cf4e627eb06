import { browserConfig } from "../../tsup.config.base";
export default browserConfig();
