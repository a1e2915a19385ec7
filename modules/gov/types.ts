import { GOV_AUTHORITY, GOV_MODULE_NAME } from "../../chain/authority.ts";
import type { Coin } from "../../chain/coins.ts";
import type { Dec } from "../../chain/dec.ts";

export const GOV_MODULE = GOV_MODULE_NAME;
export { GOV_AUTHORITY };
/** The gov module account burns deposits (the SDK's `authtypes.Burner` permission). */
export const BURNER_PERMISSION = "burner";

/** x/gov's default MaxMetadataLen (config.MaxMetadataLen). */
export const MAX_METADATA_LEN = 255;
/** x/gov v0.50's MaxTitleLength / MaxSummaryLength. */
export const MAX_TITLE_LEN = 255;
export const MAX_SUMMARY_LEN = 10_000;
/** The type URL of v1beta1's TextProposal, the one legacy content this chain executes (a no-op). */
export const TEXT_PROPOSAL_URL = "/cosmos.gov.v1beta1.TextProposal";
export const EXEC_LEGACY_CONTENT_URL = "/cosmos.gov.v1.MsgExecLegacyContent";

/**
 * The gov params Tributary enforces (cosmos.gov.v1.Params). Times are nanoseconds. The v0.50
 * expedited and cancel params are kept in the stored protobuf as the SDK's defaults but not used:
 * expedited proposals and MsgCancelProposal are not served.
 */
export interface GovParams {
  minDeposit: Coin[];
  maxDepositPeriod: bigint;
  votingPeriod: bigint;
  quorum: Dec;
  threshold: Dec;
  vetoThreshold: Dec;
  /** Share of min_deposit the proposer must deposit at submission (0: none). */
  minInitialDepositRatio: Dec;
  /** Burn the deposits of a proposal that missed quorum (SDK default false: refund). */
  burnVoteQuorum: boolean;
  /** Burn the deposits of a proposal whose deposit period ended (SDK default false: refund). */
  burnProposalDepositPrevote: boolean;
  /** Burn the deposits of a vetoed proposal (SDK default true). */
  burnVoteVeto: boolean;
}

const DAY_NS = 86_400n * 1_000_000_000n;
const dec = (s: bigint, places: number): Dec => s * 10n ** BigInt(18 - places);

/**
 * The SDK's DefaultParams (x/gov/types/v1/params.go) with the min deposit in utrib. Frozen: a
 * chain whose genesis had no gov section reads these forever unless MsgUpdateParams stores others,
 * so changing them would change what an old chain's proposals need (a consensus change).
 */
export const DEFAULT_GOV_PARAMS_V1: Readonly<GovParams> = Object.freeze({
  minDeposit: Object.freeze([{ denom: "utrib", amount: 10_000_000n }]) as Coin[],
  maxDepositPeriod: 2n * DAY_NS,
  votingPeriod: 2n * DAY_NS,
  quorum: dec(334n, 3),
  threshold: dec(5n, 1),
  vetoThreshold: dec(334n, 3),
  minInitialDepositRatio: 0n,
  burnVoteQuorum: false,
  burnProposalDepositPrevote: false,
  burnVoteVeto: true,
});

/** The v0.50 params Tributary stores but does not act on, at the SDK's defaults. */
export const UNUSED_PARAMS_V050 = {
  proposalCancelRatio: "0.500000000000000000",
  proposalCancelDest: "",
  expeditedVotingPeriodSeconds: 86_400n,
  expeditedThreshold: "0.667000000000000000",
  expeditedMinDeposit: [{ denom: "utrib", amount: "50000000" }],
  minDepositRatio: "0.010000000000000000",
} as const;

/** One vote option with its weight (weights of a vote sum to exactly 1). */
export interface WeightedOption {
  option: VoteOptionNumber;
  weight: Dec;
}

/** cosmos.gov.v1.VoteOption: 1 yes, 2 abstain, 3 no, 4 no with veto. */
export type VoteOptionNumber = 1 | 2 | 3 | 4;
export const OPTION_YES = 1;
export const OPTION_ABSTAIN = 2;
export const OPTION_NO = 3;
export const OPTION_NO_WITH_VETO = 4;

/** The tally of one proposal, by bonded stake (decimals; the wire form truncates to integers). */
export interface Tally {
  yes: Dec;
  abstain: Dec;
  no: Dec;
  noWithVeto: Dec;
}
