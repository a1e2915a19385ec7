/**
 * The inference module's values as the client hands them out (the conventions of
 * datanetTypes.ts): 64-bit integers and amounts as `bigint`, enums by name, hashes as bytes.
 */
import type { Coin } from "@cosmjs/stargate";
import type * as pb from "../proto/gen/tributary/inference/v1/index.ts";
import { bytesIn, u64In } from "./datanetTypes.ts";

type IModel = pb.Model;
type IInference = pb.Inference;

export type ModelStatusName = "ACTIVE" | "RETIRED";
export type SamplingModeName = "GREEDY" | "TOP_K";
export type PayoutRoleName = "contributor" | "model_owner" | "compute" | "protocol" | "datanet_pool" | "refund";

/** Proto enum numbers (types.proto): index = number. */
export const MODEL_STATUSES = ["UNSPECIFIED", "ACTIVE", "RETIRED"] as const;
export const SAMPLING_MODES = ["GREEDY", "TOP_K"] as const;

export interface InferenceParams {
  maxArtifactBytes: bigint;
  minDataShareBps: number;
  macsPerGas: bigint;
  gasPerToken: bigint;
  gasPerArtifactByte: bigint;
  maxOutputTokensCap: number;
  feeDenom: string;
  /** Gas per KiB of artifact per request; undefined on chains whose params predate it (they charge 64). */
  modelGasPerKib?: bigint;
}

/** A datanet version a model was trained on (what its outputs are attributed against). */
export interface ManifestEntry {
  datanetId: bigint;
  version: bigint;
}

/** In the fee denom's base units. */
export interface Pricing {
  baseFee: bigint;
  feePerToken: bigint;
}

/** Basis points summing to 10,000. */
export interface RevenueSplit {
  ownerBps: number;
  dataBps: number;
  computeBps: number;
  protocolBps: number;
}

export interface Model {
  id: bigint;
  owner: string;
  name: string;
  description: string;
  artifactHash: Uint8Array;
  artifactSize: bigint;
  /** The tokenizer definition (JSON). */
  tokenizer: string;
  contextLength: number;
  trainingManifest: ManifestEntry[];
  pricing: Pricing;
  split: RevenueSplit;
  maxOutputTokens: number;
  status: ModelStatusName | "UNSPECIFIED";
  createdHeight: bigint;
  format: string;
  vocabSize: number;
  window: number;
  macsPerToken: bigint;
  logitScale: bigint;
}

export interface Sampling {
  mode: SamplingModeName;
  /** 1..64 with TOP_K, 0 with GREEDY. */
  topK: number;
  seed: bigint;
}

/** One transfer of an inference's settlement. */
export interface Payout {
  role: PayoutRoleName;
  recipient: string;
  amount: bigint;
  /** For datanet_pool: the pool's datanet and version (0 otherwise). */
  datanetId: bigint;
  version: bigint;
}

export interface Inference {
  id: bigint;
  modelId: bigint;
  requester: string;
  prompt: string;
  output: string;
  outputTokenIds: number[];
  promptTokens: number;
  tokensGenerated: number;
  stopReason: string;
  sampling: Sampling;
  maxFee: Coin | null;
  fee: Coin | null;
  payouts: Payout[];
  /** 0 when nothing in the output could be credited (the data share went to the pools). */
  attributionRecordId: bigint;
  height: bigint;
}

/** What MsgRequestInference returns in the same tx. */
export interface InferenceResult {
  inferenceId: bigint;
  output: string;
  attributionRecordId: bigint;
  payouts: Payout[];
  tokensGenerated: number;
  fee: Coin | null;
  stopReason: string;
}

export interface DataPool {
  datanetId: bigint;
  version: bigint;
  tokens: bigint;
  /** Reward per accepted token, scaled by 2^64. */
  accPerToken: bigint;
  carry: bigint;
  totalPaidIn: bigint;
}

export interface RewardPools {
  /** Inference compute share waiting in fee_collector for the next block's allocation to validators. */
  compute: Coin[];
  /** The community pool (x/distribution), whole coins. */
  community: Coin[];
  dataPools: Coin[];
  /** Compute share paid out by the last allocation that had any, and its height ("0": none yet). */
  computeLastAllocated: Coin[];
  computeLastHeight: string;
  /** Compute share allocated since genesis. */
  computeTotalAllocated: Coin[];
}

