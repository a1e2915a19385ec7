/**
 * A throwaway node home for a benchmark: made by the code behind `tributary init`, with the
 * bench accounts funded in genesis, a block gas limit that fits large blocks, no minimum gas
 * price and a mempool big enough for the whole load.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { initHome } from "../../node/cli/initHome.ts";
import { loadNodeConfig, writeNodeConfig } from "../../node/config.ts";
import { type BenchAccount, fundAccounts } from "../../test/support/accounts.ts";

export interface BenchHomeOptions {
  chainId: string;
  accounts: BenchAccount[];
  timeoutCommitMs: number;
  mempoolSize: number;
  /** Block gas limit; large enough for the biggest block the bench wants. */
  blockMaxGas: bigint;
  logLevel?: "warn" | "info" | "error";
}

export interface BenchHome {
  home: string;
  chainId: string;
  /** Genesis account number of each bench account, by address. */
  accountNumbers: Map<string, bigint>;
  remove(): void;
}

export function makeBenchHome(opts: BenchHomeOptions): BenchHome {
  const home = mkdtempSync(join(tmpdir(), "trib-bench-"));
  const accountNumbers = new Map<string, bigint>();
  initHome({
    home,
    moniker: "bench",
    chainId: opts.chainId,
    editGenesis: (doc) => {
      fundAccounts(doc, opts.accounts);
      doc.consensus_params.block.max_gas = opts.blockMaxGas.toString();
      const auth = (doc.app_state as { auth: { accounts: { address: string; account_number: string }[] } }).auth;
      for (const a of auth.accounts) accountNumbers.set(a.address, BigInt(a.account_number));
    },
  });
  const config = loadNodeConfig(home);
  config.consensus.timeout_commit_ms = opts.timeoutCommitMs;
  config.mempool.size = opts.mempoolSize;
  config.mempool.cache_size = Math.max(config.mempool.cache_size, opts.mempoolSize * 2);
  config.minimum_gas_prices = "";
  config.log_level = opts.logLevel ?? "warn";
  config.rpc.max_body_bytes = Math.max(config.rpc.max_body_bytes, 1_000_000);
  // BENCH_SIG_WORKERS: CheckTx signature threads (mempool.sig_verify_workers), for A/B runs.
  if (process.env.BENCH_SIG_WORKERS !== undefined) config.mempool.sig_verify_workers = Number(process.env.BENCH_SIG_WORKERS);
  writeNodeConfig(home, config);
  return { home, chainId: opts.chainId, accountNumbers, remove: () => rmSync(home, { recursive: true, force: true }) };
}

export function accountNumberOf(home: BenchHome, a: BenchAccount): bigint {
  const n = home.accountNumbers.get(a.address);
  if (n === undefined) throw new Error(`bench account ${a.address} is not in the bench genesis`);
  return n;
}
