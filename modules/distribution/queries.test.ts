/**
 * The cosmos.distribution.v1beta1.Query service on the real App: the SDK's request and response
 * shapes, ValidatorSlashes by height range and page, and clear errors for bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as dq from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { ONE } from "../../chain/dec.ts";
import { DistributionHarness, whole } from "../../test/distributionHarness.ts";
import { TRIB } from "../../test/stakingHarness.ts";

const V = (key: number, power = 10n) => ({ key, power });
let h: DistributionHarness;
const slashHeights: bigint[] = [];

/** Validators 0 and 1 (power 10, 10 % commission); account 2 delegates to both; validator 1 slashed twice. */
beforeAll(async () => {
  h = await DistributionHarness.create({
    accounts: 4,
    communityTax: "0.1",
    validators: [{ account: 0, power: 10n }, { account: 1, power: 10n }],
    slashing: (g) => {
      g.params.slash_fraction_double_sign = "0.010000000000000000";
      g.params.signed_blocks_window = "2";
      g.params.slash_fraction_downtime = "0.010000000000000000";
      g.params.downtime_jail_duration = "1s";
    },
  });
  await h.tx(2, [h.s.delegate(2, h.s.valoper(0), 10n * TRIB), h.s.delegate(2, h.s.valoper(1), 10n * TRIB)]);
  await h.collect(3, 4_000_000n);
  await h.block([V(0, 20n), V(1, 20n)]);
  // A downtime slash of validator 1, then a double-sign slash a few blocks later.
  while ((await h.slashes(h.s.valoper(1))).slashes.length === 0) await h.block([V(0, 20n)], [V(1, 20n)]);
  slashHeights.push(h.height);
  await h.block([V(0, 20n)]);
  await h.block([V(0, 20n)], [], [{ key: 1, power: 20n, height: h.height }]);
  slashHeights.push(h.height);
}, 60_000);
afterAll(() => h?.close());

describe("distribution queries", () => {
  it("Params, CommunityPool, ValidatorOutstandingRewards and ValidatorCommission in the SDK's shapes", async () => {
    expect(await h.params()).toEqual({ communityTax: (ONE / 10n).toString(), baseProposerReward: "0", bonusProposerReward: "0", withdrawAddrEnabled: true });
    // 4 TRIB: 10 % tax, the rest 1:1; each validator 1.8 TRIB, 10 % of it commission.
    expect(await h.communityPool()).toEqual([whole(400_000n)]);
    expect(await h.outstanding(h.s.valoper(0))).toEqual([whole(1_800_000n)]);
    expect(await h.commission(h.s.valoper(0))).toEqual([whole(180_000n)]);
  });

  it("DelegationRewards, DelegationTotalRewards, DelegatorValidators, DelegatorWithdrawAddress, ValidatorDistributionInfo", async () => {
    const [val0, val1] = [h.s.valoper(0), h.s.valoper(1)];
    // 1.62 TRIB to val0's delegators, half each (10 and 10 TRIB).
    expect(await h.rewards(2, val0)).toEqual([whole(810_000n)]);
    const total = await h.totalRewards(2);
    expect(total.rewards.map((r) => r.validatorAddress).sort()).toEqual([val0, val1].sort());
    const sum = total.rewards.reduce((s, r) => s + BigInt(r.reward[0]?.amount ?? "0"), 0n);
    expect(total.total).toEqual([{ denom: "utrib", amount: sum.toString() }]);
    expect((await h.delegatorValidators(2)).sort()).toEqual([val0, val1].sort());
    expect(await h.delegatorValidators(3)).toEqual([]);
    expect(await h.withdrawAddress(3)).toBe(h.s.address(3));
    const info = await h.s.query("/cosmos.distribution.v1beta1.Query/ValidatorDistributionInfo", { validatorAddress: val0 }, [dq.QueryValidatorDistributionInfoRequest, dq.QueryValidatorDistributionInfoResponse]);
    expect(info.operatorAddress).toBe(h.s.address(0));
    expect(info.commission).toEqual([{ denom: "utrib", amount: (180_000n * ONE).toString() }]);
    expect(info.selfBondRewards).toEqual([{ denom: "utrib", amount: (810_000n * ONE).toString() }]);
  });

  it("ValidatorSlashes filters by height and pages by key or offset", async () => {
    const val1 = h.s.valoper(1);
    const all = await h.slashes(val1, 0n, h.height);
    expect(all.slashes.map((s) => s.fraction)).toEqual([(ONE / 100n).toString(), expect.stringMatching(/^\d+$/)]);
    expect((await h.slashes(val1, slashHeights[0], slashHeights[0])).slashes).toHaveLength(1);
    expect((await h.slashes(val1, slashHeights[1], h.height)).slashes).toHaveLength(1);
    expect((await h.slashes(val1, 0n, slashHeights[0]! - 1n)).slashes).toEqual([]);
    const first = await h.slashes(val1, 0n, h.height, { key: new Uint8Array(), offset: 0n, limit: 1n, countTotal: true, reverse: false });
    expect(first.slashes).toHaveLength(1);
    expect(first.pagination?.total).toBe(2n);
    const second = await h.slashes(val1, 0n, h.height, { key: first.pagination!.nextKey, offset: 0n, limit: 1n, countTotal: false, reverse: false });
    expect(second.slashes).toEqual([all.slashes[1]]);
    expect(second.pagination?.nextKey).toEqual(new Uint8Array());
    expect((await h.slashes(h.s.valoper(0))).slashes).toEqual([]);
  });

  it("names bad input: empty or malformed addresses, unknown validators and delegations, an inverted height range", async () => {
    const ask = async (method: string, data: Uint8Array) => {
      const r = await h.rawQuery(method, data);
      return `${r.codespace}/${r.code} ${r.log}`;
    };
    expect(await ask("DelegationRewards", dq.QueryDelegationRewardsRequest.encode({ delegatorAddress: "", validatorAddress: h.s.valoper(0) }).finish())).toMatch(/^sdk\/18 empty delegator address/);
    expect(await ask("DelegationRewards", dq.QueryDelegationRewardsRequest.encode({ delegatorAddress: h.s.address(2), validatorAddress: "tribvaloper1xyz" }).finish())).toMatch(/^sdk\/18 invalid validator address/);
    expect(await ask("DelegationRewards", dq.QueryDelegationRewardsRequest.encode({ delegatorAddress: h.s.address(3), validatorAddress: h.s.valoper(0) }).finish())).toMatch(/^staking\/19 .*has no delegation/);
    expect(await ask("ValidatorCommission", dq.QueryValidatorCommissionRequest.encode({ validatorAddress: h.s.valoper(3) }).finish())).toMatch(/^staking\/3 validator tribvaloper1\w+ not found/);
    expect(await ask("ValidatorOutstandingRewards", dq.QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress: h.s.address(0) }).finish())).toMatch(/^sdk\/18 invalid validator address/);
    expect(await ask("ValidatorSlashes", dq.QueryValidatorSlashesRequest.encode({ validatorAddress: h.s.valoper(1), startingHeight: 5n, endingHeight: 4n }).finish())).toMatch(
      /^sdk\/18 starting height greater than ending height \(5 > 4\)/,
    );
    expect(await ask("ValidatorDistributionInfo", dq.QueryValidatorDistributionInfoRequest.encode({ validatorAddress: h.s.valoper(2) }).finish())).toMatch(/^staking\/3 /);
  });
});
