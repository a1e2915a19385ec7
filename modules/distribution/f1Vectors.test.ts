/**
 * F1 against the Cosmos SDK's own numbers: the scenarios of x/distribution/keeper/
 * delegation_test.go and allocation_test.go (v0.50), replayed on the real App. Where the SDK
 * test calls a keeper function, the App gets there the way a chain does: a validator is created
 * by MsgCreateValidator, "allocate X to the validator" is a tx paying a fee of X followed by a
 * block whose last commit has the validator's vote (community tax 0, so the validator gets
 * exactly X), a slash is a downtime or double-sign slash through the slashing module, and
 * CalculateDelegationRewards is the DelegationRewards query. Every block also runs every
 * module's invariants (AppHarness), distribution's included.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ONE } from "../../chain/dec.ts";
import { flatEvents } from "../../test/stakingHarness.ts";
import { DistributionHarness, type Vote, dec, whole } from "../../test/distributionHarness.ts";

const TRIB = 1_000_000n;
/** Accounts: 0 and 1 validators or delegators, 3 pays the fees that become rewards. */
const PAYER = 3;

let d: DistributionHarness | undefined;
afterEach(async () => {
  await d?.close();
  d = undefined;
});

/** Slashing params: a 2-block window (2 misses slash), 50 % for downtime and for double signing. */
const halfSlashes = (s: any) => {
  s.params.signed_blocks_window = "2";
  s.params.min_signed_per_window = "0.500000000000000000";
  s.params.slash_fraction_downtime = "0.500000000000000000";
  s.params.slash_fraction_double_sign = "0.500000000000000000";
  s.params.downtime_jail_duration = "1s";
};

async function harness(): Promise<DistributionHarness> {
  return (d = await DistributionHarness.create({ accounts: 4, slashing: halfSlashes }));
}

/** Creates validator `i` (key i) with `selfBond` utrib and commission `rate`; returns its operator. */
async function validator(h: DistributionHarness, i: number, selfBond: bigint, rate = "0.5"): Promise<string> {
  const { result } = await h.tx(i, [h.createValidator(i, selfBond, rate)]);
  expect(result.code, result.log).toBe(0);
  return h.s.valoper(i);
}

/** "AllocateTokensToValidator(val, amount)": a fee of `amount`, then a block the validator signed. */
async function allocate(h: DistributionHarness, key: number, amount: bigint, power = 100n): Promise<void> {
  await h.collect(PAYER, amount);
  await h.block([{ key, power }]);
}

/** A downtime slash of validator `key` at `power`: absent from the last commit until the 2-block window trips. */
async function downtimeSlash(h: DistributionHarness, key: number, power: bigint): Promise<void> {
  const absent: Vote[] = [{ key, power }];
  for (let i = 0; i < 3; i++) await h.block([], absent);
}

