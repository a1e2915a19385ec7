import { bytesToHex } from "@noble/hashes/utils.js";
import type { TallyResult } from "cosmjs-types/cosmos/gov/v1/gov";
import { type Dec, decFromInt, mul, mulInt, quo, truncateInt } from "../../chain/dec.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { GovStakingKeeper, GovValidator } from "./expected.ts";
import type { GovKeeper } from "./keeper.ts";
import { type GovParams, OPTION_ABSTAIN, OPTION_NO, OPTION_YES, type Tally, type WeightedOption } from "./types.ts";
import { optionsFromProto } from "./votes.ts";

/** A vote as the tally needs it: the voter, its options, and its delegations. */
export interface TallyVote {
  voter: Uint8Array;
  options: readonly WeightedOption[];
  delegations: readonly { operator: Uint8Array; shares: Dec }[];
}

export interface TallyCount {
  results: Tally;
  /** Stake that voted (the quorum's numerator). */
  totalVotingPower: Dec;
}

const add = (t: Tally, options: readonly WeightedOption[], power: Dec): void => {
  for (const o of options) {
    const sub = mul(power, o.weight);
    if (o.option === OPTION_YES) t.yes += sub;
    else if (o.option === OPTION_ABSTAIN) t.abstain += sub;
    else if (o.option === OPTION_NO) t.no += sub;
    else t.noWithVeto += sub;
  }
};

/**
 * The SDK's Tally (x/gov/keeper/tally.go), counting only: each voter's delegations to bonded
 * validators vote with the voter's options (shares × bonded tokens / validator shares) and are
 * deducted from their validator; a validator that voted then votes with its remaining shares.
 * So delegators inherit their validator's vote unless they vote themselves. Exact decimals, with
 * the SDK's rounding (MulInt then Quo, then Mul by the weight): the sum is order independent.
 */
export function countVotes(validators: readonly GovValidator[], votes: readonly TallyVote[]): TallyCount {
  const results: Tally = { yes: 0n, abstain: 0n, no: 0n, noWithVeto: 0n };
  let total = 0n;
  const vals = new Map(validators.map((v) => [bytesToHex(v.operator), { v, deductions: 0n, vote: undefined as readonly WeightedOption[] | undefined }]));
  for (const vote of votes) {
    const own = vals.get(bytesToHex(vote.voter));
    if (own) own.vote = vote.options;
    for (const d of vote.delegations) {
      const val = vals.get(bytesToHex(d.operator));
      if (!val) continue;
      val.deductions += d.shares;
      const power = quo(mulInt(d.shares, val.v.tokens), val.v.delegatorShares);
      add(results, vote.options, power);
      total += power;
    }
  }
  for (const val of vals.values()) {
    if (!val.vote) continue;
    const power = quo(mulInt(val.v.delegatorShares - val.deductions, val.v.tokens), val.v.delegatorShares);
    add(results, val.vote, power);
    total += power;
  }
  return { results, totalVotingPower: total };
}

export interface TallyOutcome {
  passes: boolean;
  burnDeposits: boolean;
}

/**
 * The SDK's decision on a count: no bonded stake fails; below quorum fails (burning with
 * burn_vote_quorum); all abstain fails; veto share above veto_threshold fails (burning with
 * burn_vote_veto); yes share of non-abstaining stake above threshold passes; otherwise fails.
 */
export function decide(p: GovParams, totalBonded: bigint, c: TallyCount): TallyOutcome {
  const fail = (burn: boolean): TallyOutcome => ({ passes: false, burnDeposits: burn });
  if (totalBonded === 0n) return fail(false);
  if (quo(c.totalVotingPower, decFromInt(totalBonded)) < p.quorum) return fail(p.burnVoteQuorum);
  const nonAbstain = c.totalVotingPower - c.results.abstain;
  if (nonAbstain === 0n) return fail(false);
  if (quo(c.results.noWithVeto, c.totalVotingPower) > p.vetoThreshold) return fail(p.burnVoteVeto);
  if (quo(c.results.yes, nonAbstain) > p.threshold) return { passes: true, burnDeposits: false };
  return fail(false);
}

/** The wire TallyResult: each sum truncated to an integer (NewTallyResultFromMap). */
export function tallyToProto(t: Tally): TallyResult {
  return { yesCount: truncateInt(t.yes).toString(), abstainCount: truncateInt(t.abstain).toString(), noCount: truncateInt(t.no).toString(), noWithVetoCount: truncateInt(t.noWithVeto).toString() };
}

/** Reads the votes of a proposal with each voter's delegations and counts them. PERF: votes × delegations. */
export async function tallyProposal(k: GovKeeper, staking: GovStakingKeeper, kv: KVReader, id: bigint): Promise<TallyCount> {
  const validators = await staking.bondedValidators(kv);
  const votes: TallyVote[] = [];
  for (const { voter, vote } of await k.iterateVotes(kv, id)) {
    votes.push({ voter, options: optionsFromProto(vote.options), delegations: await staking.delegationsOf(kv, voter) });
  }
  return countVotes(validators, votes);
}
