import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import { utf8 } from "./keys.ts";
import type { KVReader, KVStore } from "./store/types.ts";

/** The app's own keys (not a module's): chain id and consensus params, set at InitChain. */
const CHAIN_ID_KEY = utf8("app/chain_id");
const CONSENSUS_PARAMS_KEY = utf8("app/consensus_params");

const dec = new TextDecoder();

export function writeChainParams(kv: KVStore, chainId: string, params: ConsensusParams | undefined): void {
  kv.set(CHAIN_ID_KEY, utf8(chainId));
  if (params) kv.set(CONSENSUS_PARAMS_KEY, ConsensusParams.encode(params).finish());
}

export function readChainId(kv: Pick<KVReader, "get">): string {
  const raw = kv.get(CHAIN_ID_KEY);
  return raw ? dec.decode(raw) : "";
}

export function readConsensusParams(kv: Pick<KVReader, "get">): ConsensusParams | undefined {
  const raw = kv.get(CONSENSUS_PARAMS_KEY);
  return raw ? ConsensusParams.decode(raw) : undefined;
}

/** Block max gas; -1 means unlimited (CometBFT's convention). */
export function blockMaxGas(p: ConsensusParams | undefined): bigint {
  return p?.block?.maxGas ?? -1n;
}

/** Block max bytes (CometBFT default 21 MiB when unset). */
export function blockMaxBytes(p: ConsensusParams | undefined): bigint {
  const b = p?.block?.maxBytes ?? 22020096n;
  return b <= 0n ? 22020096n : b;
}
