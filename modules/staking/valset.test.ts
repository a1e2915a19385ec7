import { afterEach, describe, expect, it } from "vitest";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { addressBytes } from "../../chain/address.ts";
import { StakingHarness, TRIB, consKey } from "../../test/stakingHarness.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const updates = (b: { validatorUpdates: { pubKey: { ed25519?: Uint8Array }; power: bigint }[] }) =>
  b.validatorUpdates.map((u) => [hex(u.pubKey.ed25519!), u.power]);
const UNBONDING_SECONDS = 1_814_400n;

describe("validator set updates at EndBlock", () => {
  let s: StakingHarness;
  afterEach(() => s?.close());

  it("InitChain returns the genesis set; a new validator enters with its power", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }, { account: 1, power: 20n }] });
    expect(s.h.initChainResponse.validators.map((u) => [hex(u.pubKey.ed25519!), u.power]).sort()).toEqual(
      [[hex(consKey(0)), 10n], [hex(consKey(1)), 20n]].sort(),
    );
    const { block } = await s.tx(2, [s.createValidator(2, { selfBond: 7n * TRIB })]);
    expect(updates(block)).toEqual([[hex(consKey(2)), 7n]]);
    expect((await s.validators("BOND_STATUS_BONDED")).length).toBe(3);
  });

  it("max_validators keeps the top set; a stronger newcomer pushes the weakest out to UNBONDING, then UNBONDED", async () => {
    s = await StakingHarness.create({
      accounts: 5,
      validators: [{ account: 0, power: 10n }, { account: 1, power: 20n }],
      staking: (g) => (g.params.max_validators = 2),
    });
    // Too weak to enter: no update, stays unbonded, tokens in the not-bonded pool.
    const weak = await s.tx(2, [s.createValidator(2, { selfBond: 5n * TRIB })]);
    expect(weak.result.code, weak.result.log).toBe(0);
    expect(updates(weak.block)).toEqual([]);
    expect((await s.validator(s.valoper(2))).status).toBe(BondStatus.BOND_STATUS_UNBONDED);
    expect(await s.pool()).toEqual({ bonded: 30n * TRIB, notBonded: 5n * TRIB });

    // Delegations lift it above validator 0: it enters, validator 0 leaves with power 0.
    const lift = await s.tx(3, [s.delegate(3, s.valoper(2), 10n * TRIB)]);
    expect(updates(lift.block).sort()).toEqual([[hex(consKey(2)), 15n], [hex(consKey(0)), 0n]].sort());
    expect((await s.validator(s.valoper(2))).status).toBe(BondStatus.BOND_STATUS_BONDED);
    const out = await s.validator(s.valoper(0));
    expect(out.status).toBe(BondStatus.BOND_STATUS_UNBONDING);
    expect(out.unbondingTime.seconds).toBe(s.h.nextBlockSeconds() - 1n + UNBONDING_SECONDS);
    expect(await s.pool()).toEqual({ bonded: 35n * TRIB, notBonded: 10n * TRIB });
    expect(await s.poolBalances()).toEqual(await s.pool());

    s.h.skipTime(UNBONDING_SECONDS);
    await s.block();
    expect((await s.validator(s.valoper(0))).status).toBe(BondStatus.BOND_STATUS_UNBONDED);
    expect(await s.validators("BOND_STATUS_UNBONDED")).toHaveLength(1);
  });

  it("ties in power go to the lower operator address", async () => {
    s = await StakingHarness.create({ accounts: 4, validators: [{ account: 0, power: 10n }, { account: 1, power: 10n }, { account: 2, power: 10n }], staking: (g) => (g.params.max_validators = 2) });
    const bonded = (await s.validators("BOND_STATUS_BONDED")).map((v) => v.operatorAddress);
    const byBytes = [0, 1, 2].sort((a, b) => Buffer.compare(addressBytes(s.address(a)), addressBytes(s.address(b))));
    expect(bonded).toHaveLength(2);
    // The operator with the highest address bytes is left out.
    expect(bonded.sort()).toEqual([s.valoper(byBytes[0]!), s.valoper(byBytes[1]!)].sort());
    expect((await s.validator(s.valoper(byBytes[2]!))).status).toBe(BondStatus.BOND_STATUS_UNBONDING);
  });

  it("a validator coming back from UNBONDING re-enters and its tokens return to the bonded pool", async () => {
    s = await StakingHarness.create({ accounts: 4, validators: [{ account: 0, power: 10n }, { account: 1, power: 20n }], staking: (g) => (g.params.max_validators = 1) });
    expect((await s.validator(s.valoper(0))).status).toBe(BondStatus.BOND_STATUS_UNBONDING);
    const back = await s.tx(2, [s.delegate(2, s.valoper(0), 15n * TRIB)]);
    expect(updates(back.block).sort()).toEqual([[hex(consKey(0)), 25n], [hex(consKey(1)), 0n]].sort());
    expect(await s.pool()).toEqual({ bonded: 25n * TRIB, notBonded: 20n * TRIB });
    expect(await s.poolBalances()).toEqual(await s.pool());
  });
});
