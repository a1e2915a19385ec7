import { concatBytes, u64be, utf8 } from "../../chain/keys.ts";

/**
 * Store keys of the slashing module (see STORE_LAYOUT.md); `cons` is a validator consensus
 * address (20 bytes). The missed-blocks bitmap is kept in chunks of 1024 bits, as the SDK does,
 * so a block changes at most one small value per validator.
 */
export const MISSED_CHUNK_BITS = 1024n;

export const slashingKeys = {
  params: utf8("slashing/params"),
  signingInfoPrefix: utf8("slashing/i/"),
  signingInfo: (cons: Uint8Array) => concatBytes(slashingKeys.signingInfoPrefix, cons),
  missedPrefix: utf8("slashing/m/"),
  missedOf: (cons: Uint8Array) => concatBytes(slashingKeys.missedPrefix, cons),
  missedChunk: (cons: Uint8Array, chunk: bigint) => concatBytes(slashingKeys.missedPrefix, cons, u64be(chunk)),
};
