import type { Context } from "../../chain/context.ts";
import { concatBytes, prefixEnd, readU64be, u64be } from "../../chain/keys.ts";
import type { KVReader, KVStore } from "../../chain/store/types.ts";
import { chunkCount } from "../../chain/contentRoot.ts";
import { datanetKeys } from "./keys.ts";
import type { Contribution } from "./types.ts";

/**
 * The challengeable records of each datanet — ACCEPTED with a content root — as a dense,
 * append-only list with cumulative chunk counts, so the rewards module can draw a chunk
 * uniformly over every chunk a storage node serves with O(log n) reads (a binary search on the
 * cumulative counts), never a scan.
 *
 * Order is (decided height, id). A record accepted in a tx goes to a per-block queue keyed by
 * (datanet, id) and is appended at the datanet EndBlock, so the order within a block is by id
 * whatever order the txs accepted them in; InitChain rebuilds the same list by sorting. The
 * queue is therefore always empty at a committed height (what genesis export sees).
 */
export interface RootedTotals {
  records: bigint;
  chunks: bigint;
  bytes: bigint;
}

export interface RootedChunk {
  contributionId: bigint;
  chunkIndex: number;
}

const ZERO: RootedTotals = { records: 0n, chunks: 0n, bytes: 0n };
const EMPTY = new Uint8Array();

export function rootedTotals(kv: KVReader, dn: bigint): RootedTotals {
  const raw = kv.get(datanetKeys.rootedTotals(dn));
  if (!raw) return ZERO;
  return { records: readU64be(raw, 0), chunks: readU64be(raw, 8), bytes: readU64be(raw, 16) };
}

/** Queues an ACCEPTED record for the EndBlock append when it has a content root. PERF: one write. */
export function queueRooted(ctx: Context, c: Contribution): void {
  if (c.status === "ACCEPTED" && c.contentRoot.length > 0) ctx.kv.set(datanetKeys.rootedQueue(c.datanetId, c.id), EMPTY);
}

/** Appends one record at the end of its datanet's list. PERF: one read, two writes. */
export function appendRooted(kv: KVStore, dn: bigint, id: bigint, bytes: bigint): void {
  const t = rootedTotals(kv, dn);
  const chunks = t.chunks + BigInt(chunkCount(bytes));
  kv.set(datanetKeys.rooted(dn, t.records), concatBytes(u64be(id), u64be(chunks)));
  kv.set(datanetKeys.rootedTotals(dn), concatBytes(u64be(t.records + 1n), u64be(chunks), u64be(t.bytes + bytes)));
}

/**
 * Appends the block's queued records, (datanet, id) order, and clears the queue.
 * PERF: one iterator seek per block (the queue is empty in most blocks), then per queued
 * record one contribution read, one delete and appendRooted's writes.
 */
export async function flushRootedQueue(kv: KVStore, size: (id: bigint) => bigint): Promise<void> {
  const p = datanetKeys.rootedQueuePrefix;
  const queued: [bigint, bigint][] = [];
  for await (const [k] of kv.iterate({ gte: p, lt: prefixEnd(p) })) queued.push([readU64be(k, p.length), readU64be(k, p.length + 8)]);
  for (const [dn, id] of queued) {
    kv.delete(datanetKeys.rootedQueue(dn, id));
    appendRooted(kv, dn, id, size(id));
  }
}

/** The list rebuilt from genesis contributions (already written): ACCEPTED with a root, by (decided height, id). */
export function rebuildRooted(kv: KVStore, contributions: readonly Contribution[]): void {
  const rooted = contributions.filter((c) => c.status === "ACCEPTED" && c.contentRoot.length > 0);
  rooted.sort((a, b) => (a.decidedHeight !== b.decidedHeight ? (a.decidedHeight < b.decidedHeight ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const c of rooted) appendRooted(kv, c.datanetId, c.id, c.bytes);
}

/**
 * The record and chunk at `ordinal` (0 ≤ ordinal < totals.chunks) of the datanet's chunks in
 * list order. Throws RangeError outside. PERF: O(log records) point reads.
 */
export function rootedChunkAt(kv: KVReader, dn: bigint, ordinal: bigint): RootedChunk {
  const t = rootedTotals(kv, dn);
  if (ordinal < 0n || ordinal >= t.chunks) throw new RangeError(`chunk ${ordinal} outside the ${t.chunks} challengeable chunks of datanet ${dn}`);
  // First position whose cumulative end exceeds the ordinal.
  let lo = 0n;
  let hi = t.records - 1n;
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    if (entry(kv, dn, mid).end > ordinal) hi = mid;
    else lo = mid + 1n;
  }
  const e = entry(kv, dn, lo);
  const start = lo === 0n ? 0n : entry(kv, dn, lo - 1n).end;
  return { contributionId: e.id, chunkIndex: Number(ordinal - start) };
}

function entry(kv: KVReader, dn: bigint, pos: bigint): { id: bigint; end: bigint } {
  const raw = kv.get(datanetKeys.rooted(dn, pos));
  // A hole in the dense list is a broken invariant, not bad input.
  if (!raw) throw new Error(`rooted record list of datanet ${dn} has no position ${pos}`);
  return { id: readU64be(raw, 0), end: readU64be(raw, 8) };
}
