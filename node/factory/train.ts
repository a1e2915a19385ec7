/**
 * Trains the float MLP by minibatch Adam on a token stream: seeded initialisation and batch order
 * (an epoch is one seeded shuffle of the training targets), linear warm-up then cosine decay of
 * the learning rate, gradients from two fixed shards (one per core). Progress lines go to `log`.
 */
import { BOS_ID, PAD_ID } from "../../modules/inference/tokenizer.ts";
import { type TokenStream, fillBatch, windowAt } from "./dataset.ts";
import { forward, layoutOf, type MlpShape, nllRow, Scratch, tensorsOf } from "./mlp.ts";
import { Rng } from "./rng.ts";
import { ShardPool, sharedParams } from "./shards.ts";

export interface TrainOptions {
  steps: number;
  batch: number;
  lr: number;
  seed: number;
  /** 1 or 2 (the result is the same). */
  threads: number;
  /** Held-out targets used for the progress lines' held-out loss (0: none). */
  probeTargets?: number;
}

export interface Progress {
  step: number;
  steps: number;
  /** Mean training NLL (nats/token) since the previous line. */
  loss: number;
  tokensPerSecond: number;
  etaSeconds: number;
  /** Held-out NLL on the probe, when one was measured for this line. */
  heldOut?: number;
}

const ADAM_B1 = 0.9;
const ADAM_B2 = 0.999;
const ADAM_EPS = 1e-8;
const LOG_EVERY_MS = 2000;

/** Seeded initialisation; the output bias starts at the training unigram log-frequencies. */
export function initParams(shape: MlpShape, flat: Float32Array, seed: number, train: TokenStream): void {
  const rng = new Rng(seed);
  const p = tensorsOf(shape, flat);
  const uniform = (t: Float32Array, bound: number) => {
    for (let i = 0; i < t.length; i++) t[i] = (rng.float() * 2 - 1) * bound;
  };
  uniform(p.emb, 0.5);
  uniform(p.w1, Math.sqrt(6 / (shape.window * shape.embed)) * 0.5);
  p.b1.fill(0.01);
  uniform(p.w2, Math.sqrt(6 / (shape.hidden + shape.vocab)) * 0.5);
  const counts = unigramCounts(train, shape.vocab);
  let total = 0;
  for (const c of counts) total += c;
  // PAD and BOS are never targets; a finite start (one count) keeps their logits quantisable.
  for (let v = 0; v < shape.vocab; v++) p.b2[v] = Math.log(Math.max(1, counts[v]!) / total);
}

/** Add-one target counts of the stream (PAD and BOS, never targets, get none). */
export function unigramCounts(s: TokenStream, vocab: number): Float64Array {
  const counts = new Float64Array(vocab).fill(1);
  counts[PAD_ID] = 0;
  counts[BOS_ID] = 0;
  for (let k = 0; k < s.positions.length; k++) counts[s.ids[s.positions[k]!]!]!++;
  return counts;
}

/** The learning rate at `step` (0-based): linear warm-up, then cosine down to a tenth. */
export function learningRate(lr: number, step: number, steps: number): number {
  const warm = Math.max(1, Math.min(200, Math.floor(steps / 20)));
  if (step < warm) return (lr * (step + 1)) / warm;
  const t = (step - warm) / Math.max(1, steps - warm);
  return lr * (0.1 + 0.45 * (1 + Math.cos(Math.PI * t)));
}

/** Mean NLL (nats/token) of the model on the first `limit` targets of a stream. PERF: forward only. */
export function meanNll(shape: MlpShape, flat: Float32Array, s: TokenStream, limit = s.positions.length): number {
  const n = Math.min(limit, s.positions.length);
  const B = 256;
  const sc = new Scratch(shape, B);
  const ctx = new Int32Array(B * shape.window), targets = new Int32Array(B);
  const p = tensorsOf(shape, flat);
  let total = 0;
  for (let from = 0; from < n; from += B) {
    const rows = Math.min(B, n - from);
    fillBatch(s, undefined, from, rows, shape.window, ctx, targets);
    forward(shape, p, ctx, rows, sc);
    for (let r = 0; r < rows; r++) total += nllRow(sc.logits, r, shape.vocab, targets[r]!);
  }
  return n === 0 ? 0 : total / n;
}

