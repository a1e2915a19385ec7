import { afterEach, describe, expect, it } from "vitest";
import { FEE, StakingHarness, TRIB, flatEvents } from "../../test/stakingHarness.ts";
import { take } from "../../test/support/take.ts";

const BALANCE = 1_000_000_000n;
const UNBONDING_SECONDS = 1_814_400n;

describe("delegations", () => {
  let s: StakingHarness;
  afterEach(() => s?.close());

  it("MsgDelegate issues shares, moves tokens to the bonded pool and raises the power at EndBlock", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }] });
    const { result, block } = await s.tx(1, [s.delegate(1, s.valoper(0), 3n * TRIB)]);
    expect(result.code, result.log).toBe(0);
    const ev = flatEvents(result.events);
    expect(ev).toContain(`delegate.validator=${s.valoper(0)}`);
    expect(ev).toContain(`delegate.delegator=${s.address(1)}`);
    expect(ev).toContain("delegate.amount=3000000utrib");
    expect(ev).toContain("delegate.new_shares=3000000.000000000000000000");
    expect(block.validatorUpdates.map((u) => u.power)).toEqual([13n]);
    expect(await s.delegated(1, s.valoper(0))).toBe(3n * TRIB);
    expect(await s.h.balance(s.address(1))).toBe(BALANCE - 3n * TRIB - FEE);
    expect(await s.pool()).toEqual({ bonded: 13n * TRIB, notBonded: 0n });
    expect(await s.poolBalances()).toEqual(await s.pool());
  });

  it("rejects a delegation to an unknown validator, in a foreign denom, or beyond the balance", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }] });
    const unknown = (await s.tx(1, [s.delegate(1, s.valoper(2), TRIB)])).result;
    expect([unknown.codespace, unknown.code]).toEqual(["staking", 3]);
    const denom = (await s.tx(1, [s.delegate(1, s.valoper(0), TRIB, "uatom")])).result;
    expect([denom.codespace, denom.code]).toEqual(["sdk", 18]);
    const broke = (await s.tx(1, [s.delegate(1, s.valoper(0), 2000n * TRIB)])).result;
    expect([broke.codespace, broke.code]).toEqual(["sdk", 5]);
    expect(await s.h.balance(s.address(1))).toBe(BALANCE - 3n * FEE);
    expect(await s.pool()).toEqual({ bonded: 10n * TRIB, notBonded: 0n });
  });

  it("MsgUndelegate moves tokens to the not-bonded pool and pays them back at the completion time, not before", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }] });
    const supply = await s.supply();
    await s.tx(1, [s.delegate(1, s.valoper(0), 4n * TRIB)]);
    const at = s.h.nextBlockSeconds();
    const { result, block } = await s.tx(1, [s.undelegate(1, s.valoper(0), 3n * TRIB)]);
    expect(result.code, result.log).toBe(0);
    const completion = at + UNBONDING_SECONDS;
    expect(flatEvents(result.events)).toContain(`unbond.completion_time=${new Date(Number(completion) * 1000).toISOString().replace(".000", "")}`);
    expect(block.validatorUpdates.map((u) => u.power)).toEqual([11n]);
    expect(await s.pool()).toEqual({ bonded: 11n * TRIB, notBonded: 3n * TRIB });
    const [ubd] = take(await s.unbondings(1), 1);
    expect(ubd.entries.map((e) => [e.balance, e.completionTime.seconds])).toEqual([["3000000", completion]]);
    const before = await s.h.balance(s.address(1));

    s.h.skipTime(UNBONDING_SECONDS - 2n); // the next block is one second before completion
    expect(s.h.nextBlockSeconds()).toBe(completion - 1n);
    await s.block();
    expect(await s.h.balance(s.address(1))).toBe(before);
    const done = await s.block(); // exactly at completion
    expect(flatEvents(done.events)).toContain(`complete_unbonding.amount=3000000utrib`);
    expect(flatEvents(done.events)).toContain(`complete_unbonding.delegator=${s.address(1)}`);
    expect(await s.h.balance(s.address(1))).toBe(before + 3n * TRIB);
    expect(await s.unbondings(1)).toEqual([]);
    expect(await s.pool()).toEqual({ bonded: 11n * TRIB, notBonded: 0n });
    expect(await s.poolBalances()).toEqual(await s.pool());
    // Staking moved coins around; only fees left the accounts, and fees are not burnt.
    expect(await s.supply()).toBe(supply);
  });

  it("rejects undelegating more than delegated, from nobody, and past max_entries", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }], staking: (g) => (g.params.max_entries = 2) });
    await s.tx(1, [s.delegate(1, s.valoper(0), 2n * TRIB)]);
    const tooMuch = (await s.tx(1, [s.undelegate(1, s.valoper(0), 2n * TRIB + 1n)])).result;
    expect([tooMuch.codespace, tooMuch.code]).toEqual(["sdk", 18]);
    expect(tooMuch.log).toMatch(/cannot unbond 2000001 tokens, the delegation of trib1\w+ to tribvaloper1\w+ is worth 2000000/);
    const none = (await s.tx(2, [s.undelegate(2, s.valoper(0), 1n)])).result;
    expect([none.codespace, none.code]).toEqual(["staking", 19]);
    expect(await s.delegated(1, s.valoper(0))).toBe(2n * TRIB);
    expect((await s.tx(1, [s.undelegate(1, s.valoper(0), 1n)])).result.code).toBe(0);
    expect((await s.tx(1, [s.undelegate(1, s.valoper(0), 1n)])).result.code).toBe(0);
    const third = (await s.tx(1, [s.undelegate(1, s.valoper(0), 1n)])).result;
    expect([third.codespace, third.code]).toEqual(["staking", 27]);
    expect((await s.unbondings(1))[0]!.entries).toHaveLength(2);
  });

  it("undelegating everything removes the delegation; an operator below min self-delegation is jailed and leaves the set", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }, { account: 1, power: 5n }] });
    await s.tx(2, [s.delegate(2, s.valoper(1), TRIB)]);
    expect((await s.tx(2, [s.undelegate(2, s.valoper(1), TRIB)])).result.code).toBe(0);
    expect(await s.delegated(2, s.valoper(1))).toBe(0n);
    // min_self_delegation is 1 utrib: withdrawing the whole self-bond jails the validator.
    const { result, block } = await s.tx(1, [s.undelegate(1, s.valoper(1), 5n * TRIB)]);
    expect(result.code, result.log).toBe(0);
    expect(block.validatorUpdates.map((u) => u.power)).toEqual([0n]);
    const v = await s.validator(s.valoper(1));
    expect(v.jailed).toBe(true);
    expect(v.status).toBe(2); // UNBONDING
    expect(await s.pool()).toEqual({ bonded: 10n * TRIB, notBonded: 6n * TRIB });
    // Once the unbonding time has passed it is unbonded and, with no shares left, deleted.
    s.h.skipTime(UNBONDING_SECONDS);
    await s.block();
    expect(await s.hasValidator(s.valoper(1))).toBe(false);
    expect(await s.pool()).toEqual({ bonded: 10n * TRIB, notBonded: 0n });
  });
});

