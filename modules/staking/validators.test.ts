import { afterEach, describe, expect, it } from "vitest";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { SimulateRequest } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { FEE, StakingHarness, TRIB, consKey, flatEvents } from "../../test/stakingHarness.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const BALANCE = 1_000_000_000n;

describe("MsgCreateValidator", () => {
  let s: StakingHarness;
  afterEach(() => s?.close());

  it("creates a validator that EndBlock bonds in the same block, with events, pools and supply in step", async () => {
    s = await StakingHarness.create();
    const supply = await s.supply();
    const { result, block } = await s.tx(0, [s.createValidator(0, { selfBond: 5n * TRIB })]);
    expect(result.code, result.log).toBe(0);
    const ev = flatEvents(result.events);
    expect(ev).toContain(`create_validator.validator=${s.valoper(0)}`);
    expect(ev).toContain("create_validator.amount=5000000utrib");
    // As the SDK: the self-delegation emits no separate delegate event.
    expect(ev.some((e) => e.startsWith("delegate."))).toBe(false);
    expect(ev).toContain("message.action=/cosmos.staking.v1beta1.MsgCreateValidator");
    expect(ev).toContain(`transfer.sender=${s.address(0)}`);
    // EndBlock of the same block: the validator enters the set with power 5.
    expect(block.validatorUpdates.map((u) => [hex(u.pubKey.ed25519!), u.power])).toEqual([[hex(consKey(0)), 5n]]);
    const v = await s.validator(s.valoper(0));
    expect(v.status).toBe(BondStatus.BOND_STATUS_BONDED);
    expect(v.tokens).toBe("5000000");
    expect(v.delegatorShares).toBe("5000000000000000000000000");
    expect(v.commission.commissionRates.rate).toBe("100000000000000000");
    expect(await s.pool()).toEqual({ bonded: 5n * TRIB, notBonded: 0n });
    expect(await s.poolBalances()).toEqual({ bonded: 5n * TRIB, notBonded: 0n });
    expect(await s.h.balance(s.address(0))).toBe(BALANCE - 5n * TRIB - FEE);
    expect(await s.supply()).toBe(supply);
    expect(await s.delegated(0, s.valoper(0))).toBe(5n * TRIB);
    // Nothing changes in the next block.
    expect((await s.block()).validatorUpdates).toEqual([]);
  });

  const rejections: [string, (s: StakingHarness) => any, string, number, RegExp][] = [
    ["commission above max rate", (s) => s.createValidator(1, { selfBond: TRIB, key: 1, rate: "300000000000000000" }), "staking", 11, /commission cannot be more than the max rate/],
    ["max rate above 100%", (s) => s.createValidator(1, { selfBond: TRIB, key: 1, rate: "1", maxRate: "1100000000000000000" }), "staking", 10, /cannot be more than 100%/],
    ["max change rate above max rate", (s) => s.createValidator(1, { selfBond: TRIB, key: 1, maxChangeRate: "300000000000000000" }), "staking", 14, /change rate cannot be more than the max rate/],
    ["self-bond below min_self_delegation", (s) => s.createValidator(1, { selfBond: TRIB, key: 1, minSelf: "2000000" }), "staking", 16, /self-bond 1000000 is below min_self_delegation 2000000/],
    ["a dotted decimal in protobuf", (s) => s.createValidator(1, { selfBond: TRIB, key: 1, rate: "0.1" }), "sdk", 18, /integer scaled by 10\^18/],
    ["a blank moniker", (s) => s.createValidator(1, { selfBond: TRIB, key: 1, moniker: "", details: "no name" }), "sdk", 18, /moniker cannot be blank/],
    ["a foreign denom", (s) => s.createValidator(1, { selfBond: TRIB, key: 1, denom: "uatom" }), "sdk", 18, /invalid coin denomination: got uatom, expected utrib/],
    ["a self-bond above the balance", (s) => s.createValidator(1, { selfBond: 2000n * TRIB, key: 1 }), "sdk", 5, /insufficient funds/],
  ];
  it.each(rejections)("rejects %s with a clear error and no state change", async (_name, build, codespace, code, log) => {
    s = await StakingHarness.create();
    const { result } = await s.tx(1, [build(s)]);
    expect([result.codespace, result.code]).toEqual([codespace, code]);
    expect(result.log).toMatch(log);
    expect(await s.validators()).toEqual([]);
    expect(await s.h.balance(s.address(1))).toBeGreaterThanOrEqual(BALANCE - FEE);
    expect(await s.pool()).toEqual({ bonded: 0n, notBonded: 0n });
  });

  it("refuses a second validator for the same operator or the same consensus key", async () => {
    s = await StakingHarness.create();
    expect((await s.tx(0, [s.createValidator(0, { selfBond: TRIB })])).result.code).toBe(0);
    const again = (await s.tx(0, [s.createValidator(0, { selfBond: TRIB, key: 9 })])).result;
    expect([again.codespace, again.code]).toEqual(["staking", 4]);
    expect(again.log).toMatch(/operator tribvaloper1\w+ already runs a validator/);
    const sameKey = (await s.tx(1, [s.createValidator(1, { selfBond: TRIB, key: 0 })])).result;
    expect([sameKey.codespace, sameKey.code]).toEqual(["staking", 5]);
    expect(sameKey.log).toMatch(new RegExp(`consensus key already used by ${s.valoper(0)}`));
    expect((await s.validators()).map((v) => v.operatorAddress)).toEqual([s.valoper(0)]);
    expect(await s.pool()).toEqual({ bonded: TRIB, notBonded: 0n });
  });

  it("honours min_commission_rate", async () => {
    s = await StakingHarness.create({ staking: (g) => (g.params.min_commission_rate = "0.150000000000000000") });
    const r = (await s.tx(0, [s.createValidator(0, { selfBond: TRIB })])).result;
    expect([r.codespace, r.code]).toEqual(["staking", 40]);
    expect(r.log).toMatch(/less than minimum rate of 0.150000000000000000/);
  });
});