class Adam {
  private readonly m: Float32Array;
  private readonly v: Float32Array;
  private t = 0;

  constructor(size: number) {
    this.m = new Float32Array(size);
    this.v = new Float32Array(size);
  }

  /** p −= lr · m̂ / (√v̂ + ε) with g = (g0 + g1) · scale. PERF: O(parameters). */
  step(p: Float32Array, g0: Float32Array, g1: Float32Array, scale: number, lr: number): void {
    this.t++;
    const c1 = 1 / (1 - ADAM_B1 ** this.t), c2 = 1 / (1 - ADAM_B2 ** this.t);
    const { m, v } = this;
    for (let i = 0; i < p.length; i++) {
      const g = (g0[i]! + g1[i]!) * scale;
      m[i] = ADAM_B1 * m[i]! + (1 - ADAM_B1) * g;
      v[i] = ADAM_B2 * v[i]! + (1 - ADAM_B2) * g * g;
      p[i]! -= (lr * m[i]! * c1) / (Math.sqrt(v[i]! * c2) + ADAM_EPS);
    }
  }
}

function checkOptions(o: TrainOptions): void {
  const positive = (v: number, name: string) => {
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be a positive integer, got ${v}`);
  };
  positive(o.steps, "steps");
  positive(o.batch, "batch");
  if (!(o.lr > 0 && o.lr < 1)) throw new RangeError(`lr must be in (0, 1), got ${o.lr}`);
  if (o.threads !== 1 && o.threads !== 2) throw new RangeError(`threads must be 1 or 2, got ${o.threads}`);
}

/**
 * Trains from a seeded start; returns the parameters (flat, layoutOf(shape)).
 * PERF: O(steps · batch · (W·E·H + H·V)), split over `threads` cores.
 */
export async function trainMlp(shape: MlpShape, train: TokenStream, probe: TokenStream | undefined, o: TrainOptions, log: (p: Progress) => void): Promise<Float32Array> {
  checkOptions(o);
  if (train.positions.length === 0) throw new RangeError("no training targets: the corpus is empty");
  const params = sharedParams(shape, o.threads);
  initParams(shape, params, o.seed, train);
  const rows0 = Math.ceil(o.batch / 2), rows1 = o.batch - rows0;
  const pool = new ShardPool(shape, params, rows0, o.threads);
  const adam = new Adam(layoutOf(shape).size);
  const rng = new Rng(o.seed + 1);
  const order = Int32Array.from({ length: train.positions.length }, (_, i) => i);
  let cursor = order.length; // forces a shuffle before the first batch
  const take = (rows: number, shard: number) => {
    const s = pool.shards[shard]!;
    for (let r = 0; r < rows; r++) {
      if (cursor === order.length) {
        rng.shuffle(order);
        cursor = 0;
      }
      s.targets[r] = windowAt(train, order[cursor++]!, shape.window, s.ctx, r);
    }
  };
  const started = Date.now();
  let lastLog = started, lossSum = 0, lossCount = 0, nextProbe = 0;
  try {
    for (let step = 0; step < o.steps; step++) {
      take(rows0, 0);
      if (rows1 > 0) take(rows1, 1);
      lossSum += await pool.run(rows0, rows1);
      lossCount += o.batch;
      adam.step(params, pool.shards[0]!.grads, pool.shards[1]!.grads, 1 / o.batch, learningRate(o.lr, step, o.steps));
      const now = Date.now();
      if (now - lastLog >= LOG_EVERY_MS || step + 1 === o.steps) {
        const done = step + 1, secs = (now - started) / 1000;
        const line: Progress = { step: done, steps: o.steps, loss: lossSum / lossCount, tokensPerSecond: (done * o.batch) / secs, etaSeconds: (secs / done) * (o.steps - done) };
        if (probe && (o.probeTargets ?? 0) > 0 && (done >= nextProbe || done === o.steps)) {
          line.heldOut = meanNll(shape, params, probe, o.probeTargets);
          nextProbe = done + Math.ceil(o.steps / 10);
        }
        log(line);
        lastLog = now;
        lossSum = 0;
        lossCount = 0;
      }
    }
  } finally {
    await pool.close();
  }
  return Float32Array.from(params);
}
