/**
 * Post-training quantisation of the float MLP to the integer graph of "tributary-mlp-v1":
 *
 *   x   = emb_q[ids]                                   int8, scale s_e   (per tensor, symmetric)
 *   a   = x · W1_q + b1_q                               int32, scale s_a = s_e · s_w1
 *   h   = clip(clip(a, 0, 2^24) / d1, −127, 127)        int8, scale s_h = d1 · s_a (÷ truncates)
 *   l   = h · W2_q + b2_q                               int32, scale s_l = s_h · s_w2
 *
 * b1_q carries +⌊d1/2⌋ so the truncating division rounds to nearest; the hidden scale comes from
 * a calibration pass (a high percentile of the float ReLU outputs, so a few outliers do not eat
 * the 7 bits); the logit scale S = round(1 / s_l) is what the chain divides by to read nats.
 * `intForward` computes exactly what the exported graph computes (checked against the pure-TS
 * interpreter and onnxruntime in the tests), fast, for evaluating the quantised model.
 */
import { type TokenStream, fillBatch } from "./dataset.ts";
import { forward, type MlpShape, Scratch, tensorsOf } from "./mlp.ts";

export { Q_MAX, RELU_MAX } from "../../modules/inference/onnx/mlpGraph.ts";
import { Q_MAX, RELU_MAX } from "../../modules/inference/onnx/mlpGraph.ts";

export interface QuantizedMlp {
  shape: MlpShape;
  emb: Int8Array; // [V, E]
  w1: Int8Array; // [W*E, H]
  b1: Int32Array; // [H]
  d1: number;
  w2: Int8Array; // [H, V]
  b2: Int32Array; // [V]
  /** Logits / S ≈ nats. */
  logitScale: number;
  /** The float scales, for reports. */
  scales: { emb: number; w1: number; hidden: number; w2: number; logit: number };
}

export interface QuantizeOptions {
  /** Percentile (per mille) of positive hidden activations mapped to 127 (default 999.9‰ → 9999 of 10,000). */
  hiddenPercentile?: number;
  /** Calibration windows (default 8192, from the start of a seeded order: the caller passes a stream). */
  calibrationTargets?: number;
}

function maxAbs(t: Float32Array): number {
  let m = 0;
  for (let i = 0; i < t.length; i++) m = Math.max(m, Math.abs(t[i]!));
  return m;
}

function quantizeTensor(t: Float32Array, scale: number): Int8Array {
  const out = new Int8Array(t.length);
  for (let i = 0; i < t.length; i++) out[i] = Math.max(-Q_MAX, Math.min(Q_MAX, Math.round(t[i]! / scale)));
  return out;
}

/** The value below which `fraction` (of 10,000) of the positive ReLU outputs on the calibration set fall. */
function hiddenCalibration(shape: MlpShape, flat: Float32Array, calib: TokenStream, n: number, per10k: number): number {
  const B = 256;
  const sc = new Scratch(shape, B);
  const ctx = new Int32Array(B * shape.window), targets = new Int32Array(B);
  const p = tensorsOf(shape, flat);
  const values: number[] = [];
  const rows = Math.min(n, calib.positions.length);
  for (let from = 0; from < rows; from += B) {
    const m = Math.min(B, rows - from);
    fillBatch(calib, undefined, from, m, shape.window, ctx, targets);
    forward(shape, p, ctx, m, sc);
    for (let i = 0; i < m * shape.hidden; i++) if (sc.a1[i]! > 0) values.push(sc.a1[i]!);
  }
  if (values.length === 0) return 1;
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.floor((values.length * per10k) / 10_000))]!;
}

/** Quantises the float parameters (flat, layoutOf(shape)); `calib` supplies the activation statistics. */
export function quantizeMlp(shape: MlpShape, flat: Float32Array, calib: TokenStream, o: QuantizeOptions = {}): QuantizedMlp {
  const p = tensorsOf(shape, flat);
  const sE = maxAbs(p.emb) / Q_MAX || 1;
  const sW1 = maxAbs(p.w1) / Q_MAX || 1;
  const sA = sE * sW1;
  const hMax = hiddenCalibration(shape, flat, calib, o.calibrationTargets ?? 8192, o.hiddenPercentile ?? 9999);
  const d1 = Math.max(1, Math.round(hMax / Q_MAX / sA));
  const sH = d1 * sA;
  const sW2 = maxAbs(p.w2) / Q_MAX || 1;
  const sL = sH * sW2;
  const half = Math.floor(d1 / 2);
  const b1 = Int32Array.from(p.b1, (b) => Math.round(b / sA) + half);
  const b2 = Int32Array.from(p.b2, (b) => Math.round(b / sL));
  const logitScale = Math.max(1, Math.round(1 / sL));
  return {
    shape,
    emb: quantizeTensor(p.emb, sE),
    w1: quantizeTensor(p.w1, sW1),
    b1,
    d1,
    w2: quantizeTensor(p.w2, sW2),
    b2,
    logitScale,
    scales: { emb: sE, w1: sW1, hidden: sH, w2: sW2, logit: sL },
  };
}

/**
 * Integer logits of `n` windows (ctx: n·W ids) into out (n·V), exactly as the graph computes
 * them: every intermediate is an integer below 2^31, so JS number arithmetic is exact.
 * PERF: O(n · (W·E·H + H·V)), less the zero activations.
 */
export function intForward(q: QuantizedMlp, ctx: Int32Array, n: number, out: Int32Array): void {
  const { window: W, embed: E, hidden: H, vocab: V } = q.shape;
  const { emb, w1, b1, d1, w2, b2 } = q;
  const acc = new Int32Array(H);
  const h = new Int32Array(H);
  for (let b = 0; b < n; b++) {
    acc.set(b1);
    for (let w = 0; w < W; w++) {
      const eo = ctx[b * W + w]! * E;
      for (let e = 0; e < E; e++) {
        const xv = emb[eo + e]!;
        if (xv === 0) continue;
        const ro = (w * E + e) * H;
        for (let j = 0; j < H; j++) acc[j]! += xv * w1[ro + j]!;
      }
    }
    for (let j = 0; j < H; j++) {
      const a = Math.min(RELU_MAX, Math.max(0, acc[j]!));
      h[j] = Math.min(Q_MAX, Math.trunc(a / d1));
    }
    const lo = b * V;
    out.set(b2, lo);
    for (let k = 0; k < H; k++) {
      const hk = h[k]!;
      if (hk === 0) continue;
      const ro = k * V;
      for (let v = 0; v < V; v++) out[lo + v]! += hk * w2[ro + v]!;
    }
  }
}
