import { runCli } from "./run.ts";

// `tributary … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

const code = await runCli(process.argv);
// `start` keeps running (its servers hold the event loop); everything else ends here.
if (code !== 0) process.exit(code);
process.exitCode = code;
