import { describe, expect, it } from "vitest";
import { ONE, decFromInt, parseDec } from "../../chain/dec.ts";
import type { GovValidator } from "./expected.ts";
import { type TallyCount, type TallyVote, countVotes, decide, tallyToProto } from "./tally.ts";
import { DEFAULT_GOV_PARAMS_V1, OPTION_ABSTAIN, OPTION_NO, OPTION_NO_WITH_VETO, OPTION_YES, type VoteOptionNumber } from "./types.ts";

const addr = (n: number) => new Uint8Array(20).fill(n);
/** A validator with `tokens` bonded and shares = tokens (exchange rate 1) unless given. */
const val = (n: number, tokens: bigint, shares = decFromInt(tokens)): GovValidator => ({ operator: addr(n), tokens, delegatorShares: shares });
const full = (option: VoteOptionNumber) => [{ option, weight: ONE }];
const vote = (voter: number, options: TallyVote["options"], delegations: [number, bigint][] = []): TallyVote => ({
  voter: addr(voter),
  options,
  delegations: delegations.map(([op, tokens]) => ({ operator: addr(op), shares: decFromInt(tokens) })),
});
const P = DEFAULT_GOV_PARAMS_V1;
const ints = (c: TallyCount) => tallyToProto(c.results);

describe("countVotes: the SDK's tally by bonded stake", () => {
  it("a validator's vote carries its delegators' stake unless they vote themselves", () => {
    // Validator 1: 100 self + 50 from delegator 9 = 150 shares and tokens.
    const validators = [val(1, 150n)];
    const inherited = countVotes(validators, [vote(1, full(OPTION_YES), [[1, 100n]])]);
    expect(ints(inherited)).toEqual({ yesCount: "150", abstainCount: "0", noCount: "0", noWithVetoCount: "0" });
    expect(inherited.totalVotingPower).toBe(decFromInt(150n));

    // The delegator votes no: its 50 leave the validator's yes.
    const overridden = countVotes(validators, [vote(1, full(OPTION_YES), [[1, 100n]]), vote(9, full(OPTION_NO), [[1, 50n]])]);
    expect(ints(overridden)).toEqual({ yesCount: "100", abstainCount: "0", noCount: "50", noWithVetoCount: "0" });
    expect(overridden.totalVotingPower).toBe(decFromInt(150n));
  });

  it("a delegator's vote counts even when its validator does not vote; unbonded validators count nothing", () => {
    const c = countVotes([val(1, 150n)], [vote(9, full(OPTION_NO_WITH_VETO), [[1, 50n], [2, 70n]])]);
    expect(ints(c)).toEqual({ yesCount: "0", abstainCount: "0", noCount: "0", noWithVetoCount: "50" });
    expect(c.totalVotingPower).toBe(decFromInt(50n));
  });

  it("weighted votes split the voter's power by weight", () => {
    const options = [{ option: OPTION_YES as VoteOptionNumber, weight: parseDec("0.7") }, { option: OPTION_NO as VoteOptionNumber, weight: parseDec("0.3") }];
    const c = countVotes([val(1, 1000n)], [vote(1, options, [[1, 1000n]])]);
    expect(c.results.yes).toBe(decFromInt(700n));
    expect(c.results.no).toBe(decFromInt(300n));
  });

  it("voting power follows the exchange rate of a slashed validator (tokens < shares)", () => {
    // 90 tokens for 100 shares: the delegator's 50 shares vote 45 tokens, the validator's other 50 shares 45.
    const c = countVotes([val(1, 90n, decFromInt(100n))], [vote(1, full(OPTION_YES), [[1, 50n]]), vote(9, full(OPTION_ABSTAIN), [[1, 50n]])]);
    expect(c.results.yes).toBe(decFromInt(45n));
    expect(c.results.abstain).toBe(decFromInt(45n));
  });
});

describe("decide: quorum, veto, threshold", () => {
  const count = (yes: bigint, no: bigint, veto: bigint, abstain: bigint): TallyCount => ({
    results: { yes: decFromInt(yes), no: decFromInt(no), noWithVeto: decFromInt(veto), abstain: decFromInt(abstain) },
    totalVotingPower: decFromInt(yes + no + veto + abstain),
  });

  it("quorum missed: fails, deposits refunded by default and burned with burn_vote_quorum", () => {
    // 333 of 1000 voted < 0.334.
    expect(decide(P, 1000n, count(333n, 0n, 0n, 0n))).toEqual({ passes: false, burnDeposits: false });
    expect(decide({ ...P, burnVoteQuorum: true }, 1000n, count(333n, 0n, 0n, 0n))).toEqual({ passes: false, burnDeposits: true });
    expect(decide(P, 1000n, count(334n, 0n, 0n, 0n)).passes).toBe(true);
  });

  it("veto above the veto threshold fails and burns (burn_vote_veto, default on)", () => {
    // 335 of 1000 voted is a veto share of 0.335 > 0.334 even with a yes majority.
    expect(decide(P, 1000n, count(665n, 0n, 335n, 0n))).toEqual({ passes: false, burnDeposits: true });
    expect(decide({ ...P, burnVoteVeto: false }, 1000n, count(665n, 0n, 335n, 0n))).toEqual({ passes: false, burnDeposits: false });
    // Exactly at the threshold is not a veto.
    expect(decide(P, 1000n, count(666n, 0n, 334n, 0n)).passes).toBe(true);
  });

  it("threshold: yes must exceed half of the non-abstaining stake; abstain counts for quorum only", () => {
    expect(decide(P, 1000n, count(300n, 300n, 0n, 400n))).toEqual({ passes: false, burnDeposits: false });
    expect(decide(P, 1000n, count(301n, 300n, 0n, 400n))).toEqual({ passes: true, burnDeposits: false });
    // All abstain: quorum met, nobody decided: fails, refunded.
    expect(decide(P, 1000n, count(0n, 0n, 0n, 1000n))).toEqual({ passes: false, burnDeposits: false });
  });

  it("no bonded stake fails without burning", () => {
    expect(decide(P, 0n, count(0n, 0n, 0n, 0n))).toEqual({ passes: false, burnDeposits: false });
  });
});
