import type { Params } from "cosmjs-types/cosmos/gov/v1/gov";
import { type Coin, coinFromWire, coinToWire, sortCoins } from "../../chain/coins.ts";
import { type Dec, ONE, formatDec, parseDec } from "../../chain/dec.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectBool, expectCoins, expectObject, expectString } from "../../chain/genesisJson.ts";
import { durationNanos, formatDuration, parseDuration, toDuration } from "../../chain/timestamp.ts";
import { type GovParams, UNUSED_PARAMS_V050 } from "./types.ts";

/** gov params in the SDK's JSON shape (genesis, `query gov params`). */
export interface GovParamsJson {
  min_deposit: { denom: string; amount: string }[];
  max_deposit_period: string;
  voting_period: string;
  quorum: string;
  threshold: string;
  veto_threshold: string;
  min_initial_deposit_ratio: string;
  proposal_cancel_ratio: string;
  proposal_cancel_dest: string;
  expedited_voting_period: string;
  expedited_threshold: string;
  expedited_min_deposit: { denom: string; amount: string }[];
  burn_vote_quorum: boolean;
  burn_proposal_deposit_prevote: boolean;
  burn_vote_veto: boolean;
  min_deposit_ratio: string;
}

/** cosmos.gov.v1.Params: in v1 the decimals are LegacyDec.String text ("0.334000000000000000"). */
export function paramsToProto(p: GovParams): Params {
  const u = UNUSED_PARAMS_V050;
  return {
    minDeposit: p.minDeposit.map(coinToWire),
    maxDepositPeriod: toDuration(p.maxDepositPeriod),
    votingPeriod: toDuration(p.votingPeriod),
    quorum: formatDec(p.quorum),
    threshold: formatDec(p.threshold),
    vetoThreshold: formatDec(p.vetoThreshold),
    minInitialDepositRatio: formatDec(p.minInitialDepositRatio),
    proposalCancelRatio: u.proposalCancelRatio,
    proposalCancelDest: u.proposalCancelDest,
    expeditedVotingPeriod: { seconds: u.expeditedVotingPeriodSeconds, nanos: 0 },
    expeditedThreshold: u.expeditedThreshold,
    expeditedMinDeposit: [...u.expeditedMinDeposit],
    burnVoteQuorum: p.burnVoteQuorum,
    burnProposalDepositPrevote: p.burnProposalDepositPrevote,
    burnVoteVeto: p.burnVoteVeto,
    minDepositRatio: u.minDepositRatio,
  };
}

/** Stored params back (written by paramsToProto after validation, so trusted). */
export function paramsFromProto(p: Params): GovParams {
  return {
    minDeposit: p.minDeposit.map(coinFromWire),
    maxDepositPeriod: durationNanos(p.maxDepositPeriod),
    votingPeriod: durationNanos(p.votingPeriod),
    quorum: parseDec(p.quorum, "quorum"),
    threshold: parseDec(p.threshold, "threshold"),
    vetoThreshold: parseDec(p.vetoThreshold, "veto_threshold"),
    minInitialDepositRatio: parseDec(p.minInitialDepositRatio || "0", "min_initial_deposit_ratio"),
    burnVoteQuorum: p.burnVoteQuorum,
    burnProposalDepositPrevote: p.burnProposalDepositPrevote,
    burnVoteVeto: p.burnVoteVeto,
  };
}

export function paramsToJson(p: GovParams): GovParamsJson {
  const u = UNUSED_PARAMS_V050;
  return {
    min_deposit: p.minDeposit.map(coinToWire),
    max_deposit_period: formatDuration(p.maxDepositPeriod),
    voting_period: formatDuration(p.votingPeriod),
    quorum: formatDec(p.quorum),
    threshold: formatDec(p.threshold),
    veto_threshold: formatDec(p.vetoThreshold),
    min_initial_deposit_ratio: formatDec(p.minInitialDepositRatio),
    proposal_cancel_ratio: u.proposalCancelRatio,
    proposal_cancel_dest: u.proposalCancelDest,
    expedited_voting_period: `${u.expeditedVotingPeriodSeconds}s`,
    expedited_threshold: u.expeditedThreshold,
    expedited_min_deposit: [...u.expeditedMinDeposit],
    burn_vote_quorum: p.burnVoteQuorum,
    burn_proposal_deposit_prevote: p.burnProposalDepositPrevote,
    burn_vote_veto: p.burnVoteVeto,
    min_deposit_ratio: u.minDepositRatio,
  };
}

