/**
 * Governance on the in-process test chain (test/appHarness.ts): submit a v1 proposal carrying
 * messages, deposit the minimum, have voters vote, drive a block past the voting period, and
 * read the outcome back through the gov queries. Every step is a real signed tx or a real block.
 *
 *   const { id, status } = await passProposal(h, { messages: [mintUpdateParamsAny] });
 *   expect(status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
 *
 * Voters default to every harness account that operates a bonded validator (so the harness needs
 * genesis validators: StakingHarness.create({ validators: [...] }), or appState with gentxs).
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import { type Proposal, ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { QueryParamsRequest, QueryParamsResponse, QueryProposalRequest, QueryProposalResponse } from "cosmjs-types/cosmos/gov/v1/query";
import { MsgSubmitProposalResponse } from "cosmjs-types/cosmos/gov/v1/tx";
import { QueryValidatorsRequest, QueryValidatorsResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { ExecTxResult, ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { addressString, moduleAddress, valoperBytes } from "../../chain/address.ts";
import { GOV_AUTHORITY } from "../../chain/authority.ts";
import { MsgUpdateParams as MintMsgUpdateParams } from "cosmjs-types/cosmos/mint/v1beta1/tx";
import { paramsToProto as mintParamsToProto } from "../../modules/mint/keeper.ts";
import { DEFAULT_MINT_PARAMS } from "../../modules/mint/types.ts";
import { type AppHarness, registry } from "../appHarness.ts";

/** The gov module account (holds the deposits). */
export const GOV_ADDRESS = addressString(moduleAddress("gov"));
/** The default min_deposit (DEFAULT_GOV_PARAMS_V1), in utrib. */
export const MIN_DEPOSIT = 10_000_000n;

/** A mint MsgUpdateParams as an Any: the default params with `inflationMax` (a Dec), signed by `authority`. */
export function mintUpdateParams(inflationMax: bigint, authority = GOV_AUTHORITY): Any {
  const params = mintParamsToProto({ ...DEFAULT_MINT_PARAMS, inflationMax });
  return { typeUrl: "/cosmos.mint.v1beta1.MsgUpdateParams", value: MintMsgUpdateParams.encode({ authority, params }).finish() };
}

export interface GovProposalOptions {
  /** The proposal's messages, each signed by the gov authority: an Any, or an EncodeObject the harness registry knows. */
  messages: (Any | EncodeObject)[];
  /** Account that submits and pays the minimum deposit (default 0). */
  proposer?: number;
  /** Accounts that vote (default: every harness account operating a bonded validator). */
  voters?: number[];
  /** How they vote (default yes). */
  option?: VoteOption;
  title?: string;
  summary?: string;
  /** Deposit at submission (default: the chain's min_deposit). */
  initialDeposit?: { denom: string; amount: string }[];
}

export interface GovProposalOutcome {
  id: bigint;
  status: ProposalStatus;
  proposal: Proposal;
  /** The block whose EndBlock closed the voting period (its events hold active_proposal). */
  endBlock: ResponseFinalizeBlock;
}

async function query<T>(h: AppHarness, path: string, data: Uint8Array, decode: (b: Uint8Array) => T): Promise<T> {
  const res = await h.app.query({ path, data, height: 0n, prove: false });
  if (res.code !== 0) throw new Error(`${path}: ${res.log}`);
  return decode(res.value);
}

export async function govParams(h: AppHarness) {
  const res = await query(h, "/cosmos.gov.v1.Query/Params", QueryParamsRequest.encode({ paramsType: "" }).finish(), (b) => QueryParamsResponse.decode(b));
  return res.params!;
}

export async function getProposal(h: AppHarness, id: bigint): Promise<Proposal> {
  const res = await query(h, "/cosmos.gov.v1.Query/Proposal", QueryProposalRequest.encode({ proposalId: id }).finish(), (b) => QueryProposalResponse.decode(b));
  return res.proposal!;
}

