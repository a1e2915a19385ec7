import * as pb from "../../proto/gen/tributary/inference/v1/index.ts";
import type { Coin } from "../../chain/coins.ts";
import {
  type DataPool, type Inference, type InferenceParams, type Model, MODEL_STATUS_NAMES, type ModelStatus, type Payout, type PayoutRole,
  type Pricing, type RevenueSplit, type Sampling, SAMPLING_MODE_NAMES,
} from "./types.ts";
import type { ManifestEntry } from "./expected.ts";
import { type CoinMsg, coinFromMsg, coinMsg, decode, encode, type Init, u64 } from "../../proto/codec.ts";

/** Protobuf ⇄ keeper types. */
export { pb };

/**
 * A training manifest: on the wire attribution's `ManifestEntry` message (inference's protos
 * import it), in the keeper attribution's `ManifestEntry` type (through ./expected.ts).
 */
export const manifestOut = (m: readonly ManifestEntry[]) => m.map((e) => ({ datanetId: e.datanetId, version: e.version }));
export const manifestIn = (m: readonly { datanetId?: bigint; version?: bigint }[] | null | undefined): ManifestEntry[] =>
  (m ?? []).map((e) => ({ datanetId: u64(e.datanetId), version: u64(e.version) }));
const int = (v: string | null | undefined) => BigInt(v || "0");

export { u64 };

export const paramsOut = (p: InferenceParams) => ({
  maxArtifactBytes: p.maxArtifactBytes, minDataShareBps: p.minDataShareBps, macsPerGas: p.macsPerGas, gasPerToken: p.gasPerToken,
  gasPerArtifactByte: p.gasPerArtifactByte, maxOutputTokensCap: p.maxOutputTokensCap, feeDenom: p.feeDenom,
  // Unset stays off the wire, so params stored before the field existed re-encode to the same bytes.
  ...(p.modelGasPerKib === undefined ? {} : { modelGasPerKib: p.modelGasPerKib }),
});
export const paramsIn = (m: pb.Params): InferenceParams => ({
  maxArtifactBytes: u64(m.maxArtifactBytes), minDataShareBps: m.minDataShareBps ?? 0, macsPerGas: u64(m.macsPerGas), gasPerToken: u64(m.gasPerToken),
  gasPerArtifactByte: u64(m.gasPerArtifactByte), maxOutputTokensCap: m.maxOutputTokensCap ?? 0, feeDenom: m.feeDenom ?? "",
  ...(m.modelGasPerKib === undefined ? {} : { modelGasPerKib: m.modelGasPerKib }),
});

export const pricingOut = (p: Pricing) => ({ baseFee: p.baseFee.toString(), feePerToken: p.feePerToken.toString() });
export const splitOut = (x: RevenueSplit) => ({ ownerBps: x.ownerBps, dataBps: x.dataBps, computeBps: x.computeBps, protocolBps: x.protocolBps });
export const splitIn = (m: pb.RevenueSplit | null | undefined): RevenueSplit => ({
  ownerBps: m?.ownerBps ?? 0, dataBps: m?.dataBps ?? 0, computeBps: m?.computeBps ?? 0, protocolBps: m?.protocolBps ?? 0,
});

export function modelOut(m: Model): Init<typeof pb.ModelSchema> {
  return {
    id: m.id, owner: m.owner, name: m.name, description: m.description, artifactHash: m.artifactHash, artifactSize: m.artifactSize,
    tokenizer: m.tokenizer, contextLength: m.contextLength, trainingManifest: manifestOut(m.trainingManifest), pricing: pricingOut(m.pricing),
    split: splitOut(m.split), maxOutputTokens: m.maxOutputTokens, status: MODEL_STATUS_NAMES.indexOf(m.status), createdHeight: m.createdHeight,
    format: m.format, vocabSize: m.vocabSize, window: m.window, macsPerToken: m.macsPerToken, logitScale: m.logitScale,
  };
}
export function modelIn(m: pb.Model): Model {
  return {
    id: u64(m.id), owner: m.owner ?? "", name: m.name ?? "", description: m.description ?? "", artifactHash: m.artifactHash ?? new Uint8Array(),
    artifactSize: u64(m.artifactSize), tokenizer: m.tokenizer ?? "", contextLength: m.contextLength ?? 0, trainingManifest: manifestIn(m.trainingManifest),
    pricing: { baseFee: int(m.pricing?.baseFee), feePerToken: int(m.pricing?.feePerToken) }, split: splitIn(m.split), maxOutputTokens: m.maxOutputTokens ?? 0,
    status: MODEL_STATUS_NAMES[m.status ?? 0] as ModelStatus, createdHeight: u64(m.createdHeight), format: m.format ?? "", vocabSize: m.vocabSize ?? 0,
    window: m.window ?? 0, macsPerToken: u64(m.macsPerToken), logitScale: u64(m.logitScale),
  };
}

