/**
 * Recent blocks (height, time, tx count), kept across pages: fed by the header's poll of the
 * latest block, back-filled by height so the charts have history from the first load.
 */
import type { BlockResponse, RestClient } from "../../client/rest.ts";

export interface BlockPoint {
  height: number;
  time: number;
  txs: number;
}

const KEEP = 60;
const BACKFILL = 40;
const points = new Map<number, BlockPoint>();
const listeners = new Set<() => void>();

export const pointOf = (b: BlockResponse): BlockPoint => ({
  height: Number(b.block.header.height),
  time: Date.parse(b.block.header.time),
  txs: b.block.data.txs.length,
});

/** Records the latest block and fetches the heights missing below it (a few at a time). */
export async function track(api: RestClient, latest: BlockResponse, signal: AbortSignal): Promise<void> {
  const top = pointOf(latest);
  points.set(top.height, top);
  const missing: number[] = [];
  for (let h = top.height - 1; h >= Math.max(1, top.height - BACKFILL); h--) if (!points.has(h)) missing.push(h);
  for (let i = 0; i < missing.length; i += 8) {
    const got = await Promise.all(missing.slice(i, i + 8).map((h) => api.block(h, signal)));
    for (const b of got) points.set(Number(b.block.header.height), pointOf(b));
  }
  for (const h of [...points.keys()]) if (h <= top.height - KEEP) points.delete(h);
  listeners.forEach((f) => f());
}

export function recent(): BlockPoint[] {
  return [...points.values()].sort((a, b) => a.height - b.height);
}

export function onBlocks(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

/** Per block after the first: seconds since the previous block and its txs per second. */
export function rates(ps: BlockPoint[]): { heights: number[]; blockTime: number[]; tps: number[] } {
  const out = { heights: [] as number[], blockTime: [] as number[], tps: [] as number[] };
  for (let i = 1; i < ps.length; i++) {
    const [prev, p] = [ps[i - 1]!, ps[i]!];
    if (p.height !== prev.height + 1) continue;
    const dt = Math.max(1, p.time - prev.time) / 1000;
    out.heights.push(p.height);
    out.blockTime.push(dt);
    out.tps.push(p.txs / dt);
  }
  return out;
}
