/**
 * The float model of "tributary-mlp-v1": a fixed-window MLP language model (Bengio et al. 2003).
 * The W previous ids are embedded (E each), concatenated, passed through one ReLU layer of H
 * units and a softmax over V. All parameters live in one flat Float32Array (so Adam, worker
 * sharing and hashing see one buffer); the kernels below are hand-written forward/backward
 * passes over a minibatch, with loops ordered so the innermost runs over contiguous memory and
 * skipping the ReLU's zeros.
 */

export interface MlpShape {
  vocab: number;
  window: number;
  embed: number;
  hidden: number;
}

/** Offsets of each tensor in the flat parameter buffer. */
export interface MlpLayout {
  emb: number;
  w1: number;
  b1: number;
  w2: number;
  b2: number;
  size: number;
}

export function layoutOf(s: MlpShape): MlpLayout {
  const emb = 0;
  const w1 = emb + s.vocab * s.embed;
  const b1 = w1 + s.window * s.embed * s.hidden;
  const w2 = b1 + s.hidden;
  const b2 = w2 + s.hidden * s.vocab;
  return { emb, w1, b1, w2, b2, size: b2 + s.vocab };
}

/** Views of the tensors of a flat buffer laid out by layoutOf. */
export interface MlpTensors {
  emb: Float32Array; // [V, E]
  w1: Float32Array; // [W*E, H]
  b1: Float32Array; // [H]
  w2: Float32Array; // [H, V]
  b2: Float32Array; // [V]
}

export function tensorsOf(s: MlpShape, flat: Float32Array): MlpTensors {
  const l = layoutOf(s);
  return {
    emb: flat.subarray(l.emb, l.w1),
    w1: flat.subarray(l.w1, l.b1),
    b1: flat.subarray(l.b1, l.w2),
    w2: flat.subarray(l.w2, l.b2),
    b2: flat.subarray(l.b2, l.size),
  };
}

/** Per-batch work buffers, sized for `batch` rows. */
export class Scratch {
  readonly x: Float32Array;
  readonly a1: Float32Array;
  readonly logits: Float64Array;
  readonly dh: Float64Array;
  readonly dx: Float32Array;
  readonly rows = new Int32Array(4);
  readonly active: Int32Array;
  readonly hs = new Float64Array(4);

  constructor(s: MlpShape, readonly batch: number) {
    this.x = new Float32Array(batch * s.window * s.embed);
    this.a1 = new Float32Array(batch * s.hidden);
    this.logits = new Float64Array(batch * s.vocab);
    this.dh = new Float64Array(batch * s.hidden);
    this.dx = new Float32Array(batch * s.window * s.embed);
    this.active = new Int32Array(s.hidden);
  }
}

/**
 * Forward pass of `n` windows (ctx holds n·W ids): fills x, a1 (pre-activation) and logits.
 * PERF: O(n · (W·E·H + H·V)), less the ReLU's zeros in the second layer.
 */