export const samplingOut = (x: Sampling) => ({ mode: SAMPLING_MODE_NAMES.indexOf(x.mode), topK: x.topK, seed: x.seed });
export const samplingIn = (m: pb.Sampling | null | undefined): Sampling => ({
  mode: SAMPLING_MODE_NAMES[m?.mode ?? 0] ?? ("UNKNOWN" as never), topK: m?.topK ?? 0, seed: u64(m?.seed),
});

export const payoutOut = (p: Payout) => ({ role: p.role, recipient: p.recipient, amount: p.amount.toString(), datanetId: p.datanetId, version: p.version });
export const payoutIn = (m: pb.Payout): Payout => ({
  role: (m.role ?? "") as PayoutRole, recipient: m.recipient ?? "", amount: int(m.amount), datanetId: u64(m.datanetId), version: u64(m.version),
});

const coinOut: (c: Coin) => CoinMsg = coinMsg;
const coinIn: (c: CoinMsg | undefined) => Coin = coinFromMsg;

export function inferenceOut(x: Inference): Init<typeof pb.InferenceSchema> {
  return {
    id: x.id, modelId: x.modelId, requester: x.requester, prompt: x.prompt, output: x.output, outputTokenIds: x.outputTokenIds,
    promptTokens: x.promptTokens, tokensGenerated: x.tokensGenerated, stopReason: x.stopReason, sampling: samplingOut(x.sampling),
    maxFee: coinOut(x.maxFee), fee: coinOut(x.fee), payouts: x.payouts.map(payoutOut), attributionRecordId: x.attributionRecordId, height: x.height,
  };
}
export function inferenceIn(m: pb.Inference): Inference {
  return {
    id: u64(m.id), modelId: u64(m.modelId), requester: m.requester ?? "", prompt: m.prompt ?? "", output: m.output ?? "",
    outputTokenIds: [...(m.outputTokenIds ?? [])], promptTokens: m.promptTokens ?? 0, tokensGenerated: m.tokensGenerated ?? 0,
    stopReason: (m.stopReason ?? "eos") as Inference["stopReason"], sampling: samplingIn(m.sampling), maxFee: coinIn(m.maxFee), fee: coinIn(m.fee),
    payouts: (m.payouts ?? []).map(payoutIn), attributionRecordId: u64(m.attributionRecordId), height: u64(m.height),
  };
}

export const poolOut = (p: DataPool) => ({
  datanetId: p.datanetId, version: p.version, tokens: p.tokens, accPerToken: p.accPerToken.toString(), carry: p.carry.toString(),
  totalPaidIn: p.totalPaidIn.toString(),
});
export const poolIn = (m: pb.DataPool): DataPool => ({
  datanetId: u64(m.datanetId), version: u64(m.version), tokens: u64(m.tokens), accPerToken: int(m.accPerToken), carry: int(m.carry),
  totalPaidIn: int(m.totalPaidIn),
});

export const encodeParams = (p: InferenceParams) => encode(pb.ParamsSchema, paramsOut(p));
export const decodeParams = (b: Uint8Array) => paramsIn(decode(pb.ParamsSchema, b));
export const encodeModel = (m: Model) => encode(pb.ModelSchema, modelOut(m));
export const decodeModel = (b: Uint8Array) => modelIn(decode(pb.ModelSchema, b));
export const encodeInference = (x: Inference) => encode(pb.InferenceSchema, inferenceOut(x));
export const decodeInference = (b: Uint8Array) => inferenceIn(decode(pb.InferenceSchema, b));
export const encodePool = (p: DataPool) => encode(pb.DataPoolSchema, poolOut(p));
export const decodePool = (b: Uint8Array) => poolIn(decode(pb.DataPoolSchema, b));
