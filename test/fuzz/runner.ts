/**
 * Runs cases of the fuzz targets and tallies them. A case is (seed, target, index): its own
 * PRNG stream (rng.ts), so `FUZZ_SEED=… FUZZ_TARGET=… FUZZ_CASE=…` re-runs just that one. Each
 * case runs in a try: anything a target throws is itself a failure (an uncaught exception in
 * the code under test), and the run carries on.
 */
import { type CaseResult, Tally } from "./report.ts";
import { Rng } from "../support/rng.ts";

export interface Target {
  name: string;
  /** Builds what the target drives (a chain, a node process); shared by its cases. */
  open(): Promise<TargetRun>;
}

export interface TargetRun {
  run(rng: Rng, index: number): Promise<CaseResult>;
  /** Final checks (the node still producing blocks …); failures are reported. */
  close(): Promise<string[]>;
}

export interface RunOptions {
  seed: bigint;
  /** Cases per target name. */
  counts: Record<string, number>;
  /** Only this case index (reproduction). */
  only?: number;
  log?: (line: string) => void;
}

export async function runFuzz(targets: Target[], o: RunOptions): Promise<{ tally: Tally; ms: number }> {
  const tally = new Tally();
  const t0 = performance.now();
  // A promise rejected with no handler, or an exception thrown outside any case's await (a
  // timer, a stream callback), is a crash of the code under test even when no case saw it.
  const stray: string[] = [];
  const onRejection = (e: unknown) => stray.push(`unhandled rejection: ${(e as Error)?.stack ?? String(e)}`);
  const onException = (e: Error) => stray.push(`uncaught exception: ${e.stack ?? String(e)}`);
  process.on("unhandledRejection", onRejection);
  process.on("uncaughtException", onException);
  try {
    await runTargets(targets, o, tally);
  } finally {
    process.off("unhandledRejection", onRejection);
    process.off("uncaughtException", onException);
  }
  for (const f of stray) tally.add({ target: "process", index: -1, label: "outside any case", outcome: "crash", failure: f });
  return { tally, ms: performance.now() - t0 };
}

async function runTargets(targets: Target[], o: RunOptions, tally: Tally): Promise<void> {
  for (const target of targets) {
    const n = o.counts[target.name] ?? 0;
    if (n === 0) continue;
    const started = performance.now();
    const run = await target.open();
    const indices = o.only !== undefined ? [o.only] : Array.from({ length: n }, (_, i) => i);
    let lastLog = performance.now();
    for (const i of indices) {
      let r: CaseResult;
      try {
        r = await run.run(Rng.forCase(o.seed, target.name, i), i);
      } catch (e) {
        r = { target: target.name, index: i, label: "(threw)", outcome: "exception", failure: `uncaught: ${(e as Error)?.stack ?? String(e)}` };
      }
      tally.add(r);
      // FUZZ_SHOW=<text>: print every case whose outcome contains it (triage of one refusal kind).
      if (process.env.FUZZ_SHOW && r.outcome.includes(process.env.FUZZ_SHOW)) o.log?.(`  case ${r.target}#${r.index} -> ${r.outcome}: ${r.label}`);
      if (r.failure) o.log?.(`FAIL FUZZ_SEED=${o.seed} FUZZ_TARGET=${r.target} FUZZ_CASE=${r.index}: ${r.failure} [${r.label}] -> ${r.outcome}`);
      if (o.log && performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        o.log(`  ${target.name}: ${i + 1}/${indices.length} cases`);
      }
    }
    for (const f of await run.close()) {
      tally.add({ target: target.name, index: -1, label: "after the run", outcome: "final check", failure: f });
    }
    tally.notes.push(`${target.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}
