// Worker entry: loads the TypeScript gradient worker through tsx (the CLI runs without a build step).
import { register } from "tsx/esm/api";

register();
await import("./gradWorkerMain.ts");
