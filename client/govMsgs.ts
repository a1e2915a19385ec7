/**
 * Typed builders for governance (cosmos.gov.v1): submit a proposal carrying messages, deposit,
 * vote (plain or weighted). CosmJS's default registry already has these types; the messages a
 * proposal carries are Anys signed by the gov module account (`GOV_AUTHORITY_ADDRESS`).
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { Coin, DeliverTxResponse } from "@cosmjs/stargate";
import { VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgSubmitProposalResponse } from "cosmjs-types/cosmos/gov/v1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { coinInput } from "./datanetMsgs.ts";
import { TributaryClientError } from "./errors.ts";

/** The gov module account: the authority of every MsgUpdateParams, MsgSoftwareUpgrade, MsgCommunityPoolSpend. */
export const GOV_AUTHORITY_ADDRESS = "trib10d07y265gmmuvt4z0w9aw880jnsr700jxgtqyx";

export const GOV_MSG_TYPE_URLS = {
  submitProposal: "/cosmos.gov.v1.MsgSubmitProposal",
  deposit: "/cosmos.gov.v1.MsgDeposit",
  vote: "/cosmos.gov.v1.MsgVote",
  voteWeighted: "/cosmos.gov.v1.MsgVoteWeighted",
} as const;

type Id = bigint | number | string;

export interface ProposalInput {
  /** Messages as Anys, or EncodeObjects the client's registry can encode (pass them encoded with `registry.encodeAsAny`). */
  messages: readonly Any[];
  /** Initial deposit, e.g. "10000000utrib". */
  deposit?: readonly (Coin | string)[];
  title: string;
  summary: string;
  metadata?: string;
}

export type VoteOptionName = "yes" | "no" | "abstain" | "no_with_veto";

const OPTIONS: Record<VoteOptionName, VoteOption> = {
  yes: VoteOption.VOTE_OPTION_YES,
  abstain: VoteOption.VOTE_OPTION_ABSTAIN,
  no: VoteOption.VOTE_OPTION_NO,
  no_with_veto: VoteOption.VOTE_OPTION_NO_WITH_VETO,
};

function id(v: Id): bigint {
  const s = String(v);
  if (!/^[0-9]+$/.test(s) || BigInt(s) === 0n) throw new TributaryClientError("VALUE_INVALID", `invalid proposal id ${JSON.stringify(s)}`, { hint: "a proposal id is a positive integer" });
  return BigInt(s);
}

function option(name: VoteOptionName): VoteOption {
  const o = OPTIONS[name];
  if (o === undefined) throw new TributaryClientError("VALUE_INVALID", `unknown vote option ${JSON.stringify(name)}`, { hint: "yes, no, abstain or no_with_veto" });
  return o;
}

export function msgSubmitProposal(proposer: string, p: ProposalInput): EncodeObject {
  if (p.title.trim() === "" || p.summary.trim() === "") throw new TributaryClientError("VALUE_INVALID", "a proposal needs a title and a summary");
  return {
    typeUrl: GOV_MSG_TYPE_URLS.submitProposal,
    value: { messages: [...p.messages], initialDeposit: (p.deposit ?? []).map(coinInput), proposer, metadata: p.metadata ?? "", title: p.title, summary: p.summary, expedited: false },
  };
}

export function msgDeposit(depositor: string, proposalId: Id, amount: readonly (Coin | string)[]): EncodeObject {
  if (amount.length === 0) throw new TributaryClientError("VALUE_INVALID", "a deposit needs at least one coin");
  return { typeUrl: GOV_MSG_TYPE_URLS.deposit, value: { proposalId: id(proposalId), depositor, amount: amount.map(coinInput) } };
}

export function msgVote(voter: string, proposalId: Id, choice: VoteOptionName, metadata = ""): EncodeObject {
  return { typeUrl: GOV_MSG_TYPE_URLS.vote, value: { proposalId: id(proposalId), voter, option: option(choice), metadata } };
}

/** Weights as decimal strings ("0.6") summing to 1; the chain checks them again. */
export function msgVoteWeighted(voter: string, proposalId: Id, weights: Partial<Record<VoteOptionName, string>>, metadata = ""): EncodeObject {
  const options = Object.entries(weights).map(([name, weight]) => {
    if (!/^(0(\.[0-9]{1,18})?|1(\.0{1,18})?)$/.test(weight ?? "")) throw new TributaryClientError("VALUE_INVALID", `invalid weight ${JSON.stringify(weight)} for ${name}`, { hint: "a decimal in (0, 1], e.g. \"0.6\"" });
    return { option: option(name as VoteOptionName), weight: weight! };
  });
  if (options.length === 0) throw new TributaryClientError("VALUE_INVALID", "a weighted vote needs at least one option");
  return { typeUrl: GOV_MSG_TYPE_URLS.voteWeighted, value: { proposalId: id(proposalId), voter, options, metadata } };
}

/** The new proposal's id, from the tx's MsgSubmitProposalResponse. */
export function submitProposalResponse(tx: DeliverTxResponse): bigint {
  const r = tx.msgResponses.find((m) => m.typeUrl === "/cosmos.gov.v1.MsgSubmitProposalResponse");
  if (!r) throw new TributaryClientError("TX_FAILED", "the tx carries no MsgSubmitProposalResponse");
  return MsgSubmitProposalResponse.decode(r.value).proposalId;
}
