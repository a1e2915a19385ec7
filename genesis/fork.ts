/**
 * `tributary genesis fork`: a private network from an exported state. The new genesis keeps
 * every module's state (accounts, balances, delegations, datanets, …) and replaces only what
 * decides who produces blocks: the chain id, the validator set and the staking state behind it.
 *
 * How the set is replaced without touching anyone's balance or delegation:
 * - every validator of the exported chain stays in the staking state, with its delegations,
 *   but becomes UNBONDED, jailed and tombstoned: its consensus key belongs to a network that
 *   does not run here, and if it could rejoin the set (it has the most stake) the new network
 *   would halt without it. Its tokens move from the bonded pool to the not-bonded pool;
 *   delegators undelegate or redelegate on the new chain as usual;
 * - each new validator is bonded with a fresh self-delegation of power × 10^6 of the bond denom, minted
 *   into its operator's account at genesis (the only change to the supply). An exported staking
 *   section skips the staking hooks at InitChain, so the fork also writes the distribution
 *   records those hooks would have made (a first reward period and the self-delegation's start).
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { addressBytes, addressString, consAddressString, moduleAddress, valoperString } from "../chain/address.ts";
import { ONE, formatDec } from "../chain/dec.ts";
import { GenesisError } from "../chain/genesisError.ts";
import type { BankGenesis } from "../modules/bank/genesis.ts";
import type { DistributionGenesis } from "../modules/distribution/genesis.ts";
import { forkRewardsSection } from "../modules/rewards/fork.ts";
import type { RewardsGenesis } from "../modules/rewards/genesis.ts";
import type { SlashingGenesis } from "../modules/slashing/genesis.ts";
import type { StakingGenesis } from "../modules/staking/genesis.ts";
import { addGenesisAccount } from "./accounts.ts";
import { validateGenesisDoc } from "./doc.ts";
import { addGenesisValidator, moveGenesisCoins, POWER_REDUCTION } from "./staking.ts";
import { nowRfc3339 } from "./time.ts";
import type { GenesisDoc } from "./types.ts";

export interface ForkValidator {
  /** ed25519 consensus public key, 32 bytes. */
  pubkey: Uint8Array;
  power: bigint;
  /** Operator account; default: an address derived from the pubkey (nobody holds its key). */
  operator?: string;
  moniker?: string;
}

export interface ForkOptions {
  chainId: string;
  validators: ForkValidator[];
  /** Default: the exported genesis's initial_height (export height + 1). */
  initialHeight?: bigint;
  /** RFC 3339; default now. */
  genesisTime?: string;
}

type SlashingJson = Pick<SlashingGenesis, "signing_infos">;
type StakingJson = Pick<StakingGenesis, "params" | "validators" | "last_validator_powers" | "last_total_power" | "exported">;

const FOREVER = "9999-12-31T23:59:59Z";
const BONDED_POOL = "bonded_tokens_pool";
const NOT_BONDED_POOL = "not_bonded_tokens_pool";

/** Operator used when none is given: sha256("tributary/fork-operator" ‖ pubkey)[0:20]. */
export function derivedForkOperator(pubkey: Uint8Array): string {
  const tag = new TextEncoder().encode("tributary/fork-operator");
  const input = new Uint8Array(tag.length + pubkey.length);
  input.set(tag);
  input.set(pubkey, tag.length);
  return addressString(sha256(input).slice(0, 20));
}

/** Returns a new genesis document; `exported` is not modified. */
export function forkGenesis(exported: GenesisDoc, opts: ForkOptions): GenesisDoc {
  if (opts.validators.length === 0) throw new GenesisError("validators", "a fork needs at least one --validator <pubkey>=<power>");
  const doc: GenesisDoc = structuredClone(exported);
  doc.chain_id = opts.chainId;
  doc.initial_height = (opts.initialHeight ?? BigInt(exported.initial_height || "1")).toString();
  doc.genesis_time = opts.genesisTime ?? nowRfc3339();
  doc.validators = [];
  doc.app_hash = "";

  const staking = doc.app_state.staking as StakingJson | undefined;
  if (!staking) throw new GenesisError("app_state.staking", "the exported genesis has no staking section");
  const known = new Map(staking.validators.map((v) => [v.consensus_pubkey.key, v.operator_address]));
  for (const v of opts.validators) {
    const owner = known.get(Buffer.from(v.pubkey).toString("base64"));
    if (owner) throw new GenesisError("validators", `consensus key ${Buffer.from(v.pubkey).toString("base64")} already belongs to ${owner} in the exported state: a fork needs new consensus keys`);
  }
  assertAboveDistributionHeights(doc, BigInt(doc.initial_height));
  if (doc.app_state.rewards) doc.app_state.rewards = forkRewardsSection(doc.app_state.rewards as RewardsGenesis, BigInt(exported.initial_height || "1"), BigInt(doc.initial_height));
  unbondAll(doc, staking);
  tombstoneAll(doc, staking);
  for (const [i, v] of opts.validators.entries()) {
    if (v.power <= 0n) throw new GenesisError(`validators[${i}]`, `power must be positive, got ${v.power}`);
    const operator = v.operator ?? derivedForkOperator(v.pubkey);
    const selfBond = v.power * POWER_REDUCTION;
    addGenesisAccount(doc, operator, [{ denom: staking.params.bond_denom, amount: selfBond.toString() }], { append: true });
    addGenesisValidator(doc, { operator, consensusPubkey: v.pubkey, selfBond, moniker: v.moniker ?? `fork-validator-${i}` });
    if (staking.exported) addDistributionRecords(doc, operator, selfBond, BigInt(doc.initial_height));
  }
  validateGenesisDoc(doc);
  return doc;
}

