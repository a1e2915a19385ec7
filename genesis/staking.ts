/**
 * Bonded validators in a genesis document, without gentxs: each is written into the staking
 * section as the state a MsgCreateValidator plus one EndBlock would leave (status BONDED, a
 * self-delegation, its last power), and its self-bond moves from the operator's genesis
 * balance to the bonded pool's, so the supply does not change and InitChain returns the set.
 */
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { addressBytes, addressString, moduleAddress, valoperBytes, valoperString } from "../chain/address.ts";
import { type Dec, ONE, formatDec, parseDec } from "../chain/dec.ts";
import { GenesisError } from "../chain/genesisError.ts";
import { compareBytes } from "../chain/store/bytes.ts";
import { defaultAuthGenesis, type AuthGenesis } from "../modules/auth/genesis.ts";
import { BASE_ACCOUNT_URL } from "../modules/auth/types.ts";
import { defaultBankGenesis, type BankGenesis } from "../modules/bank/genesis.ts";
import { defaultStakingGenesis, type StakingGenesis } from "../modules/staking/genesis.ts";
import type { ValidatorJson } from "../modules/staking/genesisJson.ts";
import { BONDED_POOL, ED25519_PUBKEY_URL, POWER_REDUCTION } from "../modules/staking/types.ts";
import type { GenesisDoc } from "./types.ts";

export { POWER_REDUCTION } from "../modules/staking/types.ts";

export interface GenesisValidatorInput {
  /** The operator's `trib1…` account; its genesis balance pays the self-bond. */
  operator: string;
  /** ed25519 consensus public key, 32 bytes. */
  consensusPubkey: Uint8Array;
  /** Self-delegation in the bond denom (utrib); at least 10^6 (one unit of power). */
  selfBond: bigint;
  moniker: string;
  /** Dotted decimal such as "0.05"; default 0.1 (max rate max(0.2, rate), max change 0.01). */
  commissionRate?: string;
}

export interface GenesisValidatorPower {
  pubkey: Uint8Array;
  power: bigint;
}

function sections(doc: GenesisDoc): { auth: AuthGenesis; bank: BankGenesis; staking: StakingGenesis } {
  doc.app_state ??= {};
  const auth = (doc.app_state.auth ??= defaultAuthGenesis()) as AuthGenesis;
  const bank = (doc.app_state.bank ??= defaultBankGenesis()) as BankGenesis;
  const staking = (doc.app_state.staking ??= defaultStakingGenesis()) as StakingGenesis;
  auth.accounts ??= [];
  bank.balances ??= [];
  staking.validators ??= [];
  staking.delegations ??= [];
  staking.last_validator_powers ??= [];
  staking.last_total_power ??= "0";
  return { auth, bank, staking };
}

function commission(rateText: string | undefined): { rate: Dec; maxRate: Dec; maxChangeRate: Dec } {
  let rate: Dec;
  try {
    rate = parseDec(rateText ?? "0.1", "commissionRate");
  } catch (e) {
    throw new GenesisError("commissionRate", (e as Error).message.replace(/: invalid request$/, ""));
  }
  if (rate < 0n || rate > ONE) throw new GenesisError("commissionRate", `must be between 0 and 1, got ${rateText}`);
  const maxRate = rate > ONE / 5n ? rate : ONE / 5n;
  const maxChangeRate = ONE / 100n < maxRate ? ONE / 100n : maxRate;
  return { rate, maxRate, maxChangeRate };
}

/** Moves `amount` of `denom` between two genesis balances; `need` says what the amount is for, in the error. */
export function moveGenesisCoins(bank: BankGenesis, from: string, to: string, denom: string, amount: bigint, need = "its self-bond is"): void {
  const src = bank.balances.find((b) => b.address === from);
  const coin = src?.coins.find((c) => c.denom === denom);
  const held = coin ? BigInt(coin.amount) : 0n;
  if (!src || !coin || held < amount) {
    throw new GenesisError("app_state.bank.balances", `account ${from} holds ${held}${denom} in genesis but ${need} ${amount}${denom}: fund it first (genesis add-account)`);
  }
  coin.amount = (held - amount).toString();
  src.coins = src.coins.filter((c) => c.amount !== "0");
  let dst = bank.balances.find((b) => b.address === to);
  if (!dst) bank.balances.push((dst = { address: to, coins: [] }));
  const target = dst.coins.find((c) => c.denom === denom);
  if (target) target.amount = (BigInt(target.amount) + amount).toString();
  else dst.coins.push({ denom, amount: amount.toString() });
  dst.coins.sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
}

/**
 * Adds a bonded validator operated by `v.operator` (in place; returns the doc). Throws
 * GenesisError on a bad address or key, a self-bond under one unit of power, an operator or
 * key already in the staking section, or an operator balance below the self-bond.
 */
