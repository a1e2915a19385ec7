import { describe, expect, it } from "vitest";
import { addressString, moduleAddress } from "../chain/address.ts";
import { addGenesisAccount } from "./accounts.ts";
import { newGenesisDoc } from "./create.ts";
import { derivedForkOperator, forkGenesis } from "./fork.ts";
import { addGenesisValidator, genesisValidatorSet } from "./staking.ts";
import type { GenesisDoc } from "./types.ts";

const OP = ["trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f", "trib1zg69v7yszg69v7yszg69v7yszg69v7ysf3e0jp"];
const key = (b: number) => new Uint8Array(32).fill(b);
const pool = (name: string) => addressString(moduleAddress(name));
const utrib = (doc: GenesisDoc, address: string) =>
  BigInt((doc.app_state as any).bank.balances.find((b: any) => b.address === address)?.coins.find((c: any) => c.denom === "utrib")?.amount ?? "0");
const supply = (doc: GenesisDoc) => BigInt((doc.app_state as any).bank.supply.find((c: any) => c.denom === "utrib").amount);

/** A genesis as an export would give it: two bonded validators (power 5 and 3). */
function exported(): GenesisDoc {
  const doc = newGenesisDoc({ chainId: "tributary-old-1", genesisTime: "2024-01-01T00:00:00Z" });
  doc.initial_height = "1001";
  OP.forEach((op) => addGenesisAccount(doc, op, [{ denom: "utrib", amount: "10000000" }]));
  addGenesisValidator(doc, { operator: OP[0]!, consensusPubkey: key(1), selfBond: 5_000_000n, moniker: "a" });
  addGenesisValidator(doc, { operator: OP[1]!, consensusPubkey: key(2), selfBond: 3_000_000n, moniker: "b" });
  return doc;
}

describe("forkGenesis", () => {
  it("replaces the set and chain id, keeps delegations and balances, mints only the new self-bonds", () => {
    const before = exported();
    const snapshot = structuredClone(before);
    const fork = forkGenesis(before, { chainId: "tributary-fork-1", validators: [{ pubkey: key(9), power: 7n }], genesisTime: "2025-01-01T00:00:00Z" });
    expect(before).toEqual(snapshot); // the input is untouched
    expect(fork.chain_id).toBe("tributary-fork-1");
    expect(fork.initial_height).toBe("1001");
    expect(fork.genesis_time).toBe("2025-01-01T00:00:00Z");
    expect(genesisValidatorSet(fork)).toEqual([{ pubkey: key(9), power: 7n }]);

    const staking = (fork.app_state as any).staking;
    for (const v of staking.validators.slice(0, 2)) expect([v.status, v.jailed]).toEqual(["BOND_STATUS_UNBONDED", true]);
    expect(staking.delegations).toEqual(expect.arrayContaining((before.app_state as any).staking.delegations));
    const infos = (fork.app_state as any).slashing.signing_infos;
    expect(infos).toHaveLength(2);
    for (const i of infos) expect(i.validator_signing_info.tombstoned).toBe(true);

    // old bonded tokens now sit in the not-bonded pool; the bonded pool holds the new bond only
    expect(utrib(fork, pool("not_bonded_tokens_pool"))).toBe(8_000_000n);
    expect(utrib(fork, pool("bonded_tokens_pool"))).toBe(7_000_000n);
    for (const op of OP) expect(utrib(fork, op)).toBe(utrib(before, op));
    expect(supply(fork) - supply(before)).toBe(7_000_000n);
    expect(utrib(fork, derivedForkOperator(key(9)))).toBe(0n);
  });

  it("takes an explicit operator (funded by the mint) and initial height", () => {
    const fresh = "trib1xyxpv69xryn8m8qzhrul8xl0kue742ja5xe5tw";
    const fork = forkGenesis(exported(), { chainId: "tributary-fork-1", validators: [{ pubkey: key(9), power: 2n, operator: fresh }], initialHeight: 5n });
    expect(fork.initial_height).toBe("5");
    const v = (fork.app_state as any).staking.validators.find((x: any) => x.consensus_pubkey.key === Buffer.from(key(9)).toString("base64"));
    expect(v.status).toBe("BOND_STATUS_BONDED");
    expect((fork.app_state as any).staking.delegations).toContainEqual(expect.objectContaining({ delegator_address: fresh, validator_address: v.operator_address }));
    expect(() => forkGenesis(exported(), { chainId: "x-1", validators: [{ pubkey: key(9), power: 1n, operator: OP[1] }] })).toThrow(/already operates a genesis validator/);
  });

  it("refuses no validators, a reused consensus key and a zero power, with a message naming the problem", () => {
    expect(() => forkGenesis(exported(), { chainId: "x-1", validators: [] })).toThrow(/at least one --validator/);
    expect(() => forkGenesis(exported(), { chainId: "x-1", validators: [{ pubkey: key(1), power: 1n }] })).toThrow(/already belongs to tribvaloper1/);
    expect(() => forkGenesis(exported(), { chainId: "x-1", validators: [{ pubkey: key(9), power: 0n }] })).toThrow(/power must be positive/);
  });
});
