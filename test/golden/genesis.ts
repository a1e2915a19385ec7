/**
 * The golden chain's genesis: every module's default section with the parameters the script
 * needs to reach every path in a few hundred blocks (short unbonding, slashing window, epochs
 * and delays), nine accounts from fixed keys, and three bonded validators.
 */
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { addGenesisValidator } from "../../genesis/staking.ts";
import type { GenesisDoc } from "../../genesis/types.ts";
import { defaultAppState } from "../../modules/index.ts";
import { type GoldenKey, goldenKey } from "./txs.ts";

export const TRIB = 1_000_000n;
export const ACCOUNTS = 9;
/** Starts with less than one fee: its txs cannot pay. */
export const POOR = 8;
export const GENESIS_TIME = "2025-06-15T15:06:40Z";

/** Account roles in the script. */
export const ROLE = { valA: 0, valB: 1, valC: 2, valD: 3, delegator: 4, contributor1: 5, contributor2: 6, operator: 7, poor: POOR } as const;

/** Genesis validators: account, self-bond power (TRIB). valC is the one that goes down. */
export const GENESIS_VALIDATORS = [
  { account: ROLE.valA, power: 40n },
  { account: ROLE.valB, power: 30n },
  { account: ROLE.valC, power: 10n },
] as const;

/** ed25519 consensus public key of validator account `i`. */
export function consensusKey(i: number): Uint8Array {
  return ed25519.getPublicKey(sha256(new TextEncoder().encode(`tributary/golden/consensus/${i}`)));
}

export function goldenKeys(): GoldenKey[] {
  return Array.from({ length: ACCOUNTS }, (_, i) => goldenKey(i));
}

export function goldenAppState(keys: GoldenKey[]): Record<string, any> {
  const s = defaultAppState() as Record<string, any>;
  delete s.upgrade; // a v0.1.0 genesis: no upgrade section, so rules version 1 (each rules version's run adds its own: script.ts)
  delete s.gov; // a v0.1.0 genesis: no gov section, so gov writes nothing and reads its frozen defaults
  delete s.inference.params.model_gas_per_kib; // a v0.1.0 genesis: no such param yet, so MODEL_GAS_PER_KIB applies and stays unset
  s.auth.accounts = keys.map((k, i) => ({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address: k.address, pub_key: null, account_number: String(i), sequence: "0" }));
  s.bank.balances = keys.map((k, i) => ({ address: k.address, coins: [{ denom: "utrib", amount: i === POOR ? "1000" : String(1_000_000n * TRIB) }] }));
  s.staking.params.unbonding_time = "60s";
  s.slashing.params = { ...s.slashing.params, signed_blocks_window: "20", min_signed_per_window: "0.500000000000000000", downtime_jail_duration: "30s", slash_fraction_downtime: "0.010000000000000000" };
  s.attribution.params.attributable_delay_blocks = "1";
  s.rewards.params = {
    ...s.rewards.params, epoch_blocks: "10", proof_window_blocks: "4", challenges_per_epoch: 3, min_bond: { denom: "utrib", amount: "1000000" },
    bond_per_byte: "0.001000000000000000", max_missed_per_epoch: 1, slash_fraction_bps: 1000, jail_epochs: "2", unbonding_blocks: "5",
  };
  const doc = { genesis_time: GENESIS_TIME, app_state: s } as unknown as GenesisDoc;
  for (const v of GENESIS_VALIDATORS) {
    addGenesisValidator(doc, { operator: keys[v.account]!.address, consensusPubkey: consensusKey(v.account), selfBond: v.power * TRIB, moniker: `golden-${v.account}` });
  }
  return s;
}
