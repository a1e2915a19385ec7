/**
 * The golden script's governance phase (after the v0.1.0 heights): proposals through both gov
 * APIs (v1 with messages, v1beta1 with a text proposal), deposits, plain and weighted votes, a
 * rejected proposal, and every governance-only message executed by a passed proposal: each
 * module's MsgUpdateParams (params read back from the chain, one field changed; Tributary's four too),
 * MsgSetSendEnabled, MsgCommunityPoolSpend, MsgSoftwareUpgrade and then MsgCancelUpgrade.
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import * as authQ from "cosmjs-types/cosmos/auth/v1beta1/query";
import * as authTx from "cosmjs-types/cosmos/auth/v1beta1/tx";
import * as bankQ from "cosmjs-types/cosmos/bank/v1beta1/query";
import * as bankTx from "cosmjs-types/cosmos/bank/v1beta1/tx";
import * as distQ from "cosmjs-types/cosmos/distribution/v1beta1/query";
import * as distTx from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import * as govQ from "cosmjs-types/cosmos/gov/v1/query";
import * as govTx from "cosmjs-types/cosmos/gov/v1/tx";
import { ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { TextProposal } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import * as mintQ from "cosmjs-types/cosmos/mint/v1beta1/query";
import * as mintTx from "cosmjs-types/cosmos/mint/v1beta1/tx";
import * as slashingQ from "cosmjs-types/cosmos/slashing/v1beta1/query";
import * as slashingTx from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import * as stakingQ from "cosmjs-types/cosmos/staking/v1beta1/query";
import * as stakingTx from "cosmjs-types/cosmos/staking/v1beta1/tx";
import * as upgradeTx from "cosmjs-types/cosmos/upgrade/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { GOV_AUTHORITY } from "../../chain/authority.ts";
import { decode, encode } from "../../proto/codec.ts";
import * as attributionPb from "../../proto/gen/tributary/attribution/v1/index.ts";
import * as datanetPb from "../../proto/gen/tributary/datanet/v1/index.ts";
import * as inferencePb from "../../proto/gen/tributary/inference/v1/index.ts";
import * as rewardsPb from "../../proto/gen/tributary/rewards/v1/index.ts";
import type { ScriptContext } from "./context.ts";
import { ROLE, TRIB } from "./genesis.ts";

const utrib = (amount: bigint) => ({ denom: "utrib", amount: String(amount) });
/** The frozen v1 min_deposit (a v0.1.0 genesis has no gov section). */
const MIN_DEPOSIT = 10n * TRIB;
/** Blocks are 6 h apart here (chain.ts): the 2-day voting period ends within 9 blocks. */
const VOTING_BLOCKS = 9;
/** 0.01 as a LegacyDec's scaled integer (v1beta1 weights and Dec params are carried so). */
const CENT = 10n ** 16n;

/** A proposal the phase submitted, with what it carried and the status it must end in. */
export interface GoldenProposal {
  id: bigint;
  typeUrls: string[];
  expect: ProposalStatus;
}

function any<T>(typeUrl: string, codec: { encode(m: T): { finish(): Uint8Array } }, value: T): Any {
  return { typeUrl, value: codec.encode(value).finish() };
}

function decToString(d: Uint8Array | string): string {
  return typeof d === "string" ? d : new TextDecoder().decode(d);
}

