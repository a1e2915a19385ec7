import { checkFits } from "./opsElementwise.ts";
import type { Kernel, NodeCheck, OpSpec, ValueFacts } from "./opTypes.ts";
import { fmtShape } from "./tensor.ts";
import { DataType, dataTypeName } from "./types.ts";

/**
 * MatMulInteger, int8 × int8 → int32, 2-D, no zero points.
 *
 * Why int8 × int8 only: onnxruntime's x86 kernels for uint8 × int8 multiply with `vpmaddubsw`,
 * which saturates pairs of products to int16 on CPUs without VNNI, so the same graph could give
 * different bits on different validators. int8 × int8 runs on exact kernels everywhere (the
 * portable C++ kernel on x86 without AVX-VNNI-INT8, VNNI-INT8 `vpdpbssd`, Arm `sdot`).
 *
 * Also refused: both A and B able to hold −128. Some int8 kernels (the Arm NEON `smull`/`smlal`
 * family) add two products in int16 before widening, and (−128)·(−128)·2 = 2^15 does not fit;
 * symmetric quantisation to [−127, 127] on either side (the factory's weights) rules it out.
 *
 * Range: each output element is a sum over k of a_ik · b_kj where one operand is a constant
 * (the weights: B in the row layout `x · W`, A in the column layout `Wᵀ · x` that mlpGraph.ts
 * writes) and the other lies in its interval. The
 * accumulator is refused unless *every partial sum, in any order* fits int32 (the sum of the
 * negative parts and the sum of the positive parts of the per-term bounds), so no kernel
 * blocking or thread split can overflow or saturate.
 */

/** An input checked to be 2-D: its shape is [rows, columns]. */
type Matrix = ValueFacts & { shape: [number, number] };

function requireInt8(c: NodeCheck, i: number): Matrix {
  const v = c.input(i);
  if (v.dtype !== DataType.INT8) {
    c.fail(`input ${i} ${JSON.stringify(c.node.inputs[i])} is ${dataTypeName(v.dtype)}; MatMulInteger takes INT8 × INT8 only`, "uint8 × int8 can saturate in onnxruntime's AVX2 kernels; quantise both sides to int8");
  }
  if (v.shape.length !== 2) c.fail(`input ${i} has shape ${fmtShape(v.shape)}; MatMulInteger takes 2-D inputs`);
  return v as Matrix;
}

/** Per-term bounds of a·b for a in [alo, ahi] and a known b. */
const termLo = (alo: number, ahi: number, b: number) => Math.min(alo * b, ahi * b);
const termHi = (alo: number, ahi: number, b: number) => Math.max(alo * b, ahi * b);

type Bounds = [bigint, bigint, bigint, bigint];

/**
 * [out lo, out hi, partial-sum lo, partial-sum hi] for A [M, K] × B [K, N]: per output element
 * against whichever operand is constant (B when both are), the other one known by its interval.
 * PERF: O(K·N) or O(M·K) number arithmetic (every term ≤ 2^14, sums far below 2^53, so exact).
 */
function matmulBounds(a: ValueFacts, b: ValueFacts, M: number, K: number, N: number): Bounds {
  if (b.data) return constantBounds(a, b.data as Int8Array, N, K, (j, k) => k * N + j);
  if (a.data) return constantBounds(b, a.data as Int8Array, M, K, (i, k) => i * K + k);
  const p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  const pmin = p.reduce((x, y) => (y < x ? y : x));
  const pmax = p.reduce((x, y) => (y > x ? y : x));
  const k = BigInt(K);
  return [k * pmin, k * pmax, k * (pmin < 0n ? pmin : 0n), k * (pmax > 0n ? pmax : 0n)];
}

/**
 * Bounds of `outputs` dot products Σ_k v_k · c[at(o, k)], v in [v.lo, v.hi], c constant.
 * PERF: O(outputs · K).
 */
function constantBounds(v: ValueFacts, c: Int8Array, outputs: number, K: number, at: (o: number, k: number) => number): Bounds {
  if (outputs === 0) return [0n, 0n, 0n, 0n];
  const vlo = Number(v.lo);
  const vhi = Number(v.hi);
  let outLo = Infinity;
  let outHi = -Infinity;
  let partLo = 0;
  let partHi = 0;
  for (let o = 0; o < outputs; o++) {
    let lo = 0;
    let hi = 0;
    let neg = 0;
    let pos = 0;
    for (let k = 0; k < K; k++) {
      const cv = c[at(o, k)]!;
      const tl = termLo(vlo, vhi, cv);
      const th = termHi(vlo, vhi, cv);
      lo += tl;
      hi += th;
      if (tl < 0) neg += tl;
      if (th > 0) pos += th;
    }
    if (lo < outLo) outLo = lo;
    if (hi > outHi) outHi = hi;
    if (neg < partLo) partLo = neg;
    if (pos > partHi) partHi = pos;
  }
  return [BigInt(outLo), BigInt(outHi), BigInt(partLo), BigInt(partHi)];
}

