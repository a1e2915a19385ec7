import { broadcastIndex, broadcastShape } from "./broadcast.ts";
import type { Kernel, NodeCheck, OpSpec, ValueFacts } from "./opTypes.ts";
import { allocate, DATA_TYPES, fmtShape, MAX_VALUE_ELEMENTS, product, typeRange } from "./tensor.ts";
import { AttributeType, DataType, dataTypeName } from "./types.ts";

/**
 * Elementwise integer ops: Add, Sub, Mul, Div (int32, broadcasting), Clip (int32, constant
 * scalar bounds), Cast (between int8, uint8, int32, only when the value provably fits), Identity.
 * Each op's interval rule is exact for the op's mathematical (unbounded) result; the node is
 * refused when that interval leaves the element type, so no kernel anywhere ever wraps.
 */

type Interval = [bigint, bigint];

const fmtRange = ([lo, hi]: Interval) => `[${lo}, ${hi}]`;

/** Refuses the node unless every value in `r` fits `dtype`. */
export function checkFits(c: NodeCheck, r: Interval, dtype: number, what = "the result"): void {
  const [tlo, thi] = typeRange(dtype);
  if (r[0] < tlo || r[1] > thi) {
    c.fail(
      `${what} may overflow ${dataTypeName(dtype)}: for input ids in [0, vocab) it can reach ${fmtRange(r)}`,
      "bound the values before this node (Clip, a larger requantisation divisor, smaller weights)",
    );
  }
}

function requireInt32(c: NodeCheck, i: number): ValueFacts {
  const v = c.input(i);
  if (v.dtype !== DataType.INT32) c.fail(`input ${i} ${JSON.stringify(c.node.inputs[i])} is ${dataTypeName(v.dtype)}; ${c.node.opType} takes INT32 only`);
  return v;
}

function minMax4(a: bigint, b: bigint, c: bigint, d: bigint): Interval {
  let lo = a;
  let hi = a;
  for (const v of [b, c, d]) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** ONNX Div on integers truncates toward zero (C++ `/`), as BigInt division does. */
export function divInterval(a: Interval, d: Interval): Interval {
  return minMax4(a[0] / d[0], a[0] / d[1], a[1] / d[0], a[1] / d[1]);
}

function binary(rule: (a: Interval, b: Interval, c: NodeCheck) => Interval, fn: (x: number, y: number) => number): OpSpec {
  return {
    minInputs: 2,
    maxInputs: 2,
    attributes: {},
    analyse(c) {
      const a = requireInt32(c, 0);
      const b = requireInt32(c, 1);
      const shape = broadcastShape(a.shape, b.shape) ?? c.fail(`shapes ${fmtShape(a.shape)} and ${fmtShape(b.shape)} do not broadcast`);
      const r = rule([a.lo, a.hi], [b.lo, b.hi], c);
      checkFits(c, r, DataType.INT32);
      const n = product(shape);
      // Checked before the index maps are allocated.
      if (n > MAX_VALUE_ELEMENTS) c.fail(`the output ${fmtShape(shape)} has ${n} elements; at most ${MAX_VALUE_ELEMENTS}`);
      const ia = broadcastIndex(a.shape, shape);
      const ib = broadcastIndex(b.shape, shape);
      const kernel: Kernel = (ins) => {
        const x = ins[0] as Int32Array;
        const y = ins[1] as Int32Array;
        const out = new Int32Array(n);
        if (!ia && !ib) for (let i = 0; i < n; i++) out[i] = fn(x[i]!, y[i]!);
        else for (let i = 0; i < n; i++) out[i] = fn(x[ia ? ia[i]! : i]!, y[ib ? ib[i]! : i]!);
        return out;
      };
      return { out: { dtype: DataType.INT32, shape, lo: r[0], hi: r[1] }, kernel };
    },
  };
}

export const Add = binary((a, b) => [a[0] + b[0], a[1] + b[1]], (x, y) => x + y);
export const Sub = binary((a, b) => [a[0] - b[1], a[1] - b[0]], (x, y) => x - y);
// Math.imul is exact here: the interval check proved every product fits int32.
export const Mul = binary((a, b) => minMax4(a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]), (x, y) => Math.imul(x, y));
export const Div = binary(
  (a, b, c) => {
    const d = c.inputs[1] as ValueFacts;
    if (!d.data) c.fail(`the divisor ${JSON.stringify(c.node.inputs[1])} is not a constant`, "divide by an initializer whose every element is > 0");
    if (d.lo <= 0n) c.fail(`the divisor ${JSON.stringify(c.node.inputs[1])} has an element ${d.lo} ≤ 0`, "every divisor element must be > 0 (no division by zero, and no INT_MIN / -1)");
    return divInterval(a, b);
  },
  // Truncating integer division without a float quotient: x − x % y is a multiple of y.
  (x, y) => (x - (x % y)) / y,
);