describe("F1 rewards match the Cosmos SDK's keeper tests", () => {
  it("TestCalculateRewardsBasic: 10 allocated at 50 % commission gives the self-delegation 5 and commission 5", async () => {
    const h = await harness();
    const val = await validator(h, 0, 100n);
    // Historical count 2: once for the validator's creation, once for the delegation's start.
    expect(await h.referenceCount()).toBe(2);
    expect(await h.rewards(0, val)).toEqual([]);
    await allocate(h, 0, 10n, 1n);
    expect(await h.rewards(0, val)).toEqual([whole(5n)]);
    expect(await h.commission(val)).toEqual([whole(5n)]);
    expect(await h.outstanding(val)).toEqual([whole(10n)]);
    expect(await h.referenceCount()).toBe(2);
  });

  it("TestCalculateRewardsAfterSlash: after a 50 % slash, the rewards are initial/2, commission initial/2", async () => {
    const h = await harness();
    const val = await validator(h, 0, 100n * TRIB);
    expect(await h.rewards(0, val)).toEqual([]);
    await h.block([{ key: 0, power: 100n }], [], [{ key: 0, power: 100n, height: h.height }]);
    expect((await h.s.validator(val)).tokens).toBe((50n * TRIB).toString());
    const initial = 10n * TRIB;
    await allocate(h, 0, initial);
    expect(await h.rewards(0, val)).toEqual([whole(initial / 2n)]);
    expect(await h.commission(val)).toEqual([whole(initial / 2n)]);
    const slashes = await h.slashes(val);
    expect(slashes.slashes.map((e) => e.fraction)).toEqual([(ONE / 2n).toString()]);
  });

  it("TestCalculateRewardsAfterManySlashes: slash, allocate, slash, allocate gives initial, commission initial", async () => {
    const h = await harness();
    const val = await validator(h, 0, 100n * TRIB);
    await downtimeSlash(h, 0, 100n);
    expect((await h.s.validator(val)).tokens).toBe((50n * TRIB).toString());
    const initial = 10n * TRIB;
    await allocate(h, 0, initial);
    await h.block([], [], [{ key: 0, power: 50n, height: h.height }]);
    expect((await h.s.validator(val)).tokens).toBe((25n * TRIB).toString());
    await allocate(h, 0, initial);
    expect(await h.rewards(0, val)).toEqual([whole(initial)]);
    expect(await h.commission(val)).toEqual([whole(initial)]);
    expect((await h.slashes(val)).slashes).toHaveLength(2);
  });

  it("TestCalculateRewardsMultiDelegator: a second delegator gets 1/4, the first 3/4, commission 20", async () => {
    const h = await harness();
    const val = await validator(h, 0, 100n);
    await allocate(h, 0, 20n, 1n);
    expect((await h.tx(1, [h.s.delegate(1, val, 100n)])).result.code).toBe(0);
    await allocate(h, 0, 20n, 1n);
    expect(await h.rewards(0, val)).toEqual([whole((20n * 3n) / 4n)]);
    expect(await h.rewards(1, val)).toEqual([whole(20n / 4n)]);
    expect(await h.commission(val)).toEqual([whole(20n)]);
  });

  it("TestWithdrawDelegationRewardsBasic: withdrawing pays initial/2, then the commission initial/2", async () => {
    const h = await harness();
    const start = await h.balance(h.s.address(0));
    const valTokens = 100n * TRIB;
    const val = await validator(h, 0, valTokens);
    expect(await h.balance(h.s.address(0))).toBe(start - valTokens);
    const initial = 10n * TRIB;
    await allocate(h, 0, initial);
    expect(await h.referenceCount()).toBe(2);
    const withdrawn = await h.tx(0, [h.withdrawReward(0, val)]);
    expect(withdrawn.result.code, withdrawn.result.log).toBe(0);
    // Historical count still 2: one record added, one cleared.
    expect(await h.referenceCount()).toBe(2);
    expect(await h.balance(h.s.address(0))).toBe(start - valTokens + initial / 2n);
    expect(flatEvents(withdrawn.result.events)).toEqual(expect.arrayContaining([`withdraw_rewards.amount=${initial / 2n}utrib`, `withdraw_rewards.validator=${val}`, `withdraw_rewards.delegator=${h.s.address(0)}`]));
    const commission = await h.tx(0, [h.withdrawCommission(0)]);
    expect(commission.result.code, commission.result.log).toBe(0);
    expect(flatEvents(commission.result.events)).toContain(`withdraw_commission.amount=${initial / 2n}utrib`);
    expect(await h.balance(h.s.address(0))).toBe(start - valTokens + initial);
    expect(await h.outstanding(val)).toEqual([]);
  });

  it("TestCalculateRewardsAfterManySlashesInSameBlock: two 50 % slashes in one block, rewards initial, commission initial", async () => {
    const h = await harness();
    const val = await validator(h, 0, 100n * TRIB);
    const initial = 10n * TRIB;
    await allocate(h, 0, initial);
    // One block: the downtime slash (power 100) from its last commit, then double-sign evidence (power 50).
    await h.block([], [{ key: 0, power: 100n }]);
    const both = await h.block([], [{ key: 0, power: 100n }], [{ key: 0, power: 50n, height: h.height }]);
    expect(flatEvents(both.events).filter((e) => e.startsWith("slash.reason="))).toEqual(["slash.reason=missing_signature", "slash.reason=double_sign"]);
    expect((await h.s.validator(val)).tokens).toBe((25n * TRIB).toString());
    await allocate(h, 0, initial);
    expect(await h.rewards(0, val)).toEqual([whole(initial)]);
    expect(await h.commission(val)).toEqual([whole(initial)]);
    const events = (await h.slashes(val, h.height - 3n, h.height)).slashes;
    expect(events.map((e) => e.fraction)).toEqual([(ONE / 2n).toString(), (ONE / 2n).toString()]);
  });

  it("TestCalculateRewardsMultiDelegatorMultiSlash: del1 initial/2 + initial/6, del2 initial/3, commission initial", async () => {
    const h = await harness();
    const val = await validator(h, 0, 100n * TRIB);
    const initial = 30n * TRIB;
    await allocate(h, 0, initial);
    await downtimeSlash(h, 0, 100n);
    expect((await h.tx(1, [h.s.delegate(1, val, 100n * TRIB)])).result.code).toBe(0);
    await allocate(h, 0, initial);
    await h.block([], [], [{ key: 0, power: 100n, height: h.height }]);
    expect((await h.s.validator(val)).tokens).toBe((100n * TRIB).toString());
    expect(await h.rewards(0, val)).toEqual([whole(initial / 2n + initial / 6n)]);
    expect(await h.rewards(1, val)).toEqual([whole(initial / 3n)]);
    expect(await h.commission(val)).toEqual([whole(initial)]);
  });

  it("TestCalculateRewardsMultiDelegatorMultWithdraw: withdrawals start new periods; later rewards 1/4 and 1/2", async () => {
    const h = await harness();
    const val = await validator(h, 0, 100n);
    await allocate(h, 0, 20n, 1n);
    expect(await h.referenceCount()).toBe(2);
    expect((await h.tx(1, [h.s.delegate(1, val, 100n)])).result.code).toBe(0);
    expect(await h.referenceCount()).toBe(3);
    await allocate(h, 0, 20n, 1n);
    expect((await h.tx(0, [h.withdrawReward(0, val)])).result.code).toBe(0);
    expect((await h.tx(1, [h.withdrawReward(1, val)])).result.code).toBe(0);
    expect(await h.referenceCount()).toBe(3);
    expect((await h.tx(0, [h.withdrawCommission(0)])).result.code).toBe(0);
    expect(await h.rewards(0, val)).toEqual([]);
    expect(await h.rewards(1, val)).toEqual([]);
    expect(await h.commission(val)).toEqual([]);

    await allocate(h, 0, 20n, 1n);
    expect((await h.tx(0, [h.withdrawReward(0, val)])).result.code).toBe(0);
    expect(await h.rewards(0, val)).toEqual([]);
    expect(await h.rewards(1, val)).toEqual([whole(20n / 4n)]);
    expect(await h.commission(val)).toEqual([whole(20n / 2n)]);

    await allocate(h, 0, 20n, 1n);
    expect((await h.tx(0, [h.withdrawCommission(0)])).result.code).toBe(0);
    expect(await h.rewards(0, val)).toEqual([whole(20n / 4n)]);
    expect(await h.rewards(1, val)).toEqual([whole(20n / 2n)]);
    expect(await h.commission(val)).toEqual([]);
  });

  it("Test100PercentCommissionReward: the delegators get nothing and the withdrawal says 0utrib", async () => {
    const h = await harness();
    const val = await validator(h, 0, 100n, "1");
    for (let i = 0; i < 3; i++) await allocate(h, 0, 20n, 1n);
    const { result } = await h.tx(0, [h.withdrawReward(0, val)]);
    expect(result.code, result.log).toBe(0);
    expect(flatEvents(result.events)).toContain("withdraw_rewards.amount=0utrib");
    expect(await h.commission(val)).toEqual([whole(60n)]);
  });
});

