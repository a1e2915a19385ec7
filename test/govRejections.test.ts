/**
 * gov refuses bad input with the SDK's error (codespace `gov`) and changes nothing but the fee:
 * a proposal message signed by anyone but the gov account, an unroutable message, an initial
 * deposit below min_initial_deposit_ratio, a deposit in another denom, a vote on an inactive or
 * unknown proposal, bad weights, gov's MsgUpdateParams from an account; and a bad genesis section.
 */
import { ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { QueryProposalsRequest, QueryProposalsResponse } from "cosmjs-types/cosmos/gov/v1/query";
import { MsgUpdateParams as GovMsgUpdateParams } from "cosmjs-types/cosmos/gov/v1/tx";
import { afterEach, describe, expect, it } from "vitest";
import { GOV_AUTHORITY } from "../chain/authority.ts";
import { GenesisError } from "../chain/genesisError.ts";
import { defaultGovGenesis } from "../modules/gov/genesis.ts";
import { paramsToProto } from "../modules/gov/params.ts";
import { DEFAULT_GOV_PARAMS_V1 } from "../modules/gov/types.ts";
import { validateAppState } from "../modules/index.ts";
import { StakingHarness } from "./stakingHarness.ts";
import { GOV_ADDRESS as GOV_ADDR, MIN_DEPOSIT, govParams, mintUpdateParams as mintUpdate, passProposal, submitProposal } from "./support/govProposal.ts";

const FEE = 5000n;

let s: StakingHarness | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

async function proposalCount(h: StakingHarness): Promise<number> {
  const res = await h.h.app.query({ path: "/cosmos.gov.v1.Query/Proposals", data: QueryProposalsRequest.encode({ proposalStatus: 0, voter: "", depositor: "" }).finish(), height: 0n, prove: false });
  return QueryProposalsResponse.decode(res.value).proposals.length;
}

function submit(h: StakingHarness, i: number, messages: { typeUrl: string; value: Uint8Array }[], deposit = MIN_DEPOSIT, denom = "utrib") {
  return {
    typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
    value: { messages, initialDeposit: [{ denom, amount: String(deposit) }], proposer: h.address(i), metadata: "", title: "t", summary: "s", expedited: false },
  };
}

/** Sends one tx of account 1 and checks it failed with (codespace, code), costing at most the fee and creating no proposal. */
async function refused(h: StakingHarness, msg: { typeUrl: string; value: unknown }, codespace: string, code: number, log: RegExp): Promise<void> {
  const [before, count] = [await h.h.balance(h.address(1)), await proposalCount(h)];
  const { result } = await h.tx(1, [msg]);
  expect([result.codespace, result.code], result.log).toEqual([codespace, code]);
  expect(result.log).toMatch(log);
  expect(before - (await h.h.balance(h.address(1)))).toBeLessThanOrEqual(FEE);
  expect(await proposalCount(h)).toBe(count);
  expect(await h.h.balance(GOV_ADDR)).toBe(0n);
}

describe("gov refuses bad input and changes nothing", () => {
  it("proposal messages: a signer other than the gov account, an unknown type, a bad inner message", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    await refused(s, submit(s, 1, [mintUpdate(1n, s.address(1))]), "gov", 13, new RegExp(`invalid authority; expected ${GOV_AUTHORITY}, got ${s.address(1)}`));
    await refused(s, submit(s, 1, [{ typeUrl: "/cosmos.nothing.v1.MsgNothing", value: new Uint8Array() }]), "gov", 10, /message 0: \/cosmos\.nothing\.v1\.MsgNothing: proposal message not recognized by router/);
    await refused(s, submit(s, 1, [{ typeUrl: "/cosmos.mint.v1beta1.MsgUpdateParams", value: new Uint8Array([0xff, 0xff]) }]), "gov", 12, /message 0 .*invalid proposal message/);
  });

  it("deposits: below min_initial_deposit_ratio, in a denom min_deposit does not name", async () => {
    s = await StakingHarness.create({
      validators: [{ account: 0, power: 100n }],
      appState: (st) => {
        st.gov = defaultGovGenesis();
        st.gov.params.min_initial_deposit_ratio = "0.500000000000000000";
        for (const b of st.bank.balances) b.coins = [...b.coins, { denom: "uother", amount: "1000000000" }].sort((x: { denom: string }, y: { denom: string }) => (x.denom < y.denom ? -1 : 1));
      },
    });
    await refused(s, submit(s, 1, [mintUpdate(1n)], MIN_DEPOSIT / 2n - 1n), "gov", 16, /was \(4999999utrib\), need \(5000000utrib\): minimum deposit is too small/);
    await refused(s, submit(s, 1, [mintUpdate(1n)], MIN_DEPOSIT, "uother"), "gov", 16, /minimum deposit is too small/);
    const id = await submitProposal(s.h, { proposer: 1, messages: [mintUpdate(1n)], initialDeposit: [{ denom: "utrib", amount: String(MIN_DEPOSIT / 2n) }] });
    const deposit = (amount: { denom: string; amount: string }[]) => ({ typeUrl: "/cosmos.gov.v1.MsgDeposit", value: { proposalId: id, depositor: s!.address(1), amount } });
    const { result } = await s.tx(1, [deposit([{ denom: "uother", amount: "5" }])]);
    expect([result.codespace, result.code]).toEqual(["gov", 23]);
    expect(result.log).toContain("gov accepts only the following denom(s): utrib");
    expect(await s.h.balance(GOV_ADDR)).toBe(MIN_DEPOSIT / 2n);
  });

  it("votes: on a finished or unknown proposal, with weights not summing to 1, twice the same option", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    const { id, status } = await passProposal(s.h, { messages: [mintUpdate(300_000_000_000_000_000n)] });
    expect(status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    const vote = (proposalId: bigint) => ({ typeUrl: "/cosmos.gov.v1.MsgVote", value: { proposalId, voter: s!.address(1), option: VoteOption.VOTE_OPTION_YES, metadata: "" } });
    const weighted = (options: { option: VoteOption; weight: string }[]) => ({ typeUrl: "/cosmos.gov.v1.MsgVoteWeighted", value: { proposalId: id, voter: s!.address(1), options, metadata: "" } });
    await refused(s, vote(id), "gov", 3, /proposal 1 is not in its voting period: inactive proposal/);
    await refused(s, vote(99n), "gov", 2, /proposal 99 does not exist: unknown proposal/);
    await refused(s, weighted([{ option: VoteOption.VOTE_OPTION_YES, weight: "0.6" }, { option: VoteOption.VOTE_OPTION_NO, weight: "0.3" }]), "gov", 7, /total weight lower than 1.00/);
    await refused(s, weighted([{ option: VoteOption.VOTE_OPTION_YES, weight: "0.6" }, { option: VoteOption.VOTE_OPTION_NO, weight: "0.6" }]), "gov", 7, /total weight overflow 1.00/);
    await refused(s, weighted([{ option: VoteOption.VOTE_OPTION_YES, weight: "0.5" }, { option: VoteOption.VOTE_OPTION_YES, weight: "0.5" }]), "gov", 7, /duplicated vote option/);
    await refused(s, weighted([{ option: VoteOption.VOTE_OPTION_YES, weight: "1" }, { option: VoteOption.VOTE_OPTION_NO, weight: "0" }]), "gov", 7, /must be in \(0, 1\]/);
    await refused(s, weighted([]), "gov", 7, /no vote options/);
  });

  it("gov MsgUpdateParams from an account is refused; params unchanged", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    const msg = { typeUrl: "/cosmos.gov.v1.MsgUpdateParams", value: GovMsgUpdateParams.fromPartial({ authority: s.address(1), params: paramsToProto({ ...DEFAULT_GOV_PARAMS_V1, votingPeriod: 1_000_000_000n }) }) };
    await refused(s, msg, "gov", 13, new RegExp(`invalid authority; expected ${GOV_AUTHORITY}, got ${s.address(1)}`));
    expect((await govParams(s.h)).votingPeriod?.seconds).toBe(172_800n);
  });

  it("a plain send to the gov module account is refused (bank's blocked addresses)", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    const { result } = await s.tx(1, [s.h.send(1, GOV_ADDR, "5")]);
    expect(result.code).not.toBe(0);
    expect(result.log).toMatch(/gov/);
    expect(await s.h.balance(GOV_ADDR)).toBe(0n);
  });

  it("a bad gov genesis section is refused naming the field", () => {
    const bad = (edit: (g: any) => void) => {
      const g: any = defaultGovGenesis();
      edit(g);
      return () => validateAppState({ gov: g });
    };
    expect(bad((g) => (g.params.quorum = "1.5"))).toThrow(new GenesisError("app_state.gov.params.quorum", "quorum too large: 1.500000000000000000"));
    expect(bad((g) => (g.params.threshold = "0"))).toThrow(/app_state\.gov\.params\.threshold: vote threshold must be positive/);
    expect(bad((g) => (g.params.min_deposit = []))).toThrow(/app_state\.gov\.params\.min_deposit: invalid minimum deposit/);
    expect(bad((g) => (g.params.voting_period = "0s"))).toThrow(/app_state\.gov\.params\.voting_period: voting period must be positive/);
    expect(bad((g) => (g.starting_proposal_id = "0"))).toThrow(/app_state\.gov\.starting_proposal_id: must be at least 1/);
    expect(bad((g) => (g.deposits = [{ proposal_id: "4", depositor: GOV_ADDR, amount: [] }]))).toThrow(/app_state\.gov\.deposits\[0\]\.proposal_id: no proposal 4/);
  });
});
