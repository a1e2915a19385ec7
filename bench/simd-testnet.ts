/**
 * Bank sends through a 4-validator simd v0.46.16 network on this one machine (four `simd start`
 * processes, each with Tendermint v0.34 in process, persistent_peers on 127.0.0.1), under the
 * conditions of bench/testnet-send.ts (Tributary's 4-validator CometBFT network): pre-signed txs,
 * one per account per round, spread round-robin over the four RPCs at bounded concurrency,
 * commits seen on node 0's NewBlock subscription, timeout_commit 1 s, kv indexer. Settings as in
 * bench/simd.ts (lib/simdNet.ts), minimum gas price 0.0025stake (the fee pays exactly that).
 * Compare its row with testnet_send of the same `make bench` run.
 * Env: BENCH_ACCOUNTS (4000), BENCH_ROUNDS (3), BENCH_CONCURRENCY (64), BENCH_VALIDATORS (4),
 * BENCH_TIMEOUT_COMMIT_MS (1000).
 */
import { defaultNodeConfig } from "../node/config.ts";
import { type BenchAccount, BENCH_FUNDS, deriveAccounts } from "../test/support/accounts.ts";
import { emit, note } from "./lib/emit.ts";
import type { NodeProcess } from "./lib/nodeProcess.ts";
import { closeRpcConnections, subscribeNewBlocks } from "./lib/rpc.ts";
import { CommitTracker, type RoundResult, runRound, type SendTarget } from "./lib/sendRound.ts";
import { signRoundRobin, withPrefix } from "./lib/signSend.ts";
import { countBalanceMismatches } from "./lib/simdBalances.ts";
import { matchedMinGasPrice } from "./lib/simdConfig.ts";
import { ensureSimd, makeSimdNet, SIMD_DENOM, SIMD_PREFIX, simdAccountNumber, startSimdNet } from "./lib/simdNet.ts";
import { median, nowMs } from "./lib/stats.ts";

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 4000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const VALIDATORS = Number(process.env.BENCH_VALIDATORS ?? 4);
const TIMEOUT_COMMIT_MS = Number(process.env.BENCH_TIMEOUT_COMMIT_MS ?? 1000);
const COMMIT_WAIT_MS = 120_000;
const CHAIN_ID = "simd-bench-net-1";
const FEE_PER_TX = 250n;

async function main(): Promise<void> {
  const version = ensureSimd();
  note(`simd ${version}; deriving ${ACCOUNTS} accounts`);
  const accounts = deriveAccounts(ACCOUNTS);
  const cosmos = (a: BenchAccount) => withPrefix(a.address, SIMD_PREFIX);
  const funds = BigInt(BENCH_FUNDS[0].amount);
  const net = await makeSimdNet({
    validators: VALIDATORS,
    chainId: CHAIN_ID,
    addresses: accounts.map(cosmos),
    coins: [{ denom: SIMD_DENOM, amount: funds.toString() }],
    timeoutCommitMs: TIMEOUT_COMMIT_MS,
    mempoolSize: ACCOUNTS + 1000,
    minGasPrice: matchedMinGasPrice(defaultNodeConfig("bench").minimum_gas_prices, SIMD_DENOM),
  });
  let nodes: NodeProcess[] = [];
  try {
    const rounds = Array.from({ length: ROUNDS }, (_, r) =>
      signRoundRobin(accounts, { chainId: CHAIN_ID, firstSequence: BigInt(r), rounds: 1, accountNumberOf: (a) => simdAccountNumber(net, cosmos(a)), prefix: SIMD_PREFIX, denom: SIMD_DENOM }),
    );
    note(`starting ${VALIDATORS} simd validators`);
    nodes = await startSimdNet(net);
    const target: SendTarget = { rpcUrls: nodes.map((n) => n.rpcUrl), cpuSeconds: () => nodes.reduce((s, n) => s + n.cpuSeconds(), 0) };
    let tracker = new CommitTracker();
    const sub = await subscribeNewBlocks(nodes[0]!.rpcUrl, (b) => tracker.onBlock(b), nowMs);
    const results: RoundResult[] = [];
    const t0 = nowMs();
    try {
      for (let r = 0; r < ROUNDS; r++) {
        note(`round ${r + 1}/${ROUNDS}, ${rounds[r]!.length} txs`);
        // CometBFT's RPC closes keep-alive sockets idle for 10 s, as they are while a round waits
        // for its commits: reusing one fails with "socket hang up" (as in testnet-send.ts).
        closeRpcConnections();
        results.push(await runRound(target, r + 1, rounds[r]!, (t) => (tracker = t), { concurrency: CONCURRENCY, commitWaitMs: COMMIT_WAIT_MS, bench: "simd_testnet_send_round" }));
      }
    } finally {
      sub.close();
    }
    const wallS = (nowMs() - t0) / 1000;
    const sample = accounts.filter((_, i) => i % Math.max(1, Math.floor(ACCOUNTS / 25)) === 0).slice(0, 25).map(cosmos);
    const checked = await countBalanceMismatches(nodes[0]!.rpcUrl, sample, SIMD_DENOM, funds - FEE_PER_TX * BigInt(ROUNDS));
    emit("simd_testnet_send", {
      validators: VALIDATORS,
      committed_tx_per_s: median(results.map((r) => r.txPerS)),
      p50_ms: median(results.map((r) => r.p50)),
      p99_ms: median(results.map((r) => r.p99)),
      lost_total: results.reduce((n, r) => n + r.lost, 0),
      network_peak_rss_mib_sum: nodes.reduce((s, n) => s + n.peakRssMiB(), 0),
      network_cpu_s_per_round: median(results.map((r) => r.cpuS)),
      network_cpu_ms_per_tx: (median(results.map((r) => r.cpuS)) * 1000) / ACCOUNTS,
      rounds_wall_s: wallS,
      balances_checked: sample.length,
      balance_mismatches: checked.mismatches,
      first_mismatch: checked.first,
      simd_version: version,
      rounds: ROUNDS,
      txs_per_round: ACCOUNTS,
      concurrency: CONCURRENCY,
      timeout_commit_ms: TIMEOUT_COMMIT_MS,
    });
  } finally {
    closeRpcConnections();
    await Promise.all(nodes.map((n) => n.stop()));
    net.remove();
  }
}

await main();
