/**
 * Reading the genesis document (CometBFT JSON) into what the driver needs: the InitChain
 * request, the validator set and the consensus params as protobuf values.
 */
import { fromBase64 } from "@cosmjs/encoding";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { RequestInitChain, ValidatorUpdate } from "cosmjs-types/tendermint/abci/types";
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type { ValidatorInfo } from "../rpc/backend.ts";
import { validatorAddressBytes } from "./signing.ts";

interface GenesisJson {
  genesis_time: string;
  chain_id: string;
  initial_height?: string;
  consensus_params?: {
    block?: { max_bytes?: string; max_gas?: string };
    evidence?: { max_age_num_blocks?: string; max_age_duration?: string; max_bytes?: string };
    validator?: { pub_key_types?: string[] };
    version?: { app?: string };
    abci?: { vote_extensions_enable_height?: string };
  };
  validators?: { pub_key: { type: string; value: string }; power: string }[];
  app_state?: unknown;
}

export interface SoloGenesis {
  chainId: string;
  initialHeight: bigint;
  genesisTime: Timestamp;
  consensusParams: ConsensusParams;
  validators: ValidatorInfo[];
  initChain: RequestInitChain;
}

export class SoloGenesisError extends Error {
  override readonly name = "SoloGenesisError";
}

/** RFC 3339 with up to nanosecond precision, exactly (Date alone keeps only milliseconds). */
export function parseRfc3339(text: string): Timestamp {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  const millis = m ? Date.parse(`${m[1]}${m[3]}`) : NaN;
  if (!m || Number.isNaN(millis)) throw new SoloGenesisError(`genesis_time ${JSON.stringify(text)} is not an RFC 3339 time`);
  return { seconds: BigInt(Math.floor(millis / 1000)), nanos: Number((m[2] ?? "").padEnd(9, "0")) };
}

const int = (v: string | undefined, fallback: bigint): bigint => (v === undefined ? fallback : BigInt(v));

function consensusParamsFrom(json: GenesisJson["consensus_params"]): ConsensusParams {
  const ageNs = int(json?.evidence?.max_age_duration, 172_800_000_000_000n);
  return ConsensusParams.fromPartial({
    block: { maxBytes: int(json?.block?.max_bytes, 22_020_096n), maxGas: int(json?.block?.max_gas, -1n) },
    evidence: {
      maxAgeNumBlocks: int(json?.evidence?.max_age_num_blocks, 100_000n),
      maxAgeDuration: { seconds: ageNs / 1_000_000_000n, nanos: Number(ageNs % 1_000_000_000n) },
      maxBytes: int(json?.evidence?.max_bytes, 1_048_576n),
    },
    validator: { pubKeyTypes: json?.validator?.pub_key_types ?? ["ed25519"] },
    version: { app: int(json?.version?.app, 0n) },
    abci: { voteExtensionsEnableHeight: int(json?.abci?.vote_extensions_enable_height, 0n) },
  });
}

export function validatorInfoFromUpdate(update: ValidatorUpdate): ValidatorInfo {
  const pubKey = update.pubKey.ed25519;
  if (!pubKey || pubKey.length !== 32) throw new SoloGenesisError("validators: only ed25519 consensus keys (32 bytes) are supported");
  return { address: validatorAddressBytes(pubKey), pubKey, votingPower: update.power, proposerPriority: 0n };
}

/** Parses the genesis text as stored on disk. */
export function readSoloGenesis(text: string): SoloGenesis {
  let json: GenesisJson;
  try {
    json = JSON.parse(text) as GenesisJson;
  } catch (err) {
    throw new SoloGenesisError(`genesis is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof json.chain_id !== "string" || json.chain_id === "") throw new SoloGenesisError("genesis chain_id must be a non-empty string");
  const genesisTime = parseRfc3339(json.genesis_time);
  const initialHeight = int(json.initial_height, 1n) || 1n;
  const consensusParams = consensusParamsFrom(json.consensus_params);
  const updates: ValidatorUpdate[] = (json.validators ?? []).map((v) => ({ pubKey: { ed25519: fromBase64(v.pub_key.value) }, power: BigInt(v.power) }));
  return {
    chainId: json.chain_id,
    initialHeight,
    genesisTime,
    consensusParams,
    validators: updates.map(validatorInfoFromUpdate),
    initChain: {
      time: genesisTime,
      chainId: json.chain_id,
      consensusParams,
      validators: updates,
      appStateBytes: new TextEncoder().encode(JSON.stringify(json.app_state ?? {})),
      initialHeight,
    },
  };
}
