import { Minter, Params } from "cosmjs-types/cosmos/mint/v1beta1/mint";
import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { type Dec, decFromWire, decToWire } from "../../chain/dec.ts";
import type { MintAccountKeeper, MintBankKeeper, MintStakingKeeper } from "./expected.ts";
import { mintKeys } from "./keys.ts";
import { blockProvision, bondedRatio } from "./minter.ts";
import { DEFAULT_MINTER, DEFAULT_MINT_PARAMS, MINT_MODULE, MINTER_PERMISSION, type MintParams, type MinterState } from "./types.ts";

/**
 * The minter and params, stored as the SDK's own protobuf values (cosmos.mint.v1beta1.Minter
 * and Params, decimals as the scaled integer, as LegacyDec.Marshal writes them). BeginBlock
 * (abci.ts) does the minting through bank; other modules read `blockProvision`.
 */
export class MintKeeper {
  constructor(
    readonly staking: MintStakingKeeper,
    readonly bank: MintBankKeeper,
    readonly accounts: MintAccountKeeper,
    /** Where minted coins go: the fee collector, which distribution pays out from. */
    readonly feeCollector: string,
  ) {}

  // PERF: one read and a protobuf decode.
  getParams(kv: KVReader): MintParams {
    const raw = kv.get(mintKeys.params);
    return raw ? paramsFromProto(Params.decode(raw)) : DEFAULT_MINT_PARAMS;
  }

  setParams(ctx: Context, p: MintParams): void {
    ctx.kv.set(mintKeys.params, Params.encode(paramsToProto(p)).finish());
  }

  // PERF: one read and a protobuf decode.
  getMinter(kv: KVReader): MinterState {
    const raw = kv.get(mintKeys.minter);
    if (!raw) return DEFAULT_MINTER;
    const m = Minter.decode(raw);
    return { inflation: decFromWire(m.inflation, "minter.inflation"), annualProvisions: decFromWire(m.annualProvisions, "minter.annual_provisions") };
  }

  setMinter(ctx: Context, m: MinterState): void {
    ctx.kv.set(mintKeys.minter, Minter.encode({ inflation: decToWire(m.inflation), annualProvisions: decToWire(m.annualProvisions) }).finish());
  }

  /** Staking's BondedRatio: bonded pool / bond-denom supply. PERF: two reads. */
  bondedRatio(kv: KVReader): Dec {
    return bondedRatio(this.staking.totalBondedTokens(kv), this.staking.stakingTokenSupply(kv));
  }

  /**
   * What mint's BeginBlock minted in this block: the block provision of the stored minter and
   * params, which BeginBlock has just updated (no extra state is kept for it). Read it after
   * mint's BeginBlock in the same block, as the rewards module does. PERF: two reads.
   */
  blockProvision(kv: KVReader): Coin {
    return blockProvision(this.getMinter(kv), this.getParams(kv));
  }

  /** Creates the mint module account with the minter permission (as the SDK's InitGenesis). */
  ensureModuleAccount(ctx: Context): void {
    this.accounts.moduleAccount(ctx, MINT_MODULE, [MINTER_PERMISSION]);
  }
}

export function paramsToProto(p: MintParams): Params {
  return {
    mintDenom: p.mintDenom,
    inflationRateChange: decToWire(p.inflationRateChange),
    inflationMax: decToWire(p.inflationMax),
    inflationMin: decToWire(p.inflationMin),
    goalBonded: decToWire(p.goalBonded),
    blocksPerYear: p.blocksPerYear,
  };
}

export function paramsFromProto(p: Params): MintParams {
  return {
    mintDenom: p.mintDenom,
    inflationRateChange: decFromWire(p.inflationRateChange, "params.inflation_rate_change"),
    inflationMax: decFromWire(p.inflationMax, "params.inflation_max"),
    inflationMin: decFromWire(p.inflationMin, "params.inflation_min"),
    goalBonded: decFromWire(p.goalBonded, "params.goal_bonded"),
    blocksPerYear: p.blocksPerYear,
  };
}
