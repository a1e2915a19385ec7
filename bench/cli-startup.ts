/**
 * How long a CLI command takes to start and finish (target: `tributary version` under 0.3 s),
 * for the compiled CLI (`node bin/tributary.js`, dist/) and, in the same run, the
 * TypeScript source through tsx (how the CLI ran before it was compiled). Each command runs
 * RUNS times, alternating the two; p50 and min wall time per command.
 * Run: `npx tsx bench/run.ts cli-startup` (builds dist/ first).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { emit, note } from "./lib/emit.ts";
import { REPO_ROOT } from "./lib/nodeProcess.ts";
import { median } from "./lib/stats.ts";

const RUNS = 15;
const TARGET_VERSION_S = 0.3;
const COMMANDS: string[][] = [["version"], ["--help"], ["keys", "add", "--help"]];
const WAYS = {
  compiled: [join(REPO_ROOT, "bin/tributary.js")],
  tsx_source: ["--import", "tsx", join(REPO_ROOT, "node/cli/main.ts")],
};

function wallSeconds(args: string[]): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: REPO_ROOT, stdio: "ignore" });
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

note("building dist/");
execFileSync(process.execPath, [join(REPO_ROOT, "scripts/build.mjs"), "--node"], { stdio: "ignore" });
for (const command of COMMANDS) {
  const samples: Record<keyof typeof WAYS, number[]> = { compiled: [], tsx_source: [] };
  for (let i = 0; i < RUNS; i++) for (const way of ["compiled", "tsx_source"] as const) samples[way].push(wallSeconds([...WAYS[way], ...command]));
  const p50 = (way: keyof typeof WAYS) => median(samples[way]);
  const fields: Record<string, number | string | boolean> = {
    command: command.join(" "),
    runs: RUNS,
    compiled_p50_s: p50("compiled"),
    compiled_min_s: Math.min(...samples.compiled),
    tsx_source_p50_s: p50("tsx_source"),
    speedup: p50("tsx_source") / p50("compiled"),
  };
  if (command[0] === "version") Object.assign(fields, { target_s: TARGET_VERSION_S, meets_target: p50("compiled") < TARGET_VERSION_S });
  emit("cli_startup", fields);
}
