// Worker entry from source: loads the TypeScript worker through tsx. The compiled node runs
// dist/sigWorker.mjs instead (scripts/build.mjs bundles sigWorkerMain.ts under this name).
import { register } from "tsx/esm/api";

register();
await import("./sigWorkerMain.ts");
