import type { Proposal } from "cosmjs-types/cosmos/gov/v1/gov";
import { ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { addressBytes } from "../../chain/address.ts";
import { type Coin, addCoins, coinFromWire, coinToWire, coinsToString, validateCoins } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { ChainError, sdkErrors } from "../../chain/errors.ts";
import { mulTruncate } from "../../chain/dec.ts";
import { blockTime, fromTimestamp, toTimestamp } from "../../chain/timestamp.ts";
import { govErrors } from "./errors.ts";
import { emitDeposit, emitSubmitProposal, emitVote, emitVotingPeriodStart } from "./events.ts";
import type { GovKeeper } from "./keeper.ts";
import { GOV_AUTHORITY, GOV_MODULE, type GovParams, MAX_METADATA_LEN, type WeightedOption } from "./types.ts";
import { optionsToProto } from "./votes.ts";

export interface SubmitInput {
  messages: readonly Any[];
  initialDeposit: readonly Coin[];
  proposer: string;
  metadata: string;
  title: string;
  summary: string;
}

export function checkMetadata(metadata: string): void {
  if (metadata.length > MAX_METADATA_LEN) throw govErrors.metadataTooLong.wrap(`metadata is ${metadata.length} characters; at most ${MAX_METADATA_LEN}`);
}

/**
 * The SDK's SubmitProposal checks on each message: it routes to a handler, passes its stateless
 * checks, and its only signer is the gov module account (so a passed proposal can sign for it).
 */
export function checkProposalMessages(k: GovKeeper, messages: readonly Any[]): void {
  const router = k.routerOrThrow();
  for (const [i, any] of messages.entries()) {
    if (!router.hasMsgHandler(any.typeUrl)) throw govErrors.unroutableProposalMsg.wrap(`message ${i}: ${any.typeUrl}`);
    let signers: string[];
    try {
      const routed = router.routeMsg(any);
      signers = routed.handler.signers(routed.msg);
    } catch (e) {
      if (e instanceof ChainError) throw govErrors.invalidProposalMsg.wrap(`message ${i} (${any.typeUrl}): ${e.message}`);
      throw e;
    }
    if (signers.length !== 1 || signers[0] !== GOV_AUTHORITY) {
      throw govErrors.invalidSigner.wrap(`message ${i} (${any.typeUrl}) is signed by ${signers.join(", ") || "nobody"}; invalid authority; expected ${GOV_AUTHORITY}, got ${signers.join(", ")}`);
    }
  }
}

/** Every deposit denom must be one min_deposit names (v0.50's validateDepositDenom). */
function checkDepositDenoms(p: GovParams, amount: readonly Coin[]): void {
  const accepted = new Set(p.minDeposit.map((c) => c.denom));
  for (const c of amount) {
    if (!accepted.has(c.denom)) throw govErrors.invalidDepositDenom.wrap(`deposited ${coinsToString(amount)}, but gov accepts only the following denom(s): ${[...accepted].join(", ")}`);
  }
}

/** `have` holds at least every coin of `need` (the SDK's IsAllGTE). */
export function coversAll(have: readonly Coin[], need: readonly Coin[]): boolean {
  return need.every((n) => (have.find((h) => h.denom === n.denom)?.amount ?? 0n) >= n.amount);
}

/** min_initial_deposit_ratio × min_deposit, truncated per coin (zero coins dropped). */
function minInitialDeposit(p: GovParams): Coin[] {
  return p.minDeposit.map((c) => ({ denom: c.denom, amount: mulTruncate(c.amount * 10n ** 18n, p.minInitialDepositRatio) / 10n ** 18n })).filter((c) => c.amount > 0n);
}

/** Creates a proposal in its deposit period and adds the initial deposit; returns its id. */
export function submitProposal(k: GovKeeper, ctx: Context, input: SubmitInput): bigint {
  checkMetadata(input.metadata);
  checkProposalMessages(k, input.messages);
  const params = k.getParams(ctx.kv);
  const need = minInitialDeposit(params);
  if (need.length > 0 && !coversAll(input.initialDeposit, need)) {
    throw govErrors.minDepositTooSmall.wrap(`was (${coinsToString(input.initialDeposit) || "nothing"}), need (${coinsToString(need)})`);
  }
  if (input.initialDeposit.length > 0) checkDepositDenoms(params, input.initialDeposit);
  const id = k.getNextProposalId(ctx.kv);
  const now = blockTime(ctx.block);
  const depositEnd = now + params.maxDepositPeriod;
  const proposal: Proposal = {
    id,
    messages: input.messages.map((m) => ({ typeUrl: m.typeUrl, value: m.value })),
    status: ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD,
    finalTallyResult: { yesCount: "0", abstainCount: "0", noCount: "0", noWithVetoCount: "0" },
    submitTime: toTimestamp(now),
    depositEndTime: toTimestamp(depositEnd),
    totalDeposit: [],
    votingStartTime: undefined,
    votingEndTime: undefined,
    metadata: input.metadata,
    title: input.title,
    summary: input.summary,
    proposer: input.proposer,
    expedited: false,
    failedReason: "",
  };
  k.setProposal(ctx, proposal);
  k.setNextProposalId(ctx, id + 1n);
  k.insertQueue(ctx, "inactive", depositEnd, id);
  emitSubmitProposal(ctx, id, input.proposer, input.messages.map((m) => m.typeUrl));
  if (input.initialDeposit.length > 0) addDeposit(k, ctx, id, input.proposer, input.initialDeposit);
  return id;
}

function activateVotingPeriod(k: GovKeeper, ctx: Context, p: Proposal, votingPeriod: bigint): void {
  const now = blockTime(ctx.block);
  k.removeQueue(ctx, "inactive", fromTimestamp(p.depositEndTime), p.id);
  p.votingStartTime = toTimestamp(now);
  p.votingEndTime = toTimestamp(now + votingPeriod);
  p.status = ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD;
  k.insertQueue(ctx, "active", now + votingPeriod, p.id);
}

/**
 * Moves `amount` from the depositor to the gov module account and records it; the proposal
 * enters its voting period once its total deposit covers min_deposit. Returns whether it did.
 */
export function addDeposit(k: GovKeeper, ctx: Context, id: bigint, depositor: string, amount: readonly Coin[]): boolean {
  const p = k.getProposal(ctx.kv, id);
  if (!p) throw govErrors.unknownProposal.wrap(`proposal ${id} does not exist`);
  if (p.status !== ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) {
    throw govErrors.inactiveProposal.wrap(`proposal ${id} is not in its deposit or voting period`);
  }
  const params = k.getParams(ctx.kv);
  checkDepositDenoms(params, amount);
  const from = addressBytes(depositor, "depositor");
  k.ensureModuleAccount(ctx);
  k.bank.sendCoinsToModule(ctx, from, GOV_MODULE, amount);
  const total = addCoins(p.totalDeposit.map(coinFromWire), amount);
  p.totalDeposit = total.map(coinToWire);
  let activated = false;
  if (p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && coversAll(total, params.minDeposit)) {
    activateVotingPeriod(k, ctx, p, params.votingPeriod);
    activated = true;
  }
  k.setProposal(ctx, p);
  const prev = k.getDeposit(ctx.kv, id, from);
  k.setDeposit(ctx, from, { proposalId: id, depositor, amount: addCoins((prev?.amount ?? []).map(coinFromWire), amount).map(coinToWire) });
  emitDeposit(ctx, id, depositor, amount);
  if (activated) emitVotingPeriodStart(ctx, id);
  return activated;
}

/** Records (or replaces) a vote on a proposal in its voting period. */
export function addVote(k: GovKeeper, ctx: Context, id: bigint, voter: string, options: readonly WeightedOption[], metadata: string): void {
  checkMetadata(metadata);
  const p = k.getProposal(ctx.kv, id);
  if (!p) throw govErrors.unknownProposal.wrap(`proposal ${id} does not exist`);
  if (p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) throw govErrors.inactiveProposal.wrap(`proposal ${id} is not in its voting period`);
  k.setVote(ctx, addressBytes(voter, "voter"), { proposalId: id, voter, options: optionsToProto(options), metadata });
  emitVote(ctx, id, voter, options);
}

/** Stateless checks of a deposit amount: valid, positive coins (may be empty only at submission). */
export function validDepositCoins(coins: readonly { denom: string; amount: string }[], what: string, allowEmpty: boolean): Coin[] {
  let parsed: Coin[];
  try {
    parsed = coins.map(coinFromWire);
  } catch (e) {
    throw sdkErrors.invalidCoins.wrap(`${what}: ${(e as Error).message}`);
  }
  if (!allowEmpty && parsed.length === 0) throw sdkErrors.invalidCoins.wrap(`${what}: no coins`);
  validateCoins(parsed, what);
  return parsed;
}