const amount = (v: string | null | undefined): bigint => BigInt(v || "0");

export const coinIn = (c: { denom?: string | null; amount?: string | null } | null | undefined): Coin | null =>
  c && c.denom ? { denom: c.denom, amount: c.amount || "0" } : null;

export const coinsIn = (cs: readonly { denom?: string | null; amount?: string | null }[] | null | undefined): Coin[] =>
  (cs ?? []).map(coinIn).filter((c): c is Coin => c !== null);

export function inferenceParamsIn(p: pb.Params | null | undefined): InferenceParams {
  return {
    maxArtifactBytes: u64In(p?.maxArtifactBytes),
    minDataShareBps: p?.minDataShareBps ?? 0,
    macsPerGas: u64In(p?.macsPerGas),
    gasPerToken: u64In(p?.gasPerToken),
    gasPerArtifactByte: u64In(p?.gasPerArtifactByte),
    maxOutputTokensCap: p?.maxOutputTokensCap ?? 0,
    feeDenom: p?.feeDenom ?? "",
    ...(p?.modelGasPerKib === undefined ? {} : { modelGasPerKib: p.modelGasPerKib }),
  };
}

export function modelIn(m: IModel): Model {
  return {
    id: u64In(m.id),
    owner: m.owner ?? "",
    name: m.name ?? "",
    description: m.description ?? "",
    artifactHash: bytesIn(m.artifactHash),
    artifactSize: u64In(m.artifactSize),
    tokenizer: m.tokenizer ?? "",
    contextLength: m.contextLength ?? 0,
    trainingManifest: (m.trainingManifest ?? []).map((e) => ({ datanetId: u64In(e.datanetId), version: u64In(e.version) })),
    pricing: { baseFee: amount(m.pricing?.baseFee), feePerToken: amount(m.pricing?.feePerToken) },
    split: { ownerBps: m.split?.ownerBps ?? 0, dataBps: m.split?.dataBps ?? 0, computeBps: m.split?.computeBps ?? 0, protocolBps: m.split?.protocolBps ?? 0 },
    maxOutputTokens: m.maxOutputTokens ?? 0,
    status: MODEL_STATUSES[m.status ?? 0] ?? "UNSPECIFIED",
    createdHeight: u64In(m.createdHeight),
    format: m.format ?? "",
    vocabSize: m.vocabSize ?? 0,
    window: m.window ?? 0,
    macsPerToken: u64In(m.macsPerToken),
    logitScale: u64In(m.logitScale),
  };
}

export function samplingIn(s: pb.Sampling | null | undefined): Sampling {
  return { mode: SAMPLING_MODES[s?.mode ?? 0] ?? "GREEDY", topK: s?.topK ?? 0, seed: u64In(s?.seed) };
}

export function payoutIn(p: pb.Payout): Payout {
  return { role: (p.role ?? "") as PayoutRoleName, recipient: p.recipient ?? "", amount: amount(p.amount), datanetId: u64In(p.datanetId), version: u64In(p.version) };
}

export function inferenceIn(x: IInference): Inference {
  return {
    id: u64In(x.id),
    modelId: u64In(x.modelId),
    requester: x.requester ?? "",
    prompt: x.prompt ?? "",
    output: x.output ?? "",
    outputTokenIds: [...(x.outputTokenIds ?? [])],
    promptTokens: x.promptTokens ?? 0,
    tokensGenerated: x.tokensGenerated ?? 0,
    stopReason: x.stopReason ?? "",
    sampling: samplingIn(x.sampling),
    maxFee: coinIn(x.maxFee),
    fee: coinIn(x.fee),
    payouts: (x.payouts ?? []).map(payoutIn),
    attributionRecordId: u64In(x.attributionRecordId),
    height: u64In(x.height),
  };
}

export function dataPoolIn(p: pb.DataPool | null | undefined): DataPool {
  return {
    datanetId: u64In(p?.datanetId),
    version: u64In(p?.version),
    tokens: u64In(p?.tokens),
    accPerToken: amount(p?.accPerToken),
    carry: amount(p?.carry),
    totalPaidIn: amount(p?.totalPaidIn),
  };
}
