/**
 * Target 2: `abci_query` /cosmos.bank.v1beta1.Query/Balance through the RPC of a node in a
 * separate process, bounded concurrency, repeated rounds. Same-run baseline: the `health`
 * method at the same concurrency (the RPC transport's ceiling on this machine).
 * Env: BENCH_QUERIES, BENCH_ROUNDS, BENCH_CONCURRENCY.
 */
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { BENCH_FUNDS, deriveAccounts } from "../test/support/accounts.ts";
import { makeBenchHome } from "./lib/benchHome.ts";
import { emit, note } from "./lib/emit.ts";
import { type NodeProcess, spawnNode } from "./lib/nodeProcess.ts";
import { closeRpcConnections, rpcCall, runBounded } from "./lib/rpc.ts";
import { median, nowMs, summarize } from "./lib/stats.ts";

const ACCOUNTS = 1000;
const QUERIES = Number(process.env.BENCH_QUERIES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const TARGET_QUERIES_PER_S = 5000;

interface AbciQueryResult {
  response: { code: number; log: string; value: string | null; height: string };
}

interface RoundResult {
  perS: number;
  p50: number;
  p99: number;
}

/** Runs `count` calls of `call` and reports rate and latency; `call` throws on a wrong answer. */
async function measure(name: string, round: number, node: NodeProcess, call: (i: number) => Promise<void>): Promise<RoundResult> {
  const latencies: number[] = [];
  const cpu0 = node.cpuSeconds();
  const loadgenCpu0 = process.cpuUsage();
  const t0 = nowMs();
  await runBounded(QUERIES, CONCURRENCY, async (i) => {
    const s = nowMs();
    await call(i);
    latencies.push(nowMs() - s);
  });
  const wallS = (nowMs() - t0) / 1000;
  const lat = summarize(latencies);
  emit(`${name}_round`, { round, calls: QUERIES, per_s: QUERIES / wallS, p50_ms: lat.p50, p99_ms: lat.p99, node_cpu_s: node.cpuSeconds() - cpu0, loadgen_cpu_s: cpuSecondsSince(loadgenCpu0) });
  return { perS: QUERIES / wallS, p50: lat.p50, p99: lat.p99 };
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
}

async function main(): Promise<void> {
  const accounts = deriveAccounts(ACCOUNTS);
  const bh = makeBenchHome({ chainId: "bench-1", accounts, timeoutCommitMs: 1000, mempoolSize: 5000, blockMaxGas: 100_000_000n });
  const node = await spawnNode(bh.home);
  const requests = accounts.map((a) => Buffer.from(QueryBalanceRequest.encode({ address: a.address, denom: "utrib" }).finish()).toString("hex"));
  const queryBalance = async (i: number) => {
    const r = await rpcCall<AbciQueryResult>(node.rpcUrl, "abci_query", { path: "/cosmos.bank.v1beta1.Query/Balance", data: requests[i % ACCOUNTS], prove: false });
    if (r.response.code !== 0) throw new Error(`Balance query failed (${r.response.code}): ${r.response.log}`);
    if (i % 997 === 0) {
      const amount = QueryBalanceResponse.decode(Buffer.from(r.response.value ?? "", "base64")).balance?.amount;
      if (amount !== BENCH_FUNDS[0].amount) throw new Error(`Balance of bench account ${i % ACCOUNTS} is ${amount}, expected ${BENCH_FUNDS[0].amount}`);
    }
  };
  const health = async () => {
    await rpcCall(node.rpcUrl, "health");
  };
  const query: RoundResult[] = [];
  const baseline: RoundResult[] = [];
  try {
    // Warm-up (JIT, caches), not reported.
    await runBounded(1000, CONCURRENCY, queryBalance);
    for (let r = 1; r <= ROUNDS; r++) {
      note(`round ${r}/${ROUNDS}`);
      baseline.push(await measure("rpc_health", r, node, health));
      query.push(await measure("rpc_query_balance", r, node, queryBalance));
    }
    const perS = median(query.map((q) => q.perS));
    emit("rpc_query_balance", {
      queries_per_s: perS,
      p50_ms: median(query.map((q) => q.p50)),
      p99_ms: median(query.map((q) => q.p99)),
      baseline_health_per_s: median(baseline.map((b) => b.perS)),
      node_peak_rss_mib: node.peakRssMiB(),
      rounds: ROUNDS,
      queries_per_round: QUERIES,
      concurrency: CONCURRENCY,
      target: TARGET_QUERIES_PER_S,
      meets_target: perS >= TARGET_QUERIES_PER_S,
    });
  } finally {
    closeRpcConnections();
    await node.stop();
    bh.remove();
  }
}

await main();
