// Entry point: `report-lint-language-server --stdio` (or --node-ipc / --socket=N, as the client chooses).
import { runServer } from "./run-server.js";

runServer();
