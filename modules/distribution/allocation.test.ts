/**
 * BeginBlock's allocation on the real App: only validators that signed the previous block share
 * it, by power; nobody signing (or the first block) sends everything to the community pool; and a
 * long run of mixed activity keeps every invariant after every block (AppHarness checks them)
 * and leaves only dust once everyone has withdrawn everything.
 */
import { afterEach, describe, expect, it } from "vitest";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import { DISTRIBUTION_ADDRESS, DistributionHarness, FEE_COLLECTOR_ADDRESS, dec, whole } from "../../test/distributionHarness.ts";
import { TRIB, consAddr, flatEvents } from "../../test/stakingHarness.ts";

const V = (key: number, power = 10n) => ({ key, power });
const three = [{ account: 0, power: 10n }, { account: 1, power: 10n }, { account: 2, power: 10n }];
const EVENT = "tributary.distribution.v1.EventAllocation";

let d: DistributionHarness | undefined;
afterEach(async () => {
  await d?.close();
  d = undefined;
});

describe("allocation", () => {
  it("only COMMIT votes share: a validator absent or voting nil gets nothing, its share goes to those that signed", async () => {
    const h = (d = await DistributionHarness.create({ accounts: 4, validators: three }));
    await h.collect(3, 3_000_000n);
    const vote = (key: number, flag: BlockIDFlag) => ({ validator: { address: consAddr(key), power: 10n }, blockIdFlag: flag });
    const res = await h.s.h.deliver([], { decidedLastCommit: { round: 0, votes: [vote(0, BlockIDFlag.BLOCK_ID_FLAG_COMMIT), vote(1, BlockIDFlag.BLOCK_ID_FLAG_NIL), vote(2, BlockIDFlag.BLOCK_ID_FLAG_ABSENT)] } });
    expect(await h.outstanding(h.s.valoper(0))).toEqual([whole(3_000_000n)]);
    expect(await h.outstanding(h.s.valoper(1))).toEqual([]);
    expect(await h.outstanding(h.s.valoper(2))).toEqual([]);
    expect(flatEvents(res.events)).toEqual(expect.arrayContaining([`${EVENT}.total=3000000utrib`, `${EVENT}.signers=1`, `${EVENT}.compute=`, `${EVENT}.community_pool=`]));
  });

  it("shares by power among the signers, commission first, tax and dust to the community pool", async () => {
    const h = (d = await DistributionHarness.create({ accounts: 4, communityTax: "0.03", validators: three }));
    await h.collect(3, 1_000_001n);
    await h.block([V(0, 30n), V(1, 10n)]);
    // 1,000,001 × 0.97 = 970,000.97; × 30/40 and × 10/40 (truncated); genesis validators take 10 % commission.
    expect(await h.outstanding(h.s.valoper(0))).toEqual([dec(727_500_727_500_000_000_000_000n)]);
    expect(await h.outstanding(h.s.valoper(1))).toEqual([dec(242_500_242_500_000_000_000_000n)]);
    expect(await h.commission(h.s.valoper(0))).toEqual([dec(72_750_072_750_000_000_000_000n)]);
    expect(await h.communityPool()).toEqual([dec(30_000_030_000_000_000_000_000n)]);
  });

  it("with nobody signing, or at the first block, everything goes to the community pool", async () => {
    const h = (d = await DistributionHarness.create({
      accounts: 4,
      validators: three,
      // fee_collector starts with 777 utrib: block 1 allocates it, and nobody signed block 0.
      appState: (s) => s.bank.balances.push({ address: FEE_COLLECTOR_ADDRESS, coins: [{ denom: "utrib", amount: "777" }] }),
    }));
    expect(await h.communityPool()).toEqual([whole(777n)]);
    await h.collect(3, 5_000n);
    const res = await h.block([], [V(0), V(1), V(2)]);
    expect(await h.communityPool()).toEqual([whole(5_777n)]);
    expect(flatEvents(res.events)).toEqual(expect.arrayContaining([`${EVENT}.signers=0`, `${EVENT}.validators=`, `${EVENT}.community_pool=5000.000000000000000000utrib`]));
    expect(await h.balance(DISTRIBUTION_ADDRESS)).toBe(5_777n);
    expect(await h.balance(FEE_COLLECTOR_ADDRESS)).toBe(0n);
  });

  it("a vote from a key staking does not know is ignored: the known signers share everything", async () => {
    const h = (d = await DistributionHarness.create({ accounts: 4, validators: three }));
    await h.collect(3, 2_000_000n);
    await h.block([V(0), V(9, 1_000n)]);
    expect(await h.outstanding(h.s.valoper(0))).toEqual([whole(2_000_000n)]);
  });

  it("60 blocks of delegations, redelegations, undelegations, withdrawals, misses and a slash keep every invariant; then everyone withdraws everything", async () => {
    const h = (d = await DistributionHarness.create({
      accounts: 6,
      communityTax: "0.02",
      validators: three,
      slashing: (g) => (g.params.slash_fraction_double_sign = "0.050000000000000000"),
    }));
    const vals = [0, 1, 2].map((i) => h.s.valoper(i));
    const power = async (i: number) => BigInt((await h.s.validator(vals[i]!)).tokens) / TRIB;
    const passed = new Map<number, number>();
    // Accounts 3, 4, 5 delegate to every validator first.
    for (const a of [3, 4, 5]) await h.tx(a, vals.map((v, i) => h.s.delegate(a, v, BigInt(2 + i + a) * TRIB)), { fee: 1_000n, votes: [V(0), V(1), V(2)] });
    for (let b = 0; b < 60; b++) {
      const votes = [];
      for (let i = 0; i < 3; i++) if ((b + i) % 7 !== 0) votes.push(V(i, await power(i)));
      const actor = 3 + (b % 3);
      const k = Math.floor(b / 3) % 3;
      const [target, other] = [vals[k]!, vals[(k + 1) % 3]!];
      const fee = BigInt(1_000 + ((b * 7919) % 50_000));
      let msg;
      switch (b % 6) {
        case 0: msg = h.s.delegate(actor, target, BigInt(1 + (b % 5)) * TRIB + BigInt(b)); break;
        case 1: msg = h.withdrawReward(actor, target); break;
        case 2: msg = h.s.redelegate(actor, target, other, TRIB / 3n); break;
        case 3: msg = h.s.undelegate(actor, other, TRIB / 7n); break;
        case 4: msg = h.withdrawCommission(b % 3); break;
        default: msg = h.s.delegate(actor, target, 333_333n);
      }
      const signer = b % 6 === 4 ? b % 3 : actor;
      const { result } = await h.tx(signer, [msg], { fee, votes });
      if (result.code === 0) passed.set(b % 6, (passed.get(b % 6) ?? 0) + 1);
      if (b === 30) await h.block(votes, [], [{ key: 1, power: await power(1), height: h.height - 3n }]);
    }
    await h.block([V(0, await power(0)), V(2, await power(2))]);
    // Every kind of message went through several times, and the slash happened.
    expect([...passed.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...passed.values()].every((n) => n >= 3), JSON.stringify([...passed])).toBe(true);
    expect((await h.slashes(vals[1]!)).slashes).toHaveLength(1);
    // Everyone withdraws everything; what is left outstanding is rounding dust.
    for (const i of [0, 1, 2]) await h.tx(i, [h.withdrawCommission(i)]);
    for (const del of [0, 1, 2, 3, 4, 5]) {
      const total = await h.totalRewards(del);
      if (total.rewards.length > 0) await h.tx(del, total.rewards.map((r) => h.withdrawReward(del, r.validatorAddress)));
    }
    for (const v of vals) {
      const left = await h.outstanding(v);
      for (const c of left) expect(BigInt(c.replace(/[.a-z]/g, "")), `${v} keeps ${c}`).toBeLessThan(2n * 10n ** 18n);
    }
  }, 120_000);
});
