/**
 * Typed builders for the inference module's messages (EncodeObjects CosmJS signs with the
 * registry of registry.ts), artifact chunking, and decoders of the responses a delivered tx
 * carries: `signAndBroadcast` of a MsgRequestInference returns the output, the attribution
 * record id and the payouts in one round trip.
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { Coin, DeliverTxResponse } from "@cosmjs/stargate";
import { sha256 } from "@noble/hashes/sha2.js";
import * as pb from "../proto/gen/tributary/inference/v1/index.ts";
import { addressToBytes } from "./address.ts";
import { coinInput } from "./datanetMsgs.ts";
import { bytesIn, u64In, u64Out } from "./datanetTypes.ts";
import { TributaryClientError } from "./errors.ts";
import { type InferenceResult, type RevenueSplit, SAMPLING_MODES, type Sampling, coinIn, payoutIn } from "./inferenceTypes.ts";
import type { TributaryTypeEntry } from "./registry.ts";
import { decode } from "../proto/codec.ts";

const PREFIX = "/tributary.inference.v1.";

export const INFERENCE_MSG_TYPE_URLS = {
  uploadArtifactChunk: `${PREFIX}MsgUploadArtifactChunk`,
  registerModel: `${PREFIX}MsgRegisterModel`,
  updateModel: `${PREFIX}MsgUpdateModel`,
  retireModel: `${PREFIX}MsgRetireModel`,
  requestInference: `${PREFIX}MsgRequestInference`,
  claimDataRewards: `${PREFIX}MsgClaimDataRewards`,
} as const;

/** The inference messages, for `createTributaryRegistry` (registered there by default). */
export const INFERENCE_TYPES: readonly TributaryTypeEntry[] = [
  [INFERENCE_MSG_TYPE_URLS.uploadArtifactChunk, pb.MsgUploadArtifactChunkSchema],
  [INFERENCE_MSG_TYPE_URLS.registerModel, pb.MsgRegisterModelSchema],
  [INFERENCE_MSG_TYPE_URLS.updateModel, pb.MsgUpdateModelSchema],
  [INFERENCE_MSG_TYPE_URLS.retireModel, pb.MsgRetireModelSchema],
  [INFERENCE_MSG_TYPE_URLS.requestInference, pb.MsgRequestInferenceSchema],
  [INFERENCE_MSG_TYPE_URLS.claimDataRewards, pb.MsgClaimDataRewardsSchema],
];

/** The chain's ceiling on one chunk. */
export const MAX_CHUNK_BYTES = 512 * 1024;
/**
 * Default chunk size, and the largest artifact sent inline. Below MAX_CHUNK_BYTES because a
 * node's RPC takes bodies of at most rpc.max_body_bytes (1,000,000 by default) and CosmJS sends
 * a simulated tx hex-encoded (2 bytes per byte) and a broadcast one base64-encoded (4 per 3):
 * a 384 KiB chunk simulates in ~0.8 MB, a 512 KiB one would not.
 */
export const DEFAULT_CHUNK_BYTES = 384 * 1024;

type Id = bigint | number | string;
type Amount = bigint | number | string;

export interface PricingInput {
  baseFee: Amount;
  feePerToken: Amount;
}

export interface RegisterModelInput {
  name: string;
  description?: string;
  /** The ONNX artifact inline; or leave it out and give `artifactHash` of uploaded chunks. */
  artifact?: Uint8Array;
  artifactHash?: Uint8Array;
  contextLength: number;
  trainingManifest: readonly { datanetId: Id; version: Id }[];
  pricing: PricingInput;
  split: RevenueSplit;
  maxOutputTokens: number;
}

/** Fields given replace the model's; at least one. */
export interface UpdateModelInput {
  pricing?: PricingInput;
  description?: string;
}

export interface RequestInferenceInput {
  modelId: Id;
  prompt: string;
  maxOutputTokens: number;
  /** The most the requester pays ("100000utrib" or a Coin); escrowed, the unused part refunded. */
  maxFee: Coin | string;
  /** Default greedy. */
  sampling?: Partial<Sampling> & { mode: Sampling["mode"] };
}

function invalid(message: string, hint?: string): TributaryClientError {
  return new TributaryClientError("VALUE_INVALID", message, hint ? { hint } : {});
}

function id(v: Id, what: string): bigint {
  let s: bigint;
  try {
    s = u64Out(v);
  } catch (e) {
    throw new TributaryClientError("VALUE_INVALID", `${what} ${String(v)} is not a valid id`, { hint: "ids are positive integers (uint64)", cause: e });
  }
  if (s === 0n) throw invalid(`${what} 0 is not a valid id`, "ids start at 1");
  return s;
}

