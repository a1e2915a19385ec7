/**
 * The genutil module's types: the SDK's `app_state.genutil` section, whose `gen_txs` are signed
 * MsgCreateValidator txs (one per operator of a multi-party launch) that InitChain delivers.
 */

/** `app_state.genutil`, as the SDK's: each entry is a gentx's proto3 JSON (see txJson.ts). */
export interface GenutilGenesis {
  gen_txs: unknown[];
}

export const MSG_CREATE_VALIDATOR_URL = "/cosmos.staking.v1beta1.MsgCreateValidator";
export const ED25519_PUBKEY_URL = "/cosmos.crypto.ed25519.PubKey";
export const SECP256K1_PUBKEY_URL = "/cosmos.crypto.secp256k1.PubKey";

/** Gas limit a gentx carries (the SDK CLI's default); its fee is zero. */
export const DEFAULT_GENTX_GAS = 200_000n;

/** What a delivered tx answered: code 0 is success. */
export interface DeliverResult {
  code: number;
  codespace: string;
  log: string;
}
