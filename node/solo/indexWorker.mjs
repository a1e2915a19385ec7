// Worker entry: loads the TypeScript index worker through tsx (the node runs without a build step).
import { register } from "tsx/esm/api";

register();
await import("./indexWorkerMain.ts");