function address(a: string): string {
  addressToBytes(a);
  return a;
}

function amountOut(v: Amount, what: string): string {
  const s = String(v).trim();
  if (!/^[0-9]+$/.test(s)) throw invalid(`${what} ${JSON.stringify(String(v))} is not a non-negative integer`, "amounts are in the fee denom's base units, e.g. 1000 (utrib)");
  return BigInt(s).toString();
}

function uint32(v: number, what: string): number {
  if (!Number.isInteger(v) || v < 0 || v > 0xffff_ffff) throw invalid(`${what} ${v} is not a non-negative 32-bit integer`);
  return v;
}

function pricingOut(p: PricingInput) {
  return { baseFee: amountOut(p.baseFee, "base fee"), feePerToken: amountOut(p.feePerToken, "fee per token") };
}

/** The four shares, checked to sum to 10,000 here so the mistake is caught before signing. */
function splitOut(s: RevenueSplit) {
  const parts = [s.ownerBps, s.dataBps, s.computeBps, s.protocolBps].map((v, i) => uint32(v, ["owner", "data", "compute", "protocol"][i] + " share"));
  const sum = parts.reduce((a, b) => a + b, 0);
  if (sum !== 10_000) throw invalid(`the revenue split owner ${s.ownerBps} + data ${s.dataBps} + compute ${s.computeBps} + protocol ${s.protocolBps} is ${sum} basis points`, "the four shares must sum to 10000");
  return { ownerBps: parts[0], dataBps: parts[1], computeBps: parts[2], protocolBps: parts[3] };
}

export function msgRegisterModel(owner: string, input: RegisterModelInput): EncodeObject {
  const artifact = input.artifact ?? new Uint8Array();
  const artifactHash = input.artifactHash ?? new Uint8Array();
  if (artifact.length === 0 && artifactHash.length !== 32) throw invalid("give the artifact inline or the 32-byte sha256 of its uploaded chunks");
  if (input.trainingManifest.length === 0) throw invalid("the training manifest is empty", "name the datanet versions the model was trained on");
  return {
    typeUrl: INFERENCE_MSG_TYPE_URLS.registerModel,
    value: {
      owner: address(owner),
      name: input.name,
      description: input.description ?? "",
      artifact,
      artifactHash,
      contextLength: uint32(input.contextLength, "context length"),
      trainingManifest: input.trainingManifest.map((e) => ({ datanetId: id(e.datanetId, "datanet"), version: id(e.version, "version") })),
      pricing: pricingOut(input.pricing),
      split: splitOut(input.split),
      maxOutputTokens: uint32(input.maxOutputTokens, "max output tokens"),
    },
  };
}

export function msgUploadArtifactChunk(uploader: string, artifactHash: Uint8Array, totalSize: number, totalChunks: number, index: number, data: Uint8Array): EncodeObject {
  if (artifactHash.length !== 32) throw invalid(`artifact hash is ${artifactHash.length} bytes, expected a 32-byte sha256`);
  return {
    typeUrl: INFERENCE_MSG_TYPE_URLS.uploadArtifactChunk,
    value: { uploader: address(uploader), artifactHash, totalSize: u64Out(totalSize), totalChunks: uint32(totalChunks, "total chunks"), index: uint32(index, "chunk index"), data },
  };
}

export interface ArtifactChunks {
  hash: Uint8Array;
  totalSize: number;
  chunks: Uint8Array[];
}

/** The artifact's sha256 and its chunks of at most `chunkSize` bytes (views, not copies). */
export function artifactChunks(artifact: Uint8Array, chunkSize = DEFAULT_CHUNK_BYTES): ArtifactChunks {
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_BYTES) throw invalid(`chunk size ${chunkSize} must be in 1..${MAX_CHUNK_BYTES}`);
  if (artifact.length === 0) throw invalid("the artifact is empty");
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < artifact.length; at += chunkSize) chunks.push(artifact.subarray(at, Math.min(at + chunkSize, artifact.length)));
  return { hash: sha256(artifact), totalSize: artifact.length, chunks };
}

/** One MsgUploadArtifactChunk per chunk, in order. */
export function uploadMsgs(uploader: string, c: ArtifactChunks): EncodeObject[] {
  return c.chunks.map((data, i) => msgUploadArtifactChunk(uploader, c.hash, c.totalSize, c.chunks.length, i, data));
}

export function msgUpdateModel(owner: string, modelId: Id, input: UpdateModelInput): EncodeObject {
  if (input.pricing === undefined && input.description === undefined) throw invalid("an update needs pricing or a description");
  return {
    typeUrl: INFERENCE_MSG_TYPE_URLS.updateModel,
    value: {
      owner: address(owner),
      modelId: id(modelId, "model"),
      pricing: input.pricing === undefined ? undefined : pricingOut(input.pricing),
      ...(input.description === undefined ? {} : { description: input.description }),
    },
  };
}

