/**
 * gov's query services on the real App: v1 and v1beta1 Proposal(s) with the status, voter and
 * depositor filters and pagination, Deposit(s), Vote(s), TallyResult in each period, Params by
 * type, Constitution; the v1beta1 view of a v1 proposal; bad arguments refused.
 */
import { ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import * as q1 from "cosmjs-types/cosmos/gov/v1/query";
import * as qb from "cosmjs-types/cosmos/gov/v1beta1/query";
import { afterEach, describe, expect, it } from "vitest";
import { StakingHarness } from "./stakingHarness.ts";
import { MIN_DEPOSIT, mintUpdateParams, submitProposal, voteAll } from "./support/govProposal.ts";

type Codec<T> = { encode(m: T): { finish(): Uint8Array }; decode(b: Uint8Array): unknown };

let s: StakingHarness | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

async function raw(path: string, data: Uint8Array) {
  return s!.h.app.query({ path, data, height: 0n, prove: false });
}

async function query<Req, Res>(path: string, req: Req, reqCodec: Codec<Req>, resCodec: { decode(b: Uint8Array): Res }): Promise<Res> {
  const res = await raw(path, reqCodec.encode(req).finish());
  if (res.code !== 0) throw new Error(`${path}: ${res.codespace} ${res.code} ${res.log}`);
  return resCodec.decode(res.value);
}

describe("gov queries", () => {
  it("filters, pages and reads proposals, deposits, votes and tallies in both versions", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    const funded = await submitProposal(s.h, { proposer: 1, messages: [mintUpdateParams(300_000_000_000_000_000n)] });
    const waiting = await submitProposal(s.h, { proposer: 2, messages: [mintUpdateParams(310_000_000_000_000_000n)], initialDeposit: [{ denom: "utrib", amount: "7" }] });
    await voteAll(s.h, funded, [0], VoteOption.VOTE_OPTION_YES);

    const proposals = (req: Partial<q1.QueryProposalsRequest>) => query("/cosmos.gov.v1.Query/Proposals", q1.QueryProposalsRequest.fromPartial(req), q1.QueryProposalsRequest, q1.QueryProposalsResponse);
    expect((await proposals({})).proposals.map((p) => p.id)).toEqual([funded, waiting]);
    expect((await proposals({ proposalStatus: ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD })).proposals.map((p) => p.id)).toEqual([waiting]);
    expect((await proposals({ voter: s.address(0) })).proposals.map((p) => p.id)).toEqual([funded]);
    expect((await proposals({ depositor: s.address(2) })).proposals.map((p) => p.id)).toEqual([waiting]);
    const page = await proposals({ pagination: { key: new Uint8Array(), offset: 0n, limit: 1n, countTotal: true, reverse: false } });
    expect([page.proposals.map((p) => p.id), page.pagination?.total]).toEqual([[funded], 2n]);

    const deposits = await query("/cosmos.gov.v1.Query/Deposits", { proposalId: funded }, q1.QueryDepositsRequest, q1.QueryDepositsResponse);
    expect(deposits.deposits).toEqual([{ proposalId: funded, depositor: s.address(1), amount: [{ denom: "utrib", amount: String(MIN_DEPOSIT) }] }]);
    const vote = await query("/cosmos.gov.v1.Query/Vote", { proposalId: funded, voter: s.address(0) }, q1.QueryVoteRequest, q1.QueryVoteResponse);
    expect(vote.vote?.options).toEqual([{ option: VoteOption.VOTE_OPTION_YES, weight: "1.000000000000000000" }]);
    const legacyVote = await query("/cosmos.gov.v1beta1.Query/Vote", { proposalId: funded, voter: s.address(0) }, qb.QueryVoteRequest, qb.QueryVoteResponse);
    expect([legacyVote.vote.option, legacyVote.vote.options]).toEqual([VoteOption.VOTE_OPTION_YES, [{ option: VoteOption.VOTE_OPTION_YES, weight: "1000000000000000000" }]]);

    const tally = (id: bigint) => query("/cosmos.gov.v1.Query/TallyResult", { proposalId: id }, q1.QueryTallyResultRequest, q1.QueryTallyResultResponse);
    expect((await tally(funded)).tally).toEqual({ yesCount: "100000000", abstainCount: "0", noCount: "0", noWithVetoCount: "0" });
    expect((await tally(waiting)).tally).toEqual({ yesCount: "0", abstainCount: "0", noCount: "0", noWithVetoCount: "0" });

    // The v1beta1 view of a v1 proposal shows its first message as the content.
    const legacy = await query("/cosmos.gov.v1beta1.Query/Proposal", { proposalId: funded }, qb.QueryProposalRequest, qb.QueryProposalResponse);
    expect(legacy.proposal.content?.typeUrl).toBe("/cosmos.mint.v1beta1.MsgUpdateParams");
    expect(legacy.proposal.totalDeposit).toEqual([{ denom: "utrib", amount: String(MIN_DEPOSIT) }]);

    const params = (paramsType: string) => query("/cosmos.gov.v1.Query/Params", { paramsType }, q1.QueryParamsRequest, q1.QueryParamsResponse);
    expect((await params("tallying")).tallyParams).toEqual({ quorum: "0.334000000000000000", threshold: "0.500000000000000000", vetoThreshold: "0.334000000000000000" });
    expect((await params("")).params?.burnVoteVeto).toBe(true);
    expect((await query("/cosmos.gov.v1.Query/Constitution", {}, q1.QueryConstitutionRequest, q1.QueryConstitutionResponse)).constitution).toBe("");
  });

  it("refuses bad arguments with InvalidArgument or NotFound", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    const codeOf = async (path: string, data: Uint8Array) => {
      const r = await raw(path, data);
      return [r.codespace, r.code, r.log];
    };
    expect(await codeOf("/cosmos.gov.v1.Query/Proposal", q1.QueryProposalRequest.encode({ proposalId: 0n }).finish())).toEqual(["sdk", 18, "proposal id can not be 0: invalid request"]);
    expect(await codeOf("/cosmos.gov.v1.Query/Proposal", q1.QueryProposalRequest.encode({ proposalId: 5n }).finish())).toEqual(["sdk", 38, "proposal 5 doesn't exist: not found"]);
    expect((await codeOf("/cosmos.gov.v1.Query/Vote", q1.QueryVoteRequest.encode({ proposalId: 1n, voter: "trib1nope" }).finish())).slice(0, 2)).toEqual(["sdk", 18]);
    expect((await codeOf("/cosmos.gov.v1beta1.Query/Params", qb.QueryParamsRequest.encode({ paramsType: "" }).finish())).slice(0, 2)).toEqual(["sdk", 18]);
    expect((await codeOf("/cosmos.gov.v1.Query/Params", q1.QueryParamsRequest.encode({ paramsType: "everything" }).finish()))[2]).toMatch(/everything is not a valid parameter type/);
  });
});
