/**
 * A/B tool for block-path CPU and allocation work (not part of `make bench`: the leading `_`).
 * Runs the same warm FinalizeBlock of BENCH_BLOCK_TXS bank sends BENCH_REPEATS times on the same
 * committed state (a replay of one height, never committed), after CheckTx admitted every tx as
 * the node does. Replaying one height keeps the work identical from run to run, so two runs
 * back to back compare code rather than state size; the results digest shows the replays agree.
 * Per replay: process CPU time, GC pause time and bytes allocated on the JS heap (from
 * v8.GCProfiler: heap used before each GC minus after the previous one), and bytes that
 * survived young-generation GCs into the old generation (promoted: what GC copies and keeps). No GC is forced
 * between replays: a full GC shrinks the young generation and doubles the next replay's CPU.
 * Env: BENCH_BLOCK_TXS (5000), BENCH_REPEATS (8); BENCH_PROFILE_DIR=<dir> writes one CPU
 * profile of all replays after the first to <dir>/finalize-repeat.cpuprofile, BENCH_HEAP_PROFILE_DIR=<dir>
 * a sampling heap profile of them (what allocated, with the objects already collected) to
 * <dir>/finalize-repeat.heapprofile.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { GCProfiler, getHeapStatistics } from "node:v8";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { CheckTxType, ExecTxResult, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { deriveAccounts } from "../test/support/accounts.ts";
import { emit, note } from "./lib/emit.ts";
import { finalizeRequest, openSendApp } from "./lib/sendApp.ts";
import { signRoundRobin } from "./lib/signSend.ts";
import { median } from "./lib/stats.ts";

const BLOCK_TXS = Number(process.env.BENCH_BLOCK_TXS ?? 5000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 8);
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
const HEAP_PROFILE_DIR = process.env.BENCH_HEAP_PROFILE_DIR;
const CHAIN_ID = "bench-1";

interface HeapAt {
  heapStatistics: { usedHeapSize: number };
  heapSpaceStatistics: { spaceName: string; spaceUsedSize: number }[];
}

interface GcStat {
  gcType: string;
  cost: number;
  beforeGC: HeapAt;
  afterGC: HeapAt;
}

/** Old-generation bytes in use (where scavenges promote what survives them). */
const oldBytes = (h: HeapAt) => h.heapSpaceStatistics.filter((s) => s.spaceName === "old_space" || s.spaceName === "large_object_space").reduce((n, s) => n + s.spaceUsedSize, 0);

/** Heap bytes allocated while `fn` ran, and the GC pause time (ms), by v8.GCProfiler. */
async function measured<T>(fn: () => Promise<T>): Promise<{ value: T; allocated: number; promoted: number; gcMs: number; gcs: number }> {
  const profiler = new GCProfiler();
  const start = getHeapStatistics().used_heap_size;
  profiler.start();
  const value = await fn();
  const end = getHeapStatistics().used_heap_size;
  const stats = (profiler.stop()?.statistics ?? []) as GcStat[];
  let allocated = 0;
  let prev = start;
  let gcUs = 0;
  let promoted = 0;
  for (const s of stats) {
    if (s.gcType === "Scavenge") promoted += oldBytes(s.afterGC) - oldBytes(s.beforeGC);
    allocated += s.beforeGC.heapStatistics.usedHeapSize - prev;
    prev = s.afterGC.heapStatistics.usedHeapSize;
    gcUs += s.cost;
  }
  allocated += end - prev;
  return { value, allocated, promoted, gcMs: gcUs / 1000, gcs: stats.length };
}

/** Digest of everything FinalizeBlock returns that consensus and clients see. */
function digest(res: ResponseFinalizeBlock): string {
  const h = sha256.create();
  for (const r of res.txResults) h.update(ExecTxResult.encode(r).finish());
  h.update(res.appHash);
  return bytesToHex(h.digest()).slice(0, 16);
}

