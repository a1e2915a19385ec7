// Worker entry: loads the TypeScript build worker through tsx (the node runs without a build step).
import { register } from "tsx/esm/api";

register();
await import("./buildWorkerMain.ts");
