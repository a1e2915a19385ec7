/**
 * The gov module on the real App (in-process harness, invariants checked after every block):
 * proposals carrying real messages pass and execute, fail atomically, are rejected or vetoed;
 * deposits are refunded or burned as the SDK; delegators inherit or override their validator's
 * vote; an underfunded proposal is dropped when its deposit period ends.
 */
import { ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgUpdateParams as GovMsgUpdateParams } from "cosmjs-types/cosmos/gov/v1/tx";
import { QueryParamsRequest as MintParamsRequest, QueryParamsResponse as MintParamsResponse } from "cosmjs-types/cosmos/mint/v1beta1/query";
import { afterEach, describe, expect, it } from "vitest";
import { GOV_AUTHORITY } from "../chain/authority.ts";
import { paramsToProto as govParamsToProto } from "../modules/gov/params.ts";
import { DEFAULT_GOV_PARAMS_V1 } from "../modules/gov/types.ts";
import { StakingHarness } from "./stakingHarness.ts";
import { GOV_ADDRESS, MIN_DEPOSIT, deliverAll, endVotingPeriod, getProposal, govParams, mintUpdateParams, passProposal, submitProposal, voteAll } from "./support/govProposal.ts";

const GOV_ADDR = GOV_ADDRESS;
const mintUpdate = mintUpdateParams;
const FEE = 25_000n;

async function mintInflationMax(s: StakingHarness): Promise<string> {
  const res = await s.h.app.query({ path: "/cosmos.mint.v1beta1.Query/Params", data: MintParamsRequest.encode({}).finish(), height: 0n, prove: false });
  return MintParamsResponse.decode(res.value).params.inflationMax;
}

const attrs = (e: { attributes: { key: string; value: string }[] } | undefined) => Object.fromEntries((e?.attributes ?? []).map((a) => [a.key, a.value]));

let s: StakingHarness | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