/**
 * Distribution computes rewards between heights (a delegation's start, its validator's slashes):
 * a chain whose numbering starts at or below a recorded height would skip those slashes.
 */
function assertAboveDistributionHeights(doc: GenesisDoc, initialHeight: bigint): void {
  const d = doc.app_state.distribution as Partial<DistributionGenesis> | undefined;
  if (!d) return;
  const heights = [...(d.delegator_starting_infos ?? []).map((s) => s.starting_info.height), ...(d.validator_slash_events ?? []).map((e) => e.height)].map((h) => BigInt(h));
  const top = heights.reduce((a, b) => (a > b ? a : b), 0n);
  if (initialHeight <= top) {
    throw new GenesisError("initial_height", `${initialHeight} is not above height ${top} where distribution records a delegation start or a slash: keep the exported numbering (the default)`);
  }
}

/**
 * What x/distribution's hooks leave for a validator created with a self-delegation (AfterValidatorCreated,
 * BeforeDelegationCreated, AfterDelegationModified): period 1 closed with an empty ratio and two
 * references (the validator's and the delegation's), current period 2, nothing outstanding.
 */
function addDistributionRecords(doc: GenesisDoc, operator: string, selfBond: bigint, height: bigint): void {
  const d = doc.app_state.distribution as Partial<DistributionGenesis> | undefined;
  if (!d) return;
  const valoper = valoperString(addressBytes(operator));
  (d.validator_historical_rewards ??= []).push({ validator_address: valoper, period: "1", rewards: { cumulative_reward_ratio: [], reference_count: 2 } });
  (d.validator_current_rewards ??= []).push({ validator_address: valoper, rewards: { rewards: [], period: "2" } });
  (d.validator_accumulated_commissions ??= []).push({ validator_address: valoper, accumulated: { commission: [] } });
  (d.outstanding_rewards ??= []).push({ validator_address: valoper, outstanding_rewards: [] });
  (d.delegator_starting_infos ??= []).push({
    delegator_address: operator,
    validator_address: valoper,
    starting_info: { previous_period: "1", stake: formatDec(selfBond * ONE), height: height.toString() },
  });
}

/** Every exported validator becomes UNBONDED and jailed; bonded tokens move to the not-bonded pool. */
function unbondAll(doc: GenesisDoc, staking: StakingJson): void {
  let moved = 0n;
  for (const v of staking.validators) {
    if (v.status === "BOND_STATUS_BONDED") moved += BigInt(v.tokens);
    v.status = "BOND_STATUS_UNBONDED";
    v.jailed = true;
  }
  staking.last_validator_powers = [];
  staking.last_total_power = "0";
  if (moved === 0n) return;
  const pool = (name: string) => addressString(moduleAddress(name));
  moveGenesisCoins(doc.app_state.bank as BankGenesis, pool(BONDED_POOL), pool(NOT_BONDED_POOL), staking.params.bond_denom, moved, "its validators have bonded");
}

/** Their signing infos say tombstoned, so MsgUnjail can never bring an old key back. */
function tombstoneAll(doc: GenesisDoc, staking: StakingJson): void {
  const slashing = doc.app_state.slashing as SlashingJson | undefined;
  if (!slashing) return;
  slashing.signing_infos ??= [];
  for (const v of staking.validators) {
    const address = consAddressString(sha256(Buffer.from(v.consensus_pubkey.key, "base64")).slice(0, 20));
    let entry = slashing.signing_infos.find((s) => s.address === address);
    if (!entry) {
      entry = { address, validator_signing_info: { address, start_height: "0", index_offset: "0", jailed_until: FOREVER, tombstoned: true, missed_blocks_counter: "0" } };
      slashing.signing_infos.push(entry);
    }
    entry.validator_signing_info.tombstoned = true;
    entry.validator_signing_info.jailed_until = FOREVER;
  }
}
