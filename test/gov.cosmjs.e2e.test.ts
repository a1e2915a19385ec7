/**
 * Unmodified CosmJS against a real node with a bonded validator: SigningStargateClient with its
 * default registry and amino converters submits a v1 proposal carrying mint MsgUpdateParams
 * (SIGN_MODE_DIRECT), tops its deposit up and votes with v1beta1 messages signed in
 * SIGN_MODE_LEGACY_AMINO_JSON (what Keplr and Ledger sign); it passes and executes. A TextProposal
 * submitted by amino is rejected (deposit refunded) and a third proposal is vetoed (deposit
 * burned). Every read goes through QueryClient's setupGovExtension (the v1beta1 queries). The v1
 * deposit and weighted vote are also signed by amino, with the converters a wallet adds for them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import {
  type AminoConverters, AminoTypes, QueryClient, SigningStargateClient, assertIsDeliverTxSuccess, coin, createDefaultAminoConverters, decodeCosmosSdkDecFromProto,
  setupBankExtension, setupGovExtension, setupMintExtension,
} from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { ProposalStatus, TextProposal, VoteOption } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import { readGenesis, writeGenesis } from "../genesis/doc.ts";
import { DEV_ACCOUNTS, DEV_VALIDATOR, DEV_VALIDATOR_SELF_BOND } from "../node/cli/devAccounts.ts";
import { homePaths } from "../node/home.ts";
import { type TestNode, makeTestHome, startTestNode } from "./testNode.ts";
import { GOV_ADDRESS, MIN_DEPOSIT, mintUpdateParams } from "./support/govProposal.ts";
import { waitFor } from "./support/waitFor.ts";

const [alice, bob, carol] = DEV_ACCOUNTS;

/**
 * What a wallet adds for the v1 messages, which CosmJS has no amino converters for: the SDK's
 * amino JSON (x/tx aminojson: proposal_id as a string, enums as numbers, an empty metadata left out).
 */
const v1Amino: AminoConverters = {
  "/cosmos.gov.v1.MsgDeposit": {
    aminoType: "cosmos-sdk/v1/MsgDeposit",
    toAmino: (m) => ({ proposal_id: m.proposalId.toString(), depositor: m.depositor, amount: m.amount }),
    fromAmino: (a) => ({ proposalId: BigInt(a.proposal_id), depositor: a.depositor, amount: a.amount }),
  },
  "/cosmos.gov.v1.MsgVoteWeighted": {
    aminoType: "cosmos-sdk/v1/MsgVoteWeighted",
    toAmino: (m) => ({ proposal_id: m.proposalId.toString(), voter: m.voter, options: m.options, ...(m.metadata ? { metadata: m.metadata } : {}) }),
    fromAmino: (a) => ({ proposalId: BigInt(a.proposal_id), voter: a.voter, options: a.options, metadata: a.metadata ?? "" }),
  },
};
const FEE = { amount: [coin(5000, "utrib")], gas: "400000" };
// Long enough for the txs below to land inside the periods on a loaded machine.
const VOTING_SECONDS = 15;

