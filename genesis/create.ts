import { defaultAppState } from "../modules/index.ts";
import { defaultConsensusParams } from "./consensusParams.ts";
import { TRIB_METADATA } from "./denomMetadata.ts";
import { nowRfc3339 } from "./time.ts";
import type { GenesisDoc, GenesisValidatorJson } from "./types.ts";

export interface NewGenesisOptions {
  chainId: string;
  validators?: GenesisValidatorJson[];
  /** RFC3339; defaults to now. */
  genesisTime?: string;
  /** Defaults to every module's default section (`defaultAppState()`) with utrib's denom metadata. */
  appState?: Record<string, unknown>;
}

/** A fresh genesis document at height 1 with Tributary's default consensus params. */
export function newGenesisDoc(opts: NewGenesisOptions): GenesisDoc {
  return {
    genesis_time: opts.genesisTime ?? nowRfc3339(),
    chain_id: opts.chainId,
    initial_height: "1",
    consensus_params: defaultConsensusParams(),
    validators: opts.validators ?? [],
    app_hash: "",
    app_state: opts.appState ?? withTribMetadata(defaultAppState()),
  };
}

/** The bank section gets utrib's denom metadata (wallets and `chain-info` read it). */
function withTribMetadata(appState: Record<string, unknown>): Record<string, unknown> {
  const bank = appState.bank as { denom_metadata: unknown[] };
  bank.denom_metadata = [structuredClone(TRIB_METADATA)];
  return appState;
}
