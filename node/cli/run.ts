import { Command, CommanderError } from "commander";
import { oneLine } from "./errors.ts";
import { explainTooLarge } from "./tooLarge.ts";
import { versionCommand } from "./commands/version.ts";
import { TRIBUTARY_VERSION } from "../version.ts";
import { closeStdin } from "./stdin.ts";

function allCommands(cmd: Command): Command[] {
  return cmd.commands.flatMap((c) => [c, ...allCommands(c)]);
}

/**
 * The whole command tree loads CosmJS, the store, fastify and onnxruntime (about 0.5 s);
 * `tributary version` and `tributary -v`, which scripts and packagers call, need none of it.
 */
async function programFor(argv: string[]): Promise<Command> {
  const [first] = argv.slice(2);
  if (first === "version" || first === "-v" || first === "--version") {
    return new Command("tributary").version(TRIBUTARY_VERSION, "-v, --version").addCommand(versionCommand());
  }
  const { buildProgram } = await import("./program.ts");
  return buildProgram();
}

/**
 * Runs the CLI on `argv` (process.argv shape) and returns the exit code. Every failure is
 * reported as ONE line on stderr; TRIBUTARY_TRACE=1 adds the stack of an unexpected error.
 */
export async function runCli(argv: string[]): Promise<number> {
  const program = await programFor(argv);
  // Commander then throws instead of exiting, so its errors end here like ours.
  for (const cmd of [program, ...allCommands(program)]) cmd.exitOverride();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    // Commander has already printed its own one-line message ("error: unknown option …").
    if (e instanceof CommanderError) return e.exitCode;
    if (process.env.TRIBUTARY_TRACE) process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.stderr.write(`Error: ${explainTooLarge(e) ?? oneLine(e)}\n`);
    return 1;
  } finally {
    closeStdin();
  }
}
