import { describe, expect, it } from "vitest";
import { AminoTypes, createDistributionAminoConverters } from "@cosmjs/stargate";
import { createModules } from "../index.ts";

/**
 * The amino JSON the chain rebuilds for each distribution message equals what CosmJS's
 * converters (and so Keplr/Ledger flows built on them) produce, under the SDK's registered names.
 */
const cosmjs = new AminoTypes(createDistributionAminoConverters());
const handlers = new Map(createModules().modules.flatMap((m) => m.msgs ?? []).map((h) => [h.typeUrl, h]));
const D = "trib1xyxpv69xryn8m8qzhrul8xl0kue742ja5xe5tw";
const W = "trib1zg69v7yszg69v7yszg69v7yszg69v7ysf3e0jp";
const VAL = "tribvaloper1xyxpv69xryn8m8qzhrul8xl0kue742japqf3lj";

const cases: [string, string, Record<string, unknown>][] = [
  ["/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", "cosmos-sdk/MsgWithdrawDelegationReward", { delegatorAddress: D, validatorAddress: VAL }],
  ["/cosmos.distribution.v1beta1.MsgSetWithdrawAddress", "cosmos-sdk/MsgModifyWithdrawAddress", { delegatorAddress: D, withdrawAddress: W }],
  ["/cosmos.distribution.v1beta1.MsgFundCommunityPool", "cosmos-sdk/MsgFundCommunityPool", { depositor: D, amount: [{ denom: "uatom", amount: "5" }, { denom: "utrib", amount: "10" }] }],
  ["/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission", "cosmos-sdk/MsgWithdrawValCommission", { validatorAddress: VAL }],
];

describe("distribution amino JSON", () => {
  it.each(cases)("%s signs as %s with CosmJS's field values", (typeUrl, name, value) => {
    const h = handlers.get(typeUrl)!;
    expect(h.amino?.name).toBe(name);
    const theirs = cosmjs.toAmino({ typeUrl, value });
    expect(h.amino!.toAmino(value)).toEqual(theirs.value);
    // CosmJS names MsgWithdrawValidatorCommission differently from the SDK; the SDK's name is what an SDK chain verifies.
    if (typeUrl.endsWith("MsgWithdrawValidatorCommission")) expect(theirs.type).toBe("cosmos-sdk/MsgWithdrawValidatorCommission");
    else expect(theirs.type).toBe(name);
  });
});
