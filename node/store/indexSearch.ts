/**
 * Candidate selection for the tx and block indexes: pick the cheapest index scan that every
 * match must appear in, then the caller evaluates the full query on each candidate.
 */
import type { ClassicLevel } from "classic-level";
import type { Condition, Decimal } from "../query/index.ts";
import { RpcBackendError } from "../rpc/backend.ts";
import { concat, prefixEnd, u64 } from "./keys.ts";

export type IndexDb = ClassicLevel<Uint8Array, Uint8Array>;

/** A contiguous key range of an index; its values identify candidates. */
export interface ScanRange {
  gte: Uint8Array;
  lt: Uint8Array;
}

export function prefixRange(prefix: Uint8Array): ScanRange {
  return { gte: prefix, lt: prefixEnd(prefix) };
}

/**
 * Keys of the attribute index: `<space>` ‖ lp(tag) ‖ lp(value) ‖ suffix (the tx position).
 * Built in one buffer: a block indexes about fifteen of these per tx.
 * PERF: O(key length), one allocation.
 */
export function attributePrefix(space: string, tag: string, value?: string, suffix?: Uint8Array): Uint8Array {
  const spaceLen = Buffer.byteLength(space);
  const tagLen = Buffer.byteLength(tag);
  const valueLen = value === undefined ? 0 : Buffer.byteLength(value);
  const out = Buffer.allocUnsafe(spaceLen + 4 + tagLen + (value === undefined ? 0 : 4 + valueLen) + (suffix?.length ?? 0));
  let at = out.write(space, 0, "utf8");
  at = out.writeUInt32BE(tagLen, at);
  at += out.write(tag, at, "utf8");
  if (value !== undefined) {
    at = out.writeUInt32BE(valueLen, at);
    at += out.write(value, at, "utf8");
  }
  if (suffix) out.set(suffix, at);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** Inclusive height bounds implied by numeric conditions on the reserved height tag. */
export function heightBounds(conditions: readonly Condition[], heightTag: string): { lo: bigint; hi: bigint } | undefined {
  let lo = 0n;
  let hi = (1n << 63n) - 1n;
  let bounded = false;
  for (const c of conditions) {
    if (c.tag !== heightTag || c.operand?.kind !== "number") continue;
    bounded = true;
    const v = c.operand.value;
    const floor = floorDecimal(v);
    const isInteger = v.mantissa % 10n ** BigInt(v.scale) === 0n;
    const ceil = isInteger ? floor : floor + 1n;
    if (c.op === "=") {
      if (!isInteger) return { lo: 1n, hi: 0n };
      lo = max(lo, floor);
      hi = min(hi, floor);
    } else if (c.op === "<") hi = min(hi, ceil - 1n);
    else if (c.op === "<=") hi = min(hi, floor);
    else if (c.op === ">") lo = max(lo, floor + 1n);
    else if (c.op === ">=") lo = max(lo, ceil);
  }
  return bounded ? { lo, hi } : undefined;
}

function floorDecimal(d: Decimal): bigint {
  const div = 10n ** BigInt(d.scale);
  const q = d.mantissa / div;
  return d.mantissa < 0n && q * div !== d.mantissa ? q - 1n : q;
}

const max = (a: bigint, b: bigint) => (a > b ? a : b);
const min = (a: bigint, b: bigint) => (a < b ? a : b);

export function heightRange(space: string, bounds: { lo: bigint; hi: bigint }): ScanRange | "empty" {
  if (bounds.lo > bounds.hi || bounds.hi < 0n) return "empty";
  const lo = bounds.lo < 0n ? 0n : bounds.lo;
  return { gte: concat(space, u64(lo)), lt: prefixEnd(concat(space, u64(bounds.hi))) };
}

/**
 * The candidate ranges for a query, cheapest first is chosen by counting (capped at the best
 * count so far). String equalities use value prefixes; any other non-reserved condition can use
 * its tag prefix, since a matching tx must carry that attribute.
 * PERF: grows with the number of conditions × the size of the smallest range.
 */
export async function chooseRange(
  db: IndexDb,
  ranges: readonly ScanRange[],
  fallback: ScanRange,
): Promise<ScanRange> {
  let best = fallback;
  let bestCount = Infinity;
  for (const range of ranges) {
    const limit = Number.isFinite(bestCount) ? bestCount : -1;
    const keys = await db.keys({ gte: range.gte, lt: range.lt, limit }).all();
    if (keys.length < bestCount) {
      best = range;
      bestCount = keys.length;
      if (bestCount === 0) break;
    }
  }
  return best;
}

/** Applies CometBFT's page rules to an already sorted list. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): T[] {
  const size = perPage < 1 ? 30 : Math.min(perPage, 100);
  const pages = Math.max(1, Math.floor((items.length - 1) / size) + 1);
  if (page < 1 || page > pages) throw new RpcBackendError(`page should be within [1, ${pages}] range, given ${page}`);
  return items.slice((page - 1) * size, page * size);
}