describe("MsgEditValidator", () => {
  let s: StakingHarness;
  afterEach(() => s?.close());

  it("edits the description, changes commission once per 24h within max_change_rate, and only raises min self-delegation", async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 10n }] });
    const early = (await s.tx(0, [s.editValidator(0, { moniker: "renamed", rate: "120000000000000000" })])).result;
    expect([early.codespace, early.code]).toEqual(["staking", 12]);
    expect((await s.validator(s.valoper(0))).description.moniker).toBe("val0");

    const ok = (await s.tx(0, [s.editValidator(0, { moniker: "renamed" })])).result;
    expect(ok.code, ok.log).toBe(0);
    expect(flatEvents(ok.events)).toContain("edit_validator.commission_rate=0.100000000000000000");
    const v = await s.validator(s.valoper(0));
    expect(v.description.moniker).toBe("renamed");
    expect(v.description.website).toBe("");

    s.h.skipTime(24n * 3600n);
    await s.block();
    // Simulation (fee "auto") runs at the last block's time, so it sees the 24 h as passed.
    const sim = await s.h.app.query({
      path: "/cosmos.tx.v1beta1.Service/Simulate",
      data: SimulateRequest.encode({ txBytes: await s.h.signTx(0, { msgs: [s.editValidator(0, { rate: "105000000000000000" })] }) }).finish(),
      height: 0n,
      prove: false,
    });
    expect(sim.code, sim.log).toBe(0);
    const tooFar = (await s.tx(0, [s.editValidator(0, { rate: "120000000000000000" })])).result;
    expect([tooFar.codespace, tooFar.code]).toEqual(["staking", 15]);
    const change = (await s.tx(0, [s.editValidator(0, { rate: "105000000000000000" })])).result;
    expect(change.code, change.log).toBe(0);
    expect((await s.validator(s.valoper(0))).commission.commissionRates.rate).toBe("105000000000000000");
    const again = (await s.tx(0, [s.editValidator(0, { rate: "110000000000000000" })])).result;
    expect([again.codespace, again.code]).toEqual(["staking", 12]);

    const raise = (await s.tx(0, [s.editValidator(0, { minSelf: "2000000" })])).result;
    expect(raise.code, raise.log).toBe(0);
    const lower = (await s.tx(0, [s.editValidator(0, { minSelf: "1000000" })])).result;
    expect([lower.codespace, lower.code]).toEqual(["staking", 17]);
    const aboveTokens = (await s.tx(0, [s.editValidator(0, { minSelf: "20000000" })])).result;
    expect([aboveTokens.codespace, aboveTokens.code]).toEqual(["staking", 16]);
    expect((await s.validator(s.valoper(0))).minSelfDelegation).toBe("2000000");
  });

  it("refuses an edit by an account that runs no validator", async () => {
    s = await StakingHarness.create();
    const r = (await s.tx(1, [s.editValidator(1, { moniker: "x" })])).result;
    expect([r.codespace, r.code]).toEqual(["staking", 3]);
    expect(r.log).toMatch(/validator tribvaloper1\w+ not found/);
  });
});
