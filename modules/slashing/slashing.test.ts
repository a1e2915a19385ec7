import { afterEach, describe, expect, it } from "vitest";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { StakingHarness, TRIB, consKey, flatEvents } from "../../test/stakingHarness.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const updates = (b: { validatorUpdates: { pubKey: { ed25519?: Uint8Array }; power: bigint }[] }) =>
  b.validatorUpdates.map((u) => [hex(u.pubKey.ed25519!), u.power]);
const V0 = { key: 0, power: 10n };
const V1 = { key: 1, power: 10n };

describe("liveness", () => {
  let s: StakingHarness;
  afterEach(() => s?.close());

  it("jails and slashes a validator that misses too many blocks of its window; unjail works only after jailed_until", async () => {
    s = await StakingHarness.create({
      validators: [{ account: 0, power: 10n }, { account: 1, power: 10n }],
      slashing: (g) => (g.params.signed_blocks_window = "10"),
    });
    const supply = await s.supply();
    expect((await s.signingInfo(1)).startHeight).toBe(1n);
    // Window 10, min signed 0.5: more than 5 misses, after height 1 + 10, is downtime.
    let jailedAt = 0n;
    for (let i = 0; i < 12 && jailedAt === 0n; i++) {
      const b = await s.blockWithVotes([V0], [V1]);
      const ev = flatEvents(b.events);
      expect(ev).toContain("liveness.height=" + s.h.height);
      if (ev.includes("slash.reason=missing_signature")) {
        jailedAt = s.h.height;
        expect(ev).toContain("slash.burned_coins=1000");
        expect(ev).toContain("slash.power=10");
        expect(ev).toContain("slash.mode=BeginBlock");
        // Removed from the set by EndBlock of the same block.
        expect(updates(b)).toEqual([[hex(consKey(1)), 0n]]);
      }
    }
    expect(jailedAt).toBe(12n);
    const v = await s.validator(s.valoper(1));
    expect([v.jailed, v.status, v.tokens]).toEqual([true, BondStatus.BOND_STATUS_UNBONDING, "9999000"]);
    expect(await s.supply()).toBe(supply - 1000n);
    const info = await s.signingInfo(1);
    expect([info.missedBlocksCounter, info.indexOffset, info.tombstoned]).toEqual([0n, 0n, false]);
    const jailedUntil = info.jailedUntil.seconds;
    expect(jailedUntil).toBe(s.h.nextBlockSeconds() - 1n + 600n);
    // A jailed validator's votes are not counted any more.
    await s.blockWithVotes([V0], [V1]);
    expect((await s.signingInfo(1)).missedBlocksCounter).toBe(0n);

    const early = (await s.tx(1, [s.unjail(1)])).result;
    expect([early.codespace, early.code]).toEqual(["slashing", 4]);
    expect(early.log).toMatch(/is jailed until 2023-11-\d\dT\d\d:\d\d:\d\dZ/);
    expect((await s.validator(s.valoper(1))).jailed).toBe(true);

    s.h.skipTime(jailedUntil - s.h.nextBlockSeconds());
    const { result, block } = await s.tx(1, [s.unjail(1)]);
    expect(result.code, result.log).toBe(0);
    expect(updates(block)).toEqual([[hex(consKey(1)), 9n]]);
    expect((await s.validator(s.valoper(1))).status).toBe(BondStatus.BOND_STATUS_BONDED);
    // Bonded again: its window starts over.
    expect((await s.signingInfo(1)).startHeight).toBe(s.h.height);
  });

  it("a validator that signs enough stays bonded; votes of keys staking does not know are ignored", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }], slashing: (g) => (g.params.signed_blocks_window = "10") });
    for (let i = 0; i < 15; i++) await s.blockWithVotes(i % 2 === 0 ? [V0, { key: 7, power: 1n }] : [{ key: 7, power: 1n }], i % 2 === 0 ? [] : [V0]);
    expect((await s.validator(s.valoper(0))).jailed).toBe(false);
    expect((await s.signingInfo(0)).missedBlocksCounter).toBe(5n);
    await expect(s.signingInfo(7)).rejects.toThrow(/SigningInfo not found/);
  });
});

