import { describe, expect, it } from "vitest";
import { addSimdGenesisAccounts, type SimdGenesis } from "./simdGenesis.ts";

/** What `simd testnet init-files --v 2` writes: validators all numbered 0, a stated supply. */
function twoValidatorGenesis(): SimdGenesis {
  const base = (address: string) => ({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address, pub_key: null, account_number: "0", sequence: "0" });
  return {
    chain_id: "simd-bench-1",
    app_state: {
      auth: { accounts: [base("cosmos1val0"), base("cosmos1val1")] },
      bank: {
        balances: [
          { address: "cosmos1val0", coins: [{ denom: "stake", amount: "500" }, { denom: "testtoken", amount: "1000" }] },
          { address: "cosmos1val1", coins: [{ denom: "stake", amount: "500" }, { denom: "testtoken", amount: "1000" }] },
        ],
        supply: [{ denom: "stake", amount: "1000" }, { denom: "testtoken", amount: "2000" }],
      },
      staking: {},
    },
  };
}

describe("addSimdGenesisAccounts", () => {
  it("appends funded BaseAccounts and numbers every account in list order, as the chain will", () => {
    const g = twoValidatorGenesis();
    const numbers = addSimdGenesisAccounts(g, ["cosmos1a", "cosmos1b", "cosmos1c"], [{ denom: "stake", amount: "7" }]);
    expect(g.app_state.auth.accounts.map((a) => [a.address, a.account_number])).toEqual([
      ["cosmos1val0", "0"],
      ["cosmos1val1", "1"],
      ["cosmos1a", "2"],
      ["cosmos1b", "3"],
      ["cosmos1c", "4"],
    ]);
    expect(numbers.get("cosmos1c")).toBe(4n);
    expect(numbers.get("cosmos1val1")).toBe(1n);
    expect(g.app_state.auth.accounts[2]).toEqual({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address: "cosmos1a", pub_key: null, account_number: "2", sequence: "0" });
    expect(g.app_state.bank.balances.at(-1)).toEqual({ address: "cosmos1c", coins: [{ denom: "stake", amount: "7" }] });
    expect(g.app_state.bank.supply).toEqual([{ denom: "stake", amount: "1021" }, { denom: "testtoken", amount: "2000" }]);
  });

  it("adds a new denom to the supply in sorted place and leaves an empty supply to the chain", () => {
    const g = twoValidatorGenesis();
    addSimdGenesisAccounts(g, ["cosmos1a"], [{ denom: "aaa", amount: "5" }]);
    expect(g.app_state.bank.supply.map((c) => c.denom)).toEqual(["aaa", "stake", "testtoken"]);
    const empty = twoValidatorGenesis();
    empty.app_state.bank.supply = [];
    addSimdGenesisAccounts(empty, ["cosmos1a"], [{ denom: "stake", amount: "5" }]);
    expect(empty.app_state.bank.supply).toEqual([]);
  });

  it("renumbers module accounts through base_account", () => {
    const g = twoValidatorGenesis();
    g.app_state.auth.accounts.unshift({ "@type": "/cosmos.auth.v1beta1.ModuleAccount", base_account: { address: "cosmos1mod", account_number: "9" }, name: "m" });
    const numbers = addSimdGenesisAccounts(g, ["cosmos1a"], [{ denom: "stake", amount: "1" }]);
    expect(numbers.get("cosmos1mod")).toBe(0n);
    expect(numbers.get("cosmos1a")).toBe(3n);
  });

  it("refuses a duplicate address or a bad amount and changes nothing", () => {
    for (const [addresses, amount, message] of [
      [["cosmos1val0"], "1", /cosmos1val0 is already in genesis/],
      [["cosmos1a", "cosmos1a"], "1", /cosmos1a is already in genesis/],
      [["cosmos1a"], "1.5", /"1.5" of stake is not a whole number/],
    ] as const) {
      const g = twoValidatorGenesis();
      expect(() => addSimdGenesisAccounts(g, addresses, [{ denom: "stake", amount }])).toThrow(message);
      expect(g).toEqual(twoValidatorGenesis());
    }
  });
});
