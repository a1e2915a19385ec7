import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ed25519 } from "@noble/curves/ed25519.js";
import { afterAll, describe, expect, it } from "vitest";
import { GenesisError } from "../chain/genesisError.ts";
import { addGenesisAccount } from "./accounts.ts";
import { newGenesisDoc } from "./create.ts";
import { readGenesis, validateGenesisDoc, writeGenesis, type GenesisDoc } from "./doc.ts";
import { genesisValidator, validatorAddress } from "./validators.ts";

const ALICE = "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f";
const pubkey = ed25519.getPublicKey(new Uint8Array(32).fill(7));

function validDoc(): GenesisDoc {
  const doc = newGenesisDoc({ chainId: "tributary-local-1", validators: [genesisValidator(pubkey, 10n, "val")], genesisTime: "2024-05-01T12:00:00.123456789Z" });
  return addGenesisAccount(doc, ALICE, [{ denom: "utrib", amount: "1000" }]);
}

/** Runs validation on a mutated copy and returns the field the GenesisError names. */
function failingField(mutate: (d: any) => void): string {
  const doc = structuredClone(validDoc());
  mutate(doc);
  try {
    validateGenesisDoc(doc);
  } catch (e) {
    expect(e).toBeInstanceOf(GenesisError);
    return (e as GenesisError).field;
  }
  throw new Error("validation passed but should have failed");
}

describe("validateGenesisDoc", () => {
  it("accepts a freshly built document", () => {
    expect(() => validateGenesisDoc(validDoc())).not.toThrow();
  });

  it("carries utrib's denom metadata (base utrib, display TRIB, 10^6) for wallets", () => {
    const [m] = (validDoc().app_state.bank as { denom_metadata: unknown }).denom_metadata as { base: string; display: string; symbol: string; denom_units: { denom: string; exponent: number }[] }[];
    expect(m).toMatchObject({ base: "utrib", display: "TRIB", symbol: "TRIB" });
    expect(m!.denom_units.map((u) => [u.denom, u.exponent])).toEqual([["utrib", 0], ["mtrib", 3], ["TRIB", 6]]);
  });

  it("computes the validator address as upper hex of sha256(pubkey)[0:20]", () => {
    expect(validatorAddress(pubkey)).toMatch(/^[0-9A-F]{40}$/);
    expect(validDoc().validators[0]!.address).toBe(validatorAddress(pubkey));
  });

  const cases: [string, (d: any) => void, string][] = [
    ["empty chain id", (d) => (d.chain_id = ""), "chain_id"],
    ["chain id with space", (d) => (d.chain_id = "my chain"), "chain_id"],
    ["chain id too long", (d) => (d.chain_id = "x".repeat(51)), "chain_id"],
    ["non-RFC3339 time", (d) => (d.genesis_time = "2024-05-01 12:00:00"), "genesis_time"],
    ["impossible date", (d) => (d.genesis_time = "2024-02-30T00:00:00Z"), "genesis_time"],
    ["initial height 0", (d) => (d.initial_height = "0"), "initial_height"],
    ["block max_bytes 0", (d) => (d.consensus_params.block.max_bytes = "0"), "consensus_params.block.max_bytes"],
    ["block max_gas -2", (d) => (d.consensus_params.block.max_gas = "-2"), "consensus_params.block.max_gas"],
    ["evidence age 0", (d) => (d.consensus_params.evidence.max_age_num_blocks = "0"), "consensus_params.evidence.max_age_num_blocks"],
    ["evidence bigger than block", (d) => (d.consensus_params.evidence.max_bytes = "30000000"), "consensus_params.evidence.max_bytes"],
    ["unknown key type", (d) => (d.consensus_params.validator.pub_key_types = ["rsa"]), "consensus_params.validator.pub_key_types[0]"],
    ["missing consensus params", (d) => delete d.consensus_params, "consensus_params"],
    ["address not matching pubkey", (d) => (d.validators[0].address = "00".repeat(20)), "validators[0].address"],
    ["zero power", (d) => (d.validators[0].power = "0"), "validators[0].power"],
    ["short pubkey", (d) => (d.validators[0].pub_key.value = "AAAA"), "validators[0].pub_key.value"],
    ["duplicate validator", (d) => d.validators.push({ ...d.validators[0] }), "validators[1].address"],
    ["bad app hash", (d) => (d.app_hash = "zz"), "app_hash"],
    ["bad bech32 in bank", (d) => (d.app_state.bank.balances[0].address = "cosmos1xyz"), "app_state.bank.balances[0].address"],
    ["supply mismatch", (d) => (d.app_state.bank.supply[0].amount = "999"), "app_state.bank.supply"],
    ["negative balance", (d) => (d.app_state.bank.balances[0].coins[0].amount = "-5"), "app_state.bank.balances[0].coins[0].amount"],
    ["unknown module", (d) => (d.app_state.nosuch = {}), "app_state.nosuch"],
  ];
  it.each(cases)("names the field for %s", (_name, mutate, field) => {
    expect(failingField(mutate)).toBe(field);
  });
});

describe("readGenesis / writeGenesis", () => {
  const dir = mkdtempSync(join(tmpdir(), "trib-genesis-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("round-trips with 2-space JSON", async () => {
    const path = join(dir, "config", "genesis.json");
    writeGenesis(path, validDoc());
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(path, "utf8")).toMatch(/^{\n {2}"genesis_time"/);
    expect(readGenesis(path)).toEqual(validDoc());
  });

  it("reports a missing file and bad JSON clearly", async () => {
    expect(() => readGenesis(join(dir, "nope.json"))).toThrow(/cannot read genesis file .*nope\.json: ENOENT/);
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(dir, "bad.json"), "{");
    expect(() => readGenesis(join(dir, "bad.json"))).toThrow(/is not valid JSON/);
  });
});