/** Each Cosmos SDK module's MsgUpdateParams with its current params and one field changed. */
async function sdkParamUpdates(s: ScriptContext): Promise<Any[]> {
  const auth = authQ.QueryParamsResponse.decode(await s.query("/cosmos.auth.v1beta1.Query/Params", authQ.QueryParamsRequest.encode({}).finish())).params;
  const bank = bankQ.QueryParamsResponse.decode(await s.query("/cosmos.bank.v1beta1.Query/Params", bankQ.QueryParamsRequest.encode({}).finish())).params;
  const staking = stakingQ.QueryParamsResponse.decode(await s.query("/cosmos.staking.v1beta1.Query/Params", stakingQ.QueryParamsRequest.encode({}).finish())).params;
  const slashing = slashingQ.QueryParamsResponse.decode(await s.query("/cosmos.slashing.v1beta1.Query/Params", slashingQ.QueryParamsRequest.encode({}).finish())).params;
  const dist = distQ.QueryParamsResponse.decode(await s.query("/cosmos.distribution.v1beta1.Query/Params", distQ.QueryParamsRequest.encode({}).finish())).params;
  const mint = mintQ.QueryParamsResponse.decode(await s.query("/cosmos.mint.v1beta1.Query/Params", mintQ.QueryParamsRequest.encode({}).finish())).params;
  const authority = GOV_AUTHORITY;
  return [
    any("/cosmos.auth.v1beta1.MsgUpdateParams", authTx.MsgUpdateParams, { authority, params: { ...auth, maxMemoCharacters: auth.maxMemoCharacters + 256n } }),
    any("/cosmos.bank.v1beta1.MsgUpdateParams", bankTx.MsgUpdateParams, { authority, params: bank }),
    any("/cosmos.staking.v1beta1.MsgUpdateParams", stakingTx.MsgUpdateParams, { authority, params: { ...staking, maxEntries: staking.maxEntries + 1 } }),
    any("/cosmos.slashing.v1beta1.MsgUpdateParams", slashingTx.MsgUpdateParams, {
      authority,
      params: { ...slashing, downtimeJailDuration: { seconds: slashing.downtimeJailDuration.seconds * 2n, nanos: 0 } },
    }),
    any("/cosmos.distribution.v1beta1.MsgUpdateParams", distTx.MsgUpdateParams, {
      authority,
      params: { ...dist, communityTax: String(BigInt(decToString(dist.communityTax)) + CENT) },
    }),
    any("/cosmos.mint.v1beta1.MsgUpdateParams", mintTx.MsgUpdateParams, { authority, params: { ...mint, blocksPerYear: mint.blocksPerYear + 1n } }),
  ];
}

/** Tributary's modules' MsgUpdateParams, each with its current params and one field changed. */
async function tributaryParamUpdates(s: ScriptContext): Promise<Any[]> {
  const authority = GOV_AUTHORITY;
  const datanet = decode(datanetPb.QueryParamsResponseSchema, await s.query("/tributary.datanet.v1.Query/Params", encode(datanetPb.QueryParamsRequestSchema, {}))).params!;
  const attribution = decode(attributionPb.QueryParamsResponseSchema, await s.query("/tributary.attribution.v1.Query/Params", encode(attributionPb.QueryParamsRequestSchema, {}))).params!;
  const inference = decode(inferencePb.QueryParamsResponseSchema, await s.query("/tributary.inference.v1.Query/Params", encode(inferencePb.QueryParamsRequestSchema, {}))).params!;
  const rewards = decode(rewardsPb.QueryParamsResponseSchema, await s.query("/tributary.rewards.v1.Query/Params", encode(rewardsPb.QueryParamsRequestSchema, {}))).params!;
  return [
    { typeUrl: "/tributary.datanet.v1.MsgUpdateParams", value: encode(datanetPb.MsgUpdateParamsSchema, { authority, params: { ...datanet, maxCurators: (datanet.maxCurators ?? 0) + 1 } }) },
    { typeUrl: "/tributary.attribution.v1.MsgUpdateParams", value: encode(attributionPb.MsgUpdateParamsSchema, { authority, params: { ...attribution, attributableDelayBlocks: (attribution.attributableDelayBlocks ?? 0n) + 1n } }) },
    // A v0.1.0 chain has no stored per-KiB model gas rate (it reads the old constant): this stores one.
    { typeUrl: "/tributary.inference.v1.MsgUpdateParams", value: encode(inferencePb.MsgUpdateParamsSchema, { authority, params: { ...inference, modelGasPerKib: 65n } }) },
    { typeUrl: "/tributary.rewards.v1.MsgUpdateParams", value: encode(rewardsPb.MsgUpdateParamsSchema, { authority, params: { ...rewards, jailEpochs: (rewards.jailEpochs ?? 0n) + 1n } }) },
  ];
}

