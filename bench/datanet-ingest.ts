/**
 * Datanet records ingested per second through block execution with 100,000
 * records already in the datanet, and the cost of the near-duplicate check per record.
 *
 * In process, as the node runs it (App with the datanet module and the content index listener
 * that writes record bodies; CheckTx before each block so signatures are verified and cached,
 * then FinalizeBlock + Commit timed). Records are SpamAssassin paragraphs made distinct by
 * record numbers (bench/lib/datanetCorpus.ts).
 *
 * 1. Build: the 100,000 records are ingested by executing blocks (not genesis import: that
 *    would need token sequences computed outside the module, and one InitChain commit of
 *    millions of keys), 10 txs × 100 records per block, with the content store off (bodies of
 *    the state's records are never read here).
 * 2. Ingest: blocks of fresh records on top of that state → records/s.
 * 3. Near-duplicate check: blocks of one-record txs (fresh / exact duplicates of a record in
 *    state / near-duplicates of one). An exact duplicate is refused before the near-duplicate
 *    search and a near-duplicate after it, with the same tokenizing and MinHash before both,
 *    so (near − exact) per record is the cost of the band lookup and the Jaccard checks.
 * Env: BENCH_DATANET_RECORDS (100000), BENCH_RECORDS_PER_TX (100), BENCH_TXS_PER_BLOCK (10),
 * BENCH_MEASURE_BLOCKS (5), BENCH_SINGLE_TXS (300).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { tokenize } from "../modules/datanet/text/index.ts";
import { type BenchAccount, deriveAccounts } from "../test/support/accounts.ts";
import { corpusChunks, nearDuplicate, recordBody } from "./lib/datanetCorpus.ts";
import { type BlockTiming, DatanetBenchChain } from "./lib/datanetChain.ts";
import { emit, note } from "./lib/emit.ts";
import { procStatusKiB } from "./lib/nodeProcess.ts";
import { median, nowMs } from "./lib/stats.ts";

const STATE_RECORDS = Number(process.env.BENCH_DATANET_RECORDS ?? 100_000);
const RECORDS_PER_TX = Number(process.env.BENCH_RECORDS_PER_TX ?? 100);
const TXS_PER_BLOCK = Number(process.env.BENCH_TXS_PER_BLOCK ?? 10);
const MEASURE_BLOCKS = Number(process.env.BENCH_MEASURE_BLOCKS ?? 5);
const SINGLE_TXS = Number(process.env.BENCH_SINGLE_TXS ?? 300);
const DATANET = 1n;

interface Ctx {
  chain: DatanetBenchChain;
  chunks: string[];
  contributors: BenchAccount[];
  /** Record numbers the chain refused while building, and their chunks (not used again). */
  refused: Set<number>;
  refusedChunks: Set<number>;
  /** The next record number never sent. */
  next: number;
  /** Records in the datanet. */
  inState: number;
}

const failures = (res: ResponseFinalizeBlock) => res.txResults.filter((r) => r.code !== 0);
const execMs = (t: BlockTiming) => t.finalizeMs + t.contentMs + t.commitMs;
const gasOf = (res: ResponseFinalizeBlock) => res.txResults.reduce((g, r) => g + Number(r.gasUsed), 0);

/**
 * Blocks of TXS_PER_BLOCK txs of RECORDS_PER_TX records, numbered from `first`, until `count`
 * records are in. A record the chain refuses (it should not happen with numbered records) is
 * left out and the rest of its tx goes again. Returns the timings and the refused count.
 */
async function ingest(c: Ctx, first: number, count: number, onBlock?: (t: BlockTiming, records: number) => void) {
  const queue = Array.from({ length: count }, (_, k) => first + k);
  c.next = Math.max(c.next, first + count);
  const timings: { t: BlockTiming; records: number }[] = [];
  let refused = 0;
  let signMs = 0;
  while (queue.length > 0) {
    const t0 = nowMs();
    const batches: number[][] = [];
    for (let k = 0; k < TXS_PER_BLOCK && queue.length > 0; k++) batches.push(queue.splice(0, RECORDS_PER_TX));
    const txs = batches.map((b, k) => c.chain.contributeTx(c.contributors[k]!, DATANET, b.map((i) => recordBody(c.chunks, i))));
    signMs += nowMs() - t0;
    const t = await c.chain.block(txs);
    let records = 0;
    t.res.txResults.forEach((r, k) => {
      if (r.code === 0) return void (records += batches[k]!.length);
      const bad = Number(/record (\d+):/.exec(r.log)?.[1] ?? NaN);
      if (Number.isNaN(bad)) throw new Error(`contribute tx failed without naming a record: ${r.codespace}/${r.code} ${r.log}`);
      refused++;
      const record = batches[k]![bad];
      if (record === undefined) throw new Error(`contribute tx failed naming record ${bad}, outside its batch: ${r.log}`);
      c.refused.add(record);
      c.refusedChunks.add(record % c.chunks.length);
      queue.unshift(...batches[k]!.filter((_, i) => i !== bad));
    });
    timings.push({ t, records });
    c.inState += records;
    onBlock?.(t, records);
  }
  return { timings, refused, signMs };
}

