import type { Context } from "../../chain/context.ts";
import { prefixEnd, readU64be } from "../../chain/keys.ts";
import type { DatanetKeeper } from "./keeper.ts";
import { datanetKeys } from "./keys.ts";
import { type Contribution, type ContributorCounters, zeroContributorCounters } from "./types.ts";

/** accepted / (accepted + rejected) in basis points, rounded down; 0 when nothing was decided. */
export function acceptanceRateBps(c: ContributorCounters): number {
  const decided = c.accepted + c.rejected;
  return decided === 0n ? 0 : Number((c.accepted * 10_000n) / decided);
}

/** Adds one contribution to counters as its current status says. */
export function countContribution(s: ContributorCounters, c: Contribution): void {
  s.records += 1n;
  s.tokens += BigInt(c.tokens);
  s.bytes += c.bytes;
  if (c.status === "PENDING") s.pending += 1n;
  else if (c.status === "ACCEPTED") {
    s.accepted += 1n;
    s.acceptedTokens += BigInt(c.tokens);
  } else if (c.status === "REJECTED") s.rejected += 1n;
  else s.withdrawn += 1n;
}

/**
 * A contributor's counters over every datanet (kept in state), or over one datanet (counted
 * from their contributions). PERF: one read, or one read per contribution of the contributor.
 */
export async function contributorStats(ctx: Context, keeper: DatanetKeeper, who: Uint8Array, dn: bigint) {
  if (dn === 0n) {
    const stats = keeper.getContributorCounters(ctx.kv, who);
    return { stats, acceptanceRateBps: acceptanceRateBps(stats) };
  }
  const stats = zeroContributorCounters();
  const prefix = datanetKeys.byContributor(who);
  for await (const [k] of ctx.kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) {
    const c = keeper.getContribution(ctx.kv, readU64be(k, prefix.length));
    if (c && c.datanetId === dn) countContribution(stats, c);
  }
  return { stats, acceptanceRateBps: acceptanceRateBps(stats) };
}
