import type { Dec } from "../../chain/dec.ts";

/** The module's name: its store prefix and the module account that mints. */
export const MINT_MODULE = "mint";
/** The SDK's auth permission a module account needs to mint (authtypes.Minter). */
export const MINTER_PERMISSION = "minter";

/** x/mint Params, decimals as LegacyDec (bigint scaled by 10^18). */
export interface MintParams {
  mintDenom: string;
  /** Most the annual inflation rate can move in a year. */
  inflationRateChange: Dec;
  inflationMax: Dec;
  inflationMin: Dec;
  /** The bonded ratio inflation steers toward. */
  goalBonded: Dec;
  blocksPerYear: bigint;
}

/** x/mint Minter: the current annual inflation rate and the annual provisions it gives. */
export interface MinterState {
  inflation: Dec;
  annualProvisions: Dec;
}

const pct = (n: bigint): Dec => n * 10n ** 16n;

/**
 * The SDK's DefaultParams, except the denom and the block rate: 13 % a year of rate change,
 * inflation between 7 % and 20 %, 67 % bonded as the goal, and 31,557,600 blocks a year — a
 * Tributary node's default timeout_commit is 1 s, not the SDK's 5 s, and with the SDK's 6,311,520
 * a year's inflation would be minted in about 73 days.
 */
export const DEFAULT_MINT_PARAMS: MintParams = {
  mintDenom: "utrib",
  inflationRateChange: pct(13n),
  inflationMax: pct(20n),
  inflationMin: pct(7n),
  goalBonded: pct(67n),
  blocksPerYear: 60n * 60n * 8766n,
};

/** The SDK's DefaultInitialMinter: 13 % inflation, no provisions yet. */
export const DEFAULT_MINTER: MinterState = { inflation: pct(13n), annualProvisions: 0n };
