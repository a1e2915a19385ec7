import type { Context } from "../../chain/context.ts";
import { eventFields } from "../../chain/eventDecode.ts";
import type { AbciEvent } from "../../chain/events.ts";

/**
 * Distribution events. The SDK's (x/distribution/types/events.go) keep their types and attribute
 * names, so explorers and CosmJS's event parsing read them as on any SDK chain. Tributary's own
 * is the typed tributary.distribution.v1.EventAllocation (proto/tributary/distribution/v1/events.proto).
 */
export const EVENT = {
  commission: "commission",
  rewards: "rewards",
  withdrawRewards: "withdraw_rewards",
  withdrawCommission: "withdraw_commission",
  setWithdrawAddress: "set_withdraw_address",
  allocation: "tributary.distribution.v1.EventAllocation",
} as const;

export function emitCommission(ctx: Context, amount: string, validator: string): void {
  ctx.events.emit(EVENT.commission, [["amount", amount], ["validator", validator]]);
}

export function emitRewards(ctx: Context, amount: string, validator: string): void {
  ctx.events.emit(EVENT.rewards, [["amount", amount], ["validator", validator]]);
}

export function emitWithdrawRewards(ctx: Context, amount: string, validator: string, delegator: string): void {
  ctx.events.emit(EVENT.withdrawRewards, [["amount", amount], ["validator", validator], ["delegator", delegator]]);
}

export function emitWithdrawCommission(ctx: Context, amount: string): void {
  ctx.events.emit(EVENT.withdrawCommission, [["amount", amount]]);
}

export function emitSetWithdrawAddress(ctx: Context, withdrawAddress: string): void {
  ctx.events.emit(EVENT.setWithdrawAddress, [["withdraw_address", withdrawAddress]]);
}

export interface AllocationSummary {
  total: string;
  compute: string;
  validators: string;
  communityPool: string;
  signers: number;
}

export function emitAllocation(ctx: Context, s: AllocationSummary): void {
  ctx.events.emit(EVENT.allocation, [
    ["total", s.total],
    ["compute", s.compute],
    ["validators", s.validators],
    ["community_pool", s.communityPool],
    ["signers", String(s.signers)],
  ]);
}

/** EventAllocation read back (node/metrics sums what validators and the community pool got); amounts are DecCoin text. */
export function decodeAllocation(e: AbciEvent): AllocationSummary | undefined {
  const f = eventFields(e, EVENT.allocation);
  return f && { total: f.string("total"), compute: f.string("compute"), validators: f.string("validators"), communityPool: f.string("community_pool"), signers: f.number("signers") };
}
