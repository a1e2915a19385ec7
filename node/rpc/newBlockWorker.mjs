// Worker entry from source: loads the TypeScript worker through tsx. The compiled node runs
// dist/newBlockWorker.mjs instead (scripts/build.mjs bundles newBlockWorkerMain.ts under this name).
import { register } from "tsx/esm/api";

register();
await import("./newBlockWorkerMain.ts");
