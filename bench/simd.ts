/**
 * Tributary beside the Cosmos SDK (issue 16 §1): a solo Tributary node and a single-validator
 * simd v0.46.16 (Tendermint v0.34 in process; built into .bin/simd by scripts/build-simd.sh, which
 * needs Go) under the same load, in the same run, on the same machine. Both run as separate
 * processes on loopback with timeout_commit 1 s, the kv tx indexer, the same minimum gas price
 * (Tributary's default, 0.0025 per gas in each chain's denom), a mempool that holds the load, and
 * no REST/gRPC listeners. The load is bench/rpc-send.ts's: pre-signed MsgSends, one per account
 * per round (account i → i+1), broadcast_tx_sync at bounded concurrency, commits seen on each
 * chain's NewBlock subscription. Rounds alternate (trib, simd, trib, …) so both see the same
 * machine load; both nodes stay up the whole run (the idle one makes empty blocks; its CPU during
 * the other's rounds is reported), and a round starts once both are idle again.
 *
 * Rows: side_by_side_{trib,simd}_round per round, side_by_side_{trib,simd} (medians), and
 * side_by_side_ratio: trib/simd committed tx/s with target 3.
 * Env: BENCH_ACCOUNTS (5000), BENCH_ROUNDS (5 per chain), BENCH_CONCURRENCY (64),
 * BENCH_TIMEOUT_COMMIT_MS (1000).
 */
import { defaultNodeConfig, loadNodeConfig, writeNodeConfig } from "../node/config.ts";
import { type BenchAccount, BENCH_FUNDS, deriveAccounts } from "../test/support/accounts.ts";
import { accountNumberOf, makeBenchHome } from "./lib/benchHome.ts";
import { emit, note } from "./lib/emit.ts";
import { type NodeProcess, procStatusKiB, spawnNode } from "./lib/nodeProcess.ts";
import { type BlockSubscription, closeRpcConnections, subscribeNewBlocks } from "./lib/rpc.ts";
import { CommitTracker, type RoundResult, runRound } from "./lib/sendRound.ts";
import { DEFAULT_SEND_GAS, signRoundRobin, withPrefix } from "./lib/signSend.ts";
import { countBalanceMismatches } from "./lib/simdBalances.ts";
import { matchedMinGasPrice } from "./lib/simdConfig.ts";
import { ensureSimd, makeSimdNet, SIMD_DENOM, SIMD_PREFIX, simdAccountNumber, startSimdNet } from "./lib/simdNet.ts";
import { median, nowMs } from "./lib/stats.ts";

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const TIMEOUT_COMMIT_MS = Number(process.env.BENCH_TIMEOUT_COMMIT_MS ?? 1000);
const COMMIT_WAIT_MS = 120_000;
const TRIB_CHAIN_ID = "bench-1";
const SIMD_CHAIN_ID = "simd-bench-1";
const TARGET_RATIO = 3;
/** The fee signSend attaches (250 of the denom for 100,000 gas: exactly the minimum price). */
const FEE_PER_TX = 250n;
const BALANCE_SAMPLE = 25;

interface Side {
  name: "trib" | "simd";
  node: NodeProcess;
  denom: string;
  /** Pre-signed txs of each round. */
  rounds: Uint8Array[][];
  /** The sampled accounts' addresses on this chain. */
  sample: string[];
  tracker: CommitTracker;
  sub?: BlockSubscription;
  results: RoundResult[];
  /** CPU this chain used while the other chain ran a round. */
  idleCpuS: number[];
}

function signRounds(accounts: BenchAccount[], chainId: string, accountNumberOf: (a: BenchAccount) => bigint, chain?: { prefix: string; denom: string }): Uint8Array[][] {
  return Array.from({ length: ROUNDS }, (_, r) => signRoundRobin(accounts, { chainId, firstSequence: BigInt(r), rounds: 1, accountNumberOf, ...chain }));
}

function sampleOf(accounts: BenchAccount[], address: (a: BenchAccount) => string): string[] {
  const step = Math.max(1, Math.floor(accounts.length / BALANCE_SAMPLE));
  return accounts.filter((_, i) => i % step === 0).slice(0, BALANCE_SAMPLE).map(address);
}

/**
 * Waits (at most `maxMs`) until a node uses under a fifth of a core: a chain goes on working
 * after its round's last commit (simd indexes txs after the commit, both prune and recheck),
 * and a round should not pay for the other chain's previous one.
 */
async function settle(node: NodeProcess, maxMs = 15_000): Promise<void> {
  const deadline = nowMs() + maxMs;
  let before = node.cpuSeconds();
  while (nowMs() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    const now = node.cpuSeconds();
    if (now - before < 0.1) return;
    before = now;
  }
}

async function runSideRound(side: Side, other: Side, r: number): Promise<void> {
  await Promise.all([settle(side.node), settle(other.node)]);
  note(`${side.name}: round ${r + 1}/${ROUNDS}, ${side.rounds[r]!.length} txs`);
  const otherCpu0 = other.node.cpuSeconds();
  const result = await runRound({ rpcUrls: [side.node.rpcUrl], cpuSeconds: () => side.node.cpuSeconds() }, r + 1, side.rounds[r]!, (t) => (side.tracker = t), {
    concurrency: CONCURRENCY,
    commitWaitMs: COMMIT_WAIT_MS,
    bench: `side_by_side_${side.name}_round`,
  });
  side.results.push(result);
  other.idleCpuS.push(other.node.cpuSeconds() - otherCpu0);
}

