// The lint worker's entry: the language server starts it next to itself.
import { runLintWorker } from "./worker-main.js";

runLintWorker();