async function govParamUpdate(s: ScriptContext): Promise<Any> {
  const params = govQ.QueryParamsResponse.decode(await s.query("/cosmos.gov.v1.Query/Params", govQ.QueryParamsRequest.encode({ paramsType: "" }).finish())).params!;
  // One day instead of two: proposals after this one vote for half as long.
  return any("/cosmos.gov.v1.MsgUpdateParams", govTx.MsgUpdateParams, { authority: GOV_AUTHORITY, params: { ...params, votingPeriod: { seconds: 86_400n, nanos: 0 } } });
}

const submitV1 = (proposer: string, messages: Any[], title: string, deposit = MIN_DEPOSIT): EncodeObject => ({
  typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
  value: { messages, initialDeposit: [utrib(deposit)], proposer, metadata: "", title, summary: `golden: ${title}`, expedited: false },
});
const voteV1 = (id: bigint, voter: string, option: VoteOption): EncodeObject => ({ typeUrl: "/cosmos.gov.v1.MsgVote", value: { proposalId: id, voter, option, metadata: "" } });

/** Submits the proposals, deposits and votes; returns what each proposal must end as. */
export async function governancePhase(s: ScriptContext): Promise<GoldenProposal[]> {
  const { valA, valB, delegator, contributor1, contributor2 } = ROLE;
  const proposals: GoldenProposal[] = [];
  const submit = async (i: number, messages: Any[], title: string, expect: ProposalStatus, deposit?: bigint) => {
    const id = BigInt(proposals.length + 1);
    await s.block([s.tx(i, `gov v1 proposal ${id}: ${title}`, [submitV1(s.addr(i), messages, title, deposit)])]);
    proposals.push({ id, typeUrls: messages.map((m) => m.typeUrl), expect });
    return id;
  };

  const params = await submit(valA, [...(await sdkParamUpdates(s)), ...(await tributaryParamUpdates(s))], "every module's params", ProposalStatus.PROPOSAL_STATUS_PASSED);
  const spend = await submit(valB, [
    any("/cosmos.bank.v1beta1.MsgSetSendEnabled", bankTx.MsgSetSendEnabled, { authority: GOV_AUTHORITY, sendEnabled: [{ denom: "ugolden", enabled: false }], useDefaultFor: [] }),
    any("/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", distTx.MsgCommunityPoolSpend, { authority: GOV_AUTHORITY, recipient: s.addr(contributor2), amount: [utrib(1n)] }),
  ], "send-enabled entry and a community-pool spend", ProposalStatus.PROPOSAL_STATUS_PASSED, MIN_DEPOSIT / 2n);
  const upgrade = await submit(valA, [
    any("/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", upgradeTx.MsgSoftwareUpgrade, { authority: GOV_AUTHORITY, plan: { name: "golden-never", height: 1_000_000n, info: "", time: { seconds: 0n, nanos: 0 }, upgradedClientState: undefined } }),
  ], "schedule an upgrade (cancelled later)", ProposalStatus.PROPOSAL_STATUS_PASSED);
  const rejected = await submit(contributor1, [], "a text-only proposal voted down", ProposalStatus.PROPOSAL_STATUS_REJECTED);

  // The second proposal's deposit reaches the minimum through v1 MsgDeposit.
  await s.block([s.tx(delegator, "gov v1 deposit completes proposal 2", [{ typeUrl: "/cosmos.gov.v1.MsgDeposit", value: { proposalId: spend, depositor: s.addr(delegator), amount: [utrib(MIN_DEPOSIT / 2n)] } }])]);
  await s.block([
    s.tx(valA, "votes yes on 1–3, no on 4", [voteV1(params, s.addr(valA), VoteOption.VOTE_OPTION_YES), voteV1(spend, s.addr(valA), VoteOption.VOTE_OPTION_YES), voteV1(upgrade, s.addr(valA), VoteOption.VOTE_OPTION_YES), voteV1(rejected, s.addr(valA), VoteOption.VOTE_OPTION_NO)]),
    s.tx(valB, "votes yes on 1–3, no on 4", [voteV1(params, s.addr(valB), VoteOption.VOTE_OPTION_YES), voteV1(spend, s.addr(valB), VoteOption.VOTE_OPTION_YES), voteV1(upgrade, s.addr(valB), VoteOption.VOTE_OPTION_YES), voteV1(rejected, s.addr(valB), VoteOption.VOTE_OPTION_NO)]),
    s.tx(delegator, "gov v1 weighted vote overrides its validators' on 1", [{
      typeUrl: "/cosmos.gov.v1.MsgVoteWeighted",
      value: { proposalId: params, voter: s.addr(delegator), options: [{ option: VoteOption.VOTE_OPTION_YES, weight: "0.6" }, { option: VoteOption.VOTE_OPTION_ABSTAIN, weight: "0.4" }], metadata: "" },
    }]),
    s.tx(contributor1, "vote on a proposal that does not exist", [voteV1(99n, s.addr(contributor1), VoteOption.VOTE_OPTION_YES)], "fail"),
  ]);
  await s.advance(VOTING_BLOCKS);

  // v1beta1, as CosmJS's amino converters and Keplr sign: a text proposal with half the deposit.
  const legacy = BigInt(proposals.length + 1);
  const text = { typeUrl: "/cosmos.gov.v1beta1.TextProposal", value: TextProposal.encode({ title: "a v1beta1 text proposal", description: "golden" }).finish() };
  await s.block([s.tx(contributor2, `gov v1beta1 proposal ${legacy}`, [{ typeUrl: "/cosmos.gov.v1beta1.MsgSubmitProposal", value: { content: text, initialDeposit: [utrib(MIN_DEPOSIT / 2n)], proposer: s.addr(contributor2) } }])]);
  // The SDK wraps v1beta1 content in one MsgExecLegacyContent, signed by the gov account.
  proposals.push({ id: legacy, typeUrls: ["/cosmos.gov.v1.MsgExecLegacyContent"], expect: ProposalStatus.PROPOSAL_STATUS_PASSED });
  const cancel = await submit(valB, [
    any("/cosmos.upgrade.v1beta1.MsgCancelUpgrade", upgradeTx.MsgCancelUpgrade, { authority: GOV_AUTHORITY }),
    await govParamUpdate(s),
  ], "cancel the upgrade and shorten the voting period", ProposalStatus.PROPOSAL_STATUS_PASSED);
  await s.block([s.tx(contributor1, "gov v1beta1 deposit completes the text proposal", [{ typeUrl: "/cosmos.gov.v1beta1.MsgDeposit", value: { proposalId: legacy, depositor: s.addr(contributor1), amount: [utrib(MIN_DEPOSIT / 2n)] } }])]);
  await s.block([
    s.tx(valA, "gov v1beta1 votes", [{ typeUrl: "/cosmos.gov.v1beta1.MsgVote", value: { proposalId: legacy, voter: s.addr(valA), option: VoteOption.VOTE_OPTION_YES } }, voteV1(cancel, s.addr(valA), VoteOption.VOTE_OPTION_YES)]),
    s.tx(valB, "gov v1beta1 weighted vote", [{
      typeUrl: "/cosmos.gov.v1beta1.MsgVoteWeighted",
      value: { proposalId: legacy, voter: s.addr(valB), options: [{ option: VoteOption.VOTE_OPTION_YES, weight: String(70n * CENT) }, { option: VoteOption.VOTE_OPTION_NO, weight: String(30n * CENT) }] },
    }, voteV1(cancel, s.addr(valB), VoteOption.VOTE_OPTION_YES)]),
  ]);
  await s.advance(VOTING_BLOCKS);
  return proposals;
}

/** Checks every proposal ended as planned; returns the message types passed proposals executed. */
export async function governanceOutcome(s: ScriptContext, proposals: GoldenProposal[]): Promise<string[]> {
  const executed: string[] = [];
  for (const p of proposals) {
    const res = govQ.QueryProposalResponse.decode(await s.query("/cosmos.gov.v1.Query/Proposal", govQ.QueryProposalRequest.encode({ proposalId: p.id }).finish()));
    const status = res.proposal?.status;
    if (status !== p.expect) {
      throw new Error(`golden script: proposal ${p.id} ended ${ProposalStatus[status ?? 0]}, planned ${ProposalStatus[p.expect]} (failed_reason: ${res.proposal?.failedReason ?? ""})`);
    }
    if (status === ProposalStatus.PROPOSAL_STATUS_PASSED) executed.push(...p.typeUrls);
  }
  return executed;
}