describe("redelegations", () => {
  let s: StakingHarness;
  afterEach(() => s?.close());

  it("moves stake at once, records an entry until the unbonding time, and refuses a transitive redelegation meanwhile", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }, { account: 1, power: 10n }, { account: 2, power: 10n }] });
    await s.tx(3, [s.delegate(3, s.valoper(0), 4n * TRIB)]);
    const { result, block } = await s.tx(3, [s.redelegate(3, s.valoper(0), s.valoper(1), 4n * TRIB)]);
    expect(result.code, result.log).toBe(0);
    const ev = flatEvents(result.events);
    expect(ev).toContain(`redelegate.source_validator=${s.valoper(0)}`);
    expect(ev).toContain(`redelegate.destination_validator=${s.valoper(1)}`);
    expect(ev).toContain("redelegate.amount=4000000utrib");
    expect(block.validatorUpdates.map((u) => u.power).sort()).toEqual([10n, 14n]);
    expect(await s.delegated(3, s.valoper(0))).toBe(0n);
    expect(await s.delegated(3, s.valoper(1))).toBe(4n * TRIB);
    const [red] = take(await s.redelegations(3), 1);
    expect(red.redelegation.entries.map((e) => [e.initialBalance, e.sharesDst])).toEqual([["4000000", "4000000000000000000000000"]]);
    expect(red.entries[0]!.balance).toBe("4000000");
    expect(await s.pool()).toEqual({ bonded: 34n * TRIB, notBonded: 0n });

    const transitive = (await s.tx(3, [s.redelegate(3, s.valoper(1), s.valoper(2), TRIB)])).result;
    expect([transitive.codespace, transitive.code]).toEqual(["staking", 32]);
    expect(transitive.log).toMatch(/still redelegating into tribvaloper1/);
    const self = (await s.tx(3, [s.redelegate(3, s.valoper(1), s.valoper(1), TRIB)])).result;
    expect([self.codespace, self.code]).toEqual(["staking", 29]);
    const nowhere = (await s.tx(3, [s.redelegate(3, s.valoper(1), s.valoper(3), TRIB)])).result;
    expect([nowhere.codespace, nowhere.code]).toEqual(["staking", 31]);
    expect(await s.delegated(3, s.valoper(1))).toBe(4n * TRIB);

    s.h.skipTime(UNBONDING_SECONDS);
    const done = await s.block();
    expect(flatEvents(done.events)).toContain(`complete_redelegation.source_validator=${s.valoper(0)}`);
    expect(await s.redelegations(3)).toEqual([]);
    expect((await s.tx(3, [s.redelegate(3, s.valoper(1), s.valoper(2), TRIB)])).result.code).toBe(0);
  });
});
