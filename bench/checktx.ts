/**
 * Target (issue 16): CheckTx admission ≥ 10,000 tx/s on 2 cores, signatures verified once and
 * on both cores. Pre-signed bank sends from distinct accounts go through the node's mempool
 * (node/mempool) into a real App on a real store, all offered at once as the RPC offers them
 * under load; measured with the signature worker pool (node/sigverify) and without it,
 * alternating, on fresh txs each round (an empty block between rounds resets the check state).
 * The first pool round also reads every signer's account number from the store ("cold"). Each
 * round then commits a block without those txs and times the mempool's recheck of all of them.
 * Env: BENCH_TXS (5000), BENCH_ROUNDS (3), BENCH_SIG_WORKERS (cores), BENCH_ONLY (pool | main).
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { App } from "../chain/app.ts";
import { SigVerifyCache } from "../chain/tx/sigCache.ts";
import { DEFAULT_MEMPOOL_CONFIG, Mempool } from "../node/mempool/mempool.ts";
import { AccountNumbers } from "../node/sigverify/accountNumbers.ts";
import { SigVerifyPool } from "../node/sigverify/pool.ts";
import { SigPreVerifier } from "../node/sigverify/preverifier.ts";
import { type BenchAccount, deriveAccounts } from "../test/support/accounts.ts";
import { emit, note } from "./lib/emit.ts";
import { finalizeRequest, openSendApp } from "./lib/sendApp.ts";
import { signSend } from "./lib/signSend.ts";
import { median, nowMs } from "./lib/stats.ts";

const TXS = Number(process.env.BENCH_TXS ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WORKERS = Number(process.env.BENCH_SIG_WORKERS ?? availableParallelism());
/** "pool" or "main": every round in one mode (for a CPU profile of one path). */
const ONLY = process.env.BENCH_ONLY;
const CHAIN_ID = "bench-1";
const TARGET_PER_S = 10_000;

let height = 0n;

async function emptyBlock(app: App): Promise<void> {
  height++;
  await app.finalizeBlock(finalizeRequest(height, []));
  await app.commit();
}

/**
 * CPU time of the main thread alone (Linux /proc, 10 ms ticks): what bounds admission when the
 * workers have cores of their own, and unlike wall time it barely moves when other processes
 * share the machine.
 */
function mainThreadCpuMs(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** Every tx offered at once; PERF: the mempool's admission path, once per tx. */
async function admitAll(pool: Mempool, txs: Uint8Array[]): Promise<{ ms: number; mainCpuMs: number; processCpuMs: number }> {
  const cpu0 = mainThreadCpuMs();
  const proc0 = process.cpuUsage();
  const t0 = nowMs();
  const results = await Promise.all(txs.map((tx) => pool.checkTx(tx)));
  const ms = nowMs() - t0;
  const mainCpuMs = mainThreadCpuMs() - cpu0;
  const proc = process.cpuUsage(proc0);
  const processCpuMs = (proc.user + proc.system) / 1000;
  const bad = results.findIndex((r) => r.code !== 0);
  if (bad >= 0) throw new Error(`CheckTx refused bench tx ${bad} (code ${results[bad]?.code}): ${results[bad]?.log}`);
  return { ms, mainCpuMs, processCpuMs };
}

/**
 * The signature pool's own main-thread cost, without CheckTx around it: every tx verified, all
 * offered at once (`concurrency` = their number) or `concurrency` at a time as the RPC's
 * concurrent broadcasts bring them (each answer lets the next one in).
 * PERF: one pool.verify per tx.
 */
async function poolOnly(workers: SigVerifyPool, txs: Uint8Array[], numbersOf: (i: number) => bigint[], concurrency: number): Promise<{ us_per_tx: number; wall_ms: number }> {
  const cpu0 = mainThreadCpuMs();
  const t0 = nowMs();
  let next = 0;
  const lane = async () => {
    while (next < txs.length) {
      const i = next++;
      if (!(await workers.verify(txs[i]!, numbersOf(i)))) throw new Error(`bench tx ${i} did not verify on the pool`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, txs.length) }, lane));
  return { us_per_tx: ((mainThreadCpuMs() - cpu0) * 1000) / txs.length, wall_ms: nowMs() - t0 };
}

function signRound(accounts: BenchAccount[], numbers: Map<string, bigint>, round: number): Uint8Array[] {
  // Sequence 0 every round (the check state is reset by an empty block); the memo makes each round's txs new.
  return accounts.map((from, i) =>
    signSend({ from, to: accounts[(i + 1) % accounts.length]!.address, amount: "1", accountNumber: numbers.get(from.address)!, sequence: 0n, chainId: CHAIN_ID, memo: `round ${round}` }),
  );
}

