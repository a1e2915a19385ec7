import type { Command } from "commander";
import { stringify } from "yaml";
import { UserError } from "./errors.ts";

/**
 * The `-o/--output` flag and printing, apart from common.ts so light commands (`version`) load
 * nothing else. JSON is the value as is; text is the same value as YAML (printed by a YAML
 * library, so names and records holding `: `, `#`, a leading `-`, quotes or newlines stay
 * valid), with each coin `{denom, amount}` as one `<amount><denom>` string.
 */
export type OutputFormat = "json" | "text";

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export function addOutputOption(cmd: Command, dflt: OutputFormat = "text"): Command {
  return cmd.option("-o, --output <format>", "output format: json|text", dflt);
}

export function outputFormat(v: unknown): OutputFormat {
  if (v !== "json" && v !== "text") throw new UserError(`--output must be json or text, got ${JSON.stringify(v)}`);
  return v;
}

/** bigints as decimal strings, bytes as base64: what both formats print. */
const replacer = (_k: string, x: unknown) => (typeof x === "bigint" ? x.toString() : x instanceof Uint8Array ? Buffer.from(x).toString("base64") : x);

/** Prints a value as 2-space JSON (bigints as strings, bytes as base64). */
export function printJson(v: unknown): void {
  process.stdout.write(JSON.stringify(v, replacer, 2) + "\n");
}

export function printLine(s: string): void {
  process.stdout.write(s + "\n");
}

const isCoin = (v: object): v is { denom: string; amount: string } => {
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as { denom?: unknown }).denom === "string" && typeof (v as { amount?: unknown }).amount === "string";
};

/** Every `{denom, amount}` object (simd's coin shape) as "<amount><denom>"; the rest unchanged. */
export function coinsAsText(v: Json): Json {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(coinsAsText);
  if (isCoin(v)) return `${v.amount}${v.denom}`;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, coinsAsText(x)]));
}

/**
 * `v` as YAML. Plain JSON data first (so YAML and JSON carry the same values), no anchors or
 * aliases, no line folding (a long string stays on one line or in a `|` block).
 */
export function yamlText(v: unknown): string {
  const data = JSON.parse(JSON.stringify(v, replacer) ?? "null") as Json;
  return stringify(coinsAsText(data), { lineWidth: 0, aliasDuplicateObjects: false });
}

export function printYaml(v: unknown): void {
  process.stdout.write(yamlText(v));
}

/** JSON, or the same value as YAML (coins as "<amount><denom>"). */
export function printValue(v: unknown, format: OutputFormat): void {
  if (format === "json") printJson(v);
  else printYaml(v);
}
