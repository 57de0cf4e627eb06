// The Node server's transport: the one the client names on the command line.
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer, type ServerOptions } from "./language-server.js";

/** Start the server on the transport named on the command line (--stdio, --node-ipc, --socket=N). */
export function runServer(options: ServerOptions = {}): void {
  startServer(createConnection(ProposedFeatures.all), options);
}
