import { describe, expect, it } from "vitest";
import { GenesisError } from "../chain/genesisError.ts";
import { addGenesisAccount } from "./accounts.ts";
import { newGenesisDoc } from "./create.ts";
import { validateGenesisDoc } from "./doc.ts";

const A = "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f";
const B = "trib1zg69v7yszg69v7yszg69v7yszg69v7ysf3e0jp";

const fresh = () => newGenesisDoc({ chainId: "tributary-local-1", genesisTime: "2024-01-01T00:00:00Z" });
const bank = (d: any) => d.app_state.bank;
const auth = (d: any) => d.app_state.auth;

describe("addGenesisAccount", () => {
  it("appends BaseAccounts with increasing account numbers, balances and supply", () => {
    const d = fresh();
    addGenesisAccount(d, A, [{ denom: "utrib", amount: "100" }, { denom: "stake", amount: "5" }]);
    addGenesisAccount(d, B, [{ denom: "utrib", amount: "50" }]);
    expect(auth(d).accounts).toEqual([
      { "@type": "/cosmos.auth.v1beta1.BaseAccount", address: A, pub_key: null, account_number: "0", sequence: "0" },
      { "@type": "/cosmos.auth.v1beta1.BaseAccount", address: B, pub_key: null, account_number: "1", sequence: "0" },
    ]);
    // coins sorted by denom
    expect(bank(d).balances[0]).toEqual({ address: A, coins: [{ denom: "stake", amount: "5" }, { denom: "utrib", amount: "100" }] });
    expect(bank(d).supply).toEqual([{ denom: "stake", amount: "5" }, { denom: "utrib", amount: "150" }]);
    expect(() => validateGenesisDoc(d)).not.toThrow();
  });

  it("rejects a duplicate account", () => {
    const d = fresh();
    addGenesisAccount(d, A, [{ denom: "utrib", amount: "1" }]);
    expect(() => addGenesisAccount(d, A, [{ denom: "utrib", amount: "1" }])).toThrow(/duplicate account trib1/);
    expect(auth(d).accounts).toHaveLength(1);
    expect(bank(d).supply).toEqual([{ denom: "utrib", amount: "1" }]);
  });

  it("merges coins into an existing account with append", () => {
    const d = fresh();
    addGenesisAccount(d, A, [{ denom: "utrib", amount: "10" }]);
    addGenesisAccount(d, A, [{ denom: "utrib", amount: "5" }, { denom: "abc", amount: "2" }], { append: true });
    expect(auth(d).accounts).toHaveLength(1);
    expect(bank(d).balances).toEqual([{ address: A, coins: [{ denom: "abc", amount: "2" }, { denom: "utrib", amount: "15" }] }]);
    expect(bank(d).supply).toEqual([{ denom: "abc", amount: "2" }, { denom: "utrib", amount: "15" }]);
    expect(() => validateGenesisDoc(d)).not.toThrow();
  });

  it("rejects bad bech32, a foreign prefix and bad coins", () => {
    expect(() => addGenesisAccount(fresh(), "trib1notvalid", [{ denom: "utrib", amount: "1" }])).toThrow(GenesisError);
    expect(() => addGenesisAccount(fresh(), "cosmos1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu", [{ denom: "utrib", amount: "1" }])).toThrow(/expected prefix "trib"/);
    expect(() => addGenesisAccount(fresh(), A, [{ denom: "utrib", amount: "0" }])).toThrow(/must be positive/);
    expect(() => addGenesisAccount(fresh(), A, [{ denom: "u", amount: "1" }])).toThrow(/invalid denom/);
  });

  it("derives the supply from balances when the declared supply was empty", () => {
    const d = fresh();
    bank(d).balances.push({ address: B, coins: [{ denom: "utrib", amount: "7" }] });
    addGenesisAccount(d, A, [{ denom: "utrib", amount: "3" }]);
    expect(bank(d).supply).toEqual([{ denom: "utrib", amount: "10" }]);
  });
});