export function addGenesisValidator(doc: GenesisDoc, v: GenesisValidatorInput): GenesisDoc {
  let op: Uint8Array;
  try {
    op = addressBytes(v.operator, "operator");
  } catch (e) {
    throw new GenesisError("operator", (e as Error).message.replace(/: invalid address$/, ""));
  }
  if (v.consensusPubkey.length !== 32) throw new GenesisError("consensusPubkey", `ed25519 public key must be 32 bytes, got ${v.consensusPubkey.length}`);
  if (v.selfBond < POWER_REDUCTION) {
    throw new GenesisError("selfBond", `${v.selfBond} is below ${POWER_REDUCTION} (one unit of consensus power): the validator would have no power`);
  }
  if (v.moniker === "") throw new GenesisError("moniker", "cannot be blank");
  const rates = commission(v.commissionRate);
  const { auth, bank, staking } = sections(doc);
  const valoper = valoperString(op);
  const key = toBase64(v.consensusPubkey);
  if (staking.validators.some((x) => x.operator_address === valoper)) throw new GenesisError("operator", `${v.operator} already operates a genesis validator`);
  const dup = staking.validators.find((x) => x.consensus_pubkey.key === key);
  if (dup) throw new GenesisError("consensusPubkey", `key ${key} is already the consensus key of ${dup.operator_address}`);

  const operator = addressString(op);
  if (!auth.accounts.some((a) => a.address === operator)) {
    const next = auth.accounts.reduce((n, a) => (BigInt(a.account_number) >= n ? BigInt(a.account_number) + 1n : n), 0n);
    auth.accounts.push({ "@type": BASE_ACCOUNT_URL, address: operator, pub_key: null, account_number: next.toString(), sequence: "0" });
  }
  const denom = staking.params.bond_denom;
  moveGenesisCoins(bank, operator, addressString(moduleAddress(BONDED_POOL)), denom, v.selfBond);

  const shares = formatDec(v.selfBond * ONE);
  const validator: ValidatorJson = {
    operator_address: valoper,
    consensus_pubkey: { "@type": ED25519_PUBKEY_URL, key },
    jailed: false,
    status: "BOND_STATUS_BONDED",
    tokens: v.selfBond.toString(),
    delegator_shares: shares,
    description: { moniker: v.moniker, identity: "", website: "", security_contact: "", details: "" },
    unbonding_height: "0",
    unbonding_time: "1970-01-01T00:00:00Z",
    commission: {
      commission_rates: { rate: formatDec(rates.rate), max_rate: formatDec(rates.maxRate), max_change_rate: formatDec(rates.maxChangeRate) },
      update_time: doc.genesis_time,
    },
    min_self_delegation: "1",
    unbonding_on_hold_ref_count: "0",
    unbonding_ids: [],
  };
  staking.validators.push(validator);
  staking.delegations.push({ delegator_address: operator, validator_address: valoper, shares });
  const power = v.selfBond / POWER_REDUCTION;
  staking.last_validator_powers.push({ address: valoper, power: power.toString() });
  staking.last_validator_powers.sort((a, b) => compareBytes(valoperBytes(a.address), valoperBytes(b.address)));
  staking.last_total_power = (BigInt(staking.last_total_power) + power).toString();
  return doc;
}

/**
 * The validator set InitChain will return for this genesis, ordered by power (descending)
 * then operator address: the exported last powers for an exported genesis, otherwise the top
 * `max_validators` non-jailed validators with power. Empty when staking has no validators
 * (CometBFT then keeps genesis.json's `validators`).
 */
export function genesisValidatorSet(doc: GenesisDoc): GenesisValidatorPower[] {
  const staking = doc.app_state?.staking as StakingGenesis | undefined;
  if (!staking?.validators?.length) return [];
  const byOperator = new Map(staking.validators.map((v) => [v.operator_address, v]));
  let set: { op: string; pubkey: Uint8Array; power: bigint }[];
  if (staking.exported) {
    set = (staking.last_validator_powers ?? []).map((l) => {
      const v = byOperator.get(l.address);
      if (!v) throw new GenesisError("app_state.staking.last_validator_powers", `unknown validator ${l.address}`);
      return { op: l.address, pubkey: fromBase64(v.consensus_pubkey.key), power: BigInt(l.power) };
    });
  } else {
    set = staking.validators
      .filter((v) => !v.jailed)
      .map((v) => ({ op: v.operator_address, pubkey: fromBase64(v.consensus_pubkey.key), power: BigInt(v.tokens) / POWER_REDUCTION }))
      .filter((v) => v.power > 0n);
  }
  set.sort((a, b) => (a.power !== b.power ? (a.power > b.power ? -1 : 1) : compareBytes(valoperBytes(a.op), valoperBytes(b.op))));
  const max = staking.exported ? set.length : Number(staking.params?.max_validators ?? 100);
  return set.slice(0, max).map(({ pubkey, power }) => ({ pubkey, power }));
}
