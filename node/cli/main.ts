import { runCli } from "./run.ts";

const code = await runCli(process.argv);
// `start` keeps running (its servers hold the event loop); everything else ends here.
if (code !== 0) process.exit(code);
process.exitCode = code;
