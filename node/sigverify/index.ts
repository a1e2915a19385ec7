/**
 * The node's signature pre-verification: a worker pool, the account-number map and the
 * pre-verifier the mempool calls (README.md). One per running node.
 */
import { availableParallelism } from "node:os";
import type { Logger } from "pino";
import type { SigVerifyCache } from "../../chain/tx/sigCache.ts";
import { type AccountSource, AccountNumbers } from "./accountNumbers.ts";
import { SigVerifyPool, type SigVerifyPoolStats } from "./pool.ts";
import { SigPreVerifier } from "./preverifier.ts";

export interface SigPreVerification {
  preverifier: SigPreVerifier;
  stats(): SigVerifyPoolStats;
  close(): Promise<void>;
}

/**
 * Starts `workers` threads (-1: one per core; 0: none, and undefined is returned: CheckTx then
 * verifies on the main thread as before) verifying for `chainId`, feeding the app's `cache`.
 */
export function startSigPreVerification(opts: {
  /** Where signers' account numbers are read (accountNumbers.ts). */
  app: AccountSource;
  cache: SigVerifyCache;
  chainId: string;
  workers: number;
  logger?: Logger;
}): SigPreVerification | undefined {
  const size = opts.workers === -1 ? availableParallelism() : opts.workers;
  if (size === 0) return undefined;
  const pool = new SigVerifyPool({
    chainId: opts.chainId,
    size,
    onCrash: ({ exitCode, restarting }) =>
      opts.logger?.warn({ exitCode, restarting }, "signature worker exited; its txs are verified on the main thread"),
  });
  const preverifier = new SigPreVerifier(pool, new AccountNumbers(opts.app), opts.cache);
  opts.logger?.info({ workers: size }, "CheckTx signatures verified on worker threads");
  return {
    preverifier,
    stats: () => pool.snapshot(),
    close: async () => {
      // What the workers did over the node's life (an e2e test reads it; operators see crashes).
      opts.logger?.info(pool.snapshot(), "signature workers stopped");
      await pool.close();
    },
  };
}
