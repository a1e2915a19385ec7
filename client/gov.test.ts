/** Gov message builders through the client's registry (what a wallet signs), and refusals before signing. */
import { describe, expect, it } from "vitest";
import { VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgDeposit, MsgSubmitProposal, MsgVote, MsgVoteWeighted } from "cosmjs-types/cosmos/gov/v1/tx";
import { MsgSoftwareUpgrade } from "cosmjs-types/cosmos/upgrade/v1beta1/tx";
import { GOV_AUTHORITY } from "../chain/authority.ts";
import { TributaryClientError } from "./errors.ts";
import { GOV_AUTHORITY_ADDRESS, msgDeposit, msgSubmitProposal, msgVote, msgVoteWeighted } from "./govMsgs.ts";
import { createTributaryRegistry } from "./registry.ts";

const ALICE = "trib1xyxpv69xryn8m8qzhrul8xl0kue742ja5xe5tw";
const registry = createTributaryRegistry();
const bytes = (msg: { typeUrl: string; value: unknown }) => registry.encodeAsAny(msg as never).value;

describe("gov messages", () => {
  it("the client's gov authority is the chain's", () => {
    expect(GOV_AUTHORITY_ADDRESS).toBe(GOV_AUTHORITY);
  });

  it("a proposal carrying a MsgSoftwareUpgrade the registry encodes, with its deposit", () => {
    const upgrade = registry.encodeAsAny({ typeUrl: "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", value: { authority: GOV_AUTHORITY_ADDRESS, plan: { name: "v2", height: 100n, info: "" } } });
    const d = MsgSubmitProposal.decode(bytes(msgSubmitProposal(ALICE, { messages: [upgrade], deposit: ["10000000utrib"], title: "v2", summary: "to v2" })));
    expect(d).toMatchObject({ proposer: ALICE, title: "v2", summary: "to v2", initialDeposit: [{ denom: "utrib", amount: "10000000" }] });
    expect(MsgSoftwareUpgrade.decode(d.messages[0]!.value).plan).toMatchObject({ name: "v2", height: 100n });
  });

  it("deposit, vote and weighted vote", () => {
    expect(MsgDeposit.decode(bytes(msgDeposit(ALICE, "3", ["5utrib"])))).toMatchObject({ proposalId: 3n, depositor: ALICE, amount: [{ denom: "utrib", amount: "5" }] });
    expect(MsgVote.decode(bytes(msgVote(ALICE, 3, "no_with_veto")))).toMatchObject({ proposalId: 3n, voter: ALICE, option: VoteOption.VOTE_OPTION_NO_WITH_VETO });
    expect(MsgVoteWeighted.decode(bytes(msgVoteWeighted(ALICE, 3n, { yes: "0.6", no: "0.4" }))).options).toEqual([
      { option: VoteOption.VOTE_OPTION_YES, weight: "0.6" },
      { option: VoteOption.VOTE_OPTION_NO, weight: "0.4" },
    ]);
  });

  it("refuses bad input before anything is signed", () => {
    const refused = (build: () => unknown, re: RegExp) => {
      expect(build).toThrow(TributaryClientError);
      expect(build).toThrow(re);
    };
    refused(() => msgVote(ALICE, 0, "yes"), /invalid proposal id "0"/);
    refused(() => msgVote(ALICE, 1, "maybe" as never), /unknown vote option "maybe"/);
    refused(() => msgVoteWeighted(ALICE, 1, { yes: "1.5" }), /invalid weight "1.5" for yes/);
    refused(() => msgDeposit(ALICE, 1, []), /at least one coin/);
    refused(() => msgSubmitProposal(ALICE, { messages: [], title: "", summary: "s" }), /title and a summary/);
  });
});
