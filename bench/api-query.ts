/**
 * The same query — bank Balance of one of 1,000 funded accounts — through each of the node's
 * three doors, against a node in a separate process, alternating rounds at the same
 * concurrency: CometBFT JSON-RPC `abci_query` (the baseline, what CosmJS uses), the REST API
 * (`GET /cosmos/bank/v1beta1/balances/{a}/by_denom`, JSON as the SDK's gateway prints it) and
 * gRPC (`cosmos.bank.v1beta1.Query/Balance`, binary protobuf). All three end in the same
 * `App.query`; the differences are the transports and the JSON printing.
 * Env: BENCH_QUERIES, BENCH_ROUNDS, BENCH_CONCURRENCY.
 */
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { grpc } from "../node/grpc/grpcJs.ts";
import { BENCH_FUNDS, deriveAccounts } from "../test/support/accounts.ts";
import { makeBenchHome } from "./lib/benchHome.ts";
import { emit, note } from "./lib/emit.ts";
import { type NodeProcess, spawnNode } from "./lib/nodeProcess.ts";
import { closeRpcConnections, httpGet, rpcCall, runBounded } from "./lib/rpc.ts";
import { median, nowMs, summarize } from "./lib/stats.ts";

const ACCOUNTS = 1000;
const QUERIES = Number(process.env.BENCH_QUERIES ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const EXPECTED = BENCH_FUNDS[0].amount;

type Door = "rpc" | "rest" | "grpc";

interface Round {
  perS: number;
  p50: number;
  p99: number;
  /** The node's CPU per query: what the door costs the node, whatever the load generator's own cost. */
  nodeCpuMs: number;
}

/** Runs QUERIES calls and returns the rate and latency; a wrong answer throws. */
async function round(door: Door, r: number, node: NodeProcess, call: (i: number) => Promise<void>): Promise<Round> {
  const latencies: number[] = [];
  const cpu0 = node.cpuSeconds();
  const t0 = nowMs();
  await runBounded(QUERIES, CONCURRENCY, async (i) => {
    const s = nowMs();
    await call(i);
    latencies.push(nowMs() - s);
  });
  const perS = QUERIES / ((nowMs() - t0) / 1000);
  const lat = summarize(latencies);
  const nodeCpuMs = ((node.cpuSeconds() - cpu0) * 1000) / QUERIES;
  emit("api_query_round", { door, round: r, calls: QUERIES, per_s: perS, p50_ms: lat.p50, p99_ms: lat.p99, node_cpu_ms_per_query: nodeCpuMs });
  return { perS, p50: lat.p50, p99: lat.p99, nodeCpuMs };
}

/** Retries `call(0)` until the listener answers (REST and gRPC start just after the RPC). */
async function ready(call: (i: number) => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call(0);
    } catch (e) {
      if (attempt >= 100) throw e;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function main(): Promise<void> {
  const accounts = deriveAccounts(ACCOUNTS);
  const bh = makeBenchHome({ chainId: "bench-api-1", accounts, timeoutCommitMs: 1000, mempoolSize: 5000, blockMaxGas: 100_000_000n });
  const node = await spawnNode(bh.home, { listeners: { api: true, grpc: true } });
  const requests = accounts.map((a) => Buffer.from(QueryBalanceRequest.encode({ address: a.address, denom: "utrib" }).finish()));
  const client = new grpc.Client(node.grpcAddress!, grpc.credentials.createInsecure());
  const same = (b: Buffer) => b;
  const doors: Record<Door, (i: number) => Promise<void>> = {
    async rpc(i) {
      const r = await rpcCall<{ response: { code: number; value: string | null; log: string } }>(node.rpcUrl, "abci_query", { path: "/cosmos.bank.v1beta1.Query/Balance", data: requests[i % ACCOUNTS]!.toString("hex") });
      if (r.response.code !== 0) throw new Error(`abci_query failed: ${r.response.log}`);
      if (i % 997 === 0 && QueryBalanceResponse.decode(Buffer.from(r.response.value ?? "", "base64")).balance?.amount !== EXPECTED) throw new Error("wrong balance over RPC");
    },
    async rest(i) {
      const r = await httpGet(`${node.apiUrl}/cosmos/bank/v1beta1/balances/${accounts[i % ACCOUNTS]!.address}/by_denom?denom=utrib`);
      if (r.status !== 200) throw new Error(`REST HTTP ${r.status}: ${r.text.slice(0, 200)}`);
      if (i % 997 === 0 && (JSON.parse(r.text) as { balance: { amount: string } }).balance.amount !== EXPECTED) throw new Error("wrong balance over REST");
    },
    async grpc(i) {
      const bytes = await new Promise<Buffer>((resolve, reject) =>
        client.makeUnaryRequest("/cosmos.bank.v1beta1.Query/Balance", same, same, requests[i % ACCOUNTS]!, new grpc.Metadata(), (err, value) => (err ? reject(err) : resolve(value!))),
      );
      if (i % 997 === 0 && QueryBalanceResponse.decode(bytes).balance?.amount !== EXPECTED) throw new Error("wrong balance over gRPC");
    },
  };
  const results: Record<Door, Round[]> = { rpc: [], rest: [], grpc: [] };
  try {
    for (const call of Object.values(doors)) {
      await ready(call);
      await runBounded(1000, CONCURRENCY, call); // warm-up (JIT, sockets), not reported
    }
    for (let r = 1; r <= ROUNDS; r++) {
      note(`round ${r}/${ROUNDS}`);
      for (const door of Object.keys(doors) as Door[]) results[door].push(await round(door, r, node, doors[door]));
    }
    const rpcPerS = median(results.rpc.map((x) => x.perS));
    for (const door of Object.keys(doors) as Door[]) {
      const perS = median(results[door].map((x) => x.perS));
      emit("api_query", { door, queries_per_s: perS, p50_ms: median(results[door].map((x) => x.p50)), p99_ms: median(results[door].map((x) => x.p99)), node_cpu_ms_per_query: median(results[door].map((x) => x.nodeCpuMs)), vs_rpc: perS / rpcPerS, rounds: ROUNDS, concurrency: CONCURRENCY });
    }
    emit("api_query_node", { node_peak_rss_mib: node.peakRssMiB() });
  } finally {
    client.close();
    closeRpcConnections();
    await node.stop();
    bh.remove();
  }
}

await main();
