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
 * Range: for each output column j, a sum over k of a_k · b_kj with a_k in [alo, ahi]. The
 * accumulator is refused unless *every partial sum, in any order* fits int32 (the sum of the
 * negative parts and the sum of the positive parts of the per-term bounds), so no kernel
 * blocking or thread split can overflow or saturate.
 */

function requireInt8(c: NodeCheck, i: number): ValueFacts {
  const v = c.input(i);
  if (v.dtype !== DataType.INT8) {
    c.fail(`input ${i} ${JSON.stringify(c.node.inputs[i])} is ${dataTypeName(v.dtype)}; MatMulInteger takes INT8 × INT8 only`, "uint8 × int8 can saturate in onnxruntime's AVX2 kernels; quantise both sides to int8");
  }
  if (v.shape.length !== 2) c.fail(`input ${i} has shape ${fmtShape(v.shape)}; MatMulInteger takes 2-D inputs`);
  return v;
}

/** Per-term bounds of a·b for a in [alo, ahi] and a known b. */
const termLo = (alo: number, ahi: number, b: number) => Math.min(alo * b, ahi * b);
const termHi = (alo: number, ahi: number, b: number) => Math.max(alo * b, ahi * b);

/**
 * [out lo, out hi, partial-sum lo, partial-sum hi] for A in [alo, ahi] times B.
 * PERF: O(K·N) number arithmetic (every term ≤ 2^14, sums far below 2^53, so exact).
 */
function matmulBounds(a: ValueFacts, b: ValueFacts, K: number, N: number): [bigint, bigint, bigint, bigint] {
  const alo = Number(a.lo);
  const ahi = Number(a.hi);
  if (!b.data) {
    const blo = Number(b.lo);
    const bhi = Number(b.hi);
    const p = [alo * blo, alo * bhi, ahi * blo, ahi * bhi];
    const pmin = Math.min(...p);
    const pmax = Math.max(...p);
    return [BigInt(K * pmin), BigInt(K * pmax), BigInt(K * Math.min(0, pmin)), BigInt(K * Math.max(0, pmax))];
  }
  const B = b.data as Int8Array;
  let outLo = Infinity;
  let outHi = -Infinity;
  let partLo = 0;
  let partHi = 0;
  for (let j = 0; j < N; j++) {
    let lo = 0;
    let hi = 0;
    let neg = 0;
    let pos = 0;
    for (let k = 0; k < K; k++) {
      const bv = B[k * N + j];
      const tl = termLo(alo, ahi, bv);
      const th = termHi(alo, ahi, bv);
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
  if (N === 0) return [0n, 0n, 0n, 0n];
  return [BigInt(outLo), BigInt(outHi), BigInt(partLo), BigInt(partHi)];
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
    const [lo, hi, partLo, partHi] = matmulBounds(a, b, K, N);
    checkFits(c, [partLo, partHi], DataType.INT32, "the int32 accumulator");
    const kernel: Kernel = (ins) => {
      const A = ins[0] as Int8Array;
      const B = ins[1] as Int8Array;
      const out = new Int32Array(M * N);
      const nz = new Int32Array(K);
      for (let m = 0; m < M; m++) {
        // Activations after a ReLU-like Clip are often 0: only the rows of B under non-zero a_k count.
        let count = 0;
        for (let k = 0; k < K; k++) if (A[m * K + k] !== 0) nz[count++] = k;
        const row = m * N;
        let i = 0;
        // Four rows of B per pass over the output: a quarter of the accumulator traffic.
        for (; i + 4 <= count; i += 4) {
          const [k0, k1, k2, k3] = [nz[i], nz[i + 1], nz[i + 2], nz[i + 3]];
          const [a0, a1, a2, a3] = [A[m * K + k0], A[m * K + k1], A[m * K + k2], A[m * K + k3]];
          const [r0, r1, r2, r3] = [k0 * N, k1 * N, k2 * N, k3 * N];
          for (let n = 0; n < N; n++) out[row + n] += a0 * B[r0 + n] + a1 * B[r1 + n] + a2 * B[r2 + n] + a3 * B[r3 + n];
        }
        for (; i < count; i++) {
          const k = nz[i];
          const a = A[m * K + k];
          const r = k * N;
          for (let n = 0; n < N; n++) out[row + n] += a * B[r + n];
        }
      }
      return out;
    };
    return { out: { dtype: DataType.INT32, shape: [M, N], lo, hi }, kernel, macs: M * K * N };
  },
};