describe("gov proposals on the in-process chain", () => {
  it("a proposal carrying mint MsgUpdateParams passes, executes, and refunds the deposit", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    const before = await s.h.balance(s.address(1));
    const out = await passProposal(s.h, { proposer: 1, messages: [mintUpdate(300_000_000_000_000_000n)] });
    expect(out.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(await mintInflationMax(s)).toBe("300000000000000000");
    expect(out.proposal.finalTallyResult?.yesCount).toBe(String(100n * 1_000_000n));
    expect(await s.h.balance(s.address(1))).toBe(before - FEE);
    expect(await s.h.balance(GOV_ADDR)).toBe(0n);
    expect(attrs(out.endBlock.events.find((e) => e.type === "active_proposal"))).toMatchObject({ proposal_id: String(out.id), proposal_result: "proposal_passed" });
  });

  it("a failing message fails the whole proposal: the earlier message's change is not kept, the deposit is refunded", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    const before = await s.h.balance(s.address(1));
    const inflationBefore = await mintInflationMax(s);
    // inflation_max above 1 passes submission (mint checks params when it executes) and fails there.
    const out = await passProposal(s.h, { proposer: 1, messages: [mintUpdate(300_000_000_000_000_000n), mintUpdate(2n * 10n ** 18n)] });
    expect(out.status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(out.proposal.failedReason).toMatch(/msg 1 \(\/cosmos\.mint\.v1beta1\.MsgUpdateParams\) failed on execution: .*max inflation too large/);
    expect(await mintInflationMax(s)).toBe(inflationBefore);
    expect(await s.h.balance(s.address(1))).toBe(before - FEE);
    expect(attrs(out.endBlock.events.find((e) => e.type === "active_proposal")).proposal_result).toBe("proposal_failed");
  });

  it("rejected (no): nothing executes, the deposit is refunded", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    const before = await s.h.balance(s.address(1));
    const inflationBefore = await mintInflationMax(s);
    const out = await passProposal(s.h, { proposer: 1, messages: [mintUpdate(300_000_000_000_000_000n)], option: VoteOption.VOTE_OPTION_NO });
    expect(out.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(await mintInflationMax(s)).toBe(inflationBefore);
    expect(await s.h.balance(s.address(1))).toBe(before - FEE);
  });

  it("vetoed: nothing executes, the deposit is burned (supply shrinks by it)", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    const before = await s.h.balance(s.address(1));
    const supplyBefore = await s.supply();
    const out = await passProposal(s.h, { proposer: 1, messages: [mintUpdate(300_000_000_000_000_000n)], option: VoteOption.VOTE_OPTION_NO_WITH_VETO });
    expect(out.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(out.proposal.finalTallyResult?.noWithVetoCount).toBe("100000000");
    expect(await s.h.balance(s.address(1))).toBe(before - FEE - MIN_DEPOSIT);
    expect(await s.h.balance(GOV_ADDR)).toBe(0n);
    expect(await s.supply()).toBe(supplyBefore - MIN_DEPOSIT);
  });

  it("a delegator who votes overrides its validator for its own stake; weighted votes split it", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    await s.tx(2, [s.delegate(2, s.valoper(0), 60_000_000n)]);
    const id = await submitProposal(s.h, { proposer: 1, messages: [mintUpdate(300_000_000_000_000_000n)] });
    await voteAll(s.h, id, [0], VoteOption.VOTE_OPTION_YES);
    await deliverAll(s.h, [{ account: 2, msgs: [{ typeUrl: "/cosmos.gov.v1.MsgVoteWeighted", value: { proposalId: id, voter: s.address(2), options: [{ option: VoteOption.VOTE_OPTION_NO, weight: "0.75" }, { option: VoteOption.VOTE_OPTION_ABSTAIN, weight: "0.25" }], metadata: "" } }] }]);
    await endVotingPeriod(s.h);
    const p = await getProposal(s.h, id);
    expect(p.finalTallyResult).toEqual({ yesCount: "100000000", abstainCount: "15000000", noCount: "45000000", noWithVetoCount: "0" });
    // yes 100 of 145 non-abstaining > 0.5.
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
  });

  it("a re-vote replaces the earlier vote", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    const id = await submitProposal(s.h, { proposer: 1, messages: [mintUpdate(300_000_000_000_000_000n)] });
    await voteAll(s.h, id, [0], VoteOption.VOTE_OPTION_YES);
    await voteAll(s.h, id, [0], VoteOption.VOTE_OPTION_NO);
    await endVotingPeriod(s.h);
    const p = await getProposal(s.h, id);
    expect(p.finalTallyResult).toEqual({ yesCount: "0", abstainCount: "0", noCount: "100000000", noWithVetoCount: "0" });
    expect(p.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
  });

  it("a deposit below the minimum keeps the proposal out of voting; topped up it votes; unfunded it is dropped and refunded", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    const before = await s.h.balance(s.address(1));
    const id = await submitProposal(s.h, { proposer: 1, messages: [mintUpdate(300_000_000_000_000_000n)], initialDeposit: [{ denom: "utrib", amount: "1000" }] });
    expect((await getProposal(s.h, id)).status).toBe(ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD);
    const vote = await s.tx(0, [{ typeUrl: "/cosmos.gov.v1.MsgVote", value: { proposalId: id, voter: s.address(0), option: VoteOption.VOTE_OPTION_YES, metadata: "" } }]);
    expect([vote.result.code, vote.result.codespace]).toEqual([3, "gov"]);
    expect(vote.result.log).toContain("inactive proposal");

    // A second proposal topped up by another account enters voting at the deposit that covers the minimum.
    const id2 = await submitProposal(s.h, { proposer: 1, messages: [mintUpdate(300_000_000_000_000_000n)], initialDeposit: [{ denom: "utrib", amount: "1000" }] });
    const top = await deliverAll(s.h, [{ account: 2, msgs: [{ typeUrl: "/cosmos.gov.v1.MsgDeposit", value: { proposalId: id2, depositor: s.address(2), amount: [{ denom: "utrib", amount: String(MIN_DEPOSIT - 1000n) }] } }] }]);
    expect(attrs(top.results[0]!.events.find((e) => e.type === "submit_proposal")).voting_period_start).toBe(String(id2));
    expect((await getProposal(s.h, id2)).status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);

    // Past max_deposit_period (= voting period by default) the first is gone and its deposit back.
    const end = await endVotingPeriod(s.h);
    expect(attrs(end.events.find((e) => e.type === "inactive_proposal"))).toMatchObject({ proposal_id: String(id), proposal_result: "proposal_dropped" });
    const gone = await s.h.app.query({ path: "/cosmos.gov.v1.Query/Proposal", data: new Uint8Array([8, Number(id)]), height: 0n, prove: false });
    expect(gone.code).toBe(38);
    // Proposer paid three fees; the dropped deposit came back, the second one (1000) is refunded too (no votes: quorum missed).
    expect(await s.h.balance(s.address(1))).toBe(before - 2n * FEE);
    expect(await s.h.balance(GOV_ADDR)).toBe(0n);
  });

  it("gov's own MsgUpdateParams through a proposal changes the voting period", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    const params = govParamsToProto({ ...DEFAULT_GOV_PARAMS_V1, votingPeriod: 3600n * 1_000_000_000n });
    const msg = { typeUrl: "/cosmos.gov.v1.MsgUpdateParams", value: GovMsgUpdateParams.encode({ authority: GOV_AUTHORITY, params }).finish() };
    const out = await passProposal(s.h, { messages: [msg] });
    expect(out.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect((await govParams(s.h)).votingPeriod?.seconds).toBe(3600n);
  });
});