async function build(c: Ctx): Promise<void> {
  note(`building the state: ${STATE_RECORDS} records in blocks of ${TXS_PER_BLOCK} × ${RECORDS_PER_TX}`);
  const started = nowMs();
  c.chain.indexContent = false;
  let done = 0;
  const { timings, refused, signMs } = await ingest(c, 0, STATE_RECORDS, (_t, n) => {
    done += n;
    if (Math.floor(done / 10_000) !== Math.floor((done - n) / 10_000)) note(`${done} records in, ${((nowMs() - started) / 1000).toFixed(0)} s`);
  });
  c.chain.indexContent = true;
  const totalMs = timings.reduce((s, x) => s + execMs(x.t), 0);
  const tenth = Math.max(1, Math.floor(timings.length / 10));
  const rate = (xs: typeof timings) => (xs.reduce((s, x) => s + x.records, 0) / xs.reduce((s, x) => s + execMs(x.t), 0)) * 1000;
  emit("datanet_ingest_build", {
    method: "executed blocks",
    records: STATE_RECORDS - refused,
    refused,
    blocks: timings.length,
    content_store: "off",
    finalize_plus_commit_s: totalMs / 1000,
    records_per_s: ((STATE_RECORDS - refused) / totalMs) * 1000,
    first_tenth_records_per_s: rate(timings.slice(0, tenth)),
    last_tenth_records_per_s: rate(timings.slice(-tenth)),
    checktx_s: timings.reduce((s, x) => s + x.t.checkMs, 0) / 1000,
    sign_s: signMs / 1000,
    wall_s: (nowMs() - started) / 1000,
  });
}

/** `count` record numbers never sent, skipping chunks the chain refused while building. */
function freshNumbers(c: Ctx, count: number): number[] {
  const out: number[] = [];
  for (; out.length < count; c.next++) if (!c.refusedChunks.has(c.next % c.chunks.length)) out.push(c.next);
  return out;
}

/** Blocks of fresh records on the built state; a refused record fails its tx (counted, not retried). */
async function measureIngest(c: Ctx): Promise<void> {
  const perBlock = RECORDS_PER_TX * TXS_PER_BLOCK;
  const rows: { ms: number; finalize: number; content: number; commit: number; records: number; gas: number }[] = [];
  const firstInState = c.inState;
  for (let b = 0; b < MEASURE_BLOCKS; b++) {
    const numbers = freshNumbers(c, perBlock);
    const batches = Array.from({ length: TXS_PER_BLOCK }, (_, k) => numbers.slice(k * RECORDS_PER_TX, (k + 1) * RECORDS_PER_TX));
    const txs = batches.map((batch, k) => c.chain.contributeTx(c.contributors[k]!, DATANET, batch.map((i) => recordBody(c.chunks, i))));
    const t = await c.chain.block(txs);
    const records = t.res.txResults.reduce((n, r, k) => n + (r.code === 0 ? batches[k]!.length : 0), 0);
    const before = c.inState;
    c.inState += records;
    const ms = execMs(t);
    rows.push({ ms, finalize: t.finalizeMs, content: t.contentMs, commit: t.commitMs, records, gas: gasOf(t.res) });
    emit("datanet_ingest_block", {
      block: b + 1, records_in_state: before, records, refused_txs: failures(t.res).length, checktx_ms: t.checkMs, finalize_ms: t.finalizeMs, content_ms: t.contentMs, commit_ms: t.commitMs, records_per_s: (records / ms) * 1000,
    });
  }
  const p50 = median(rows.map((r) => r.ms / r.records));
  const bodies = Array.from({ length: perBlock }, (_, k) => recordBody(c.chunks, STATE_RECORDS + k));
  emit("datanet_ingest", {
    records_in_state_before: firstInState,
    records_per_block: perBlock,
    records_per_s: 1000 / p50,
    ms_per_record: p50,
    finalize_ms_per_record: median(rows.map((r) => r.finalize / r.records)),
    content_ms_per_record: median(rows.map((r) => r.content / r.records)),
    commit_ms_per_record: median(rows.map((r) => r.commit / r.records)),
    gas_per_record: median(rows.map((r) => r.gas / r.records)),
    avg_record_bytes: bodies.reduce((s, b) => s + Buffer.byteLength(b), 0) / perBlock,
    avg_record_tokens: bodies.reduce((s, b) => s + tokenize(b).length, 0) / perBlock,
    blocks: MEASURE_BLOCKS,
  });
}

