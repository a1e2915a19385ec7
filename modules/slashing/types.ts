import type { Dec } from "../../chain/dec.ts";

export interface SlashingParams {
  signedBlocksWindow: bigint;
  minSignedPerWindow: Dec;
  /** Nanoseconds. */
  downtimeJailDuration: bigint;
  slashFractionDoubleSign: Dec;
  slashFractionDowntime: Dec;
}

/** The SDK defaults: 100 blocks, 50 %, 600 s, 1/20 and 1/10000. */
export const DEFAULT_SLASHING_PARAMS: SlashingParams = {
  signedBlocksWindow: 100n,
  minSignedPerWindow: 5n * 10n ** 17n,
  downtimeJailDuration: 600n * 1_000_000_000n,
  slashFractionDoubleSign: 5n * 10n ** 16n,
  slashFractionDowntime: 10n ** 14n,
};

/** Jail end of a tombstoned validator (the SDK's DoubleSignJailEndTime, 9999-12-31T23:59:59Z). */
export const DOUBLE_SIGN_JAIL_END_NS = 253402300799n * 1_000_000_000n;
/** CometBFT applies a validator update two blocks later (the SDK's ValidatorUpdateDelay is 1). */
export const VALIDATOR_UPDATE_DELAY = 1n;