async function main(): Promise<void> {
  const sigCache = new SigVerifyCache();
  const accounts = deriveAccounts(TXS);
  const { app, accountNumbers: numbers, close } = await openSendApp({ chainId: CHAIN_ID, accounts, sigCache });
  const workers = new SigVerifyPool({ chainId: CHAIN_ID, size: WORKERS });
  try {
    await emptyBlock(app);
    note(`signing ${ROUNDS * 2} × ${TXS} sends`);
    const signed = Array.from({ length: ROUNDS * 2 }, (_, round) => signRound(accounts, numbers, round));
    // Threads up (from source each loads tsx) and their verification compiled before anything is
    // timed; this fills neither the app's cache nor the account numbers.
    await Promise.all(signed[0]!.map((tx, i) => workers.verify(tx, [numbers.get(accounts[i]!.address)!])));
    const all = signed.flat();
    const numbersOf = (i: number) => [numbers.get(accounts[i % TXS]!.address)!];
    const burst = await poolOnly(workers, all, numbersOf, all.length);
    const c64 = await poolOnly(workers, all, numbersOf, 64);
    emit("checktx_sig_pool", { txs: all.length, workers: WORKERS, main_thread_cpu_us_per_tx_burst: burst.us_per_tx, burst_ms: burst.wall_ms, main_thread_cpu_us_per_tx_c64: c64.us_per_tx, c64_ms: c64.wall_ms, crashes: workers.snapshot().crashes });
    const accountNumbers = new AccountNumbers(app);
    const preverifier = new SigPreVerifier(workers, accountNumbers, sigCache);
    const config = { ...DEFAULT_MEMPOOL_CONFIG, size: TXS * 2, cache_size: TXS * 4 };
    const rates = { main: [] as number[], pool: [] as number[] };
    const mainCpuUs = { main: [] as number[], pool: [] as number[] };
    let cold: number | undefined;
    const rechecks: number[] = [];
    for (let round = 0; round < ROUNDS * 2; round++) {
      const withPool = ONLY ? ONLY === "pool" : round % 2 === 0;
      const txs = signed[round]!;
      const mempool = new Mempool(app, config);
      if (withPool) mempool.setPreVerifier(preverifier);
      const { ms, mainCpuMs, processCpuMs } = await admitAll(mempool, txs);
      const perS = TXS / (ms / 1000);
      if (withPool && cold === undefined) cold = perS;
      // With BENCH_ONLY=main the "main" rates are every round; the pool's stay empty.
      else {
        (withPool ? rates.pool : rates.main).push(perS);
        (withPool ? mainCpuUs.pool : mainCpuUs.main).push((mainCpuMs * 1000) / TXS);
      }
      // The recheck after a block that included none of them: every tx is checked again.
      mempool.lock();
      await emptyBlock(app);
      const r0 = nowMs();
      await mempool.update([]);
      const recheckMs = nowMs() - r0;
      mempool.unlock();
      if (mempool.size() !== TXS) throw new Error(`recheck dropped ${TXS - mempool.size()} valid txs`);
      rechecks.push(recheckMs);
      emit("checktx_round", { round, workers: withPool ? WORKERS : 0, txs: TXS, ms, tx_per_s: perS, main_thread_cpu_ms: mainCpuMs, main_thread_cpu_us_per_tx: (mainCpuMs * 1000) / TXS, process_cpu_ms: processCpuMs, cold_account_numbers: withPool && round === 0, recheck_ms: recheckMs });
      await emptyBlock(app);
    }
    const poolPerS = median(rates.pool);
    emit("checktx", {
      txs: TXS,
      workers: WORKERS,
      pool_tx_per_s: poolPerS,
      pool_cold_account_numbers_tx_per_s: cold ?? null,
      main_thread_tx_per_s: median(rates.main),
      speedup: poolPerS / median(rates.main),
      pool_main_thread_cpu_us_per_tx: median(mainCpuUs.pool),
      main_thread_only_cpu_us_per_tx: median(mainCpuUs.main),
      // What admission would reach if the main thread had its core to itself.
      pool_main_thread_bound_tx_per_s: 1e6 / median(mainCpuUs.pool),
      recheck_all_p50_ms: median(rechecks),
      recheck_us_per_tx: (median(rechecks) * 1000) / TXS,
      worker_crashes: workers.snapshot().crashes,
      target: TARGET_PER_S,
      meets_target: poolPerS >= TARGET_PER_S,
    });
  } finally {
    await workers.close();
    await close();
  }
}

await main();
