import type { Command } from "commander";
import { UserError } from "./errors.ts";

/** The `-o/--output` flag and printing, apart from common.ts so light commands (`version`) load nothing else. */
export type OutputFormat = "json" | "text";

export function addOutputOption(cmd: Command, dflt: OutputFormat = "text", flags = "-o, --output <format>"): Command {
  return cmd.option(flags, "output format: json|text", dflt);
}

export function outputFormat(v: unknown): OutputFormat {
  if (v !== "json" && v !== "text") throw new UserError(`--output must be json or text, got ${JSON.stringify(v)}`);
  return v;
}

/** Prints a value as 2-space JSON (bigints as strings, bytes as base64). */
export function printJson(v: unknown): void {
  process.stdout.write(
    JSON.stringify(
      v,
      (_k, x) => (typeof x === "bigint" ? x.toString() : x instanceof Uint8Array ? Buffer.from(x).toString("base64") : x),
      2,
    ) + "\n",
  );
}

export function printLine(s: string): void {
  process.stdout.write(s + "\n");
}