/** A constant rank-0 int32 bound of Clip, or undefined when the input is omitted. */
function clipBound(c: NodeCheck, i: number): bigint | undefined {
  const v = c.inputs[i];
  if (!v) return undefined;
  const name = JSON.stringify(c.node.inputs[i]);
  if (!v.data) c.fail(`${i === 1 ? "min" : "max"} ${name} is not a constant`, "Clip bounds must be initializers");
  if (v.dtype !== DataType.INT32 || v.shape.length !== 0) c.fail(`${i === 1 ? "min" : "max"} ${name} must be an INT32 scalar (rank 0), it is ${dataTypeName(v.dtype)} ${fmtShape(v.shape)}`);
  return v.lo;
}

export const Clip: OpSpec = {
  minInputs: 1,
  maxInputs: 3,
  attributes: {},
  analyse(c) {
    const x = requireInt32(c, 0);
    const lo = clipBound(c, 1);
    const hi = clipBound(c, 2);
    if (lo !== undefined && hi !== undefined && lo > hi) c.fail(`min ${lo} is greater than max ${hi}`);
    const clamp = (v: bigint) => (lo !== undefined && v < lo ? lo : hi !== undefined && v > hi ? hi : v);
    const n = product(x.shape);
    const l = lo === undefined ? -2147483648 : Number(lo);
    const h = hi === undefined ? 2147483647 : Number(hi);
    const kernel: Kernel = (ins) => {
      const a = ins[0] as Int32Array;
      const out = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const v = a[i]!;
        out[i] = v < l ? l : v > h ? h : v;
      }
      return out;
    };
    return { out: { dtype: DataType.INT32, shape: x.shape, lo: clamp(x.lo), hi: clamp(x.hi) }, kernel };
  },
};

export const Cast: OpSpec = {
  minInputs: 1,
  maxInputs: 1,
  attributes: { to: AttributeType.INT },
  analyse(c) {
    const x = c.input(0);
    const to = c.attrInt("to");
    if (!DATA_TYPES.includes(to)) {
      const floaty = [DataType.FLOAT, DataType.DOUBLE, DataType.FLOAT16, DataType.BFLOAT16].includes(to as 1);
      c.fail(`Cast to ${dataTypeName(to)} is not allowed${floaty ? ": no float tensors" : ""}`, "cast to INT8, UINT8 or INT32");
    }
    if (!DATA_TYPES.includes(x.dtype)) c.fail(`input is ${dataTypeName(x.dtype)}; Cast takes INT8, UINT8 or INT32`);
    checkFits(c, [x.lo, x.hi], to, "the input");
    const n = product(x.shape);
    const kernel: Kernel = (ins) => {
      const out = allocate(to, n) as Int8Array | Uint8Array | Int32Array;
      out.set(ins[0] as Int8Array | Uint8Array | Int32Array);
      return out;
    };
    return { out: { dtype: to, shape: x.shape, lo: x.lo, hi: x.hi }, kernel };
  },
};

export const Identity: OpSpec = {
  minInputs: 1,
  maxInputs: 1,
  attributes: {},
  analyse(c) {
    const x = c.input(0);
    if (!DATA_TYPES.includes(x.dtype)) c.fail(`input is ${dataTypeName(x.dtype)}; Identity takes INT8, UINT8 or INT32`);
    return { out: { dtype: x.dtype, shape: x.shape, lo: x.lo, hi: x.hi }, kernel: (ins) => ins[0] as Int32Array };
  },
};