export function forward(s: MlpShape, p: MlpTensors, ctx: Int32Array, n: number, sc: Scratch): void {
  const { window: W, embed: E, hidden: H, vocab: V } = s;
  const WE = W * E;
  const { x, a1, logits } = sc;
  const { emb, w1, b1, w2, b2 } = p;
  for (let b = 0; b < n; b++) {
    for (let w = 0; w < W; w++) {
      const eo = ctx[b * W + w]! * E, xo = b * WE + w * E;
      for (let e = 0; e < E; e++) x[xo + e] = emb[eo + e]!;
    }
  }
  for (let b = 0; b < n; b++) {
    const ao = b * H;
    for (let j = 0; j < H; j++) a1[ao + j] = b1[j]!;
    const xo = b * WE;
    let i = 0;
    for (; i + 4 <= WE; i += 4) {
      const x0 = x[xo + i]!, x1 = x[xo + i + 1]!, x2 = x[xo + i + 2]!, x3 = x[xo + i + 3]!;
      const r0 = i * H, r1 = r0 + H, r2 = r1 + H, r3 = r2 + H;
      for (let j = 0; j < H; j++) a1[ao + j]! += x0 * w1[r0 + j]! + x1 * w1[r1 + j]! + x2 * w1[r2 + j]! + x3 * w1[r3 + j]!;
    }
    for (; i < WE; i++) {
      const xi = x[xo + i]!, wo = i * H;
      for (let j = 0; j < H; j++) a1[ao + j]! += xi * w1[wo + j]!;
    }
    const lo = b * V;
    for (let v = 0; v < V; v++) logits[lo + v] = b2[v]!;
    // Active units four at a time: one pass over the logits row per four rows of W2.
    let k = 0;
    while (k < H) {
      let n4 = 0;
      const rows = sc.rows, hs = sc.hs;
      for (; k < H && n4 < 4; k++) {
        const hk = a1[ao + k]!;
        if (hk > 0) {
          rows[n4] = k * V;
          hs[n4++] = hk;
        }
      }
      if (n4 === 4) {
        const r0 = rows[0]!, r1 = rows[1]!, r2 = rows[2]!, r3 = rows[3]!;
        const h0 = hs[0]!, h1 = hs[1]!, h2 = hs[2]!, h3 = hs[3]!;
        for (let v = 0; v < V; v++) logits[lo + v]! += h0 * w2[r0 + v]! + h1 * w2[r1 + v]! + h2 * w2[r2 + v]! + h3 * w2[r3 + v]!;
      } else {
        for (let q = 0; q < n4; q++) {
          const r = rows[q]!, h = hs[q]!;
          for (let v = 0; v < V; v++) logits[lo + v]! += h * w2[r + v]!;
        }
      }
    }
  }
}

/**
 * Turns row b of the logits into probabilities in place; returns −log p[target].
 * PERF: O(V).
 */
export function softmaxRow(logits: Float64Array, b: number, V: number, target: number): number {
  const o = b * V;
  let max = -Infinity;
  for (let v = 0; v < V; v++) if (logits[o + v]! > max) max = logits[o + v]!;
  let sum = 0;
  for (let v = 0; v < V; v++) {
    const e = Math.exp(logits[o + v]! - max);
    logits[o + v] = e;
    sum += e;
  }
  const nll = Math.log(sum) - Math.log(logits[o + target]!);
  const inv = 1 / sum;
  for (let v = 0; v < V; v++) logits[o + v]! *= inv;
  return nll;
}

/** −log p[target] of row b, leaving the logits as they are. PERF: O(V). */
export function nllRow(logits: Float64Array, b: number, V: number, target: number): number {
  const o = b * V;
  let max = -Infinity;
  for (let v = 0; v < V; v++) if (logits[o + v]! > max) max = logits[o + v]!;
  let sum = 0;
  for (let v = 0; v < V; v++) sum += Math.exp(logits[o + v]! - max);
  return Math.log(sum) + max - logits[o + target]!;
}

/**
 * Adds the gradient of the summed NLL of `n` windows to `g` (same layout as the parameters) and
 * returns that summed NLL. PERF: O(n · (W·E·H + H·V)) · ~3.
 */
export function accumulateGradients(s: MlpShape, p: MlpTensors, g: MlpTensors, ctx: Int32Array, targets: Int32Array, n: number, sc: Scratch): number {
  const { window: W, embed: E, hidden: H, vocab: V } = s;
  const WE = W * E;
  forward(s, p, ctx, n, sc);
  const { x, a1, logits: d, dh, dx } = sc;
  let loss = 0;
  for (let b = 0; b < n; b++) {
    loss += softmaxRow(d, b, V, targets[b]!);
    d[b * V + targets[b]!]! -= 1; // dL/dlogits = p − onehot
  }
  for (let b = 0; b < n; b++) for (let v = 0; v < V; v++) g.b2[v]! += d[b * V + v]!;
  hiddenGrad(n, H, V, a1, d, p.w2, dh, sc.active);
  for (let b = 0; b < n; b++) for (let j = 0; j < H; j++) g.b1[j]! += dh[b * H + j]!;
  outerAccumulate(n, H, V, a1, true, d, g.w2, sc.rows, sc.hs);
  rowDots(n, WE, H, dh, p.w1, dx);
  outerAccumulate(n, WE, H, x, false, dh, g.w1, sc.rows, sc.hs);
  for (let b = 0; b < n; b++) {
    for (let w = 0; w < W; w++) {
      const eo = ctx[b * W + w]! * E, xw = b * WE + w * E;
      for (let e = 0; e < E; e++) g.emb[eo + e]! += dx[xw + e]!;
    }
  }
  return loss;
}

