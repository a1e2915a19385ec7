/**
 * The one output format of every benchmark script: one JSON object per line on stdout, with a
 * `bench` name, numbers rounded for reading, and `target` / `meets_target` where the benchmark
 * has one (bench/README.md lists them). bench/run.ts collects these lines; anything else on stdout is passed through.
 */
import { round } from "./stats.ts";

export type BenchValue = number | string | boolean | null;

export function emit(bench: string, fields: Record<string, BenchValue>): void {
  const out: Record<string, BenchValue> = { bench };
  for (const [k, v] of Object.entries(fields)) out[k] = typeof v === "number" ? round(v) : v;
  console.log(JSON.stringify(out));
}

/** Progress notes go to stderr so they never mix with the JSON lines. */
export function note(message: string): void {
  process.stderr.write(`  · ${message}\n`);
}
