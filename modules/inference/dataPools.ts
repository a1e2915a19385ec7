/**
 * Datanet reward pools: the attribution residual of an inference is paid into the
 * pool of each manifest version, and every contribution in that version earns from it pro rata to
 * its tokens. A reward-per-token accumulator makes paying in O(1) (no per-contributor writes):
 *
 *   acc(v) += (R · 2^64 + carry) / tokens(v),  carry = the remainder
 *
 * A contribution added in version u is in every version v ≥ u, so it is owed
 * tokens_c · (Σ_{v ≥ u} acc(v) − checkpoint_c) / 2^64, and a claim moves its checkpoint to the
 * current sum. Floors everywhere, so the pools never pay out more than was paid in.
 */
import type { Context } from "../../chain/context.ts";
import { prefixEnd } from "../../chain/keys.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { decodePool } from "./codec.ts";
import { inferenceErrors } from "./errors.ts";
import type { InferenceKeeper } from "./keeper.ts";
import { inferenceKeys } from "./keys.ts";
import type { DataPool } from "./types.ts";

const SCALE_BITS = 64n;

/** PERF: O(1) reads and writes. */
export function payIntoPool(ctx: Context, keeper: InferenceKeeper, dn: bigint, v: bigint, amount: bigint): DataPool {
  const version = keeper.datanet.getVersion(ctx.kv, dn, v);
  if (!version) throw new Error(`pool ${dn}/${v}: the datanet has no such version`);
  const pool = keeper.getPool(ctx.kv, dn, v) ?? { datanetId: dn, version: v, tokens: version.totalTokens, accPerToken: 0n, carry: 0n, totalPaidIn: 0n };
  if (pool.tokens === 0n) throw new Error(`pool ${dn}/${v} has no tokens to pay`);
  const scaled = (amount << SCALE_BITS) + pool.carry;
  const next = { ...pool, accPerToken: pool.accPerToken + scaled / pool.tokens, carry: scaled % pool.tokens, totalPaidIn: pool.totalPaidIn + amount };
  keeper.setPool(ctx, next);
  return next;
}

/** The first version of `dn` whose added contributions include `id`, or 0 if none. */
export function versionAdded(keeper: InferenceKeeper, kv: KVReader, dn: bigint, id: bigint): bigint {
  const latest = keeper.datanet.latestVersion(kv, dn);
  for (let n = 1n; n <= latest; n++) {
    const added = keeper.datanet.getVersion(kv, dn, n)?.addedContributionIds ?? [];
    if (sortedIncludes(added, id)) return n;
  }
  return 0n;
}

/** Whether ascending `sorted` holds `v` (a version's added ids are stored sorted). PERF: O(log n). */
function sortedIncludes(sorted: readonly bigint[], v: bigint): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid]!;
    if (at === v) return true;
    if (at < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Σ acc(v) over the datanet's pools with v ≥ from. PERF: O(pools of the datanet). */
export async function accSince(kv: KVReader, dn: bigint, from: bigint): Promise<bigint> {
  let sum = 0n;
  const start = inferenceKeys.pool(dn, from);
  for await (const [, raw] of kv.iterate({ gte: start, lt: prefixEnd(inferenceKeys.poolsOf(dn)) })) sum += decodePool(raw).accPerToken;
  return sum;
}

/** A contribution's checkpoint, stored as an unsigned big-endian integer of any length. */
export function checkpoint(kv: KVReader, contributionId: bigint): bigint {
  const raw = kv.get(inferenceKeys.claimCheckpoint(contributionId));
  let v = 0n;
  for (const b of raw ?? []) v = (v << 8n) | BigInt(b);
  return v;
}

export function setCheckpoint(ctx: Context, contributionId: bigint, value: bigint): void {
  const bytes: number[] = [];
  for (let v = value; v > 0n; v >>= 8n) bytes.unshift(Number(v & 0xffn));
  ctx.kv.set(inferenceKeys.claimCheckpoint(contributionId), Uint8Array.from(bytes));
}

export interface Claimable {
  amount: bigint;
  /** The accumulator sum a claim moves the checkpoint to. */
  sum: bigint;
}

/**
 * What contribution `id` can claim now. Errors: unknown contribution, not in any version.
 * PERF: O(versions of its datanet) reads + O(pools of the datanet).
 */
export async function claimable(keeper: InferenceKeeper, kv: KVReader, id: bigint): Promise<Claimable> {
  const c = keeper.datanet.getContribution(kv, id);
  if (!c) throw inferenceErrors.invalidClaim.wrap(`contribution ${id} does not exist`);
  const from = versionAdded(keeper, kv, c.datanetId, id);
  if (from === 0n) throw inferenceErrors.invalidClaim.wrap(`contribution ${id} is in no published version of datanet ${c.datanetId}, so no pool owes it anything`);
  const sum = await accSince(kv, c.datanetId, from);
  return { amount: (BigInt(c.tokens) * (sum - checkpoint(kv, id))) >> SCALE_BITS, sum };
}

/** Moves the checkpoint after a claim of `claimable(...)`. */
export function markClaimed(ctx: Context, id: bigint, sum: bigint): void {
  setCheckpoint(ctx, id, sum);
}
