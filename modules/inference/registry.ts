/**
 * Registration checks shared by MsgRegisterModel and genesis: stateless field bounds, then the
 * stateful ones (params, READY manifest versions), then the artifact itself (artifact.ts).
 */
import { parseAmount } from "../../chain/coins.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { ManifestEntry } from "./expected.ts";
import { inferenceErrors } from "./errors.ts";
import type { InferenceKeeper } from "./keeper.ts";
import { BPS_TOTAL, type InferenceParams, MAX_DESCRIPTION_BYTES, MAX_NAME_BYTES, type Pricing, type RevenueSplit } from "./types.ts";

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

export function checkName(name: string): void {
  if (name.trim() === "") throw inferenceErrors.invalidModel.wrap("name is empty");
  if (utf8Length(name) > MAX_NAME_BYTES) throw inferenceErrors.invalidModel.wrap(`name is ${utf8Length(name)} bytes, at most ${MAX_NAME_BYTES}`);
}

export function checkDescription(d: string): void {
  if (utf8Length(d) > MAX_DESCRIPTION_BYTES) throw inferenceErrors.invalidModel.wrap(`description is ${utf8Length(d)} bytes, at most ${MAX_DESCRIPTION_BYTES}`);
}

/** Pricing from the wire: decimal integer strings ("" = 0). */
export function pricingIn(p: { baseFee?: string | null; feePerToken?: string | null } | null | undefined): Pricing {
  if (!p) throw inferenceErrors.invalidPricing.wrap("pricing is missing (base_fee and fee_per_token, in the fee denom)");
  const amount = (v: string | null | undefined, field: string) => {
    try {
      return parseAmount(v || "0", field);
    } catch (e) {
      throw inferenceErrors.invalidPricing.wrap((e as Error).message);
    }
  };
  return { baseFee: amount(p.baseFee, "pricing.base_fee"), feePerToken: amount(p.feePerToken, "pricing.fee_per_token") };
}

/** The four shares sum to 10,000 and the data share meets the governance floor. */
export function checkSplit(split: RevenueSplit, minDataShareBps: number): void {
  const parts = [split.ownerBps, split.dataBps, split.computeBps, split.protocolBps];
  const sum = parts.reduce((a, b) => a + b, 0);
  if (sum !== BPS_TOTAL) {
    throw inferenceErrors.invalidSplit.wrap(`owner ${split.ownerBps} + data ${split.dataBps} + compute ${split.computeBps} + protocol ${split.protocolBps} = ${sum} basis points; they must sum to ${BPS_TOTAL}`);
  }
  if (split.dataBps < minDataShareBps) {
    throw inferenceErrors.invalidSplit.wrap(`the data contributors' share is ${split.dataBps} basis points, under the minimum of ${minDataShareBps} (governance param min_data_share_bps)`);
  }
}

export function checkLimits(contextLength: number, maxOutputTokens: number, params: InferenceParams): void {
  if (contextLength < 2) throw inferenceErrors.invalidModel.wrap(`context_length ${contextLength} must be at least 2 (one prompt token and one output token)`);
  if (maxOutputTokens < 1) throw inferenceErrors.invalidModel.wrap("max_output_tokens must be at least 1");
  if (maxOutputTokens > params.maxOutputTokensCap) throw inferenceErrors.invalidModel.wrap(`max_output_tokens ${maxOutputTokens} is over the cap of ${params.maxOutputTokensCap} (param max_output_tokens_cap)`);
  if (maxOutputTokens >= contextLength) throw inferenceErrors.invalidModel.wrap(`max_output_tokens ${maxOutputTokens} leaves no room for a prompt in context_length ${contextLength}`);
}

/** Every training-manifest version exists and is attributable (READY), or outputs could not be credited. */
export function checkTrainingManifest(keeper: InferenceKeeper, kv: KVReader, manifest: ManifestEntry[]): void {
  try {
    keeper.attribution.checkManifest(manifest);
  } catch (e) {
    throw inferenceErrors.invalidModel.wrap(`training_manifest: ${(e as Error).message}`);
  }
  for (const e of manifest) {
    const c = keeper.attribution.getCommitment(kv, e.datanetId, e.version);
    if (!c) throw inferenceErrors.invalidModel.wrap(`training_manifest names datanet ${e.datanetId} version ${e.version}, which is not published`);
    if (c.status !== "READY") {
      throw inferenceErrors.invalidModel.wrap(`training_manifest names datanet ${e.datanetId} version ${e.version}, which is attributable from height ${c.readyHeight + 1n}; register the model after it`);
    }
  }
}