/** dh[b,k] = a1[b,k] > 0 ? D[b,:]·W2[k,:] : 0, four active k per pass over D[b]. */
function hiddenGrad(n: number, H: number, V: number, a1: Float32Array, d: Float64Array, w2: Float32Array, dh: Float64Array, active: Int32Array): void {
  for (let b = 0; b < n; b++) {
    const ao = b * H, lo = b * V;
    let m = 0;
    for (let k = 0; k < H; k++) {
      dh[ao + k] = 0;
      if (a1[ao + k]! > 0) active[m++] = k;
    }
    let q = 0;
    for (; q + 4 <= m; q += 4) {
      const k0 = active[q]!, k1 = active[q + 1]!, k2 = active[q + 2]!, k3 = active[q + 3]!;
      const r0 = k0 * V, r1 = k1 * V, r2 = k2 * V, r3 = k3 * V;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let v = 0; v < V; v++) {
        const dv = d[lo + v]!;
        s0 += dv * w2[r0 + v]!;
        s1 += dv * w2[r1 + v]!;
        s2 += dv * w2[r2 + v]!;
        s3 += dv * w2[r3 + v]!;
      }
      dh[ao + k0] = s0;
      dh[ao + k1] = s1;
      dh[ao + k2] = s2;
      dh[ao + k3] = s3;
    }
    for (; q < m; q++) {
      const r = active[q]! * V;
      let acc = 0;
      for (let v = 0; v < V; v++) acc += d[lo + v]! * w2[r + v]!;
      dh[ao + active[q]!] = acc;
    }
  }
}

/**
 * out[i,:] += Σ_b act(a[b,i]) · d[b,:] over the rows b where a[b,i] > 0 when a is a ReLU input
 * (x rows of the first layer may be negative: there every nonzero counts). Four rows b per pass.
 */
function outerAccumulate(n: number, I: number, J: number, a: Float32Array, relu: boolean, d: Float64Array, out: Float32Array, rows: Int32Array, hs: Float64Array): void {
  for (let i = 0; i < I; i++) {
    const oo = i * J;
    let b = 0;
    while (b < n) {
      let m = 0;
      for (; b < n && m < 4; b++) {
        const ai = a[b * I + i]!;
        if (relu ? ai > 0 : ai !== 0) {
          rows[m] = b * J;
          hs[m++] = ai;
        }
      }
      if (m === 4) {
        const r0 = rows[0]!, r1 = rows[1]!, r2 = rows[2]!, r3 = rows[3]!;
        const h0 = hs[0]!, h1 = hs[1]!, h2 = hs[2]!, h3 = hs[3]!;
        for (let j = 0; j < J; j++) out[oo + j]! += h0 * d[r0 + j]! + h1 * d[r1 + j]! + h2 * d[r2 + j]! + h3 * d[r3 + j]!;
      } else {
        for (let q = 0; q < m; q++) {
          const r = rows[q]!, h = hs[q]!;
          for (let j = 0; j < J; j++) out[oo + j]! += h * d[r + j]!;
        }
      }
    }
  }
}

/** out[b,i] = a[b,:]·w[i,:] (w is [I, J]), four i per pass over a[b]. */
function rowDots(n: number, I: number, J: number, a: Float64Array, w: Float32Array, out: Float32Array): void {
  for (let b = 0; b < n; b++) {
    const ao = b * J, oo = b * I;
    let i = 0;
    for (; i + 4 <= I; i += 4) {
      const r0 = i * J, r1 = r0 + J, r2 = r1 + J, r3 = r2 + J;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let j = 0; j < J; j++) {
        const aj = a[ao + j]!;
        s0 += aj * w[r0 + j]!;
        s1 += aj * w[r1 + j]!;
        s2 += aj * w[r2 + j]!;
        s3 += aj * w[r3 + j]!;
      }
      out[oo + i] = s0;
      out[oo + i + 1] = s1;
      out[oo + i + 2] = s2;
      out[oo + i + 3] = s3;
    }
    for (; i < I; i++) {
      let acc = 0;
      for (let j = 0; j < J; j++) acc += a[ao + j]! * w[i * J + j]!;
      out[oo + i] = acc;
    }
  }
}
