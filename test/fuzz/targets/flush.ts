import type { FuzzChain } from "../chain.ts";
import type { CaseResult } from "../report.ts";

/** Blocks of this many kept txs: short enough that a broken invariant names few suspects. */
export const BLOCK_TXS = 12;

/** Delivers the kept txs once enough are queued; a broken invariant fails the case that filled the block. */
export async function flushBlock(chain: FuzzChain, r: CaseResult, force = false): Promise<CaseResult> {
  if (!force && chain.queuedCount < BLOCK_TXS) return r;
  try {
    await chain.flush();
  } catch (e) {
    return { ...r, failure: `${r.failure ? r.failure + "; " : ""}block after this case: ${(e as Error).message}` };
  }
  return r;
}
