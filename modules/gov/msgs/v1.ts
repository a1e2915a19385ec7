import type { Params } from "cosmjs-types/cosmos/gov/v1/gov";
import { TextProposal } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import {
  MsgDeposit, MsgDepositResponse, MsgExecLegacyContent, MsgExecLegacyContentResponse, MsgSubmitProposal, MsgSubmitProposalResponse,
  MsgUpdateParams, MsgUpdateParamsResponse, MsgVote, MsgVoteResponse, MsgVoteWeighted, MsgVoteWeightedResponse,
} from "cosmjs-types/cosmos/gov/v1/tx";
import { addressBytes } from "../../../chain/address.ts";
import { AMINO_NAMES_V1, depositV1ToAmino, voteV1ToAmino, voteWeightedV1ToAmino } from "../amino.ts";
import { sdkErrors } from "../../../chain/errors.ts";
import { GenesisError } from "../../../chain/genesisError.ts";
import type { MsgHandler } from "../../../chain/module.ts";
import { durationNanos, formatDuration } from "../../../chain/timestamp.ts";
import { govErrors } from "../errors.ts";
import type { GovKeeper } from "../keeper.ts";
import { paramsFromJson } from "../params.ts";
import { addDeposit, addVote, checkMetadata, submitProposal, validDepositCoins } from "../proposals.ts";
import { GOV_AUTHORITY, GOV_MODULE, type GovParams, MAX_SUMMARY_LEN, MAX_TITLE_LEN, TEXT_PROPOSAL_URL } from "../types.ts";
import { validOptions } from "../votes.ts";

/** v0.50's MsgSubmitProposal.ValidateBasic: proposer, deposit coins, title and summary, metadata. */
export function validateProposalText(title: string, summary: string, metadata: string): void {
  if (title.trim() === "") throw govErrors.invalidProposalContent.wrap("proposal title cannot be empty");
  if (title.length > MAX_TITLE_LEN) throw govErrors.invalidProposalContent.wrap(`proposal title is longer than max length of ${MAX_TITLE_LEN}`);
  if (summary.trim() === "") throw govErrors.invalidProposalContent.wrap("proposal summary cannot be empty");
  if (summary.length > MAX_SUMMARY_LEN) throw govErrors.invalidProposalContent.wrap(`proposal summary is longer than max length of ${MAX_SUMMARY_LEN}`);
  checkMetadata(metadata);
}

function submitHandler(k: GovKeeper): MsgHandler<MsgSubmitProposal> {
  return {
    typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
    responseTypeUrl: "/cosmos.gov.v1.MsgSubmitProposalResponse",
    module: GOV_MODULE,
    decode: (b) => MsgSubmitProposal.decode(b),
    validateBasic(msg) {
      addressBytes(msg.proposer, "proposer");
      validDepositCoins(msg.initialDeposit, "initial deposit", true);
      validateProposalText(msg.title, msg.summary, msg.metadata);
      if (msg.expedited) throw sdkErrors.notSupported.wrap("expedited proposals are not supported by this chain; submit with expedited false");
    },
    signers: (msg) => [msg.proposer],
    // PERF: each message's decode and checks, a few writes, the deposit's bank moves.
    handle(ctx, msg) {
      const id = submitProposal(k, ctx, { ...msg, initialDeposit: validDepositCoins(msg.initialDeposit, "initial deposit", true) });
      return MsgSubmitProposalResponse.encode({ proposalId: id }).finish();
    },
  };
}

function depositHandler(k: GovKeeper): MsgHandler<MsgDeposit> {
  return {
    typeUrl: "/cosmos.gov.v1.MsgDeposit",
    responseTypeUrl: "/cosmos.gov.v1.MsgDepositResponse",
    module: GOV_MODULE,
    decode: (b) => MsgDeposit.decode(b),
    validateBasic(msg) {
      addressBytes(msg.depositor, "depositor");
      validDepositCoins(msg.amount, "amount", false);
    },
    signers: (msg) => [msg.depositor],
    handle(ctx, msg) {
      addDeposit(k, ctx, msg.proposalId, msg.depositor, validDepositCoins(msg.amount, "amount", false));
      return MsgDepositResponse.encode({}).finish();
    },
    amino: { name: AMINO_NAMES_V1.deposit, toAmino: depositV1ToAmino },
  };
}

function voteHandler(k: GovKeeper): MsgHandler<MsgVote> {
  return {
    typeUrl: "/cosmos.gov.v1.MsgVote",
    responseTypeUrl: "/cosmos.gov.v1.MsgVoteResponse",
    module: GOV_MODULE,
    decode: (b) => MsgVote.decode(b),
    validateBasic(msg) {
      addressBytes(msg.voter, "voter");
      validOptions([{ option: msg.option, weight: "1" }], "dotted");
    },
    signers: (msg) => [msg.voter],
    handle(ctx, msg) {
      addVote(k, ctx, msg.proposalId, msg.voter, validOptions([{ option: msg.option, weight: "1" }], "dotted"), msg.metadata);
      return MsgVoteResponse.encode({}).finish();
    },
    amino: { name: AMINO_NAMES_V1.vote, toAmino: voteV1ToAmino },
  };
}

