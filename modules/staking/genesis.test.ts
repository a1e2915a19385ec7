import { afterEach, describe, expect, it } from "vitest";
import { GenesisError } from "../../chain/genesisError.ts";
import { validateAppState } from "../index.ts";
import { StakingHarness, TRIB } from "../../test/stakingHarness.ts";

const V = (key: number, power = 10n) => ({ key, power });

/** A chain with every kind of staking and slashing state: bonded, unbonding, jailed, entries, misses. */
async function busyChain(): Promise<StakingHarness> {
  const s = await StakingHarness.create({
    accounts: 5,
    validators: [{ account: 0, power: 10n }, { account: 1, power: 10n }, { account: 2, power: 10n }],
    slashing: (g) => (g.params.signed_blocks_window = "10"),
  });
  await s.tx(3, [s.delegate(3, s.valoper(0), 3n * TRIB), s.delegate(3, s.valoper(1), 2n * TRIB)]);
  await s.tx(3, [s.undelegate(3, s.valoper(0), TRIB)]);
  await s.tx(3, [s.redelegate(3, s.valoper(1), s.valoper(2), TRIB)]);
  await s.tx(4, [s.createValidator(4, { selfBond: 2n * TRIB, minSelf: "2000000" })]);
  await s.tx(4, [s.undelegate(4, s.valoper(4), TRIB / 2n)]); // jailed: below its minimum
  for (let i = 0; i < 3; i++) await s.blockWithVotes([V(0), V(2)], [V(1)]);
  return s;
}

describe("staking and slashing genesis", () => {
  let s: StakingHarness | undefined;
  let t: StakingHarness | undefined;
  afterEach(async () => {
    await s?.close();
    await t?.close();
    s = t = undefined;
  });

  it("export → import → export gives the same state, and InitChain returns the exported set", async () => {
    s = await busyChain();
    const exported = await s.exportAppState();
    expect(() => validateAppState(structuredClone(exported))).not.toThrow();
    const staking = exported.staking as any;
    expect(staking.exported).toBe(true);
    expect(staking.validators.map((v: any) => [v.description.moniker, v.status, v.jailed])).toEqual(
      expect.arrayContaining([["val4", "BOND_STATUS_UNBONDING", true], ["val0", "BOND_STATUS_BONDED", false]]),
    );
    expect(staking.unbonding_delegations).toHaveLength(2);
    expect(staking.redelegations).toHaveLength(1);
    expect(staking.delegations[0].shares).toMatch(/^\d+\.\d{18}$/);
    const slashing = exported.slashing as any;
    const missed = slashing.missed_blocks.find((m: any) => m.missed_blocks.length > 0);
    expect(missed.missed_blocks.map((m: any) => m.index)).toEqual(["0", "1", "2"]);

    t = await StakingHarness.create({ accounts: 5, appState: (st) => Object.assign(st, structuredClone(exported)) });
    const powers = (staking.last_validator_powers as any[]).map((l) => BigInt(l.power)).sort();
    expect(t.h.initChainResponse.validators.map((u) => u.power).sort()).toEqual(powers);
    expect(await t.exportAppState()).toEqual(exported);
    expect(await t.pool()).toEqual(await s.pool());
  });

  const cases: [string, (g: any) => void, string][] = [
    ["zero unbonding time", (g) => (g.staking.params.unbonding_time = "0s"), "app_state.staking.params.unbonding_time"],
    ["bad duration", (g) => (g.staking.params.unbonding_time = "21d"), "app_state.staking.params.unbonding_time"],
    ["zero max validators", (g) => (g.staking.params.max_validators = 0), "app_state.staking.params.max_validators"],
    ["bad bond denom", (g) => (g.staking.params.bond_denom = "u"), "app_state.staking.params.bond_denom"],
    ["duplicate operator", (g) => g.staking.validators.push(structuredClone(g.staking.validators[0])), "app_state.staking.validators[4].operator_address"],
    ["duplicate consensus key", (g) => (g.staking.validators[1].consensus_pubkey = g.staking.validators[0].consensus_pubkey), "app_state.staking.validators[1].consensus_pubkey"],
    ["unknown status", (g) => (g.staking.validators[0].status = "ACTIVE"), "app_state.staking.validators[0].status"],
    ["bonded and jailed", (g) => ((g.staking.validators.find((v: any) => v.status === "BOND_STATUS_BONDED").jailed = true)), "app_state.staking.validators"],
    ["bad shares decimal", (g) => (g.staking.validators[0].delegator_shares = "1e6"), "app_state.staking.validators[0].delegator_shares"],
    ["shares not matching delegations", (g) => (g.staking.delegations[0].shares = "1.000000000000000000"), "app_state.staking.validators"],
    ["rate above max rate", (g) => (g.staking.validators[0].commission.commission_rates.rate = "0.9"), "app_state.staking.validators[0].commission.commission_rates"],
    ["delegation to an unknown validator", (g) => (g.staking.delegations[0].validator_address = "tribvaloper1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5ylagkr"), "app_state.staking.delegations[0].validator_address"],
    ["operator with the wrong prefix", (g) => (g.staking.validators[0].operator_address = g.staking.delegations[0].delegator_address), "app_state.staking.validators[0].operator_address"],
    ["last total power mismatch", (g) => (g.staking.last_total_power = "1"), "app_state.staking.last_total_power"],
    ["unbonding balance above initial", (g) => (g.staking.unbonding_delegations[0].entries[0].balance = "999999999"), "app_state.staking.unbonding_delegations[0].entries[0].balance"],
    ["bad completion time", (g) => (g.staking.unbonding_delegations[0].entries[0].completion_time = "tomorrow"), "app_state.staking.unbonding_delegations[0].entries[0].completion_time"],
    ["zero signed blocks window", (g) => (g.slashing.params.signed_blocks_window = "0"), "app_state.slashing.params.signed_blocks_window"],
    ["slash fraction above 1", (g) => (g.slashing.params.slash_fraction_downtime = "1.5"), "app_state.slashing.params.slash_fraction_downtime"],
    ["signing info with an account address", (g) => (g.slashing.signing_infos[0].address = g.staking.delegations[0].delegator_address), "app_state.slashing.signing_infos[0].address"],
    ["missed block outside the window", (g) => g.slashing.missed_blocks[0].missed_blocks.push({ index: "10", missed: true }), "app_state.slashing.missed_blocks[0].missed_blocks[0].index"],
  ];

  it("validateGenesis names the field for each kind of mistake", async () => {
    s = await busyChain();
    const exported = await s.exportAppState();
    for (const [name, mutate, field] of cases) {
      const g = structuredClone(exported) as any;
      mutate(g);
      let err: unknown;
      try {
        validateAppState(g);
      } catch (e) {
        err = e;
      }
      expect(err, name).toBeInstanceOf(GenesisError);
      expect((err as GenesisError).field.startsWith(field), `${name}: ${(err as GenesisError).field}`).toBe(true);
    }
  });
});
