/**
 * The four distribution messages on the real App: what each pays and where, their SDK events
 * and responses, and every refusal (a clear error with the SDK's codespace and code, nothing
 * changed but the signer's sequence).
 */
import { afterEach, describe, expect, it } from "vitest";
import { MsgWithdrawDelegatorRewardResponse, MsgWithdrawValidatorCommissionResponse } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { addressString, moduleAddress } from "../../chain/address.ts";
import { DISTRIBUTION_ADDRESS, DistributionHarness, FEE_COLLECTOR_ADDRESS, whole } from "../../test/distributionHarness.ts";
import { TRIB, flatEvents } from "../../test/stakingHarness.ts";

const V = (key: number, power = 10n) => ({ key, power });
/** Accounts 0 and 1 run validators (power 10, 10 % commission), 2 delegates, 3 pays fees, 4 has nothing to do with it. */
const create = (o: { withdrawAddrEnabled?: boolean } = {}) =>
  DistributionHarness.create({ accounts: 5, validators: [{ account: 0, power: 10n }, { account: 1, power: 10n }], ...o });

let d: DistributionHarness | undefined;
afterEach(async () => {
  await d?.close();
  d = undefined;
});

describe("distribution messages", () => {
  it("MsgSetWithdrawAddress sends later rewards and commission to the new address; SDK event and response types", async () => {
    const h = (d = await create());
    const val0 = h.s.valoper(0);
    expect(await h.withdrawAddress(0)).toBe(h.s.address(0));
    const set = await h.tx(0, [h.setWithdrawAddress(0, h.s.address(4))]);
    expect(set.result.code, set.result.log).toBe(0);
    expect(flatEvents(set.result.events)).toContain(`set_withdraw_address.withdraw_address=${h.s.address(4)}`);
    expect(await h.withdrawAddress(0)).toBe(h.s.address(4));

    await h.collect(3, 1_000_000n);
    await h.block([V(0)]);
    // 1 TRIB to val0 alone (tax 0): 10 % commission, 90 % to its only delegation.
    expect(await h.rewards(0, val0)).toEqual([whole(900_000n)]);
    const [own, dest] = [await h.balance(h.s.address(0)), await h.balance(h.s.address(4))];
    const w = await h.tx(0, [h.withdrawReward(0, val0)]);
    expect(w.result.code, w.result.log).toBe(0);
    const data = TxMsgData.decode(w.result.data);
    expect(data.msgResponses[0]!.typeUrl).toBe("/cosmos.distribution.v1beta1.MsgWithdrawDelegatorRewardResponse");
    expect(MsgWithdrawDelegatorRewardResponse.decode(data.msgResponses[0]!.value).amount).toEqual([{ denom: "utrib", amount: "900000" }]);
    const c = await h.tx(0, [h.withdrawCommission(0)]);
    expect(c.result.code, c.result.log).toBe(0);
    const cdata = TxMsgData.decode(c.result.data);
    expect(MsgWithdrawValidatorCommissionResponse.decode(cdata.msgResponses[0]!.value).amount).toEqual([{ denom: "utrib", amount: "100000" }]);
    expect(await h.balance(h.s.address(0))).toBe(own);
    expect(await h.balance(h.s.address(4))).toBe(dest + 1_000_000n);
    expect(flatEvents(c.result.events)).toEqual(expect.arrayContaining([`transfer.recipient=${h.s.address(4)}`, `transfer.sender=${DISTRIBUTION_ADDRESS}`, "message.module=distribution"]));
  });

  it("delegating again, undelegating and redelegating pay out the rewards so far (the staking hooks)", async () => {
    const h = (d = await create());
    const [val0, val1] = [h.s.valoper(0), h.s.valoper(1)];
    expect((await h.tx(2, [h.s.delegate(2, val0, 10n * TRIB)])).result.code).toBe(0);
    await h.collect(3, 2_000_000n);
    await h.block([V(0, 20n)]);
    // 2 TRIB, 10 % commission, the rest split 10:10 between the operator and account 2.
    expect(await h.rewards(2, val0)).toEqual([whole(900_000n)]);
    let before = await h.balance(h.s.address(2));
    const more = await h.tx(2, [h.s.delegate(2, val0, TRIB)]);
    expect(flatEvents(more.result.events)).toContain("withdraw_rewards.amount=900000utrib");
    expect(await h.balance(h.s.address(2))).toBe(before + 900_000n - TRIB);
    expect(await h.rewards(2, val0)).toEqual([]);

    await h.collect(3, 2_100_000n);
    await h.block([V(0, 21n)]);
    before = await h.balance(h.s.address(2));
    const red = await h.tx(2, [h.s.redelegate(2, val0, val1, 5n * TRIB)]);
    expect(red.result.code, red.result.log).toBe(0);
    // 2.1 TRIB × 0.9 × 11/21: 990,000 to account 2, paid when its shares with val0 changed.
    expect(flatEvents(red.result.events)).toContain("withdraw_rewards.amount=990000utrib");
    expect(await h.balance(h.s.address(2))).toBe(before + 990_000n);
    expect((await h.delegatorValidators(2)).sort()).toEqual([val0, val1].sort());

    await h.collect(3, 1_000_000n);
    await h.block([V(0, 16n), V(1, 15n)]);
    before = await h.balance(h.s.address(2));
    const und = await h.tx(2, [h.s.undelegate(2, val1, 5n * TRIB)]);
    expect(und.result.code, und.result.log).toBe(0);
    const paid = flatEvents(und.result.events).find((e) => e.startsWith("withdraw_rewards.amount="))!;
    expect(paid).toMatch(/^withdraw_rewards\.amount=\d+utrib$/);
    expect(await h.balance(h.s.address(2))).toBe(before + BigInt(paid.replace(/\D/g, "")));
    expect(await h.delegatorValidators(2)).toEqual([val0]);
  });

  it("MsgFundCommunityPool moves the coins into the module account and the pool", async () => {
    const h = (d = await create());
    const before = await h.balance(DISTRIBUTION_ADDRESS);
    const { result } = await h.tx(3, [h.fundCommunityPool(3, 12_345n)]);
    expect(result.code, result.log).toBe(0);
    expect(await h.communityPool()).toEqual([whole(12_345n)]);
    expect(await h.balance(DISTRIBUTION_ADDRESS)).toBe(before + 12_345n);
  });

  it("refuses each bad message with the SDK's error, changing nothing", async () => {
    const h = (d = await create());
    await h.collect(3, 1_000_000n);
    await h.block([V(0)]);
    const [val0, val1] = [h.s.valoper(0), h.s.valoper(1)];
    // Withdraw without a delegation, from a validator that does not exist.
    await h.expectRefused(4, [h.withdrawReward(4, val0)], "staking", 19, /has no delegation to tribvaloper1/);
    await h.expectRefused(2, [h.withdrawReward(2, h.s.valoper(3))], "staking", 3, /validator tribvaloper1\w+ not found/);
    // Commission of an account that runs no validator, and of a validator with none yet.
    await h.expectRefused(4, [h.withdrawCommission(4)], "distribution", 7, /has no commission to withdraw/);
    await h.expectRefused(1, [h.withdrawCommission(1)], "distribution", 7, new RegExp(`${val1} has no commission`));
    // A withdraw address that is a module account (the SDK's blocked addresses).
    for (const name of ["distribution", "fee_collector", "bonded_tokens_pool", "not_bonded_tokens_pool"]) {
      await h.expectRefused(2, [h.setWithdrawAddress(2, addressString(moduleAddress(name)))], "sdk", 4, new RegExp(`is not allowed to receive external funds \\(.*${name} module account`));
    }
    // More than the depositor has; nothing at all; a zero coin.
    await h.expectRefused(4, [h.fundCommunityPool(4, 2_000_000_000n)], "sdk", 5, /spendable balance \d+utrib is smaller than 2000000000utrib/);
    await h.expectRefused(4, [{ typeUrl: "/cosmos.distribution.v1beta1.MsgFundCommunityPool", value: { depositor: h.s.address(4), amount: [] } }], "sdk", 10, /amount cannot be empty/);
    await h.expectRefused(4, [h.fundCommunityPool(4, 0n)], "sdk", 10, /is not positive/);
    // Empty and malformed addresses, named.
    await h.expectRefused(4, [{ typeUrl: "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress", value: { delegatorAddress: h.s.address(4), withdrawAddress: "" } }], "distribution", 3, /withdraw address is empty/);
    await h.expectRefused(4, [{ typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", value: { delegatorAddress: h.s.address(4), validatorAddress: "" } }], "distribution", 4, /validator address is empty/);
    await h.expectRefused(4, [h.withdrawReward(4, h.s.address(0))], "sdk", 7, /validator address/);
    expect(await h.outstanding(val0)).toEqual([whole(1_000_000n)]);
  });

  it("withdraw_addr_enabled = false refuses MsgSetWithdrawAddress (distribution 8), changing nothing", async () => {
    const h = (d = await create({ withdrawAddrEnabled: false }));
    expect((await h.params()).withdrawAddrEnabled).toBe(false);
    await h.expectRefused(2, [h.setWithdrawAddress(2, h.s.address(4))], "distribution", 8, /withdraw_addr_enabled is false: set withdraw address disabled/);
    expect(await h.withdrawAddress(2)).toBe(h.s.address(2));
  });

  it("a validator that unbonds completely is removed: its commission goes to its withdraw address, the dust to the pool, its records away", async () => {
    const h = (d = await create());
    const val2 = h.s.valoper(2);
    expect((await h.tx(2, [h.createValidator(2, 5n * TRIB, "0.2")])).result.code).toBe(0);
    await h.collect(3, 3_333_333n);
    await h.block([V(2, 5n)]);
    expect(await h.commission(val2)).toEqual([`${"666666.600000000000000000"}utrib`]);
    const before = await h.balance(h.s.address(2));
    const out = await h.tx(2, [h.s.undelegate(2, val2, 5n * TRIB)]);
    expect(out.result.code, out.result.log).toBe(0);
    // The self-delegation's rewards are paid as the shares go: 3,333,333 × 0.8 = 2,666,666.4.
    expect(await h.balance(h.s.address(2))).toBe(before + 2_666_666n);
    // 21 days later the unbonding validator is unbonded and, without shares, removed.
    h.s.h.skipTime(21n * 86_400n + 10n);
    await h.block();
    await h.block();
    expect(await h.s.hasValidator(val2)).toBe(false);
    // Its commission's whole part went to its operator; all fractions (0.6 + 0.4) to the pool.
    expect(await h.balance(h.s.address(2))).toBe(before + 2_666_666n + 5n * TRIB + 666_666n);
    expect(await h.communityPool()).toEqual([whole(1n)]);
    const g = (await h.s.exportAppState()).distribution as any;
    for (const list of [g.outstanding_rewards, g.validator_accumulated_commissions, g.validator_current_rewards, g.validator_historical_rewards]) {
      expect(list.map((r: any) => r.validator_address)).not.toContain(val2);
    }
    expect(await h.balance(FEE_COLLECTOR_ADDRESS)).toBe(0n);
  });
});
