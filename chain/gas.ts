import { sdkErrors } from "./errors.ts";
import { rulesTable } from "./rules.ts";

/**
 * The gas schedule. Numbers follow the Cosmos SDK's defaults (x/auth params and
 * store/types/gas.go KVGasConfig) so that gas estimates look familiar to Cosmos users.
 * It is part of consensus: changing a number changes `gas_used` and therefore results.
 */
export const GAS_SCHEDULE = {
  /** Charged per byte of the raw tx (ante: ConsumeGasForTxSize). */
  txSizeCostPerByte: 10n,
  /** One secp256k1 signature verification. */
  sigVerifyCostSecp256k1: 1000n,
  readCostFlat: 1000n,
  readCostPerByte: 3n,
  writeCostFlat: 2000n,
  writeCostPerByte: 30n,
  deleteCost: 1000n,
  hasCost: 1000n,
  iterNextCostFlat: 30n,
} as const;

export type GasSchedule = typeof GAS_SCHEDULE;

/** The KV gas schedule by rules version (chain/rules.ts): every version so far charges GAS_SCHEDULE. */
export const GAS_SCHEDULES = rulesTable<GasSchedule>("gas schedule", { 1: GAS_SCHEDULE });

/** Thrown when a meter runs past its limit; the tx pipeline turns it into code 11. */
export class OutOfGasError extends Error {
  override readonly name = "OutOfGasError";
  constructor(
    readonly descriptor: string,
    readonly limit: bigint,
    readonly wanted: bigint,
  ) {
    super(`out of gas in location: ${descriptor}; gasWanted: ${limit}, gasUsed: ${wanted}`);
  }
}

/** Counts gas against a limit. `Infinite` is used for genesis, begin/end block and queries. */
export class GasMeter {
  private used = 0n;
  constructor(readonly limit: bigint | undefined) {}

  static infinite(): GasMeter {
    return new GasMeter(undefined);
  }

  get consumed(): bigint {
    return this.used;
  }

  consume(amount: bigint, descriptor: string): void {
    this.used += amount;
    if (this.limit !== undefined && this.used > this.limit) {
      throw new OutOfGasError(descriptor, this.limit, this.used);
    }
  }

  /** Gas remaining, or undefined when infinite. */
  get remaining(): bigint | undefined {
    return this.limit === undefined ? undefined : this.limit - this.used;
  }
}

export function outOfGasToChainError(e: OutOfGasError) {
  return sdkErrors.outOfGas.wrap(e.message);
}
