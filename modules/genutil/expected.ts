import type { Context } from "../../chain/context.ts";
import type { ValidatorUpdate } from "../../chain/module.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { DeliverResult } from "./types.ts";

/** What genutil needs of staking (the wiring adapts StakingKeeper). */
export interface GenutilStakingKeeper {
  /** True when staking's own genesis section already bonded validators (its InitGenesis returned a set). */
  hasBondedValidators(kv: KVReader): Promise<boolean>;
  /** The SDK's ApplyAndReturnValidatorSetUpdates at genesis: bonds the top validators, returns the whole set. */
  applyGenesisValidatorSet(ctx: Context): Promise<ValidatorUpdate[]>;
}

/** Runs one tx through the app's real pipeline (decode, ante, messages) on the context's store, in genesis mode. */
export interface GenTxDeliverer {
  deliverTx(ctx: Context, tx: Uint8Array): Promise<DeliverResult>;
}
