import { MsgExecLegacyContent } from "cosmjs-types/cosmos/gov/v1/tx";
import {
  MsgDeposit, MsgDepositResponse, MsgSubmitProposal, MsgSubmitProposalResponse, MsgVote, MsgVoteResponse, MsgVoteWeighted, MsgVoteWeightedResponse,
} from "cosmjs-types/cosmos/gov/v1beta1/tx";
import { addressBytes } from "../../../chain/address.ts";
import type { MsgHandler } from "../../../chain/module.ts";
import { AMINO_NAMES, depositToAmino, submitProposalToAmino, voteToAmino, voteWeightedToAmino } from "../amino.ts";
import type { GovKeeper } from "../keeper.ts";
import { addDeposit, addVote, submitProposal, validDepositCoins } from "../proposals.ts";
import { EXEC_LEGACY_CONTENT_URL, GOV_AUTHORITY, GOV_MODULE } from "../types.ts";
import { validOptions } from "../votes.ts";
import { legacyTextContent, validateProposalText } from "./v1.ts";

/**
 * The v1beta1 Msg service (what CosmJS's amino converters and Keplr sign): each message is turned
 * into its v1 counterpart, as the SDK's legacy msg server does. A v1beta1 proposal carries its
 * content as one MsgExecLegacyContent signed by the gov account; only TextProposal content exists.
 */
function submitHandler(k: GovKeeper): MsgHandler<MsgSubmitProposal> {
  return {
    typeUrl: "/cosmos.gov.v1beta1.MsgSubmitProposal",
    responseTypeUrl: "/cosmos.gov.v1beta1.MsgSubmitProposalResponse",
    module: GOV_MODULE,
    decode: (b) => MsgSubmitProposal.decode(b),
    validateBasic(msg) {
      addressBytes(msg.proposer, "proposer");
      validDepositCoins(msg.initialDeposit, "initial deposit", true);
      const text = legacyTextContent(msg.content);
      validateProposalText(text.title, text.description, "");
    },
    signers: (msg) => [msg.proposer],
    handle(ctx, msg) {
      const text = legacyTextContent(msg.content);
      const exec = MsgExecLegacyContent.encode({ content: msg.content, authority: GOV_AUTHORITY }).finish();
      const id = submitProposal(k, ctx, {
        messages: [{ typeUrl: EXEC_LEGACY_CONTENT_URL, value: exec }],
        initialDeposit: validDepositCoins(msg.initialDeposit, "initial deposit", true),
        proposer: msg.proposer,
        metadata: "",
        title: text.title,
        summary: text.description,
      });
      return MsgSubmitProposalResponse.encode({ proposalId: id }).finish();
    },
    amino: { name: AMINO_NAMES.submitProposal, toAmino: submitProposalToAmino },
  };
}

function depositHandler(k: GovKeeper): MsgHandler<MsgDeposit> {
  return {
    typeUrl: "/cosmos.gov.v1beta1.MsgDeposit",
    responseTypeUrl: "/cosmos.gov.v1beta1.MsgDepositResponse",
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
    amino: { name: AMINO_NAMES.deposit, toAmino: depositToAmino },
  };
}

function voteHandler(k: GovKeeper): MsgHandler<MsgVote> {
  return {
    typeUrl: "/cosmos.gov.v1beta1.MsgVote",
    responseTypeUrl: "/cosmos.gov.v1beta1.MsgVoteResponse",
    module: GOV_MODULE,
    decode: (b) => MsgVote.decode(b),
    validateBasic(msg) {
      addressBytes(msg.voter, "voter");
      validOptions([{ option: msg.option, weight: "1" }], "dotted");
    },
    signers: (msg) => [msg.voter],
    handle(ctx, msg) {
      addVote(k, ctx, msg.proposalId, msg.voter, validOptions([{ option: msg.option, weight: "1" }], "dotted"), "");
      return MsgVoteResponse.encode({}).finish();
    },
    amino: { name: AMINO_NAMES.vote, toAmino: voteToAmino },
  };
}

/** v1beta1 weights are LegacyDec's scaled integer on the wire ("700000000000000000" for 0.7). */
function voteWeightedHandler(k: GovKeeper): MsgHandler<MsgVoteWeighted> {
  return {
    typeUrl: "/cosmos.gov.v1beta1.MsgVoteWeighted",
    responseTypeUrl: "/cosmos.gov.v1beta1.MsgVoteWeightedResponse",
    module: GOV_MODULE,
    decode: (b) => MsgVoteWeighted.decode(b),
    validateBasic(msg) {
      addressBytes(msg.voter, "voter");
      validOptions(msg.options, "atomics");
    },
    signers: (msg) => [msg.voter],
    handle(ctx, msg) {
      addVote(k, ctx, msg.proposalId, msg.voter, validOptions(msg.options, "atomics"), "");
      return MsgVoteWeightedResponse.encode({}).finish();
    },
    amino: { name: AMINO_NAMES.voteWeighted, toAmino: voteWeightedToAmino },
  };
}

export function v1beta1MsgHandlers(k: GovKeeper): MsgHandler<any>[] {
  return [submitHandler(k), voteHandler(k), voteWeightedHandler(k), depositHandler(k)];
}
