/**
 * Inference values as the CLI prints them (the datanet CLI's conventions): proto field names,
 * 64-bit integers and amounts as decimal strings, hashes as lowercase hex, enums by name.
 */
import type { Coin } from "@cosmjs/stargate";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { DataPool, Inference, InferenceParams, Model, Payout, RewardPools } from "../../../client/inferenceTypes.ts";
import type { Json } from "../attribution/format.ts";

const s = (v: bigint | number) => v.toString();
export const coinText = (c: Coin | null | undefined): string => (c ? `${c.amount}${c.denom}` : "");
const manifestJson = (m: Model["trainingManifest"]) => m.map((e) => `${e.datanetId}:${e.version}`);

/** "bpe-bytes-v1, 765 merges" from the tokenizer JSON (its definition is long). */
export function tokenizerSummary(json: string): string {
  try {
    const t = JSON.parse(json) as { type?: unknown; merges?: unknown };
    return `${String(t.type)}, ${Array.isArray(t.merges) ? t.merges.length : "?"} merges`;
  } catch {
    return `${json.length} characters`;
  }
}

/** `tokenizer: true` includes the whole tokenizer definition (JSON output of one model). */
export function modelJson(m: Model, opts: { tokenizer?: boolean } = {}): { [k: string]: Json } {
  return {
    id: s(m.id),
    owner: m.owner,
    name: m.name,
    description: m.description,
    status: m.status,
    artifact_hash: bytesToHex(m.artifactHash),
    artifact_size: s(m.artifactSize),
    format: m.format,
    vocab_size: m.vocabSize,
    window: m.window,
    context_length: m.contextLength,
    max_output_tokens: m.maxOutputTokens,
    macs_per_token: s(m.macsPerToken),
    logit_scale: s(m.logitScale),
    training_manifest: manifestJson(m.trainingManifest),
    pricing: { base_fee: s(m.pricing.baseFee), fee_per_token: s(m.pricing.feePerToken) },
    split: { owner_bps: m.split.ownerBps, data_bps: m.split.dataBps, compute_bps: m.split.computeBps, protocol_bps: m.split.protocolBps },
    created_height: s(m.createdHeight),
    tokenizer: opts.tokenizer ? m.tokenizer : tokenizerSummary(m.tokenizer),
  };
}

export function payoutJson(p: Payout): { [k: string]: Json } {
  const out: { [k: string]: Json } = { role: p.role, recipient: p.recipient, amount: s(p.amount) };
  if (p.role === "datanet_pool") Object.assign(out, { datanet_id: s(p.datanetId), version: s(p.version) });
  return out;
}

export function inferenceJson(x: Inference): { [k: string]: Json } {
  return {
    id: s(x.id),
    model_id: s(x.modelId),
    requester: x.requester,
    prompt: x.prompt,
    output: x.output,
    prompt_tokens: x.promptTokens,
    tokens_generated: x.tokensGenerated,
    stop_reason: x.stopReason,
    sampling: { mode: x.sampling.mode, top_k: x.sampling.topK, seed: s(x.sampling.seed) },
    max_fee: coinText(x.maxFee),
    fee: coinText(x.fee),
    attribution_record_id: s(x.attributionRecordId),
    payouts: x.payouts.map(payoutJson),
    output_token_ids: x.outputTokenIds,
    height: s(x.height),
  };
}

export function inferenceParamsJson(p: InferenceParams): { [k: string]: Json } {
  return {
    max_artifact_bytes: s(p.maxArtifactBytes),
    min_data_share_bps: p.minDataShareBps,
    macs_per_gas: s(p.macsPerGas),
    gas_per_token: s(p.gasPerToken),
    gas_per_artifact_byte: s(p.gasPerArtifactByte),
    max_output_tokens_cap: p.maxOutputTokensCap,
    fee_denom: p.feeDenom,
    ...(p.modelGasPerKib === undefined ? {} : { model_gas_per_kib: s(p.modelGasPerKib) }),
  };
}

export function poolJson(p: DataPool): { [k: string]: Json } {
  return { datanet_id: s(p.datanetId), version: s(p.version), tokens: s(p.tokens), acc_per_token: s(p.accPerToken), carry: s(p.carry), total_paid_in: s(p.totalPaidIn) };
}

export function rewardPoolsJson(r: RewardPools): { [k: string]: Json } {
  const list = (cs: Coin[]) => cs.map(coinText).join(",") || "0";
  return {
    compute: list(r.compute), community: list(r.community), data_pools: list(r.dataPools),
    compute_last_allocated: list(r.computeLastAllocated), compute_last_height: r.computeLastHeight, compute_total_allocated: list(r.computeTotalAllocated),
  };
}
