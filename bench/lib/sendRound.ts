/**
 * One round of a send benchmark: broadcast pre-signed txs with `broadcast_tx_sync` (bounded
 * concurrency, spread over one or more RPC endpoints), watch NewBlock events for them, and
 * report committed tx/s and broadcast→commit latency. Shared by rpc-send (solo driver) and
 * testnet-send (CometBFT network).
 */
import { emit } from "./emit.ts";
import { type NewBlockEvent, rpcCall, runBounded } from "./rpc.ts";
import { txHashHex } from "./signSend.ts";
import { nowMs, summarize } from "./stats.ts";

export interface RoundResult {
  lost: number;
  txPerS: number;
  p50: number;
  p99: number;
  /** CPU seconds the chain used during the round (SendTarget.cpuSeconds). */
  cpuS: number;
}

/** Where a round sends: RPC URLs (tx i goes to url i mod n) and the CPU seconds the chain has used. */
export interface SendTarget {
  rpcUrls: string[];
  cpuSeconds(): number;
}

export interface RoundOptions {
  concurrency: number;
  commitWaitMs: number;
  /** Row name of the per-round result, e.g. "rpc_send_round". */
  bench: string;
}

export class CommitTracker {
  sentAt = new Map<string, number>();
  latencies: number[] = [];
  lastCommitMs = 0;
  /** Arrival of the latest block of any kind (empty blocks included). */
  lastBlockMs = 0;
  blocks = 0;
  maxBlockTxs = 0;
  firstCommitMs = 0;
  firstBlockTxs = 0;

  onBlock(b: NewBlockEvent): void {
    this.lastBlockMs = b.arrivedMs;
    if (b.txs.length === 0) return;
    let mine = 0;
    for (const tx of b.txs) {
      const sent = this.sentAt.get(txHashHex(Buffer.from(tx, "base64")));
      if (sent === undefined) continue;
      this.latencies.push(b.arrivedMs - sent);
      mine++;
    }
    if (mine === 0) return;
    if (this.blocks === 0) {
      this.firstCommitMs = b.arrivedMs;
      this.firstBlockTxs = mine;
    }
    this.blocks++;
    this.maxBlockTxs = Math.max(this.maxBlockTxs, b.txs.length);
    this.lastCommitMs = b.arrivedMs;
  }
}

/**
 * Until every accepted tx is seen in a block, or the mempool is empty and a later block has
 * arrived (an accepted tx that is in neither was dropped by the node: counted as lost), or
 * `commitWaitMs` passes.
 */
async function waitForCommits(rpcUrl: string, tracker: CommitTracker, accepted: number, commitWaitMs: number): Promise<void> {
  const deadline = nowMs() + commitWaitMs;
  let emptySince: number | undefined;
  let lastPoll = 0;
  while (tracker.latencies.length < accepted && nowMs() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    if (emptySince !== undefined && tracker.lastBlockMs > emptySince) return;
    if (emptySince === undefined && nowMs() - lastPoll > 250) {
      lastPoll = nowMs();
      const m = await rpcCall<{ n_txs: string }>(rpcUrl, "num_unconfirmed_txs");
      if (m.n_txs === "0") emptySince = nowMs();
    }
  }
}

export async function runRound(target: SendTarget, round: number, txs: Uint8Array[], setTracker: (t: CommitTracker) => void, opts: RoundOptions): Promise<RoundResult> {
  const tracker = new CommitTracker();
  setTracker(tracker);
  const hashes = txs.map(txHashHex);
  let rejected = 0;
  let firstRejection = "";
  const cpu0 = target.cpuSeconds();
  const loadgenCpu0 = process.cpuUsage();
  const t0 = nowMs();
  await runBounded(txs.length, opts.concurrency, async (i) => {
    const hash = hashes[i]!;
    tracker.sentAt.set(hash, nowMs());
    const res = await rpcCall<{ code: number; log: string }>(target.rpcUrls[i % target.rpcUrls.length]!, "broadcast_tx_sync", { tx: Buffer.from(txs[i]!).toString("base64") });
    if (res.code !== 0) {
      rejected++;
      tracker.sentAt.delete(hash);
      firstRejection ||= `code ${res.code}: ${res.log}`;
    }
  });
  const broadcastMs = nowMs() - t0;
  const accepted = txs.length - rejected;
  await waitForCommits(target.rpcUrls[0]!, tracker, accepted, opts.commitWaitMs);
  const committed = tracker.latencies.length;
  const spanS = (tracker.lastCommitMs - t0) / 1000;
  const lat = summarize(tracker.latencies);
  const result = { txPerS: committed / spanS, p50: lat.p50, p99: lat.p99, cpuS: target.cpuSeconds() - cpu0 };
  emit(opts.bench, {
    round,
    txs: txs.length,
    accepted,
    rejected,
    committed,
    committed_tx_per_s: result.txPerS,
    broadcast_tx_per_s: accepted / (broadcastMs / 1000),
    // Between the first and last block of the round: the chain's rate without the ramp-up wait.
    block_stream_tx_per_s: tracker.blocks >= 2 ? (committed - tracker.firstBlockTxs) / ((tracker.lastCommitMs - tracker.firstCommitMs) / 1000) : null,
    p50_ms: lat.p50,
    p99_ms: lat.p99,
    blocks: tracker.blocks,
    max_block_txs: tracker.maxBlockTxs,
    lost: accepted - committed,
    node_cpu_s: result.cpuS,
    loadgen_cpu_s: (process.cpuUsage(loadgenCpu0).user + process.cpuUsage(loadgenCpu0).system) / 1e6,
    wall_s: spanS,
    first_rejection: firstRejection || null,
  });
  return { ...result, lost: accepted - committed };
}

