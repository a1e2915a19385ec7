import { type Proposal, ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import { moduleAddress } from "../../chain/address.ts";
import { type Coin, addCoins, coinFromWire } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { EventManager } from "../../chain/events.ts";
import { MemBranch } from "../../chain/store/memBranch.ts";
import { blockTime } from "../../chain/timestamp.ts";
import { PROPOSAL_RESULT, emitActiveProposal, emitInactiveProposal } from "./events.ts";
import type { GovKeeper } from "./keeper.ts";
import { decide, tallyProposal, tallyToProto } from "./tally.ts";
import { GOV_MODULE } from "./types.ts";

/** Returns every deposit of a proposal to its depositor and deletes the records. */
async function refundDeposits(k: GovKeeper, ctx: Context, id: bigint): Promise<void> {
  const from = moduleAddress(GOV_MODULE);
  for (const { depositor, deposit } of await k.iterateDeposits(ctx.kv, id)) {
    const amount = deposit.amount.map(coinFromWire);
    if (amount.length > 0) k.bank.sendCoins(ctx, from, depositor, amount);
    k.deleteDeposit(ctx, id, depositor);
  }
}

/** Burns every deposit of a proposal from the gov module account and deletes the records. */
async function burnDeposits(k: GovKeeper, ctx: Context, id: bigint): Promise<void> {
  let total: Coin[] = [];
  for (const { depositor, deposit } of await k.iterateDeposits(ctx.kv, id)) {
    total = addCoins(total, deposit.amount.map(coinFromWire));
    k.deleteDeposit(ctx, id, depositor);
  }
  if (total.length > 0) k.bank.burnCoins(ctx, moduleAddress(GOV_MODULE), total);
}

/**
 * Runs a passed proposal's messages in order on a branch: all of them land, with their events,
 * or none does. Returns undefined on success, else why it failed (the SDK's FAILED status).
 */
async function execute(k: GovKeeper, ctx: Context, p: Proposal): Promise<string | undefined> {
  const branch = new MemBranch(ctx.kv);
  const events = new EventManager();
  const exec: Context = { ...ctx, kv: branch, events };
  const router = k.routerOrThrow();
  for (const [i, any] of p.messages.entries()) {
    try {
      const { handler, msg } = router.routeMsg(any);
      await handler.handle(exec, msg);
    } catch (e) {
      return `passed, but msg ${i} (${any.typeUrl}) failed on execution: ${(e as Error).message}`;
    }
  }
  branch.write();
  ctx.events.emitAll(events.events);
  return undefined;
}

/** A deposit period ended below min_deposit: the proposal is deleted, its deposits refunded or burned. */
async function dropProposal(k: GovKeeper, ctx: Context, end: bigint, id: bigint): Promise<void> {
  k.removeQueue(ctx, "inactive", end, id);
  k.deleteProposal(ctx, id);
  if (k.getParams(ctx.kv).burnProposalDepositPrevote) await burnDeposits(k, ctx, id);
  else await refundDeposits(k, ctx, id);
  emitInactiveProposal(ctx.events, id);
}

/** A voting period ended: tally, settle the deposits, execute if passed, record the outcome. */
async function endVoting(k: GovKeeper, ctx: Context, end: bigint, id: bigint): Promise<void> {
  k.removeQueue(ctx, "active", end, id);
  const p = k.getProposal(ctx.kv, id);
  if (!p) return;
  const count = await tallyProposal(k, k.staking, ctx.kv, id);
  // As the SDK's Tally: the votes are gone once counted; the tally stays on the proposal.
  for (const { voter } of await k.iterateVotes(ctx.kv, id)) k.deleteVote(ctx, id, voter);
  const outcome = decide(k.getParams(ctx.kv), k.staking.totalBondedTokens(ctx.kv), count);
  if (outcome.burnDeposits) await burnDeposits(k, ctx, id);
  else await refundDeposits(k, ctx, id);
  let result: string;
  let log: string;
  if (!outcome.passes) {
    p.status = ProposalStatus.PROPOSAL_STATUS_REJECTED;
    [result, log] = [PROPOSAL_RESULT.rejected, "rejected"];
  } else {
    const failure = await execute(k, ctx, p);
    p.status = failure ? ProposalStatus.PROPOSAL_STATUS_FAILED : ProposalStatus.PROPOSAL_STATUS_PASSED;
    p.failedReason = failure ?? "";
    [result, log] = failure ? [PROPOSAL_RESULT.failed, failure] : [PROPOSAL_RESULT.passed, "passed"];
  }
  p.finalTallyResult = tallyToProto(count.results);
  k.setProposal(ctx, p);
  emitActiveProposal(ctx.events, id, result, log);
}

/**
 * gov's EndBlock: proposals whose deposit period ended, then those whose voting period ended,
 * each queue in end-time then id order. Reads only while no period has ended, so a chain without
 * proposals writes nothing (old chains replay identically).
 * PERF: two range reads; per ended proposal, its votes × the voters' delegations.
 */
export async function govEndBlock(k: GovKeeper, ctx: Context): Promise<void> {
  const now = blockTime(ctx.block);
  for (const { end, id } of await k.iterateQueueDue(ctx.kv, "inactive", now)) await dropProposal(k, ctx, end, id);
  for (const { end, id } of await k.iterateQueueDue(ctx.kv, "active", now)) await endVoting(k, ctx, end, id);
}

