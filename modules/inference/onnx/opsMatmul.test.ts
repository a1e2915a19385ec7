import { describe, expect, it } from "vitest";
import { Rng } from "../../../test/support/rng.ts";
import { FEW_COLUMNS, MatMulInteger } from "./opsMatmul.ts";
import type { NodeCheck, OpResult, ValueFacts } from "./opTypes.ts";
import { type IntArray, minMax } from "./tensor.ts";
import { DataType } from "./types.ts";

const ints = (a: IntArray) => Array.from(a as Int32Array);

/** Runs MatMulInteger's analysis on two operands (a constant one carries `data`). */
function analyse(a: ValueFacts, b: ValueFacts): OpResult {
  const node = { name: "mm", opType: "MatMulInteger", domain: "", inputs: ["a", "b"], outputs: ["y"], attributes: [] };
  const fail = (problem: string): never => {
    throw new Error(problem);
  };
  const check: NodeCheck = { node, index: 0, inputs: [a, b], fail, attrInt: () => fail("no attributes"), input: (i) => [a, b][i]! };
  return MatMulInteger.analyse(check);
}

const constant = (rows: number, cols: number, data: Int8Array): ValueFacts => {
  const [lo, hi] = minMax(data);
  return { dtype: DataType.INT8, shape: [rows, cols], lo, hi, data };
};
const variable = (rows: number, cols: number, lo = -128n, hi = 127n): ValueFacts => ({ dtype: DataType.INT8, shape: [rows, cols], lo, hi });

function randomInt8(n: number, rng: Rng, lo: number, zeros: number): Int8Array {
  return Int8Array.from({ length: n }, () => (rng.range(0, 99) < zeros ? 0 : rng.range(lo, 127)));
}

/** Σ_k A[m, k] · B[k, n] in bigint, row-major. */
function longhand(A: Int8Array, B: Int8Array, M: number, K: number, N: number): number[] {
  const out: number[] = [];
  for (let m = 0; m < M; m++) {
    for (let n = 0; n < N; n++) {
      let s = 0n;
      for (let k = 0; k < K; k++) s += BigInt(A[m * K + k]!) * BigInt(B[k * N + n]!);
      out.push(Number(s));
    }
  }
  return out;
}

describe("MatMulInteger kernels", () => {
  it("a constant A times a few-column B (the column layout's fast path) gives the longhand sums", () => {
    const rng = new Rng(9);
    for (const [M, K, N, zeros] of [[64, 40, 1, 50], [33, 17, 1, 0], [10, 7, 2, 30], [5, 9, 3, 90], [16, 12, FEW_COLUMNS, 20], [1, 1, 1, 0], [7, 5, 1, 100]] as const) {
      const A = randomInt8(M * K, rng, -127, 10);
      const B = randomInt8(K * N, rng, -128, zeros);
      const { kernel } = analyse(constant(M, K, A), variable(K, N));
      const want = longhand(A, B, M, K, N);
      expect(ints(kernel([A, B]))).toEqual(want);
      // The transposed copy of A is built once; later runs reuse it.
      expect(ints(kernel([A, B]))).toEqual(want);
    }
  });

  it("the row kernel (variable A, or more than a few columns) gives the longhand sums", () => {
    const rng = new Rng(10);
    for (const [M, K, N] of [[1, 40, 64], [3, 9, 5], [4, 12, FEW_COLUMNS + 1]] as const) {
      const A = randomInt8(M * K, rng, -128, 40);
      const B = randomInt8(K * N, rng, -127, 10);
      expect(ints(analyse(variable(M, K), constant(K, N, B)).kernel([A, B]))).toEqual(longhand(A, B, M, K, N));
      expect(ints(analyse(constant(M, K, A), variable(K, N, -127n)).kernel([A, B]))).toEqual(longhand(A, B, M, K, N));
    }
  });

  it("the same layer as x · W and as Wᵀ · x gives the same integers", () => {
    const rng = new Rng(11);
    const [K, N] = [48, 96];
    const W = randomInt8(K * N, rng, -127, 0);
    const Wt = new Int8Array(N * K);
    for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) Wt[n * K + k] = W[k * N + n]!;
    for (let t = 0; t < 20; t++) {
      const x = randomInt8(K, rng, -128, t * 5);
      const row = analyse(variable(1, K), constant(K, N, W)).kernel([x, W]);
      const col = analyse(constant(N, K, Wt), variable(K, 1)).kernel([Wt, x]);
      expect(col).toEqual(row);
    }
  });
});

describe("MatMulInteger range analysis", () => {
  it("bounds Wᵀ · x exactly as x · W: per output, against whichever operand is constant", () => {
    const rng = new Rng(12);
    const [K, N] = [20, 30];
    const W = randomInt8(K * N, rng, -127, 20);
    const Wt = new Int8Array(N * K);
    for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) Wt[n * K + k] = W[k * N + n]!;
    const row = analyse(variable(1, K, -5n, 100n), constant(K, N, W)).out;
    const col = analyse(constant(N, K, Wt), variable(K, 1, -5n, 100n)).out;
    expect([col.lo, col.hi]).toEqual([row.lo, row.hi]);
    // Tighter than the interval-only bound K · 127 · 127.
    expect(col.hi).toBeLessThan(BigInt(K * 127 * 100));
    expect(col.shape).toEqual([N, 1]);
  });

  it("refuses a constant A whose accumulator could overflow int32, naming it", () => {
    const K = 140_000;
    const A = new Int8Array(K).fill(-127);
    expect(() => analyse(constant(1, K, A), variable(K, 1))).toThrow(/the int32 accumulator may overflow INT32/);
  });

  it("refuses both operands able to hold -128 in the column layout too", () => {
    const A = Int8Array.from([-128, 1, 2, 3]);
    expect(() => analyse(constant(2, 2, A), variable(2, 1))).toThrow(/both inputs may hold -128/);
  });
});
