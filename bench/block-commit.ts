/**
 * Target 3: end-to-end time of a 5,000-tx block in the app: FinalizeBlock (ante, bank send,
 * events, staging the Merkle store) + Commit (the LevelDB batch), driven in-process the way
 * the solo driver drives it. Like the node, every tx goes through CheckTx first, so
 * FinalizeBlock finds its signature already verified; one "cold" block skips CheckTx to show
 * what signature checks in the block would cost. Same-run baseline: empty blocks.
 * Env: BENCH_BLOCK_TXS, BENCH_BLOCKS; BENCH_PROFILE_DIR=<dir> writes a CPU profile of the warm
 * FinalizeBlock calls only (not signing, CheckTx or Commit) to <dir>/finalize.cpuprofile.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { CheckTxType, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import type { App } from "../chain/app.ts";
import { deriveAccounts } from "../test/support/accounts.ts";
import { emit, note } from "./lib/emit.ts";
import { procStatusKiB } from "./lib/nodeProcess.ts";
import { finalizeRequest, openSendApp } from "./lib/sendApp.ts";
import { signRoundRobin } from "./lib/signSend.ts";
import { median, nowMs } from "./lib/stats.ts";

const BLOCK_TXS = Number(process.env.BENCH_BLOCK_TXS ?? 5000);
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 5);
const CHAIN_ID = "bench-1";
const TARGET_MS = 200;
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;

interface BlockTiming {
  checkMs: number;
  finalizeMs: number;
  /** Process CPU time (all threads) during FinalizeBlock: steadier than wall time on a shared machine. */
  finalizeCpuMs: number;
  commitMs: number;
}

/** Profiles only the spans wrapped in `during`, so signing and CheckTx do not drown FinalizeBlock. */
class SpanProfiler {
  private session?: Session;
  private readonly profiles: unknown[] = [];
  async start(): Promise<void> {
    if (!PROFILE_DIR) return;
    this.session = new Session();
    this.session.connect();
    await this.session.post("Profiler.enable");
    await this.session.post("Profiler.setSamplingInterval", { interval: 200 });
  }
  async during<T>(fn: () => Promise<T>): Promise<T> {
    if (!this.session) return fn();
    await this.session.post("Profiler.start");
    try {
      return await fn();
    } finally {
      const { profile } = await this.session.post("Profiler.stop");
      this.profiles.push(profile);
    }
  }
  save(): void {
    if (!PROFILE_DIR || this.profiles.length === 0) return;
    mkdirSync(PROFILE_DIR, { recursive: true });
    this.profiles.forEach((p, i) => writeFileSync(join(PROFILE_DIR, `finalize-${i + 1}.cpuprofile`), JSON.stringify(p)));
    note(`wrote ${this.profiles.length} FinalizeBlock profile(s) to ${PROFILE_DIR}`);
  }
}
const profiler = new SpanProfiler();

class BlockDriver {
  height = 0n;
  constructor(readonly app: App) {}

  async checkAll(txs: Uint8Array[]): Promise<void> {
    for (const tx of txs) {
      const r = await this.app.checkTx({ tx, type: CheckTxType.NEW });
      if (r.code !== 0) throw new Error(`CheckTx refused a bench tx at height ${this.height + 1n} (code ${r.code}): ${r.log}`);
    }
  }

  async finalize(txs: Uint8Array[]): Promise<ResponseFinalizeBlock> {
    this.height++;
    const res = await this.app.finalizeBlock(finalizeRequest(this.height, txs));
    const failed = res.txResults.findIndex((r) => r.code !== 0);
    if (failed >= 0) throw new Error(`tx ${failed} of block ${this.height} failed (code ${res.txResults[failed]?.code}): ${res.txResults[failed]?.log}`);
    return res;
  }
}

async function main(): Promise<void> {
  const accounts = deriveAccounts(BLOCK_TXS);
  const { app, accountNumbers: numbers, close } = await openSendApp({ chainId: CHAIN_ID, accounts });
  try {
    const driver = new BlockDriver(app);
    await driver.finalize([]);
    await app.commit();
    note(`signing ${(BLOCKS + 1) * BLOCK_TXS} sends`);
    const blocks = Array.from({ length: BLOCKS + 1 }, (_, b) =>
      signRoundRobin(accounts, { chainId: CHAIN_ID, firstSequence: BigInt(b), rounds: 1, accountNumberOf: (a) => numbers.get(a.address)! }),
    );

    const empty: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = await timeBlock(driver, [], false);
      empty.push(t.finalizeMs + t.commitMs);
    }
    const cold = await timeBlock(driver, blocks[0]!, false);
    emit("block_commit_cold", { txs: BLOCK_TXS, finalize_ms: cold.finalizeMs, commit_ms: cold.commitMs, total_ms: cold.finalizeMs + cold.commitMs, note: "no CheckTx first: signatures verified inside FinalizeBlock" });
    const warm: BlockTiming[] = [];
    await profiler.start();
    for (let b = 1; b <= BLOCKS; b++) {
      const t = await timeBlock(driver, blocks[b]!, true);
      warm.push(t);
      emit("block_commit_block", { block: b, txs: BLOCK_TXS, checktx_ms: t.checkMs, finalize_ms: t.finalizeMs, finalize_cpu_ms: t.finalizeCpuMs, commit_ms: t.commitMs, total_ms: t.finalizeMs + t.commitMs });
    }
    const totals = warm.map((t) => t.finalizeMs + t.commitMs);
    const p50 = median(totals);
    emit("block_commit", {
      txs_per_block: BLOCK_TXS,
      finalize_plus_commit_p50_ms: p50,
      finalize_plus_commit_max_ms: Math.max(...totals),
      finalize_p50_ms: median(warm.map((t) => t.finalizeMs)),
      finalize_cpu_p50_ms: median(warm.map((t) => t.finalizeCpuMs)),
      commit_p50_ms: median(warm.map((t) => t.commitMs)),
      checktx_tx_per_s: BLOCK_TXS / (median(warm.map((t) => t.checkMs)) / 1000),
      baseline_empty_block_ms: median(empty),
      blocks: BLOCKS,
      peak_rss_mib: procStatusKiB("self", "VmHWM") / 1024,
      target_ms: TARGET_MS,
      meets_target: p50 <= TARGET_MS,
    });
    profiler.save();
  } finally {
    await close();
  }
}

/** PERF: CheckTx, FinalizeBlock and Commit each grow with the block's tx count. */
async function timeBlock(driver: BlockDriver, txs: Uint8Array[], withCheckTx: boolean): Promise<BlockTiming> {
  const t0 = nowMs();
  if (withCheckTx) await driver.checkAll(txs);
  const t1 = nowMs();
  const cpu0 = process.cpuUsage();
  await (withCheckTx ? profiler.during(() => driver.finalize(txs)) : driver.finalize(txs));
  const cpu = process.cpuUsage(cpu0);
  const t2 = nowMs();
  await driver.app.commit();
  const t3 = nowMs();
  return { checkMs: t1 - t0, finalizeMs: t2 - t1, finalizeCpuMs: (cpu.user + cpu.system) / 1000, commitMs: t3 - t2 };
}

await main();
