/**
 * `make bench`: runs every benchmark script under bench/ (bench/*.ts except this runner, tests
 * and files starting with "_"), each in its own child process, one after the other; prints
 * their JSON lines as they come, appends a dated section to bench/results/YYYY-MM.md and
 * updates the benchmarks' rows of the latest-results index, bench/RESULTS.md.
 *
 *   npx tsx bench/run.ts                  all benchmarks
 *   npx tsx bench/run.ts rpc-send secp    only scripts whose name contains one of the words
 *   npx tsx bench/run.ts --no-record ...  do not touch RESULTS.md nor results/
 */
import { execFileSync, spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { machineInfo } from "./lib/machine.ts";
import { REPO_ROOT } from "./lib/nodeProcess.ts";
import { recordRun } from "./lib/resultsFiles.ts";
import { type BenchRecord, benchmarkName, parseRecord, type ScriptOutcome } from "./lib/resultsMarkdown.ts";

const BENCH_DIR = join(REPO_ROOT, "bench");
/** A benchmark that runs longer than this is killed and recorded as failed. */
const SCRIPT_TIMEOUT_MS = 15 * 60_000;
/** Scripts that need longer: datanet-ingest builds a 100,000-record datanet block by block first. */
const SCRIPT_TIMEOUTS_MS: Record<string, number> = { "datanet-ingest.ts": 60 * 60_000 };

function discoverScripts(dir: string, filters: string[]): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.endsWith(".test.ts") && !f.startsWith("_"))
    .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
    .sort();
}

function runScript(script: string): Promise<ScriptOutcome> {
  const started = Date.now();
  const records: BenchRecord[] = [];
  process.stderr.write(`\n▶ bench/${script}\n`);
  const child = spawn(process.execPath, ["--import", "tsx", join(BENCH_DIR, script)], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "inherit"] });
  createInterface({ input: child.stdout }).on("line", (line) => {
    console.log(line);
    const r = parseRecord(line);
    if (r) records.push(r);
  });
  const timeoutMs = SCRIPT_TIMEOUTS_MS[script] ?? SCRIPT_TIMEOUT_MS;
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const wallS = (Date.now() - started) / 1000;
      const failure = code === 0 ? null : signal ? `killed by ${signal}${wallS * 1000 >= timeoutMs ? " (timeout)" : ""}` : `exit code ${code}`;
      resolve({ script, records, failure, wallS });
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const record = !args.includes("--no-record");
  const filters = args.filter((a) => !a.startsWith("--"));
  const scripts = discoverScripts(BENCH_DIR, filters);
  if (scripts.length === 0) throw new Error(`no benchmark under bench/ matches ${JSON.stringify(filters)}`);
  // Scripts that start a node run the compiled one (bin/tributary.js → dist/), as users do.
  execFileSync(process.execPath, [join(REPO_ROOT, "scripts/build.mjs"), "--node"], { stdio: "inherit" });
  const machine = machineInfo(REPO_ROOT);
  const outcomes: ScriptOutcome[] = [];
  for (const s of scripts) outcomes.push(await runScript(s));
  if (record) {
    const written = recordRun(BENCH_DIR, machine, outcomes, (script) => `npx tsx bench/run.ts ${benchmarkName(script)}`);
    process.stderr.write(`\nrecorded results in ${written.map((f) => `bench/${f}`).join(" and ")}\n`);
  }
  const failed = outcomes.filter((o) => o.failure !== null);
  for (const f of failed) process.stderr.write(`bench/${f.script} FAILED: ${f.failure}\n`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

await main();
