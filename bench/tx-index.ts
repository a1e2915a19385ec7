/**
 * The tx indexer's cost per committed tx (node/store/txindex.ts): blocks of bank sends with the
 * events the app really emits (finalized in process, like bench/block-commit.ts) indexed into a
 * fresh tx_index.db, one batch per block as the solo node writes them. Per tx: building the keys
 * and values alone and the whole write (build, batch puts, write), both in CPU time of the main
 * thread (what the index takes from CheckTx; Linux's per-thread schedstat, so other jobs on a
 * shared machine do not count), and the process CPU of the write (LevelDB's threads included).
 * Same-run baseline: the same keys and values, prebuilt, put into a fresh database the same way
 * (one chained batch per block), so what building costs on top of LevelDB's puts is visible.
 * Env: BENCH_BLOCK_TXS (5,000), BENCH_BLOCKS (blocks indexed per round, 4), BENCH_ROUNDS (3).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sha256 } from "@noble/hashes/sha2.js";
import { ClassicLevel } from "classic-level";
import { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import { type BlockToIndex, indexEntries, TxIndex } from "../node/store/txindex.ts";
import { deriveAccounts } from "../test/support/accounts.ts";
import { emit, note } from "./lib/emit.ts";
import { finalizeRequest, openSendApp } from "./lib/sendApp.ts";
import { signRoundRobin } from "./lib/signSend.ts";
import { median } from "./lib/stats.ts";

const BLOCK_TXS = Number(process.env.BENCH_BLOCK_TXS ?? 5000);
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CHAIN_ID = "bench-1";
/** Issue 16's budget for the index on the node's main thread. */
const TARGET_US_PER_TX = 25;

/** `BLOCKS` committed blocks of `BLOCK_TXS` sends each, as the solo node hands them to the index. */
async function committedBlocks(): Promise<BlockToIndex[]> {
  const accounts = deriveAccounts(BLOCK_TXS);
  const { app, accountNumbers, close } = await openSendApp({ chainId: CHAIN_ID, accounts });
  try {
    note(`signing and finalizing ${BLOCKS} blocks of ${BLOCK_TXS} sends`);
    const out: BlockToIndex[] = [];
    for (let b = 0; b < BLOCKS; b++) {
      const height = BigInt(b + 1);
      const txs = signRoundRobin(accounts, { chainId: CHAIN_ID, firstSequence: BigInt(b), rounds: 1, accountNumberOf: (a) => accountNumbers.get(a.address)! });
      const res = await app.finalizeBlock(finalizeRequest(height, txs));
      const failed = res.txResults.findIndex((r) => r.code !== 0);
      if (failed >= 0) throw new Error(`tx ${failed} of block ${height} failed (code ${res.txResults[failed]?.code}): ${res.txResults[failed]?.log}`);
      await app.commit();
      out.push({
        height,
        txs,
        results: res.txResults,
        blockEvents: res.events,
        hashes: txs.map((tx) => sha256(tx)),
        resultBytes: res.txResults.map((r) => ExecTxResult.encode(r).finish()),
      });
    }
    return out;
  } finally {
    await close();
  }
}

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;

/** CPU time of the main thread in µs (the first schedstat field is its run time in ns). */
function mainThreadCpuUs(): number {
  if (!existsSync(SCHEDSTAT)) throw new Error(`bench/tx-index needs Linux's ${SCHEDSTAT} for the main thread's CPU time`);
  return Number(readFileSync(SCHEDSTAT, "utf8").split(" ")[0]) / 1000;
}

interface RoundTiming {
  buildUs: number;
  mainUs: number;
  /** The same keys and values, already built, put into a fresh database the same way: LevelDB's part alone. */
  putsUs: number;
  cpuUs: number;
  wallUs: number;
}

/** One round: every block into a fresh index, one batch each. PERF: grows with blocks × txs × attributes. */
async function indexRound(blocks: readonly BlockToIndex[]): Promise<RoundTiming> {
  const dir = mkdtempSync(join(tmpdir(), "trib-bench-txindex-"));
  const index = await TxIndex.open(join(dir, "tx_index.db"));
  try {
    const txs = blocks.length * BLOCK_TXS;
    let sink = 0;
    const b0 = mainThreadCpuUs();
    for (const b of blocks) indexEntries(b, (k, v) => (sink += k.length + v.length));
    const buildUs = mainThreadCpuUs() - b0;
    if (sink === 0) throw new Error("the index built no entries");
    const main0 = mainThreadCpuUs();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const b of blocks) await index.indexBlocks([b]);
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const mainUs = mainThreadCpuUs() - main0;
    const putsUs = await putsOnly(blocks, join(dir, "puts.db"));
    return { buildUs: buildUs / txs, mainUs: mainUs / txs, putsUs: putsUs / txs, cpuUs: (cpu.user + cpu.system) / txs, wallUs: (wallMs * 1000) / txs };
  } finally {
    await index.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Main-thread CPU (µs) of putting the blocks' prebuilt entries into a fresh database, one chained batch per block. */
async function putsOnly(blocks: readonly BlockToIndex[], path: string): Promise<number> {
  const built = blocks.map((b) => {
    const entries: [Uint8Array, Uint8Array][] = [];
    indexEntries(b, (k, v) => entries.push([k, v]));
    return entries;
  });
  const db = new ClassicLevel<Uint8Array, Uint8Array>(path, { keyEncoding: "view", valueEncoding: "view" });
  await db.open();
  try {
    const t0 = mainThreadCpuUs();
    for (const entries of built) {
      const batch = db.batch();
      for (const [k, v] of entries) batch.put(k, v);
      await batch.write();
    }
    return mainThreadCpuUs() - t0;
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const blocks = await committedBlocks();
  const attrs = blocks[0]!.results.reduce((n, r) => n + r.events.reduce((m, e) => m + e.attributes.filter((a) => a.index).length, 0), 0) / BLOCK_TXS;
  const rounds: RoundTiming[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    const t = await indexRound(blocks);
    rounds.push(t);
    emit("tx_index_round", { round: r, txs: BLOCKS * BLOCK_TXS, build_us_per_tx: t.buildUs, main_thread_us_per_tx: t.mainUs, baseline_puts_only_us_per_tx: t.putsUs, cpu_us_per_tx: t.cpuUs, wall_us_per_tx: t.wallUs });
  }
  const main = median(rounds.map((t) => t.mainUs));
  emit("tx_index", {
    txs_per_block: BLOCK_TXS,
    blocks: BLOCKS,
    indexed_attributes_per_tx: attrs,
    build_us_per_tx: median(rounds.map((t) => t.buildUs)),
    main_thread_us_per_tx: main,
    baseline_puts_only_us_per_tx: median(rounds.map((t) => t.putsUs)),
    cpu_us_per_tx: median(rounds.map((t) => t.cpuUs)),
    wall_us_per_tx: median(rounds.map((t) => t.wallUs)),
    rounds: ROUNDS,
    target: `main thread ≤ ${TARGET_US_PER_TX} µs/tx`,
    meets_target: main <= TARGET_US_PER_TX,
  });
}

await main();