export function msgRetireModel(owner: string, modelId: Id): EncodeObject {
  return { typeUrl: INFERENCE_MSG_TYPE_URLS.retireModel, value: { owner: address(owner), modelId: id(modelId, "model") } };
}

function samplingOut(s: RequestInferenceInput["sampling"]) {
  const mode = s?.mode ?? "GREEDY";
  const n = SAMPLING_MODES.indexOf(mode);
  if (n < 0) throw invalid(`unknown sampling mode ${JSON.stringify(mode)}`, 'use "GREEDY" or "TOP_K"');
  const topK = s?.topK ?? 0;
  if (mode === "TOP_K" && (!Number.isInteger(topK) || topK < 1 || topK > 64)) throw invalid(`top-k ${topK} must be in 1..64`);
  if (mode === "GREEDY" && topK !== 0) throw invalid("top-k is for TOP_K sampling; leave it 0 with GREEDY");
  return { mode: n, topK, seed: u64Out(s?.seed ?? 0n) };
}

export function msgRequestInference(requester: string, input: RequestInferenceInput): EncodeObject {
  if (input.prompt === "") throw invalid("the prompt is empty");
  if (!Number.isInteger(input.maxOutputTokens) || input.maxOutputTokens < 1) throw invalid(`max output tokens ${input.maxOutputTokens} must be at least 1`);
  return {
    typeUrl: INFERENCE_MSG_TYPE_URLS.requestInference,
    value: {
      requester: address(requester),
      modelId: id(input.modelId, "model"),
      prompt: input.prompt,
      maxOutputTokens: uint32(input.maxOutputTokens, "max output tokens"),
      maxFee: coinInput(input.maxFee),
      sampling: samplingOut(input.sampling),
    },
  };
}

export function msgClaimDataRewards(claimer: string, contributionIds: readonly Id[]): EncodeObject {
  if (contributionIds.length === 0) throw invalid("name at least one contribution to claim for");
  return { typeUrl: INFERENCE_MSG_TYPE_URLS.claimDataRewards, value: { claimer: address(claimer), contributionIds: contributionIds.map((c) => id(c, "contribution")) } };
}

/** The response value of the `index`-th message of type `typeUrl` in a delivered tx. */
function msgResponse(tx: DeliverTxResponse, typeUrl: string, index: number): Uint8Array {
  const found = tx.msgResponses.filter((r) => r.typeUrl === typeUrl)[index];
  if (!found) throw invalid(`transaction ${tx.transactionHash} has no ${typeUrl} (message ${index})`);
  return found.value;
}

export function uploadArtifactChunkResponse(tx: DeliverTxResponse, index = 0): { received: number; totalChunks: number } {
  const r = decode(pb.MsgUploadArtifactChunkResponseSchema, msgResponse(tx, `${PREFIX}MsgUploadArtifactChunkResponse`, index));
  return { received: r.received ?? 0, totalChunks: r.totalChunks ?? 0 };
}

export function registerModelResponse(tx: DeliverTxResponse, index = 0): { modelId: bigint; artifactHash: Uint8Array } {
  const r = decode(pb.MsgRegisterModelResponseSchema, msgResponse(tx, `${PREFIX}MsgRegisterModelResponse`, index));
  return { modelId: u64In(r.modelId), artifactHash: bytesIn(r.artifactHash) };
}

/** Decodes MsgRequestInferenceResponse bytes (a tx's, or a simulation's). */
export function inferenceResult(bytes: Uint8Array): InferenceResult {
  const r = decode(pb.MsgRequestInferenceResponseSchema, bytes);
  return {
    inferenceId: u64In(r.inferenceId),
    output: r.output ?? "",
    attributionRecordId: u64In(r.attributionRecordId),
    payouts: (r.payouts ?? []).map(payoutIn),
    tokensGenerated: r.tokensGenerated ?? 0,
    fee: coinIn(r.fee),
    stopReason: r.stopReason ?? "",
  };
}

export function requestInferenceResponse(tx: DeliverTxResponse, index = 0): InferenceResult {
  return inferenceResult(msgResponse(tx, `${PREFIX}MsgRequestInferenceResponse`, index));
}

export function claimDataRewardsResponse(tx: DeliverTxResponse, index = 0): Coin | null {
  return coinIn(decode(pb.MsgClaimDataRewardsResponseSchema, msgResponse(tx, `${PREFIX}MsgClaimDataRewardsResponse`, index)).amount);
}
