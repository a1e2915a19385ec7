import { sha256 } from "@noble/hashes/sha2.js";
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import type { Context } from "../../chain/context.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectObject } from "../../chain/genesisJson.ts";
import { prefixEnd } from "../../chain/keys.ts";
import { decodeInference, decodeModel, decodePool, encodeInference, encodeModel, encodePool } from "./codec.ts";
import { checkpoint, setCheckpoint } from "./dataPools.ts";
import type { InferenceKeeper } from "./keeper.ts";
import { inferenceKeys } from "./keys.ts";
import { BPS_TOTAL, DEFAULT_INFERENCE_PARAMS, type InferenceParams } from "./types.ts";

/**
 * The inference section of app_state. Models, inferences and pools travel as base64 protobuf
 * (types.proto), artifacts as base64 bytes. Chunked uploads in progress are not exported.
 */
export interface InferenceGenesis {
  params: {
    max_artifact_bytes: string; min_data_share_bps: number; macs_per_gas: string; gas_per_token: string; gas_per_artifact_byte: string;
    max_output_tokens_cap: number; fee_denom: string;
    /** Absent in genesis files from before it was a param: MODEL_GAS_PER_KIB applies and it stays unset. */
    model_gas_per_kib?: string;
  };
  models: string[];
  artifacts: string[];
  inferences: string[];
  pools: string[];
  claim_checkpoints: { contribution_id: string; acc: string }[];
  next_model_id: string;
  next_inference_id: string;
}

export const paramsJson = (p: InferenceParams): InferenceGenesis["params"] => ({
  max_artifact_bytes: p.maxArtifactBytes.toString(), min_data_share_bps: p.minDataShareBps, macs_per_gas: p.macsPerGas.toString(), gas_per_token: p.gasPerToken.toString(),
  gas_per_artifact_byte: p.gasPerArtifactByte.toString(), max_output_tokens_cap: p.maxOutputTokensCap, fee_denom: p.feeDenom,
  ...(p.modelGasPerKib === undefined ? {} : { model_gas_per_kib: p.modelGasPerKib.toString() }),
});

export function defaultInferenceGenesis(): InferenceGenesis {
  return { params: paramsJson(DEFAULT_INFERENCE_PARAMS), models: [], artifacts: [], inferences: [], pools: [], claim_checkpoints: [], next_model_id: "1", next_inference_id: "1" };
}

const uint = (v: unknown, field: string): bigint => {
  if (typeof v !== "string" || !/^(0|[1-9][0-9]{0,77})$/.test(v)) throw new GenesisError(field, `must be a decimal unsigned integer string, got ${JSON.stringify(v)}`);
  return BigInt(v);
};

function decodeList<T>(list: unknown, field: string, decode: (b: Uint8Array) => T): T[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new GenesisError(field, "must be an array of base64 strings");
  return list.map((b, i) => {
    try {
      return decode(fromBase64(b as string));
    } catch (e) {
      throw new GenesisError(`${field}[${i}]`, `not base64 protobuf: ${(e as Error).message}`);
    }
  });
}

/** Params.Validate of the genesis section (also MsgUpdateParams's check); errors name the field. */
export function paramsFrom(g: Pick<InferenceGenesis, "params">): InferenceParams {
  const p = g.params;
  if (typeof p !== "object" || p === null) throw new GenesisError("params", "must be an object");
  const int = (v: unknown, field: string, max: number) => {
    if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > max) throw new GenesisError(field, `must be an integer in 0..${max}`);
    return v as number;
  };
  const out: InferenceParams = {
    maxArtifactBytes: uint(p.max_artifact_bytes, "params.max_artifact_bytes"), minDataShareBps: int(p.min_data_share_bps, "params.min_data_share_bps", BPS_TOTAL),
    macsPerGas: uint(p.macs_per_gas, "params.macs_per_gas"), gasPerToken: uint(p.gas_per_token, "params.gas_per_token"),
    gasPerArtifactByte: uint(p.gas_per_artifact_byte, "params.gas_per_artifact_byte"), maxOutputTokensCap: int(p.max_output_tokens_cap, "params.max_output_tokens_cap", 65_535),
    feeDenom: p.fee_denom,
    ...(p.model_gas_per_kib === undefined ? {} : { modelGasPerKib: uint(p.model_gas_per_kib, "params.model_gas_per_kib") }),
  };
  if (out.macsPerGas === 0n) throw new GenesisError("params.macs_per_gas", "must be > 0");
  if (typeof out.feeDenom !== "string" || out.feeDenom === "") throw new GenesisError("params.fee_denom", "must name a denom");
  if (out.modelGasPerKib === 0n) throw new GenesisError("params.model_gas_per_kib", "must be > 0: loading a model is never free");
  return out;
}

