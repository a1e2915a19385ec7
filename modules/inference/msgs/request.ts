import * as pb from "../../../proto/gen/tributary/inference/v1/index.ts";
import { addressBytes } from "../../../chain/address.ts";
import { type Coin, validateCoins } from "../../../chain/coins.ts";
import type { Context } from "../../../chain/context.ts";
import { concatBytes, u64be } from "../../../chain/keys.ts";
import { sdkErrors } from "../../../chain/errors.ts";
import type { MsgImplOf } from "../../../chain/msgService.ts";
import { payoutOut, samplingIn, u64 } from "../codec.ts";
import { inferenceErrors } from "../errors.ts";
import { emitInference } from "../events.ts";
import { generate } from "../generate.ts";
import type { InferenceKeeper } from "../keeper.ts";
import { requireModelId } from "./models.ts";
import { settle } from "../settle.ts";
import { decode, encode } from "../tokenizer.ts";
import { MAX_TOP_K } from "../sampling.ts";
import { type Inference, INFERENCE_ESCROW, MAX_PROMPT_BYTES, MODEL_GAS_PER_KIB, type Model, type Sampling, modelGasPerKib } from "../types.ts";

export { MODEL_GAS_PER_KIB };

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

export function checkSampling(s: Sampling): void {
  if (s.mode === "GREEDY") {
    if (s.topK !== 0) throw inferenceErrors.invalidRequest.wrap("top_k is only for SAMPLING_MODE_TOP_K; leave it 0 for greedy");
    return;
  }
  if (s.mode !== "TOP_K") throw inferenceErrors.invalidRequest.wrap("sampling.mode must be SAMPLING_MODE_GREEDY or SAMPLING_MODE_TOP_K");
  if (s.topK < 1 || s.topK > MAX_TOP_K) throw inferenceErrors.invalidRequest.wrap(`top_k ${s.topK} must be in 1..${MAX_TOP_K}`);
}

function maxFeeIn(c: { denom?: string | null; amount?: string | null } | null | undefined): Coin {
  if (!c?.denom) throw inferenceErrors.invalidRequest.wrap("max_fee is missing: give the most you will pay, e.g. 100000utrib");
  const coin = { denom: c.denom, amount: BigInt(/^[0-9]+$/.test(c.amount ?? "") ? c.amount! : "-1") };
  if (coin.amount < 0n) throw inferenceErrors.invalidRequest.wrap(`max_fee amount ${JSON.stringify(c.amount)} is not a non-negative integer`);
  try {
    validateCoins([coin], "max_fee");
  } catch (e) {
    throw inferenceErrors.invalidRequest.wrap((e as Error).message);
  }
  return coin;
}

/** The model a request may use: it exists and is active. */
export function activeModel(ctx: Context, keeper: InferenceKeeper, id: bigint): Model {
  const m = keeper.getModel(ctx.kv, id);
  if (!m) throw inferenceErrors.modelNotFound.wrap(`model ${id} does not exist`);
  if (m.status === "RETIRED") throw inferenceErrors.modelRetired.wrap(`model ${id} is retired and serves no more requests`);
  return m;
}

