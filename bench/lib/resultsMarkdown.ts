/**
 * Renders a bench run as a dated markdown section for bench/RESULTS.md, and the file's header.
 * Pure functions so the format is tested without running a benchmark.
 */
import type { MachineInfo } from "./machine.ts";

export type BenchRecord = Record<string, unknown> & { bench: string };

export interface ScriptOutcome {
  script: string;
  records: BenchRecord[];
  /** null when the script finished with exit code 0. */
  failure: string | null;
  wallS: number;
}

export const RESULTS_HEADER = `# Benchmark results

Appended by \`make bench\` (\`npx tsx bench/run.ts\`); never run by the test suite. One dated
section per run, newest at the bottom. Run a subset with \`npx tsx bench/run.ts rpc-send\`;
\`--no-record\` prints without appending here.

How to read it:
- Each benchmark script under bench/ runs in its own child process, one after the other, and
  prints one JSON line per measurement; every line becomes a row below (\`bench\` = its name).
- Rates (\`*_per_s\`) and latencies (\`p50_ms\`, \`p99_ms\`) of summary rows are the **median of
  repeated rounds** in the same run; per-round rows (\`*_round\`, \`*_block\`) show the spread.
- \`baseline_*\` fields were measured in the same run on the same machine (signature checks per
  second on one core, the RPC \`health\` method, empty blocks): compare against them rather than
  against numbers from another day, because these machines are shared and noisy.
- \`target\` / \`meets_target\` are the issue's targets (stated for a 2-core machine).
- RSS: \`node_peak_rss_mib\` is VmHWM of the node process (spawned with \`tributary start\`);
  \`loadgen_peak_rss_mib\` is the load generator; in-process benches report their own peak.
- Knobs: the \`BENCH_*\` environment variables listed at the top of each script;
  \`BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/p"\` passes flags to the spawned node.
`;

function formatValue(v: unknown): string {
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}

/** `k=v` pairs of a record except its name, pipes escaped for a table cell. */
export function formatFields(record: BenchRecord): string {
  return Object.entries(record)
    .filter(([k]) => k !== "bench")
    .map(([k, v]) => `${k}=${formatValue(v)}`)
    .join(", ")
    .replaceAll("|", "\\|");
}

export function renderSection(machine: MachineInfo, outcomes: ScriptOutcome[]): string {
  const lines = [
    `## ${machine.date}`,
    "",
    `- machine: ${machine.nproc} CPUs (nproc), ${machine.cpuModel}`,
    `- node ${machine.node}, commit ${machine.commit}`,
    "",
    "| script | bench | results |",
    "|---|---|---|",
  ];
  for (const o of outcomes) {
    for (const r of o.records) lines.push(`| ${o.script} | ${r.bench} | ${formatFields(r)} |`);
    if (o.failure !== null) lines.push(`| ${o.script} | — | FAILED after ${o.wallS.toFixed(1)} s: ${o.failure.replaceAll("|", "\\|")} |`);
    else if (o.records.length === 0) lines.push(`| ${o.script} | — | finished in ${o.wallS.toFixed(1)} s without JSON results |`);
  }
  return lines.join("\n") + "\n";
}

/** Parses one stdout line as a bench record; anything else returns undefined. */
export function parseRecord(line: string): BenchRecord | undefined {
  const t = line.trim();
  if (!t.startsWith("{")) return undefined;
  try {
    const v = JSON.parse(t) as unknown;
    if (typeof v === "object" && v !== null && typeof (v as { bench?: unknown }).bench === "string") return v as BenchRecord;
  } catch {
    return undefined;
  }
  return undefined;
}
