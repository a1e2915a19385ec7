/**
 * Token-by-token generation: a sliding window of the last W ids (left-padded with PAD) goes
 * through the model, the sampler picks the next id, until EOS or the token limit.
 * PERF: max_tokens × (one model run, O(model MACs) + O(vocab) sampling); gas is charged per step
 * through `onStep`, so a request that runs out of gas stops at the step it cannot pay for.
 */
import type { LoadedModel } from "./expected.ts";
import { type SamplerState, sampleNext, samplerFor } from "./sampling.ts";
import { BOS_ID, EOS_ID, PAD_ID } from "./tokenizer.ts";
import type { Sampling } from "./types.ts";

export interface GenerationRequest {
  model: LoadedModel;
  window: number;
  promptIds: Int32Array;
  maxTokens: number;
  sampling: Sampling;
  logitScale: bigint;
  /** Bytes mixed into the sampler's seed (tx hash and inference id): two requests never share a stream. */
  seedContext: Uint8Array;
  onStep(): void;
}

export interface Generation {
  ids: number[];
  stop: "eos" | "max_tokens";
}

export async function generate(r: GenerationRequest): Promise<Generation> {
  const context = [BOS_ID, ...r.promptIds];
  const ids: number[] = [];
  const sampler: SamplerState = samplerFor(r.sampling, r.logitScale, r.seedContext);
  const window = new Int32Array(r.window);
  for (let step = 0; step < r.maxTokens; step++) {
    r.onStep();
    window.fill(PAD_ID);
    const take = Math.min(r.window, context.length);
    for (let i = 0; i < take; i++) window[r.window - take + i] = context[context.length - take + i]!;
    const next = sampleNext(sampler, await r.model.logits(window));
    if (next === EOS_ID) return { ids, stop: "eos" };
    ids.push(next);
    context.push(next);
  }
  return { ids, stop: "max_tokens" };
}
