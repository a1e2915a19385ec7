import { addressBytes } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { dedupKeys, unindexRecord } from "./dedup.ts";
import { chargeIngest } from "./gas.ts";
import type { DatanetKeeper } from "./keeper.ts";
import { queueRooted } from "./rootIndex.ts";
import { type Contribution, type ContributionStatus, type Datanet, ESCROW_ACCOUNT } from "./types.ts";

/** A decision on a PENDING contribution. */
export type Decision = Exclude<ContributionStatus, "PENDING">;

/**
 * Moves a PENDING contribution to ACCEPTED, REJECTED or WITHDRAWN, with everything that goes
 * with it: the deposit leaves escrow (to the contributor, or to the datanet owner on a
 * rejection); an accepted record queues for the next version; a rejected or withdrawn one
 * leaves the dedup indexes (so the same text may come again); the counters follow.
 * The caller has checked who may decide and that the contribution is PENDING.
 * PERF: O(1) reads and writes, plus O(tokens) hashing and O(fingerprints) index writes when
 * the record leaves the dedup indexes.
 */
export function decide(ctx: Context, keeper: DatanetKeeper, d: Datanet, c: Contribution, to: Decision, reason = ""): Contribution {
  const after: Contribution = { ...c, status: to, decidedHeight: ctx.block.height, rejectionReason: to === "REJECTED" ? reason : "" };
  if (c.deposit) {
    const payee = to === "REJECTED" ? d.owner : c.contributor;
    const escrow = keeper.accounts.ensureModuleAccount(ctx, ESCROW_ACCOUNT);
    keeper.bank.sendCoins(ctx, escrow, addressBytes(payee), [c.deposit]);
  }
  if (to === "ACCEPTED") {
    keeper.setUnpublished(ctx, c.datanetId, c.id);
  } else {
    const seq = keeper.getSequence(ctx.kv, c.id);
    if (!seq) throw new Error(`contribution ${c.id} has no token sequence`);
    chargeIngest(ctx, 0, seq.unmasked.length);
    unindexRecord(ctx.kv, c.datanetId, c.id, dedupKeys(seq.unmasked));
  }
  const counters = keeper.getCounters(ctx.kv, c.datanetId);
  counters.pending -= 1n;
  if (to === "ACCEPTED") {
    counters.accepted += 1n;
    counters.acceptedTokens += BigInt(c.tokens);
  }
  keeper.setCounters(ctx, c.datanetId, counters);
  const who = addressBytes(c.contributor);
  const mine = keeper.getContributorCounters(ctx.kv, who);
  mine.pending -= 1n;
  if (to === "ACCEPTED") {
    mine.accepted += 1n;
    mine.acceptedTokens += BigInt(c.tokens);
  } else if (to === "REJECTED") {
    mine.rejected += 1n;
  } else {
    mine.withdrawn += 1n;
  }
  keeper.setContributorCounters(ctx, who, mine);
  keeper.setContribution(ctx, after, c.status);
  queueRooted(ctx, after);
  return after;
}