describe("double signing", () => {
  let s: StakingHarness;
  afterEach(() => s?.close());

  it("slashes the stake at the infraction including unbondings and redelegations begun since, jails and tombstones", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }, { account: 1, power: 10n }] });
    await s.tx(2, [s.delegate(2, s.valoper(1), 10n * TRIB)]);
    await s.tx(3, [s.delegate(3, s.valoper(1), 6n * TRIB)]);
    const infraction = s.h.height; // val1 has power 26 here
    await s.tx(2, [s.undelegate(2, s.valoper(1), 4n * TRIB)]);
    await s.tx(3, [s.redelegate(3, s.valoper(1), s.valoper(0), 6n * TRIB)]);
    const supply = await s.supply();
    const pools = await s.pool();

    const b = await s.blockWithDoubleSign(1, 26n, infraction);
    const ev = flatEvents(b.events);
    expect(ev).toContain("slash.reason=double_sign");
    expect(ev).toContain("slash.power=26");
    // 5% of 26 TRIB = 1.3 TRIB: 0.2 from the unbonding, 0.3 from the redelegation, 0.8 from the validator.
    expect(ev).toContain("slash.burned_coins=800000");
    expect(ev).toContain(`slash.jailed=${(await s.signingInfo(1)).address}`);
    // Val0 lost the 0.3 TRIB of the redelegated stake: 16 → 15 power.
    expect(updates(b).sort()).toEqual([[hex(consKey(0)), 15n], [hex(consKey(1)), 0n]].sort());
    expect(await s.supply()).toBe(supply - 1_300_000n);
    expect((await s.validator(s.valoper(1))).tokens).toBe("15200000");
    expect((await s.unbondings(2))[0]!.entries.map((e) => e.balance)).toEqual(["3800000"]);
    expect(await s.delegated(3, s.valoper(0))).toBe(5_700_000n);
    // Val1 left the set: its 15.2 TRIB moved to the not-bonded pool.
    expect(await s.pool()).toEqual({ bonded: pools.bonded - 16n * TRIB - 300_000n, notBonded: pools.notBonded - 200_000n + 15_200_000n });
    expect(await s.poolBalances()).toEqual(await s.pool());
    const info = await s.signingInfo(1);
    expect(info.tombstoned).toBe(true);
    expect(info.jailedUntil.seconds).toBe(253402300799n);

    // Tombstoned: further evidence is ignored, and unjail is refused forever.
    expect(flatEvents((await s.blockWithDoubleSign(1, 26n, infraction)).events).some((e) => e.startsWith("slash."))).toBe(false);
    s.h.skipTime(10n ** 9n);
    const r = (await s.tx(1, [s.unjail(1)])).result;
    expect([r.codespace, r.code]).toEqual(["slashing", 4]);
    expect(r.log).toMatch(/tombstoned/);
  });

  it("ignores evidence older than the unbonding period and evidence against unknown keys", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }, { account: 1, power: 10n }] });
    const supply = await s.supply();
    await s.blockWithDoubleSign(1, 10n, 1n, 1_814_401n);
    await s.blockWithDoubleSign(9, 10n, 1n);
    expect(await s.supply()).toBe(supply);
    expect((await s.validator(s.valoper(1))).jailed).toBe(false);
    expect((await s.signingInfo(1)).tombstoned).toBe(false);
  });
});

describe("MsgUnjail rejections", () => {
  let s: StakingHarness;
  afterEach(() => s?.close());

  it("names the problem: not jailed, no validator, self-delegation too low or missing", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }] });
    const notJailed = (await s.tx(0, [s.unjail(0)])).result;
    expect([notJailed.codespace, notJailed.code]).toEqual(["slashing", 5]);
    const none = (await s.tx(1, [s.unjail(1)])).result;
    expect([none.codespace, none.code]).toEqual(["slashing", 2]);

    // Validator 1 requires 5 TRIB of self-delegation; unbonding 1 TRIB jails it.
    await s.tx(1, [s.createValidator(1, { selfBond: 5n * TRIB, minSelf: "5000000" })]);
    await s.tx(1, [s.undelegate(1, s.valoper(1), TRIB)]);
    expect((await s.validator(s.valoper(1))).jailed).toBe(true);
    const low = (await s.tx(1, [s.unjail(1)])).result;
    expect([low.codespace, low.code]).toEqual(["slashing", 7]);
    expect(low.log).toMatch(/4000000 less than 5000000/);
    // Topping the self-delegation up again lets it back in.
    await s.tx(1, [s.delegate(1, s.valoper(1), TRIB)]);
    const { result, block } = await s.tx(1, [s.unjail(1)]);
    expect(result.code, result.log).toBe(0);
    expect(updates(block)).toEqual([[hex(consKey(1)), 5n]]);

    // Validator 2 keeps an outside delegation but its operator leaves entirely.
    await s.tx(2, [s.createValidator(2, { selfBond: 2n * TRIB })]);
    await s.tx(3, [s.delegate(3, s.valoper(2), TRIB)]);
    await s.tx(2, [s.undelegate(2, s.valoper(2), 2n * TRIB)]);
    const missing = (await s.tx(2, [s.unjail(2)])).result;
    expect([missing.codespace, missing.code]).toEqual(["slashing", 6]);
    expect((await s.validator(s.valoper(2))).jailed).toBe(true);
  });
});