async function main(): Promise<void> {
  const accounts = deriveAccounts(BLOCK_TXS);
  const { app, accountNumbers, close } = await openSendApp({ chainId: CHAIN_ID, accounts });
  try {
    await app.finalizeBlock(finalizeRequest(1n, []));
    await app.commit();
    note(`signing ${BLOCK_TXS} sends`);
    const txs = signRoundRobin(accounts, { chainId: CHAIN_ID, firstSequence: 0n, rounds: 1, accountNumberOf: (a) => accountNumbers.get(a.address)! });
    for (const tx of txs) {
      const r = await app.checkTx({ tx, type: CheckTxType.NEW });
      if (r.code !== 0) throw new Error(`CheckTx refused a bench tx (code ${r.code}): ${r.log}`);
    }
    const session = PROFILE_DIR ? new Session() : undefined;
    const heapSession = HEAP_PROFILE_DIR ? new Session() : undefined;
    const cpu: number[] = [];
    const alloc: number[] = [];
    const gc: number[] = [];
    const promoted: number[] = [];
    const digests = new Set<string>();
    for (let i = 0; i <= REPEATS; i++) {
      if (i === 1 && session) {
        session.connect();
        await session.post("Profiler.enable");
        await session.post("Profiler.setSamplingInterval", { interval: 200 });
        await session.post("Profiler.start");
      }
      if (i === 1 && heapSession) {
        heapSession.connect();
        // Keeps the samples of collected objects too: the point is what was allocated.
        await heapSession.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: process.env.BENCH_HEAP_SURVIVORS !== "1", includeObjectsCollectedByMinorGC: process.env.BENCH_HEAP_SURVIVORS !== "1" });
      }
      const cpu0 = process.cpuUsage();
      const m = await measured(() => app.finalizeBlock(finalizeRequest(2n, txs)));
      const c = process.cpuUsage(cpu0);
      const failed = m.value.txResults.findIndex((r) => r.code !== 0);
      if (failed >= 0) throw new Error(`tx ${failed} failed (code ${m.value.txResults[failed]?.code}): ${m.value.txResults[failed]?.log}`);
      // Digesting allocates more than a replay; the first and the last one are compared.
      if (i === 0 || i === REPEATS) digests.add(digest(m.value));
      // The first replay warms caches and the JIT; it is reported but not counted.
      const cpuMs = (c.user + c.system) / 1000;
      emit("finalize_repeat_block", { replay: i, cpu_ms: cpuMs, gc_ms: m.gcMs, gcs: m.gcs, alloc_kib_per_tx: m.allocated / 1024 / BLOCK_TXS, promoted_kib_per_tx: m.promoted / 1024 / BLOCK_TXS, warmup: i === 0 });
      if (i > 0) {
        cpu.push(cpuMs);
        alloc.push(m.allocated / 1024 / BLOCK_TXS);
        gc.push(m.gcMs);
        promoted.push(m.promoted / 1024 / BLOCK_TXS);
      }
    }
    if (session) {
      const { profile } = await session.post("Profiler.stop");
      mkdirSync(PROFILE_DIR!, { recursive: true });
      writeFileSync(join(PROFILE_DIR!, "finalize-repeat.cpuprofile"), JSON.stringify(profile));
      note(`wrote ${join(PROFILE_DIR!, "finalize-repeat.cpuprofile")}`);
    }
    if (heapSession) {
      const { profile } = await heapSession.post("HeapProfiler.stopSampling");
      mkdirSync(HEAP_PROFILE_DIR!, { recursive: true });
      writeFileSync(join(HEAP_PROFILE_DIR!, "finalize-repeat.heapprofile"), JSON.stringify(profile));
      note(`wrote ${join(HEAP_PROFILE_DIR!, "finalize-repeat.heapprofile")}`);
    }
    if (digests.size !== 1) throw new Error(`replays of one block gave ${digests.size} different results`);
    emit("finalize_repeat", {
      txs: BLOCK_TXS,
      repeats: REPEATS,
      cpu_p50_ms: median(cpu),
      cpu_min_ms: Math.min(...cpu),
      gc_p50_ms: median(gc),
      alloc_kib_per_tx_p50: median(alloc),
      promoted_kib_per_tx_p50: median(promoted),
      results_digest: [...digests][0]!,
    });
  } finally {
    await close();
  }
}

await main();