/** Harness accounts whose address is a bonded validator's operator. */
export async function bondedValidatorAccounts(h: AppHarness): Promise<number[]> {
  const res = await query(h, "/cosmos.staking.v1beta1.Query/Validators", QueryValidatorsRequest.encode({ status: "BOND_STATUS_BONDED" }).finish(), (b) => QueryValidatorsResponse.decode(b));
  const operators = new Set(res.validators.map((v) => addressString(valoperBytes(v.operatorAddress))));
  return h.accounts.flatMap((a, i) => (operators.has(a.address) ? [i] : []));
}

/** Signs and delivers one tx per entry in one block; throws unless every tx succeeds. */
export async function deliverAll(h: AppHarness, txs: { account: number; msgs: EncodeObject[] }[], gas = 1_000_000): Promise<{ block: ResponseFinalizeBlock; results: ExecTxResult[] }> {
  const raw = [];
  for (const t of txs) raw.push(await h.signTx(t.account, { msgs: t.msgs, gas, fee: [{ denom: "utrib", amount: "25000" }] }));
  const block = await h.deliver(raw);
  for (const [i, r] of block.txResults.entries()) {
    if (r.code === 0 || r.log.includes("fee and sequence kept")) h.accounts[txs[i]!.account]!.sequence++;
    if (r.code !== 0) throw new Error(`tx ${i} of account ${txs[i]!.account} failed: code ${r.code} (${r.codespace}) ${r.log}`);
  }
  return { block, results: block.txResults };
}

const toAny = (m: Any | EncodeObject): Any => (m.value instanceof Uint8Array ? (m as Any) : registry.encodeAsAny(m as EncodeObject));

/** Submits a v1 proposal with the minimum deposit; returns its id. */
export async function submitProposal(h: AppHarness, o: GovProposalOptions): Promise<bigint> {
  const proposer = o.proposer ?? 0;
  const params = await govParams(h);
  const { results } = await deliverAll(h, [{
    account: proposer,
    msgs: [{
      typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
      value: {
        messages: o.messages.map(toAny), initialDeposit: o.initialDeposit ?? params.minDeposit, proposer: h.accounts[proposer]!.address,
        metadata: "", title: o.title ?? "test proposal", summary: o.summary ?? "submitted by test/support/govProposal.ts", expedited: false,
      },
    }],
  }]);
  const data = TxMsgData.decode(results[0]!.data);
  return MsgSubmitProposalResponse.decode(data.msgResponses[0]!.value).proposalId;
}

/** Every voter votes `option` on proposal `id`, in one block. */
export async function voteAll(h: AppHarness, id: bigint, voters: number[], option: VoteOption = VoteOption.VOTE_OPTION_YES): Promise<void> {
  await deliverAll(h, voters.map((account) => ({ account, msgs: [{ typeUrl: "/cosmos.gov.v1.MsgVote", value: { proposalId: id, voter: h.accounts[account]!.address, option, metadata: "" } }] })));
}

/** Moves the clock past the voting period and runs one block, whose EndBlock settles the proposal. */
export async function endVotingPeriod(h: AppHarness): Promise<ResponseFinalizeBlock> {
  const params = await govParams(h);
  h.skipTime(params.votingPeriod!.seconds + 1n);
  return h.deliver([]);
}

/**
 * The whole flow: submit with the minimum deposit, the voters vote (default: yes, by every bonded
 * validator's operator), one block past the voting period; returns the id and final status.
 */
export async function passProposal(h: AppHarness, o: GovProposalOptions): Promise<GovProposalOutcome> {
  const id = await submitProposal(h, o);
  const voters = o.voters ?? (await bondedValidatorAccounts(h));
  if (voters.length === 0) throw new Error("passProposal: no harness account operates a bonded validator; give the harness genesis validators or pass `voters`");
  await voteAll(h, id, voters, o.option ?? VoteOption.VOTE_OPTION_YES);
  const endBlock = await endVotingPeriod(h);
  const proposal = await getProposal(h, id);
  return { id, status: proposal.status, proposal, endBlock };
}
