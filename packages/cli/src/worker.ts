// Worker thread entry (dist/worker.cjs): the same bundle as the main thread, through the
// same code cache, serving jobs.
import { bundlePath, loadBundle } from "./launch.js";

loadBundle(bundlePath()).bundle.serveWorker();
