import { TextProposal } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import type { MsgDeposit, MsgSubmitProposal, MsgVote, MsgVoteWeighted } from "cosmjs-types/cosmos/gov/v1beta1/tx";
import { ONE } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { TEXT_PROPOSAL_URL } from "./types.ts";

/**
 * Amino JSON of the v1beta1 gov messages exactly as @cosmjs/stargate's createGovAminoConverters
 * builds it (the converters wallets sign with): snake_case, nothing omitted, ids as strings,
 * options as enum numbers. CosmJS has no amino converters for the v1 messages.
 */
export const AMINO_NAMES = {
  submitProposal: "cosmos-sdk/MsgSubmitProposal",
  deposit: "cosmos-sdk/MsgDeposit",
  vote: "cosmos-sdk/MsgVote",
  voteWeighted: "cosmos-sdk/MsgVoteWeighted",
} as const;

const coins = (c: readonly { denom: string; amount: string }[]) => c.map((x) => ({ amount: x.amount, denom: x.denom }));

export function depositToAmino(m: MsgDeposit): unknown {
  return { amount: coins(m.amount), depositor: m.depositor, proposal_id: m.proposalId.toString() };
}

export function voteToAmino(m: MsgVote): unknown {
  return { option: m.option, proposal_id: m.proposalId.toString(), voter: m.voter };
}

/**
 * CosmJS writes a weight as `Decimal.toString().padEnd(20, "0")`: "0.7" → "0.700000000000000000".
 * Its Decimal prints a whole number without a point, so a weight of exactly 1 becomes
 * "10000000000000000000", which CosmJS's own fromAmino then encodes as 10^19: such a tx is
 * refused (invalid vote option) whatever the JSON; a full-weight vote is a MsgVote.
 */
export function cosmjsWeight(atomics: string): string {
  const v = BigInt(atomics);
  const whole = (v / ONE).toString();
  const frac = (v % ONE).toString().padStart(18, "0").replace(/0+$/, "");
  return (frac === "" ? whole : `${whole}.${frac}`).padEnd(20, "0");
}

export function voteWeightedToAmino(m: MsgVoteWeighted): unknown {
  return { options: m.options.map((o) => ({ option: o.option, weight: cosmjsWeight(o.weight) })), proposal_id: m.proposalId.toString(), voter: m.voter };
}

/** Only a TextProposal content has an amino form in CosmJS (as here); others are refused when signing. */
export function submitProposalToAmino(m: MsgSubmitProposal): unknown {
  if (m.content?.typeUrl !== TEXT_PROPOSAL_URL) throw sdkErrors.notSupported.wrap(`SIGN_MODE_LEGACY_AMINO_JSON covers only TextProposal content, not ${m.content?.typeUrl ?? "(none)"}`);
  const t = TextProposal.decode(m.content.value);
  return { initial_deposit: coins(m.initialDeposit), proposer: m.proposer, content: { type: "cosmos-sdk/TextProposal", value: { description: t.description, title: t.title } } };
}

/**
 * The v1 messages' amino JSON under the SDK's rules (x/tx aminojson, names from the gov v1
 * protos' amino.name): ids as strings, enums as numbers, coins and proposal_id always written
 * (amino.dont_omitempty), an empty metadata left out. CosmJS ships no converters for these;
 * wallets that sign them (Keplr) build this JSON.
 */
export const AMINO_NAMES_V1 = {
  deposit: "cosmos-sdk/v1/MsgDeposit",
  vote: "cosmos-sdk/v1/MsgVote",
  voteWeighted: "cosmos-sdk/v1/MsgVoteWeighted",
} as const;

const withMetadata = (o: Record<string, unknown>, metadata: string) => (metadata === "" ? o : { ...o, metadata });

export function depositV1ToAmino(m: { proposalId: bigint; depositor: string; amount: { denom: string; amount: string }[] }): unknown {
  return { proposal_id: m.proposalId.toString(), depositor: m.depositor, amount: coins(m.amount) };
}

export function voteV1ToAmino(m: { proposalId: bigint; voter: string; option: number; metadata: string }): unknown {
  return withMetadata({ proposal_id: m.proposalId.toString(), voter: m.voter, option: m.option }, m.metadata);
}

export function voteWeightedV1ToAmino(m: { proposalId: bigint; voter: string; options: { option: number; weight: string }[]; metadata: string }): unknown {
  return withMetadata({ proposal_id: m.proposalId.toString(), voter: m.voter, options: m.options.map((o) => ({ option: o.option, weight: o.weight })) }, m.metadata);
}