async function summarizeSide(side: Side, fundsPerAccount: bigint): Promise<number> {
  const checked = await countBalanceMismatches(side.node.rpcUrl, side.sample, side.denom, fundsPerAccount - FEE_PER_TX * BigInt(ROUNDS));
  const txPerS = median(side.results.map((r) => r.txPerS));
  const cpuS = median(side.results.map((r) => r.cpuS));
  emit(`side_by_side_${side.name}`, {
    committed_tx_per_s: txPerS,
    p50_ms: median(side.results.map((r) => r.p50)),
    p99_ms: median(side.results.map((r) => r.p99)),
    lost_total: side.results.reduce((n, r) => n + r.lost, 0),
    cpu_s_per_round: cpuS,
    cpu_ms_per_tx: (cpuS * 1000) / ACCOUNTS,
    cpu_s_while_idle_per_round: median(side.idleCpuS),
    peak_rss_mib: side.node.peakRssMiB(),
    balances_checked: side.sample.length,
    balance_mismatches: checked.mismatches,
    first_mismatch: checked.first,
    rounds: ROUNDS,
    txs_per_round: ACCOUNTS,
  });
  return txPerS;
}

async function main(): Promise<void> {
  const simdVersion = ensureSimd();
  note(`simd ${simdVersion}; deriving ${ACCOUNTS} accounts`);
  const accounts = deriveAccounts(ACCOUNTS);
  const tribGasPrice = defaultNodeConfig("bench").minimum_gas_prices;
  const simdGasPrice = matchedMinGasPrice(tribGasPrice, SIMD_DENOM);
  const funds = BigInt(BENCH_FUNDS[0].amount);

  const bh = makeBenchHome({ chainId: TRIB_CHAIN_ID, accounts, timeoutCommitMs: TIMEOUT_COMMIT_MS, mempoolSize: ACCOUNTS + 1000, blockMaxGas: 10_000_000_000n });
  // makeBenchHome turns the minimum gas price off; here both chains check the same price.
  const config = loadNodeConfig(bh.home);
  config.minimum_gas_prices = tribGasPrice;
  writeNodeConfig(bh.home, config);
  const cosmos = (a: BenchAccount) => withPrefix(a.address, SIMD_PREFIX);
  const net = await makeSimdNet({
    validators: 1,
    chainId: SIMD_CHAIN_ID,
    addresses: accounts.map(cosmos),
    coins: [{ denom: SIMD_DENOM, amount: funds.toString() }],
    timeoutCommitMs: TIMEOUT_COMMIT_MS,
    mempoolSize: ACCOUNTS + 1000,
    minGasPrice: simdGasPrice,
  });
  const nodes: NodeProcess[] = [];
  const sides: Side[] = [];
  try {
    const t0 = nowMs();
    const tribRounds = signRounds(accounts, TRIB_CHAIN_ID, (a) => accountNumberOf(bh, a));
    const simdRounds = signRounds(accounts, SIMD_CHAIN_ID, (a) => simdAccountNumber(net, cosmos(a)), { prefix: SIMD_PREFIX, denom: SIMD_DENOM });
    note(`signed ${2 * ROUNDS * ACCOUNTS} txs in ${Math.round(nowMs() - t0)} ms; starting both nodes`);
    const trib = await spawnNode(bh.home);
    nodes.push(trib);
    const [simdNode] = await startSimdNet(net);
    nodes.push(simdNode!);
    for (const [name, node, denom, rounds, sample] of [
      ["trib", trib, "utrib", tribRounds, sampleOf(accounts, (a) => a.address)],
      ["simd", simdNode!, SIMD_DENOM, simdRounds, sampleOf(accounts, cosmos)],
    ] as const) {
      const side: Side = { name, node, denom, rounds, sample: [...sample], tracker: new CommitTracker(), results: [], idleCpuS: [] };
      side.sub = await subscribeNewBlocks(node.rpcUrl, (b) => side.tracker.onBlock(b), nowMs);
      sides.push(side);
    }
    const [tribSide, simdSide] = sides as [Side, Side];
    for (let r = 0; r < ROUNDS; r++) {
      await runSideRound(tribSide, simdSide, r);
      await runSideRound(simdSide, tribSide, r);
    }
    const tribTxPerS = await summarizeSide(tribSide, funds);
    const simdTxPerS = await summarizeSide(simdSide, funds);
    const ratio = tribTxPerS / simdTxPerS;
    emit("side_by_side_ratio", {
      ratio,
      trib_committed_tx_per_s: tribTxPerS,
      baseline_simd_committed_tx_per_s: simdTxPerS,
      trib_p99_ms: median(tribSide.results.map((r) => r.p99)),
      baseline_simd_p99_ms: median(simdSide.results.map((r) => r.p99)),
      simd_version: simdVersion,
      min_gas_price: tribGasPrice,
      gas_per_tx: Number(DEFAULT_SEND_GAS),
      loadgen_peak_rss_mib: procStatusKiB("self", "VmHWM") / 1024,
      rounds_per_chain: ROUNDS,
      accounts: ACCOUNTS,
      concurrency: CONCURRENCY,
      timeout_commit_ms: TIMEOUT_COMMIT_MS,
      target: TARGET_RATIO,
      meets_target: ratio >= TARGET_RATIO,
    });
  } finally {
    for (const s of sides) s.sub?.close();
    closeRpcConnections();
    await Promise.all(nodes.map((n) => n.stop()));
    net.remove();
    bh.remove();
  }
}

await main();
