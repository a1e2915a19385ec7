import type { Coin } from "../../chain/coins.ts";
import type { ManifestEntry } from "./expected.ts";

/** Module params (`inference/p`); see proto/tributary/inference/v1/types.proto. */
export interface InferenceParams {
  maxArtifactBytes: bigint;
  minDataShareBps: number;
  macsPerGas: bigint;
  gasPerToken: bigint;
  gasPerArtifactByte: bigint;
  maxOutputTokensCap: number;
  feeDenom: string;
  /**
   * Gas per KiB of artifact charged on every request (modelUseGas). Undefined on chains whose
   * stored params predate it: they read MODEL_GAS_PER_KIB, and their params bytes stay as they were.
   */
  modelGasPerKib?: bigint;
}

/**
 * The per-KiB model-use gas of chains started before it was a param, and the default of new
 * ones; why 64 is in msgs/request.ts (modelUseGas).
 */
export const MODEL_GAS_PER_KIB = 64n;

/** The per-KiB model-use gas in force: the param, or the old constant where it was never set. */
export const modelGasPerKib = (p: InferenceParams): bigint => p.modelGasPerKib ?? MODEL_GAS_PER_KIB;

export const DEFAULT_INFERENCE_PARAMS: InferenceParams = {
  maxArtifactBytes: 16n * 1024n * 1024n,
  minDataShareBps: 1000,
  macsPerGas: 64n,
  gasPerToken: 500n,
  gasPerArtifactByte: 2n,
  maxOutputTokensCap: 256,
  feeDenom: "utrib",
  modelGasPerKib: MODEL_GAS_PER_KIB,
};

export const BPS_TOTAL = 10_000;

export interface Pricing {
  baseFee: bigint;
  feePerToken: bigint;
}

export interface RevenueSplit {
  ownerBps: number;
  dataBps: number;
  computeBps: number;
  protocolBps: number;
}

export type ModelStatus = "ACTIVE" | "RETIRED";
export const MODEL_STATUS_NAMES = ["UNSPECIFIED", "ACTIVE", "RETIRED"] as const;

export interface Model {
  id: bigint;
  owner: string;
  name: string;
  description: string;
  artifactHash: Uint8Array;
  artifactSize: bigint;
  tokenizer: string;
  contextLength: number;
  trainingManifest: ManifestEntry[];
  pricing: Pricing;
  split: RevenueSplit;
  maxOutputTokens: number;
  status: ModelStatus;
  createdHeight: bigint;
  format: string;
  vocabSize: number;
  window: number;
  macsPerToken: bigint;
  logitScale: bigint;
}

export type SamplingMode = "GREEDY" | "TOP_K";
export const SAMPLING_MODE_NAMES = ["GREEDY", "TOP_K"] as const;

export interface Sampling {
  mode: SamplingMode;
  topK: number;
  seed: bigint;
}

export type PayoutRole = "contributor" | "model_owner" | "compute" | "protocol" | "datanet_pool" | "refund";

export interface Payout {
  role: PayoutRole;
  recipient: string;
  amount: bigint;
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
  stopReason: "eos" | "max_tokens";
  sampling: Sampling;
  maxFee: Coin;
  fee: Coin;
  payouts: Payout[];
  attributionRecordId: bigint;
  height: bigint;
}

export interface DataPool {
  datanetId: bigint;
  version: bigint;
  tokens: bigint;
  accPerToken: bigint;
  carry: bigint;
  totalPaidIn: bigint;
}

/**
 * Module accounts: escrow of max_fee during an inference, and the datanet reward pools. (The
 * compute and protocol shares go to distribution: fee_collector and the community pool.)
 */
export const INFERENCE_ESCROW = "inference_escrow";
export const DATA_POOLS = "datanet_pools";

/** Bounds checked statelessly. */
export const MAX_NAME_BYTES = 128;
export const MAX_DESCRIPTION_BYTES = 4096;
export const MAX_PROMPT_BYTES = 16_384;
export const MAX_CLAIM_IDS = 100;