export function validateInferenceGenesis(g: InferenceGenesis): void {
  if (typeof g !== "object" || g === null) throw new GenesisError("inference", "must be an object");
  paramsFrom(g);
  const nextModel = uint(g.next_model_id, "next_model_id");
  const nextInference = uint(g.next_inference_id, "next_inference_id");
  const artifacts = new Set(decodeList(g.artifacts, "artifacts", (b) => toBase64(sha256(b))));
  decodeList(g.models, "models", decodeModel).forEach((m, i) => {
    if (m.id === 0n || m.id >= nextModel) throw new GenesisError(`models[${i}]`, `model id ${m.id} must be in [1, next_model_id ${nextModel})`);
    if (!artifacts.has(toBase64(m.artifactHash))) throw new GenesisError(`models[${i}]`, `model ${m.id}'s artifact is not among artifacts`);
  });
  decodeList(g.inferences, "inferences", decodeInference).forEach((x, i) => {
    if (x.id === 0n || x.id >= nextInference) throw new GenesisError(`inferences[${i}]`, `inference id ${x.id} must be in [1, next_inference_id ${nextInference})`);
  });
  decodeList(g.pools, "pools", decodePool);
  expectArray(g.claim_checkpoints, "claim_checkpoints").forEach((raw, i) => {
    const c = expectObject(raw, `claim_checkpoints[${i}]`);
    uint(c.contribution_id, `claim_checkpoints[${i}].contribution_id`);
    uint(c.acc, `claim_checkpoints[${i}].acc`);
  });
}

export function initInferenceGenesis(keeper: InferenceKeeper, ctx: Context, g: InferenceGenesis): void {
  keeper.setParams(ctx, paramsFrom(g));
  for (const bytes of decodeList(g.artifacts, "artifacts", (b) => b)) keeper.setArtifact(ctx, sha256(bytes), bytes);
  for (const m of decodeList(g.models, "models", decodeModel)) keeper.setModel(ctx, m);
  for (const x of decodeList(g.inferences, "inferences", decodeInference)) keeper.setInference(ctx, x);
  for (const p of decodeList(g.pools, "pools", decodePool)) keeper.setPool(ctx, p);
  for (const c of g.claim_checkpoints ?? []) setCheckpoint(ctx, BigInt(c.contribution_id), BigInt(c.acc));
  keeper.setNextId(ctx, inferenceKeys.nextModelId, BigInt(g.next_model_id));
  keeper.setNextId(ctx, inferenceKeys.nextInferenceId, BigInt(g.next_inference_id));
}

/** PERF: O(models + artifacts + inferences + pools) (genesis export only). */
export async function exportInferenceGenesis(keeper: InferenceKeeper, ctx: Context): Promise<InferenceGenesis> {
  const all = async <T>(prefix: Uint8Array, f: (k: Uint8Array, v: Uint8Array) => T): Promise<T[]> => {
    const out: T[] = [];
    for await (const [k, v] of ctx.kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) out.push(f(k, v));
    return out;
  };
  const reencode = <T>(dec: (b: Uint8Array) => T, enc: (x: T) => Uint8Array) => (_k: Uint8Array, v: Uint8Array) => toBase64(enc(dec(v)));
  const cp = inferenceKeys.claimCheckpointPrefix;
  return {
    params: paramsJson(keeper.getParams(ctx.kv)),
    models: await all(inferenceKeys.modelPrefix, reencode(decodeModel, encodeModel)),
    artifacts: await all(inferenceKeys.artifactPrefix, (_k, v) => toBase64(v)),
    inferences: await all(inferenceKeys.inferencePrefix, reencode(decodeInference, encodeInference)),
    pools: await all(inferenceKeys.poolPrefix, reencode(decodePool, encodePool)),
    claim_checkpoints: await all(cp, (k) => {
      const id = new DataView(k.buffer, k.byteOffset + cp.length, 8).getBigUint64(0);
      return { contribution_id: id.toString(), acc: checkpoint(ctx.kv, id).toString() };
    }),
    next_model_id: keeper.nextId(ctx.kv, inferenceKeys.nextModelId).toString(),
    next_inference_id: keeper.nextId(ctx.kv, inferenceKeys.nextInferenceId).toString(),
  };
}