export function msgRequestInferenceHandler(keeper: InferenceKeeper): MsgImplOf<typeof pb.Msg.method.requestInference> {
  return {
    validateBasic(msg) {
      addressBytes(msg.requester, "requester");
      requireModelId(msg.modelId);
      if (msg.prompt === "") throw inferenceErrors.invalidRequest.wrap("prompt is empty");
      if (utf8Length(msg.prompt) > MAX_PROMPT_BYTES) throw inferenceErrors.invalidRequest.wrap(`prompt is ${utf8Length(msg.prompt)} bytes, at most ${MAX_PROMPT_BYTES}`);
      if ((msg.maxOutputTokens ?? 0) < 1) throw inferenceErrors.invalidRequest.wrap("max_output_tokens must be at least 1");
      maxFeeIn(msg.maxFee);
      checkSampling(samplingIn(msg.sampling));
    },
    signers: (msg) => [msg.requester],
    // PERF: max_output_tokens × model run (charged: MACs per token / macs_per_gas + gas_per_token)
    // + the model's load on a runner cache miss (charged on every request: modelUseGas)
    // + attribution (metered by the engine) + settlement, O(credited contributors) transfers.
    async handle(ctx, msg) {
      const params = keeper.getParams(ctx.kv);
      const model = activeModel(ctx, keeper, u64(msg.modelId));
      const maxFee = maxFeeIn(msg.maxFee);
      if (maxFee.denom !== params.feeDenom) throw inferenceErrors.invalidRequest.wrap(`max_fee is in ${maxFee.denom}; this chain prices inference in ${params.feeDenom}`);
      if (maxFee.amount < model.pricing.baseFee) throw inferenceErrors.maxFeeTooLow.wrap(`max_fee ${maxFee.amount}${maxFee.denom} is below model ${model.id}'s base fee of ${model.pricing.baseFee}${maxFee.denom}`);
      if (msg.maxOutputTokens > model.maxOutputTokens) throw inferenceErrors.invalidRequest.wrap(`max_output_tokens ${msg.maxOutputTokens} is over model ${model.id}'s limit of ${model.maxOutputTokens}`);
      const tok = keeper.tokenizerOf(model);
      const promptIds = encode(tok, msg.prompt);
      if (promptIds.length + msg.maxOutputTokens > model.contextLength) {
        throw inferenceErrors.promptTooLong.wrap(`the prompt is ${promptIds.length} tokens; with max_output_tokens ${msg.maxOutputTokens} that is over model ${model.id}'s context length of ${model.contextLength}`);
      }
      const escrow = keeper.moduleAddress(ctx, INFERENCE_ESCROW);
      const requester = addressBytes(msg.requester);
      const balance = keeper.bank.getBalance(ctx.kv, requester, maxFee.denom);
      if (balance < maxFee.amount) throw sdkErrors.insufficientFunds.wrap(`max_fee of ${maxFee.amount}${maxFee.denom} is escrowed first: ${msg.requester} has ${balance}${maxFee.denom}`);
      keeper.bank.sendCoins(ctx, requester, escrow, [maxFee]);

      const id = keeper.takeInferenceId(ctx);
      const sampling = samplingIn(msg.sampling);
      const stepGas = ceilDiv(model.macsPerToken, params.macsPerGas) + params.gasPerToken;
      ctx.gasMeter.consume(modelUseGasAt(modelGasPerKib(params), model.artifactSize), "inference model");
      const gen = await generate({
        model: await keeper.loadModel(ctx, model), window: model.window, promptIds, maxTokens: msg.maxOutputTokens, sampling,
        logitScale: model.logitScale, seedContext: concatBytes(ctx.txHash ?? new Uint8Array(32), u64be(id)),
        onStep: () => ctx.gasMeter.consume(stepGas, "inference token"),
      });
      const output = decode(tok, gen.ids);
      const s = await settle(ctx, keeper, { model, requester: msg.requester, escrow, maxFee: maxFee.amount, tokensGenerated: gen.ids.length, output, prompt: msg.prompt, denom: maxFee.denom });
      const inference: Inference = {
        id, modelId: model.id, requester: msg.requester, prompt: msg.prompt, output, outputTokenIds: gen.ids, promptTokens: promptIds.length,
        tokensGenerated: gen.ids.length, stopReason: gen.stop, sampling, maxFee, fee: { denom: maxFee.denom, amount: s.fee }, payouts: s.payouts,
        attributionRecordId: s.attributionRecordId, height: ctx.block.height,
      };
      keeper.setInference(ctx, inference);
      emitInference(ctx, inference);
      return {
        inferenceId: id, output, attributionRecordId: s.attributionRecordId, payouts: s.payouts.map(payoutOut),
        tokensGenerated: gen.ids.length, fee: { denom: maxFee.denom, amount: s.fee.toString() }, stopReason: gen.stop,
      };
    },
  };
}

const ceilDiv = (a: bigint, b: bigint) => (b <= 0n ? a : (a + b - 1n) / b);

/**
 * Gas per KiB of artifact (the `model_gas_per_kib` param, 64 by default and on chains whose params
 * predate it) charged on every request for using the model: the node's cost of
 * loading it after a cache miss (decode, and validation or session creation: 2–8 ms for a
 * 209 KiB model, ~10–40 µs per KiB, against ~33–87 gas per µs of forward pass in the per-token
 * gas), spread over the requests a bounded cache serves between misses. Charged whether or not
 * this node's cache holds the model, so gas_used is the same on every node; the artifact itself
 * is read unmetered and only on a miss (keeper.loadModel). 209 KiB → 13,376 gas (≈ 4 tokens);
 * a node that sees many distinct models raises its cache sizes rather than the chain its price.
 */
export function modelUseGasAt(perKib: bigint, artifactSize: bigint): bigint {
  return ceilDiv(artifactSize, 1024n) * perKib;
}

/** modelUseGas at the default rate (MODEL_GAS_PER_KIB). */
export const modelUseGas = (artifactSize: bigint): bigint => modelUseGasAt(MODEL_GAS_PER_KIB, artifactSize);
