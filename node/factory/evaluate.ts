/**
 * Held-out perplexity of the float model, the quantised model (its exact integer logits read as
 * logits / S nats) and an add-one unigram baseline (counts of the training targets), all on the
 * same held-out targets. Per token, and per byte (exp of the total NLL over the bytes the targets
 * spell; EOS spells none) so models with different vocabularies compare.
 */
import type { Tokenizer } from "../../modules/inference/tokenizer.ts";
import { type TokenStream, fillBatch } from "./dataset.ts";
import { forward, type MlpShape, nllRow, Scratch, tensorsOf } from "./mlp.ts";
import { intForward, type QuantizedMlp } from "./quantize.ts";
import { unigramCounts } from "./train.ts";

export interface Perplexity {
  /** Mean NLL in nats per target token. */
  nllPerToken: number;
  perToken: number;
  perByte: number;
}

export interface Evaluation {
  targets: number;
  bytes: number;
  float: Perplexity;
  quantized: Perplexity;
  unigram: Perplexity;
  /** Share of targets where the float and the quantised model's argmax agree. */
  argmaxAgreement: number;
}

const BATCH = 256;

function perplexity(totalNll: number, targets: number, bytes: number): Perplexity {
  return { nllPerToken: totalNll / targets, perToken: Math.exp(totalNll / targets), perByte: Math.exp(totalNll / Math.max(1, bytes)) };
}

function argmax(a: ArrayLike<number>, from: number, n: number): number {
  let best = 0;
  for (let v = 1; v < n; v++) if (a[from + v]! > a[from + best]!) best = v;
  return best;
}

/** −log softmax(l / S)[target] of row r of integer logits. */
function intNll(logits: Int32Array, r: number, V: number, S: number, target: number): number {
  const o = r * V;
  let max = -Infinity;
  for (let v = 0; v < V; v++) if (logits[o + v]! > max) max = logits[o + v]!;
  let sum = 0;
  for (let v = 0; v < V; v++) sum += Math.exp((logits[o + v]! - max) / S);
  return Math.log(sum) - (logits[o + target]! - max) / S;
}

/**
 * Evaluates all three models on the held-out stream's targets (a prefix when it was truncated).
 * PERF: two forward passes per target.
 */
export function evaluateModels(shape: MlpShape, flat: Float32Array, q: QuantizedMlp, tok: Tokenizer, train: TokenStream, held: TokenStream): Evaluation {
  const { window: W, vocab: V } = shape;
  const n = held.positions.length;
  const p = tensorsOf(shape, flat);
  const sc = new Scratch(shape, BATCH);
  const ctx = new Int32Array(BATCH * W), targets = new Int32Array(BATCH);
  const ilogits = new Int32Array(BATCH * V);
  const counts = unigramCounts(train, V);
  let total = 0;
  for (const c of counts) total += c;
  let fNll = 0, qNll = 0, uNll = 0, bytes = 0, agree = 0;
  for (let from = 0; from < n; from += BATCH) {
    const rows = Math.min(BATCH, n - from);
    fillBatch(held, undefined, from, rows, W, ctx, targets);
    forward(shape, p, ctx, rows, sc);
    intForward(q, ctx, rows, ilogits);
    for (let r = 0; r < rows; r++) {
      const t = targets[r]!;
      fNll += nllRow(sc.logits, r, V, t);
      qNll += intNll(ilogits, r, V, q.logitScale, t);
      uNll -= Math.log(counts[t]! / total);
      bytes += tok.tokenLength[t]!;
      if (argmax(sc.logits, r * V, V) === argmax(ilogits, r * V, V)) agree++;
    }
  }
  return {
    targets: n,
    bytes,
    float: perplexity(fNll, n, bytes),
    quantized: perplexity(qNll, n, bytes),
    unigram: perplexity(uNll, n, bytes),
    argmaxAgreement: n === 0 ? 0 : agree / n,
  };
}