function voteWeightedHandler(k: GovKeeper): MsgHandler<MsgVoteWeighted> {
  return {
    typeUrl: "/cosmos.gov.v1.MsgVoteWeighted",
    responseTypeUrl: "/cosmos.gov.v1.MsgVoteWeightedResponse",
    module: GOV_MODULE,
    decode: (b) => MsgVoteWeighted.decode(b),
    validateBasic(msg) {
      addressBytes(msg.voter, "voter");
      validOptions(msg.options, "dotted");
    },
    signers: (msg) => [msg.voter],
    handle(ctx, msg) {
      addVote(k, ctx, msg.proposalId, msg.voter, validOptions(msg.options, "dotted"), msg.metadata);
      return MsgVoteWeightedResponse.encode({}).finish();
    },
    amino: { name: AMINO_NAMES_V1.voteWeighted, toAmino: voteWeightedV1ToAmino },
  };
}

/** Wire params (v1: decimals as dotted text) through the genesis checks, as an invalid request. */
export function validParams(p: Params | undefined): GovParams {
  if (!p) throw sdkErrors.invalidRequest.wrap("params: missing; all params must be supplied");
  try {
    return paramsFromJson({
      min_deposit: p.minDeposit,
      max_deposit_period: formatDuration(durationNanos(p.maxDepositPeriod)),
      voting_period: formatDuration(durationNanos(p.votingPeriod)),
      quorum: p.quorum,
      threshold: p.threshold,
      veto_threshold: p.vetoThreshold,
      min_initial_deposit_ratio: p.minInitialDepositRatio || "0",
      burn_vote_quorum: p.burnVoteQuorum,
      burn_proposal_deposit_prevote: p.burnProposalDepositPrevote,
      burn_vote_veto: p.burnVoteVeto,
    }, "params");
  } catch (e) {
    if (e instanceof GenesisError) throw sdkErrors.invalidRequest.wrap(`${e.field}: ${e.reason}`);
    throw e;
  }
}

function requireAuthority(authority: string): void {
  if (authority !== GOV_AUTHORITY) throw govErrors.invalidSigner.wrap(`invalid authority; expected ${GOV_AUTHORITY}, got ${authority}`);
}

function updateParamsHandler(k: GovKeeper): MsgHandler<MsgUpdateParams> {
  return {
    typeUrl: "/cosmos.gov.v1.MsgUpdateParams",
    responseTypeUrl: "/cosmos.gov.v1.MsgUpdateParamsResponse",
    module: GOV_MODULE,
    decode: (b) => MsgUpdateParams.decode(b),
    validateBasic: (msg) => void addressBytes(msg.authority, "authority"),
    signers: (msg) => [msg.authority],
    handle(ctx, msg) {
      requireAuthority(msg.authority);
      k.setParams(ctx, validParams(msg.params));
      return MsgUpdateParamsResponse.encode({}).finish();
    },
  };
}

/**
 * MsgExecLegacyContent: how a v1beta1 proposal's content rides in a v1 proposal. The only legacy
 * content this chain has a handler for is TextProposal, whose execution does nothing (as the SDK's).
 */
function execLegacyContentHandler(): MsgHandler<MsgExecLegacyContent> {
  return {
    typeUrl: "/cosmos.gov.v1.MsgExecLegacyContent",
    responseTypeUrl: "/cosmos.gov.v1.MsgExecLegacyContentResponse",
    module: GOV_MODULE,
    decode: (b) => MsgExecLegacyContent.decode(b),
    validateBasic(msg) {
      addressBytes(msg.authority, "authority");
      legacyTextContent(msg.content);
    },
    signers: (msg) => [msg.authority],
    handle(_ctx, msg) {
      requireAuthority(msg.authority);
      return MsgExecLegacyContentResponse.encode({}).finish();
    },
  };
}

/** The TextProposal inside a legacy content Any; any other content type is refused. */
export function legacyTextContent(content: { typeUrl: string; value: Uint8Array } | undefined): TextProposal {
  if (!content) throw govErrors.invalidProposalContent.wrap("missing content");
  if (content.typeUrl !== TEXT_PROPOSAL_URL) {
    throw govErrors.invalidProposalContent.wrap(`legacy content ${content.typeUrl} has no handler on this chain; only ${TEXT_PROPOSAL_URL} (other changes: a v1 proposal with messages)`);
  }
  try {
    return TextProposal.decode(content.value);
  } catch (e) {
    throw govErrors.invalidProposalContent.wrap(`cannot decode TextProposal: ${(e as Error).message}`);
  }
}

export function v1MsgHandlers(k: GovKeeper): MsgHandler<any>[] {
  return [submitHandler(k), execLegacyContentHandler(), voteHandler(k), voteWeightedHandler(k), depositHandler(k), updateParamsHandler(k)];
}
