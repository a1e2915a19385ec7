/**
 * A simulation the node refused (`--gas auto`), as one line that says what failed and that
 * nothing was sent: a simulation is a query, so no fee was charged and no sequence used.
 */
import { UserError } from "./errors.ts";

/** The node's reason without the simulate query's gas suffix (and an older node's revert suffix). */
export function simulationReason(log: string): string {
  return log
    .replace(/\s*With gas wanted: '\d+' and gas used: '\d+'\s*$/, "")
    .replace(/\s*\(messages reverted; fee and sequence kept\)\s*$/, "")
    .trim();
}

/** "simulation failed: <reason>; nothing was broadcast" for a refused simulation, else undefined. */
export function simulationFailure(e: unknown): UserError | undefined {
  const m = e instanceof Error ? /^Query failed with \((\d+)\): ([\s\S]*)$/.exec(e.message) : null;
  if (!m) return undefined;
  return new UserError(`simulation failed: ${simulationReason(m[2]!)}; nothing was broadcast`, { cause: e });
}

/** Runs a simulation; a refusal becomes the one-line error above. */
export async function simulated<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw simulationFailure(e) ?? e;
  }
}