function decField(o: Record<string, unknown>, f: string, name: string): Dec {
  const s = expectString(o[name], `${f}.${name}`);
  try {
    return parseDec(s, name);
  } catch {
    throw new GenesisError(`${f}.${name}`, `${JSON.stringify(s)} is not a decimal number with at most 18 decimal places`);
  }
}

function durationField(o: Record<string, unknown>, f: string, name: string, what: string): bigint {
  const s = expectString(o[name], `${f}.${name}`);
  let ns: bigint;
  try {
    ns = parseDuration(s, name);
  } catch {
    throw new GenesisError(`${f}.${name}`, `${JSON.stringify(s)} is not a duration such as "172800s"`);
  }
  if (ns <= 0n) throw new GenesisError(`${f}.${name}`, `${what} must be positive: ${s}`);
  return ns;
}

/** A ratio in [lo, 1]; `positive` refuses 0 as the SDK does for the thresholds. */
function ratio(o: Record<string, unknown>, f: string, name: string, what: string, positive: boolean): Dec {
  const d = decField(o, f, name);
  if (positive ? d <= 0n : d < 0n) throw new GenesisError(`${f}.${name}`, `${what} must be ${positive ? "positive" : "non-negative"}: ${formatDec(d)}`);
  if (d > ONE) throw new GenesisError(`${f}.${name}`, `${what} too large: ${formatDec(d)}`);
  return d;
}

/**
 * Parses and checks params as the SDK's Params.ValidateBasic: a non-empty valid min deposit,
 * positive periods, quorum in [0, 1], threshold and veto threshold in (0, 1]. The v0.50 fields
 * Tributary does not act on (expedited, cancel, min_deposit_ratio) may be present and are ignored.
 */
export function paramsFromJson(v: unknown, f = "params"): GovParams {
  const o = expectObject(v, f);
  const minDeposit = sortCoins(expectCoins(o.min_deposit, `${f}.min_deposit`)) as Coin[];
  if (minDeposit.length === 0 || minDeposit.some((c) => c.amount <= 0n)) {
    throw new GenesisError(`${f}.min_deposit`, `invalid minimum deposit: ${JSON.stringify(o.min_deposit)}; give at least one positive coin`);
  }
  return {
    minDeposit,
    maxDepositPeriod: durationField(o, f, "max_deposit_period", "maximum deposit period"),
    votingPeriod: durationField(o, f, "voting_period", "voting period"),
    quorum: ratio(o, f, "quorum", "quorum", false),
    threshold: ratio(o, f, "threshold", "vote threshold", true),
    vetoThreshold: ratio(o, f, "veto_threshold", "veto threshold", true),
    minInitialDepositRatio: o.min_initial_deposit_ratio === undefined ? 0n : ratio(o, f, "min_initial_deposit_ratio", "minimum initial deposit ratio", false),
    burnVoteQuorum: o.burn_vote_quorum === undefined ? false : expectBool(o.burn_vote_quorum, `${f}.burn_vote_quorum`),
    burnProposalDepositPrevote: o.burn_proposal_deposit_prevote === undefined ? false : expectBool(o.burn_proposal_deposit_prevote, `${f}.burn_proposal_deposit_prevote`),
    burnVoteVeto: o.burn_vote_veto === undefined ? true : expectBool(o.burn_vote_veto, `${f}.burn_vote_veto`),
  };
}