describe("allocation matches the Cosmos SDK's allocation tests", () => {
  it("TestAllocateTokensToManyValidators: 2 % tax, two equal signers: 49 each, 24.5 commission at 50 %, 2 to the pool", async () => {
    const h = (d = await DistributionHarness.create({ accounts: 4, communityTax: "0.02" }));
    const val0 = await validator(h, 0, 100n, "0.5");
    const val1 = await validator(h, 1, 100n, "0");
    expect(await h.communityPool()).toEqual([]);
    await h.collect(PAYER, 100n);
    const block = await h.block([{ key: 0, power: 100n }, { key: 1, power: 100n }]);
    expect(await h.outstanding(val0)).toEqual([dec(49n * ONE)]);
    expect(await h.outstanding(val1)).toEqual([dec(49n * ONE)]);
    expect(await h.communityPool()).toEqual([whole(2n)]);
    expect(await h.commission(val0)).toEqual([dec(2450n * ONE / 100n)]);
    expect(await h.commission(val1)).toEqual([]);
    const current = ((await h.s.exportAppState()).distribution as any).validator_current_rewards;
    expect(current.map((c: any) => [c.validator_address, c.rewards.rewards])).toEqual(
      expect.arrayContaining([[val0, [{ denom: "utrib", amount: "24.500000000000000000" }]], [val1, [{ denom: "utrib", amount: "49.000000000000000000" }]]]),
    );
    const events = flatEvents(block.events);
    expect(events).toEqual(expect.arrayContaining([
      "commission.amount=24.500000000000000000utrib", `commission.validator=${val0}`, "rewards.amount=49.000000000000000000utrib", `rewards.validator=${val1}`,
      "tributary.distribution.v1.EventAllocation.total=100utrib", "tributary.distribution.v1.EventAllocation.community_pool=2.000000000000000000utrib",
    ]));
  });

  it("TestAllocateTokensTruncation: 634195840 over powers 11/10/10 at 10 % commission stays whole and exact", async () => {
    const h = (d = await DistributionHarness.create({ accounts: 4, communityTax: "0.02" }));
    const vals = [await validator(h, 0, 110n, "0.1"), await validator(h, 1, 100n, "0.1"), await validator(h, 2, 100n, "0.1")];
    const fees = 634_195_840n;
    await h.collect(PAYER, fees);
    await h.block([{ key: 0, power: 11n }, { key: 1, power: 10n }, { key: 2, power: 10n }]);
    const amount = (xs: string[]) => (xs.length === 0 ? 0n : BigInt(xs[0]!.replace("utrib", "").replace(".", "")));
    const outstanding = await Promise.all(vals.map(async (v) => amount(await h.outstanding(v))));
    const pool = amount(await h.communityPool());
    // Nothing lost or made: outstanding + pool = the fees, to the last 10^-18.
    expect(outstanding.reduce((a, b) => a + b, 0n) + pool).toBe(fees * ONE);
    // The validators got (1 − tax) of the fees by power, truncated: never more than the exact share.
    for (const [i, power] of [11n, 10n, 10n].entries()) {
      expect(outstanding[i]).toBeLessThanOrEqual((fees * ONE * 98n * power) / (100n * 31n));
      expect(outstanding[i]).toBeGreaterThan((fees * ONE * 98n * power) / (100n * 31n) - 10n ** 10n);
    }
    expect(pool).toBeGreaterThanOrEqual((fees * ONE * 2n) / 100n);
  });
});
