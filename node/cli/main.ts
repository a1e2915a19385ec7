import { CommanderError } from "commander";
import { oneLine } from "./errors.ts";
import { buildProgram } from "./program.ts";
import { closeStdin } from "./stdin.ts";

/**
 * Entry point. Every failure is reported as ONE line on stderr with a non-zero exit code;
 * set TRIBUTARY_TRACE=1 to see the stack of an unexpected error.
 */
async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  // Commander then throws instead of exiting, so its errors are reported like ours.
  program.exitOverride();
  for (const cmd of allCommands(program)) cmd.exitOverride();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    // Commander has already printed its own one-line message ("error: unknown option …").
    if (e instanceof CommanderError) return e.exitCode;
    if (process.env.TRIBUTARY_TRACE) process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.stderr.write(`Error: ${oneLine(e)}\n`);
    return 1;
  } finally {
    closeStdin();
  }
}

function allCommands(cmd: import("commander").Command): import("commander").Command[] {
  return cmd.commands.flatMap((c) => [c, ...allCommands(c)]);
}

const code = await main(process.argv);
// `start` keeps running (its servers hold the event loop); everything else exits now.
if (code !== 0) process.exit(code);
process.exitCode = code;
