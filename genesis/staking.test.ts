import { ed25519 } from "@noble/curves/ed25519.js";
import { afterEach, describe, expect, it } from "vitest";
import { addressString, moduleAddress } from "../chain/address.ts";
import { AppHarness } from "../test/appHarness.ts";
import { addGenesisAccount } from "./accounts.ts";
import { newGenesisDoc } from "./create.ts";
import { validateGenesisDoc } from "./doc.ts";
import { addGenesisValidator, genesisValidatorSet } from "./staking.ts";

const key = (i: number) => ed25519.getPublicKey(new Uint8Array(32).fill(i + 1));
const operator = (i: number) => addressString(new Uint8Array(20).fill(0x10 + i));
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function threeValidatorDoc() {
  const doc = newGenesisDoc({ chainId: "tributary-local-1", genesisTime: "2024-01-01T00:00:00Z" });
  [5n, 7n, 3n].forEach((power, i) => {
    addGenesisAccount(doc, operator(i), [{ denom: "utrib", amount: "100000000" }]);
    addGenesisValidator(doc, { operator: operator(i), consensusPubkey: key(i), selfBond: power * 1_000_000n, moniker: `v${i}` });
  });
  return doc;
}

describe("addGenesisValidator", () => {
  let h: AppHarness | undefined;
  afterEach(() => h?.close());

  it("bonds three validators: the genesis validates and InitChain returns them with their powers", async () => {
    const doc = threeValidatorDoc();
    expect(() => validateGenesisDoc(doc)).not.toThrow();
    const staking = doc.app_state.staking as any;
    expect(staking.last_total_power).toBe("15");
    expect(staking.validators.map((v: any) => v.status)).toEqual(["BOND_STATUS_BONDED", "BOND_STATUS_BONDED", "BOND_STATUS_BONDED"]);
    const bank = doc.app_state.bank as any;
    const pool = bank.balances.find((b: any) => b.address === addressString(moduleAddress("bonded_tokens_pool")));
    expect(pool.coins).toEqual([{ denom: "utrib", amount: "15000000" }]);
    expect(bank.balances.find((b: any) => b.address === operator(1)).coins).toEqual([{ denom: "utrib", amount: "93000000" }]);
    // Supply unchanged: 3 × 100 TRIB.
    expect(bank.supply).toEqual([{ denom: "utrib", amount: "300000000" }]);

    const set = genesisValidatorSet(doc);
    expect(set.map((v) => [hex(v.pubkey), v.power])).toEqual([[hex(key(1)), 7n], [hex(key(0)), 5n], [hex(key(2)), 3n]]);

    h = await AppHarness.create({ appState: (s) => Object.assign(s, structuredClone(doc.app_state)) });
    const got = h.initChainResponse.validators.map((u) => [hex(u.pubKey.ed25519!), u.power]).sort();
    expect(got).toEqual(set.map((v) => [hex(v.pubkey), v.power]).sort());
  });

  it("names the account whose balance is short and changes nothing", () => {
    const doc = newGenesisDoc({ chainId: "tributary-local-1", genesisTime: "2024-01-01T00:00:00Z" });
    addGenesisAccount(doc, operator(0), [{ denom: "utrib", amount: "1500000" }]);
    const before = structuredClone(doc);
    expect(() => addGenesisValidator(doc, { operator: operator(0), consensusPubkey: key(0), selfBond: 2_000_000n, moniker: "v" })).toThrow(
      new RegExp(`account ${operator(0)} holds 1500000utrib in genesis but its self-bond is 2000000utrib`),
    );
    expect(doc.app_state.bank).toEqual(before.app_state.bank);
    expect((doc.app_state.staking as any).validators).toEqual([]);
  });

  it("refuses a duplicate operator or key, a bad key and a self-bond without power", () => {
    const doc = threeValidatorDoc();
    addGenesisAccount(doc, operator(5), [{ denom: "utrib", amount: "100000000" }]);
    expect(() => addGenesisValidator(doc, { operator: operator(0), consensusPubkey: key(9), selfBond: 1_000_000n, moniker: "x" })).toThrow(/already operates a genesis validator/);
    expect(() => addGenesisValidator(doc, { operator: operator(5), consensusPubkey: key(0), selfBond: 1_000_000n, moniker: "x" })).toThrow(/is already the consensus key of tribvaloper1/);
    expect(() => addGenesisValidator(doc, { operator: operator(5), consensusPubkey: new Uint8Array(31), selfBond: 1_000_000n, moniker: "x" })).toThrow(/must be 32 bytes/);
    expect(() => addGenesisValidator(doc, { operator: operator(5), consensusPubkey: key(9), selfBond: 999_999n, moniker: "x" })).toThrow(/no power/);
    expect(() => addGenesisValidator(doc, { operator: operator(5), consensusPubkey: key(9), selfBond: 1_000_000n, moniker: "x", commissionRate: "1.5" })).toThrow(/between 0 and 1/);
    expect(() => validateGenesisDoc(doc)).not.toThrow();
  });

  it("InitChain accepts genesis.json validators equal to the staking set and refuses different ones", async () => {
    const doc = threeValidatorDoc();
    const same = genesisValidatorSet(doc).map((v) => ({ pubKey: { ed25519: v.pubkey }, power: v.power }));
    h = await AppHarness.create({ validators: same, appState: (s) => Object.assign(s, structuredClone(doc.app_state)) });
    expect(h.initChainResponse.validators).toHaveLength(3);
    await h.close();
    h = undefined;
    const other = same.map((u, i) => ({ ...u, power: i === 0 ? 99n : u.power }));
    await expect(AppHarness.create({ validators: other, appState: (s) => Object.assign(s, structuredClone(doc.app_state)) })).rejects.toThrow(
      /genesis validators mismatch: genesis.json lists 3 validator\(s\) .* but the staking state yields 3/,
    );
  });

  it("a pool balance that does not match the bonded tokens fails InitChain with a clear error", async () => {
    const doc = threeValidatorDoc();
    const bank = doc.app_state.bank as any;
    const pool = bank.balances.find((b: any) => b.address === addressString(moduleAddress("bonded_tokens_pool")));
    pool.coins[0].amount = "14000000";
    bank.balances.find((b: any) => b.address === operator(0)).coins[0].amount = "96000000";
    expect(() => validateGenesisDoc(doc)).not.toThrow();
    await expect(AppHarness.create({ appState: (s) => Object.assign(s, structuredClone(doc.app_state)) })).rejects.toThrow(
      /bonded_tokens_pool pool \(trib1\w+\) holds 14000000utrib in app_state.bank.balances but the bonded validators' tokens add up to 15000000utrib/,
    );
  });
});
