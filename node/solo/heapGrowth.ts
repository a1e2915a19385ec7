/**
 * V8's old-generation growth for the solo node. Under a steady send load the node allocates
 * fast while its live heap stays ~100 MiB; V8 then lets the old generation grow up to ~4x the
 * live size before a full GC, and the process keeps those pages. A fixed 1.5x growth keeps the
 * peak lower and flatter (bench/rpc-send.ts, 8 rounds of 5,000 sends: peak RSS 811 -> 680 MiB,
 * committed tx/s not lower). It is a GC heuristic only: it changes memory and GC timing, never
 * results. An operator's own `--heap-growing-percent` (command line or NODE_OPTIONS) wins.
 */
import { setFlagsFromString } from "node:v8";

export const HEAP_GROWING_PERCENT = 50;
const FLAG = "--heap-growing-percent";

/** The flag to set, or undefined when the operator already chose one. */
export function heapGrowthFlag(execArgv: readonly string[], nodeOptions: string | undefined): string | undefined {
  const chosen = execArgv.some((a) => a.startsWith(FLAG) || a.startsWith("--heap_growing_percent")) || /--heap[-_]growing[-_]percent/.test(nodeOptions ?? "");
  return chosen ? undefined : `${FLAG}=${HEAP_GROWING_PERCENT}`;
}

let applied = false;

/** Applies the growth setting once per process (V8 reads it at every heap-limit computation). */
export function tuneHeapGrowth(): void {
  if (applied) return;
  applied = true;
  const flag = heapGrowthFlag(process.execArgv, process.env.NODE_OPTIONS);
  if (flag !== undefined) setFlagsFromString(flag);
}
