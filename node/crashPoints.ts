/**
 * Test-only crash points (node code, never consensus): with `TRIBUTARY_CRASH_AT=<phase>:<k>`
 * in its environment, the node SIGKILLs itself the k-th time (counting from 1, since this
 * process started) it passes any crash point of that phase. Several are separated by commas
 * (`commit:7,index-build:2`); the first reached wins. Phases and their points, in order:
 *
 * - `commit` (node/solo/chain.ts, per block): `block-saved` (block + seen commit in the block
 *   store) → `results-saved` (FinalizeBlock results stored) → `state-committed` (the app's
 *   Commit wrote the state DB) → `indexed` (tx index written, before validator/param updates).
 * - `index-build` (node/attribution, per segment): `docs-read` (records read from committed
 *   state, before the worker) → `built` (worker done, before the file) → `tmp-written`
 *   (temporary file written, before the rename) → `file-written`.
 *
 * So k picks both a block (or segment) and a step inside it. The process dies with SIGKILL
 * exactly as under `kill -9`: no handler runs, no store is closed. A line naming the point is
 * written to stderr first (synchronously), for the harness's log. Unset: every call is a no-op.
 */
import { writeSync } from "node:fs";

export type CrashPhase = "commit" | "index-build";

const PHASES: readonly CrashPhase[] = ["commit", "index-build"];

/** Parsed once from the environment; phase → the pass count at which to die. */
export function parseCrashAt(spec: string | undefined): Map<CrashPhase, number> {
  const out = new Map<CrashPhase, number>();
  for (const part of (spec ?? "").split(",").map((s) => s.trim()).filter((s) => s !== "")) {
    const m = /^([a-z-]+):([1-9][0-9]*)$/.exec(part);
    if (!m || !PHASES.includes(m[1] as CrashPhase)) {
      throw new Error(`invalid TRIBUTARY_CRASH_AT ${JSON.stringify(part)}: expected <phase>:<k> with phase one of ${PHASES.join(", ")} and k ≥ 1`);
    }
    out.set(m[1] as CrashPhase, Number(m[2]));
  }
  return out;
}

const targets = parseCrashAt(process.env.TRIBUTARY_CRASH_AT);
const passes = new Map<CrashPhase, number>();

/** Counts a pass through `phase` (at `step`) and SIGKILLs this process on the configured pass. */
export function crashPoint(phase: CrashPhase, step: string): void {
  const target = targets.get(phase);
  if (target === undefined) return;
  const n = (passes.get(phase) ?? 0) + 1;
  passes.set(phase, n);
  if (n !== target) return;
  writeSync(2, `TRIBUTARY_CRASH_AT: SIGKILL at ${phase}:${n} (${step})\n`);
  process.kill(process.pid, "SIGKILL");
}