/**
 * One block of one-record txs; every tx must end with one of `codes` ("ok" or "datanet/N").
 * Returns the time and gas per record and how many ended with each code.
 */
async function singleRecordBlock(c: Ctx, bodies: string[], codes: string[]) {
  const txs = bodies.map((b, k) => c.chain.contributeTx(c.contributors[k % c.contributors.length]!, DATANET, [b]));
  const t = await c.chain.block(txs);
  const seen = new Map<string, number>();
  for (const r of t.res.txResults) {
    const code = r.code === 0 ? "ok" : `${r.codespace}/${r.code}`;
    if (!codes.includes(code)) throw new Error(`a tx ended with ${code} (${r.log}), expected ${codes.join(" or ")}`);
    seen.set(code, (seen.get(code) ?? 0) + 1);
  }
  return { msPerRecord: execMs(t) / bodies.length, gasPerRecord: gasOf(t.res) / bodies.length, seen };
}

async function measureNearDup(c: Ctx): Promise<void> {
  // Records in state with ≥ 100 tokens, spread over the whole id range.
  const picks: number[] = [];
  for (let i = 7; picks.length < SINGLE_TXS && i < STATE_RECORDS; i += Math.max(1, Math.floor(STATE_RECORDS / (SINGLE_TXS * 3)))) {
    if (!c.refused.has(i) && tokenize(recordBody(c.chunks, i)).length >= 100) picks.push(i);
  }
  // Fresh: the same chunks under numbers never sent (same text sizes, new markers).
  const n = c.chunks.length;
  const shift = n * (Math.ceil(c.next / n) + 1);
  const fresh = await singleRecordBlock(c, picks.map((i) => recordBody(c.chunks, i + shift)), ["ok"]);
  const exact = await singleRecordBlock(c, picks.map((i) => recordBody(c.chunks, i)), ["datanet/9"]);
  // MinHash banding misses a true near-duplicate now and then; the copied-run check then
  // refuses it as mostly copied (datanet/11) after comparing it with its sources.
  const near = await singleRecordBlock(c, picks.map((i) => nearDuplicate(recordBody(c.chunks, i))), ["datanet/10", "datanet/11"]);
  emit("datanet_neardup", {
    records_in_state: c.inState,
    txs_per_block: picks.length,
    fresh_ms_per_record: fresh.msPerRecord,
    exact_dup_ms_per_record: exact.msPerRecord,
    near_dup_ms_per_record: near.msPerRecord,
    near_dup_check_ms_per_record: near.msPerRecord - exact.msPerRecord,
    fresh_gas_per_record: fresh.gasPerRecord,
    exact_dup_gas_per_record: exact.gasPerRecord,
    near_dup_gas_per_record: near.gasPerRecord,
    near_dup_refused_as_near_dup: near.seen.get("datanet/10") ?? 0,
    near_dup_refused_as_copied: near.seen.get("datanet/11") ?? 0,
  });
}

async function main(): Promise<void> {
  const started = nowMs();
  const chunks = corpusChunks();
  note(`${chunks.length} paragraph chunks from the corpus (${((nowMs() - started) / 1000).toFixed(1)} s)`);
  const accounts = deriveAccounts(TXS_PER_BLOCK + 1);
  const chain = await DatanetBenchChain.create(accounts);
  try {
    const created = await chain.block([chain.createDatanetTx(accounts[0]!)]);
    if (failures(created.res).length > 0) throw new Error(`create datanet failed: ${created.res.txResults[0]?.log}`);
    const c: Ctx = { chain, chunks, contributors: accounts.slice(1), refused: new Set(), refusedChunks: new Set(), next: 0, inState: 0 };
    await build(c);
    await measureIngest(c);
    await measureNearDup(c);
    const files = readdirSync(join(chain.dir, "content"), { recursive: true }).length;
    emit("datanet_ingest_env", { corpus_chunks: chunks.length, content_store_entries: files, peak_rss_mib: procStatusKiB("self", "VmHWM") / 1024, wall_s: (nowMs() - started) / 1000 });
  } finally {
    await chain.close();
  }
}

await main();