describe("gov through CosmJS", () => {
  let t: TestNode;
  let comet: Comet38Client;
  let q: ReturnType<typeof queryClient>;
  const queryClient = (c: Comet38Client) => QueryClient.withExtensions(c, setupGovExtension, setupMintExtension, setupBankExtension);
  const signer = async (mnemonic: string, amino: boolean) => {
    const wallet = amino ? await Secp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "trib" }) : await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "trib" });
    const aminoTypes = new AminoTypes({ ...createDefaultAminoConverters(), ...v1Amino });
    return SigningStargateClient.connectWithSigner(t.rpcUrl, wallet, { broadcastPollIntervalMs: 100, aminoTypes });
  };
  const balance = async (addr: string) => BigInt((await q.bank.balance(addr, "utrib")).amount);
  const final = (id: bigint) => waitFor(`proposal ${id} final`, async () => {
    const p = (await q.gov.proposal(String(id))).proposal;
    return p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD && p.status !== ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && p;
  }, 60_000);

  beforeAll(async () => {
    const home = makeTestHome({ bondValidator: true });
    const paths = homePaths(home);
    const doc = readGenesis(paths.genesis);
    const gov = (doc.app_state as any).gov;
    gov.params.voting_period = `${VOTING_SECONDS}s`;
    gov.params.max_deposit_period = `${VOTING_SECONDS}s`;
    writeGenesis(paths.genesis, doc);
    t = await startTestNode({ home });
    comet = await Comet38Client.connect(t.rpcUrl);
    q = queryClient(comet);
  });
  afterAll(async () => {
    comet?.disconnect();
    await t?.stop();
  });

  it("reads the params as CosmJS decodes them", async () => {
    expect((await q.gov.params("voting")).votingParams.votingPeriod.seconds).toBe(BigInt(VOTING_SECONDS));
    expect((await q.gov.params("deposit")).depositParams.minDeposit).toEqual([{ denom: "utrib", amount: String(MIN_DEPOSIT) }]);
    const tally = (await q.gov.params("tallying")).tallyParams;
    expect([tally.quorum, tally.threshold, tally.vetoThreshold].map((d) => decodeCosmosSdkDecFromProto(d).toString())).toEqual(["0.334", "0.5", "0.334"]);
    await expect(q.gov.params("bogus" as "voting")).rejects.toThrow(/not a valid parameter type/);
  });

  it("a proposal submitted direct, topped up and voted by amino passes and executes; one is rejected, one vetoed", async () => {
    const aliceDirect = await signer(alice.mnemonic, false);
    const bobAmino = await signer(bob.mnemonic, true);
    const validatorAmino = await signer(DEV_VALIDATOR.mnemonic, true);
    const carolAmino = await signer(carol.mnemonic, true);
    const [aliceBefore, bobBefore, carolBefore] = [await balance(alice.address), await balance(bob.address), await balance(carol.address)];

    // 1: v1 MsgSubmitProposal with a real message, half the deposit (SIGN_MODE_DIRECT).
    const submitted = await aliceDirect.signAndBroadcast(alice.address, [{
      typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
      value: { messages: [mintUpdateParams(250_000_000_000_000_000n)], initialDeposit: [coin(String(MIN_DEPOSIT / 2n), "utrib")], proposer: alice.address, metadata: "", title: "raise inflation_max", summary: "to 0.25", expedited: false },
    }], FEE);
    assertIsDeliverTxSuccess(submitted);
    const id1 = BigInt(submitted.events.find((e) => e.type === "submit_proposal")!.attributes.find((a) => a.key === "proposal_id")!.value);
    expect((await q.gov.proposal(String(id1))).proposal.status).toBe(ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD);
    expect((await q.gov.deposits(String(id1))).deposits).toEqual([{ proposalId: id1, depositor: alice.address, amount: [coin(String(MIN_DEPOSIT / 2n), "utrib")] }]);

    // Bob tops it up by amino (v1beta1 MsgDeposit): the voting period starts.
    assertIsDeliverTxSuccess(await bobAmino.signAndBroadcast(bob.address, [{ typeUrl: "/cosmos.gov.v1beta1.MsgDeposit", value: { proposalId: id1, depositor: bob.address, amount: [coin(String(MIN_DEPOSIT / 2n), "utrib")] } }], FEE));
    expect((await q.gov.proposal(String(id1))).proposal.status).toBe(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);

    // 2: a TextProposal by amino (v1beta1 MsgSubmitProposal), full deposit.
    const text = { typeUrl: "/cosmos.gov.v1beta1.TextProposal", value: TextProposal.encode({ title: "a text", description: "nothing to run" }).finish() };
    const sub2 = await bobAmino.signAndBroadcast(bob.address, [{ typeUrl: "/cosmos.gov.v1beta1.MsgSubmitProposal", value: { content: text, initialDeposit: [coin(String(MIN_DEPOSIT), "utrib")], proposer: bob.address } }], FEE);
    assertIsDeliverTxSuccess(sub2);
    const id2 = id1 + 1n;
    expect((await q.gov.proposal(String(id2))).proposal.content).toEqual(text);

    // 3: another real message, full deposit (direct).
    assertIsDeliverTxSuccess(await aliceDirect.signAndBroadcast(alice.address, [{
      typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
      value: { messages: [mintUpdateParams(260_000_000_000_000_000n)], initialDeposit: [coin(String(MIN_DEPOSIT), "utrib")], proposer: alice.address, metadata: "", title: "veto me", summary: "s", expedited: false },
    }], FEE));
    const id3 = id2 + 1n;

    // The validator votes by amino: yes, no, veto. (Not a weighted vote with one option of weight 1:
    // CosmJS's amino converter turns that weight into 10^19, which the chain refuses.)
    assertIsDeliverTxSuccess(await validatorAmino.signAndBroadcast(DEV_VALIDATOR.address, [
      { typeUrl: "/cosmos.gov.v1beta1.MsgVote", value: { proposalId: id1, voter: DEV_VALIDATOR.address, option: VoteOption.VOTE_OPTION_YES } },
      { typeUrl: "/cosmos.gov.v1beta1.MsgVote", value: { proposalId: id2, voter: DEV_VALIDATOR.address, option: VoteOption.VOTE_OPTION_NO } },
      { typeUrl: "/cosmos.gov.v1beta1.MsgVote", value: { proposalId: id3, voter: DEV_VALIDATOR.address, option: VoteOption.VOTE_OPTION_NO_WITH_VETO } },
    ], FEE));
    // Bob (no stake) splits his vote on 1 by amino weights; it counts nothing but is recorded.
    assertIsDeliverTxSuccess(await bobAmino.signAndBroadcast(bob.address, [{
      typeUrl: "/cosmos.gov.v1beta1.MsgVoteWeighted",
      value: { proposalId: id1, voter: bob.address, options: [{ option: VoteOption.VOTE_OPTION_YES, weight: "700000000000000000" }, { option: VoteOption.VOTE_OPTION_ABSTAIN, weight: "300000000000000000" }] },
    }], FEE));

    // Carol signs the v1 messages by amino (a wallet's converters): a deposit in the voting period, a weighted vote with metadata.
    assertIsDeliverTxSuccess(await carolAmino.signAndBroadcast(carol.address, [
      { typeUrl: "/cosmos.gov.v1.MsgDeposit", value: { proposalId: id1, depositor: carol.address, amount: [coin("1000", "utrib")] } },
      { typeUrl: "/cosmos.gov.v1.MsgVoteWeighted", value: { proposalId: id1, voter: carol.address, options: [{ option: VoteOption.VOTE_OPTION_NO, weight: "0.25" }, { option: VoteOption.VOTE_OPTION_YES, weight: "0.75" }], metadata: "carol" } },
    ], FEE));

    const bobVote = (await q.gov.vote(String(id1), bob.address)).vote;
    expect(bobVote.options).toEqual([{ option: VoteOption.VOTE_OPTION_YES, weight: "700000000000000000" }, { option: VoteOption.VOTE_OPTION_ABSTAIN, weight: "300000000000000000" }]);
    expect((await q.gov.votes(String(id1))).votes).toHaveLength(3);
    // Live tally while voting: the validator's bonded stake is yes.
    const live = (await q.gov.tally(String(id1))).tally;
    expect(BigInt(live.yes)).toBeGreaterThanOrEqual(DEV_VALIDATOR_SELF_BOND);
    expect(live.no).toBe("0");

    const [p1, p2, p3] = [await final(id1), await final(id2), await final(id3)];
    expect(p1.status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect((await q.mint.params()).inflationMax.toString()).toBe("0.25");
    expect(p2.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(BigInt(p2.finalTallyResult.no)).toBeGreaterThanOrEqual(DEV_VALIDATOR_SELF_BOND);
    expect(p3.status).toBe(ProposalStatus.PROPOSAL_STATUS_REJECTED);
    expect(BigInt(p3.finalTallyResult.noWithVeto)).toBeGreaterThanOrEqual(DEV_VALIDATOR_SELF_BOND);

    // Refunds for 1 and 2, the burn of 3: alice paid 2 fees and lost proposal 3's deposit; bob paid 3 fees.
    expect(await balance(alice.address)).toBe(aliceBefore - 2n * 5000n - MIN_DEPOSIT);
    expect(await balance(bob.address)).toBe(bobBefore - 3n * 5000n);
    expect(await balance(carol.address)).toBe(carolBefore - 5000n);
    expect(await balance(GOV_ADDRESS)).toBe(0n);
    const finished = (await q.gov.proposals(ProposalStatus.PROPOSAL_STATUS_REJECTED, "", "")).proposals.map((p) => p.proposalId);
    expect(finished).toEqual([id2, id3]);
  });
});
