/**
 * gov's genesis round trip: a chain with a proposal in its voting period (votes, two deposits), one
 * in its deposit period and one passed is exported, validated and imported into a fresh chain;
 * the new chain has the same app hash, exports the same gov section, and settles the proposals
 * at the same times with the same outcome as the original.
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import { ProposalStatus, VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { afterEach, describe, expect, it } from "vitest";
import { defaultGovGenesis } from "../modules/gov/genesis.ts";
import { validateAppState } from "../modules/index.ts";
import { StakingHarness } from "./stakingHarness.ts";
import { GOV_ADDRESS, MIN_DEPOSIT, deliverAll, endVotingPeriod, getProposal, mintUpdateParams, passProposal, submitProposal, voteAll } from "./support/govProposal.ts";

const appHash = async (s: StakingHarness) => bytesToHex((await s.h.app.info({ version: "", blockVersion: 0n, p2pVersion: 0n, abciVersion: "" })).lastBlockAppHash);

describe("gov genesis", () => {
  const open: StakingHarness[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });

  it("export → import keeps proposals, deposits, votes and queues; both chains settle them alike", async () => {
    // A chain created with a gov section, as `init` makes them (the harness's default has none).
    const a = await StakingHarness.create({ validators: [{ account: 0, power: 100n }], appState: (s) => (s.gov = defaultGovGenesis()) });
    open.push(a);
    const passed = await passProposal(a.h, { messages: [mintUpdateParams(300_000_000_000_000_000n)] });
    expect(passed.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    const voting = await submitProposal(a.h, { proposer: 1, messages: [mintUpdateParams(310_000_000_000_000_000n)], initialDeposit: [{ denom: "utrib", amount: String(MIN_DEPOSIT - 10n) }] });
    await deliverAll(a.h, [{ account: 2, msgs: [{ typeUrl: "/cosmos.gov.v1.MsgDeposit", value: { proposalId: voting, depositor: a.address(2), amount: [{ denom: "utrib", amount: "10" }] } }] }]);
    await voteAll(a.h, voting, [0], VoteOption.VOTE_OPTION_NO);
    const waiting = await submitProposal(a.h, { proposer: 2, messages: [mintUpdateParams(320_000_000_000_000_000n)], initialDeposit: [{ denom: "utrib", amount: "5" }] });

    const exported: Record<string, any> = await a.exportAppState();
    expect(exported.gov.proposals.map((p: any) => p.status)).toEqual(["PROPOSAL_STATUS_PASSED", "PROPOSAL_STATUS_VOTING_PERIOD", "PROPOSAL_STATUS_DEPOSIT_PERIOD"]);
    expect(exported.gov.deposits).toHaveLength(3);
    expect(exported.gov.votes).toEqual([{ proposal_id: String(voting), voter: a.address(0), options: [{ option: "VOTE_OPTION_NO", weight: "1.000000000000000000" }], metadata: "" }]);
    expect(exported.gov.starting_proposal_id).toBe("4");
    expect(() => validateAppState(structuredClone(exported))).not.toThrow();

    const b = await StakingHarness.create({ initialHeight: a.h.height + 1n, appState: (s) => Object.assign(s, structuredClone(exported)) });
    open.push(b);
    a.h.accounts.forEach((acc, i) => (b.h.accounts[i]!.sequence = acc.sequence));
    // B's harness ran one block at its initial height; A runs the same (empty) block.
    b.h.skipTime(a.h.nextBlockSeconds() - b.h.nextBlockSeconds());
    await a.h.deliver([]);
    expect(await b.exportAppState()).toEqual(await a.exportAppState());
    expect(await appHash(b)).toBe(await appHash(a));
    expect(await b.h.balance(GOV_ADDRESS)).toBe(MIN_DEPOSIT + 5n);

    // Past the periods: the voted proposal is rejected (refunded), the unfunded one dropped.
    for (const s of [a, b]) await endVotingPeriod(s.h);
    expect(await appHash(b)).toBe(await appHash(a));
    for (const s of [a, b]) {
      expect((await getProposal(s.h, voting)).status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
      expect(await s.h.balance(GOV_ADDRESS)).toBe(0n);
      const gone = await s.h.app.query({ path: "/cosmos.gov.v1.Query/Proposal", data: new Uint8Array([8, Number(waiting)]), height: 0n, prove: false });
      expect(gone.code).toBe(38);
    }
  });
});