/** B with at most this many columns and a constant A runs the transposed kernel. */
export const FEW_COLUMNS = 8;

/**
 * out[M, N] += a_mk · B[k, :] over the non-zero a_mk of each row of A: the row kernel. Activations
 * after a ReLU-like Clip are often 0, so only the rows of B under non-zero a_k are read, four at a
 * time (a quarter of the accumulator traffic).
 * PERF: O(M · non-zeros of A's row · N).
 */
function rowKernel(A: Int8Array, B: Int8Array, M: number, K: number, N: number, aStride: number, aStep: number): Int32Array {
  const out = new Int32Array(M * N);
  const nz = new Int32Array(K);
  const av = new Int32Array(K);
  for (let m = 0; m < M; m++) {
    let count = 0;
    for (let k = 0; k < K; k++) {
      const a = A[m * aStride + k * aStep]!;
      if (a !== 0) {
        nz[count] = k;
        av[count++] = a;
      }
    }
    const row = m * N;
    let i = 0;
    for (; i + 4 <= count; i += 4) {
      const [a0, a1, a2, a3] = [av[i]!, av[i + 1]!, av[i + 2]!, av[i + 3]!];
      const [r0, r1, r2, r3] = [nz[i]! * N, nz[i + 1]! * N, nz[i + 2]! * N, nz[i + 3]! * N];
      for (let n = 0; n < N; n++) out[row + n]! += a0 * B[r0 + n]! + a1 * B[r1 + n]! + a2 * B[r2 + n]! + a3 * B[r3 + n]!;
    }
    for (; i < count; i++) {
      const a = av[i]!;
      const r = nz[i]! * N;
      for (let n = 0; n < N; n++) out[row + n]! += a * B[r + n]!;
    }
  }
  return out;
}

/**
 * A constant [M, K] times a few-column B [K, N]: the same sums as the row kernel on
 * Bᵀ [N, K] × Aᵀ [K, M], transposed back. Aᵀ is built once, on the first run (a graph that is only
 * validated never pays for it), so a column-layout layer (`Wᵀ × x`) runs as fast as `x · W`.
 * PERF: O(N · non-zeros of B's columns · M) plus O(M · N) to transpose the result.
 */
function fewColumnsKernel(M: number, K: number, N: number): Kernel {
  let At: Int8Array | undefined;
  return (ins) => {
    const A = ins[0] as Int8Array;
    const B = ins[1] as Int8Array;
    if (!At) {
      At = new Int8Array(K * M);
      for (let m = 0; m < M; m++) for (let k = 0; k < K; k++) At[k * M + m] = A[m * K + k]!;
    }
    // Bᵀ's row n is B's column n: read with stride N.
    const outT = rowKernel(B, At, N, K, M, 1, N);
    if (N === 1) return outT;
    const out = new Int32Array(M * N);
    for (let n = 0; n < N; n++) for (let m = 0; m < M; m++) out[m * N + n] = outT[n * M + m]!;
    return out;
  };
}

export const MatMulInteger: OpSpec = {
  minInputs: 2,
  maxInputs: 2,
  attributes: {},
  analyse(c) {
    if (c.node.inputs.length > 2) c.fail("zero-point inputs are not supported", "quantise symmetrically (zero point 0) and pass only A and B");
    const a = requireInt8(c, 0);
    const b = requireInt8(c, 1);
    const [M, K] = a.shape;
    const [K2, N] = b.shape;
    if (K !== K2) c.fail(`inner dimensions differ: ${fmtShape(a.shape)} × ${fmtShape(b.shape)}`);
    if (a.lo === -128n && b.lo === -128n) {
      c.fail("both inputs may hold -128, and (-128)·(-128) + (-128)·(-128) overflows the int16 pair sums of some int8 kernels", "quantise one side (the weights) symmetrically to [-127, 127]");
    }
    const [lo, hi, partLo, partHi] = matmulBounds(a, b, M, K, N);
    checkFits(c, [partLo, partHi], DataType.INT32, "the int32 accumulator");
    const kernel: Kernel = a.data && !b.data && N <= FEW_COLUMNS ? fewColumnsKernel(M, K, N) : (ins) => rowKernel(ins[0] as Int8Array, ins[1] as Int8Array, M, K, N, K, 1);
    return { out: { dtype: DataType.INT32, shape: [M, N], lo, hi }, kernel, macs: M * K * N };
  },
};
