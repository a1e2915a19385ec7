import { sha256 } from "@noble/hashes/sha2.js";
import { PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { BondStatus, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { type Dec, decFromInt, mulInt, quo, quoInt, quoTruncate, quoRoundUp, truncateInt } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { stakingErrors } from "./errors.ts";

/** Tokens per unit of consensus power (the SDK's DefaultPowerReduction: 10^6). */
export const POWER_REDUCTION = 1_000_000n;
export const ED25519_PUBKEY_URL = "/cosmos.crypto.ed25519.PubKey";
export const BONDED_POOL = "bonded_tokens_pool";
export const NOT_BONDED_POOL = "not_bonded_tokens_pool";
/** Jail end of a tombstoned validator (the SDK's DoubleSignJailEndTime, 9999-12-31T23:59:59Z). */
export const FOREVER_NS = 253402300799n * 1_000_000_000n;
/** Description field limits (x/staking/types MaxMonikerLength …). */
export const DESCRIPTION_LIMITS = { moniker: 70, identity: 3000, website: 140, securityContact: 140, details: 280 } as const;
export const DO_NOT_MODIFY = "[do-not-modify]";

export const { BOND_STATUS_BONDED: BONDED, BOND_STATUS_UNBONDING: UNBONDING, BOND_STATUS_UNBONDED: UNBONDED } = BondStatus;

export interface StakingParams {
  /** Nanoseconds. */
  unbondingTime: bigint;
  maxValidators: number;
  maxEntries: number;
  historicalEntries: number;
  bondDenom: string;
  minCommissionRate: Dec;
}

export const DEFAULT_STAKING_PARAMS: StakingParams = {
  unbondingTime: 1_814_400n * 1_000_000_000n,
  maxValidators: 100,
  maxEntries: 7,
  historicalEntries: 10_000,
  bondDenom: "utrib",
  minCommissionRate: 0n,
};

export const tokensOf = (v: Validator): bigint => BigInt(v.tokens);
export const sharesOf = (v: Validator): Dec => BigInt(v.delegatorShares);
export const consensusPower = (tokens: bigint): bigint => tokens / POWER_REDUCTION;
/** Power CometBFT sees: zero unless bonded (Validator.ConsensusPower). */
export const validatorPower = (v: Validator): bigint => (v.status === BONDED ? consensusPower(tokensOf(v)) : 0n);

export function pubkeyAny(key: Uint8Array): Any {
  return { typeUrl: ED25519_PUBKEY_URL, value: PubKey.encode({ key }).finish() };
}

/** The 32-byte ed25519 key of a consensus pubkey Any; anything else is refused. */
export function pubkeyFromAny(any: Any | undefined): Uint8Array {
  if (!any || any.typeUrl === "") throw stakingErrors.emptyValidatorPubKey.wrap("");
  if (any.typeUrl !== ED25519_PUBKEY_URL) {
    throw stakingErrors.validatorPubKeyTypeNotSupported.wrap(`got ${any.typeUrl}, expected ${ED25519_PUBKEY_URL}`);
  }
  let key: Uint8Array;
  try {
    key = PubKey.decode(any.value).key;
  } catch (e) {
    throw sdkErrors.invalidPubKey.wrap(`cannot decode ed25519 pubkey: ${(e as Error).message}`);
  }
  if (key.length !== 32) throw sdkErrors.invalidPubKey.wrap(`ed25519 pubkey must be 32 bytes, got ${key.length}`);
  return key;
}

/** CometBFT address of an ed25519 key: sha256(pubkey)[0:20]. */
export const consAddressOf = (pubkey: Uint8Array): Uint8Array => sha256(pubkey).slice(0, 20);
export const validatorConsAddress = (v: Validator): Uint8Array => consAddressOf(pubkeyFromAny(v.consensusPubkey));

/** Tokens were slashed to zero while shares remain: nobody may delegate any more. */
export const invalidExRate = (v: Validator): boolean => tokensOf(v) === 0n && sharesOf(v) > 0n;

export const tokensFromShares = (v: Validator, shares: Dec): Dec => quo(mulInt(shares, tokensOf(v)), sharesOf(v));
export const tokensFromSharesTruncated = (v: Validator, shares: Dec): Dec => quoTruncate(mulInt(shares, tokensOf(v)), sharesOf(v));
export const tokensFromSharesRoundUp = (v: Validator, shares: Dec): Dec => quoRoundUp(mulInt(shares, tokensOf(v)), sharesOf(v));

export function sharesFromTokens(v: Validator, amount: bigint): Dec {
  if (tokensOf(v) === 0n) throw stakingErrors.insufficientShares.wrap(`validator ${v.operatorAddress} has no tokens`);
  return quoInt(mulInt(sharesOf(v), amount), tokensOf(v));
}

export function sharesFromTokensTruncated(v: Validator, amount: bigint): Dec {
  if (tokensOf(v) === 0n) throw stakingErrors.insufficientShares.wrap(`validator ${v.operatorAddress} has no tokens`);
  return quoTruncate(mulInt(sharesOf(v), amount), decFromInt(tokensOf(v)));
}

/** Validator.AddTokensFromDel: shares issued at the current exchange rate (1:1 for the first). */
export function addTokensFromDel(v: Validator, amount: bigint): { validator: Validator; issued: Dec } {
  const issued = sharesOf(v) === 0n ? decFromInt(amount) : sharesFromTokens(v, amount);
  return {
    validator: { ...v, tokens: (tokensOf(v) + amount).toString(), delegatorShares: (sharesOf(v) + issued).toString() },
    issued,
  };
}

/** Validator.RemoveDelShares: the last shares take every remaining token. */
export function removeDelShares(v: Validator, shares: Dec): { validator: Validator; tokens: bigint } {
  const remaining = sharesOf(v) - shares;
  const tokens = remaining === 0n ? tokensOf(v) : truncateInt(tokensFromShares(v, shares));
  const left = tokensOf(v) - tokens;
  if (left < 0n) throw sdkErrors.logic.wrap(`removing ${tokens} tokens from validator ${v.operatorAddress} would go negative`);
  return { validator: { ...v, tokens: left.toString(), delegatorShares: remaining.toString() }, tokens };
}
