import type { Kernel, NodeCheck, OpSpec, ValueFacts } from "./opTypes.ts";
import { allocate, DATA_TYPES, fmtShape, type IntArray, product } from "./tensor.ts";
import { AttributeType, DataType, dataTypeName } from "./types.ts";

/**
 * Data-movement ops: Gather, Reshape, Concat, Flatten. They never change a value, so the
 * output interval is the input's (Concat: the union); Gather additionally proves its indices
 * stay in bounds.
 */

type Values = Int8Array | Uint8Array | Int32Array;

function requireData(c: NodeCheck, i: number): ValueFacts {
  const v = c.input(i);
  if (!DATA_TYPES.includes(v.dtype)) c.fail(`input ${i} ${JSON.stringify(c.node.inputs[i])} is ${dataTypeName(v.dtype)}; ${c.node.opType} takes INT8, UINT8 or INT32 data`);
  return v;
}

/** An axis attribute normalised to [0, rank) (or [0, rank] when `inclusive`). */
function axisOf(c: NodeCheck, name: string, rank: number, dflt: number | undefined, inclusive = false): number {
  const a = c.attrInt(name, dflt);
  const max = inclusive ? rank : rank - 1;
  if (a < -rank || a > max) c.fail(`${name} ${a} is out of range for rank ${rank}`);
  return a < 0 ? a + rank : a;
}

export const Gather: OpSpec = {
  minInputs: 2,
  maxInputs: 2,
  attributes: { axis: AttributeType.INT },
  analyse(c) {
    const data = requireData(c, 0);
    const idx = c.input(1);
    if (idx.dtype !== DataType.INT32 && idx.dtype !== DataType.INT64) c.fail(`indices are ${dataTypeName(idx.dtype)}; Gather takes INT32 or INT64 indices`);
    if (data.shape.length === 0) c.fail("data is a scalar; Gather needs rank ≥ 1");
    const axis = axisOf(c, "axis", data.shape.length, 0);
    const s = data.shape[axis]!;
    if (idx.lo < BigInt(-s) || idx.hi >= BigInt(s)) {
      c.fail(`indices may be out of bounds: they lie in [${idx.lo}, ${idx.hi}] and axis ${axis} has size ${s}`, "the token-id input lies in [0, vocab): gather from a table with vocab rows");
    }
    const shape = [...data.shape.slice(0, axis), ...idx.shape, ...data.shape.slice(axis + 1)];
    const outer = product(data.shape.slice(0, axis));
    const inner = product(data.shape.slice(axis + 1));
    const count = product(idx.shape);
    const dtype = data.dtype;
    const kernel: Kernel = (ins) => {
      const d = ins[0] as Values;
      const ix = ins[1] as Int32Array | BigInt64Array;
      const out = allocate(dtype, outer * count * inner) as Values;
      for (let o = 0; o < outer; o++) {
        for (let j = 0; j < count; j++) {
          let k = Number(ix[j]);
          if (k < 0) k += s;
          if (k < 0 || k >= s) throw new Error(`Gather index ${ix[j]} out of bounds for size ${s}`);
          const from = (o * s + k) * inner;
          out.set(d.subarray(from, from + inner), (o * count + j) * inner);
        }
      }
      return out;
    };
    return { out: { dtype, shape, lo: data.lo, hi: data.hi }, kernel };
  },
};

export const Reshape: OpSpec = {
  minInputs: 2,
  maxInputs: 2,
  attributes: { allowzero: AttributeType.INT },
  analyse(c) {
    const data = requireData(c, 0);
    const sh = c.input(1);
    if (c.attrInt("allowzero", 0) !== 0) c.fail("allowzero must be 0");
    if (!(sh.data instanceof BigInt64Array) || sh.shape.length !== 1) c.fail(`shape ${JSON.stringify(c.node.inputs[1])} must be a constant 1-D INT64 initializer`);
    const spec = Array.from(sh.data as BigInt64Array, Number);
    const total = product(data.shape);
    let unknown = -1;
    const shape = spec.map((d, i) => {
      if (d === 0) {
        const kept = data.shape[i];
        if (kept === undefined) return c.fail(`shape element ${i} is 0 but the input has rank ${data.shape.length}`);
        return kept;
      }
      if (d === -1) {
        if (unknown >= 0) c.fail("shape has more than one -1");
        unknown = i;
        return 1;
      }
      if (d < -1) c.fail(`shape element ${i} is ${d}`);
      return d;
    });
    if (unknown >= 0) {
      const known = product(shape);
      if (known === 0 || total % known !== 0) c.fail(`cannot infer the -1 in ${fmtShape(spec)} from ${fmtShape(data.shape)}`);
      shape[unknown] = total / known;
    }
    if (product(shape) !== total) c.fail(`cannot reshape ${fmtShape(data.shape)} (${total} elements) to ${fmtShape(shape)}`);
    return { out: { dtype: data.dtype, shape, lo: data.lo, hi: data.hi }, kernel: (ins) => ins[0] as IntArray };
  },
};

export const Flatten: OpSpec = {
  minInputs: 1,
  maxInputs: 1,
  attributes: { axis: AttributeType.INT },
  analyse(c) {
    const data = requireData(c, 0);
    const axis = axisOf(c, "axis", data.shape.length, 1, true);
    const shape = [product(data.shape.slice(0, axis)), product(data.shape.slice(axis))];
    return { out: { dtype: data.dtype, shape, lo: data.lo, hi: data.hi }, kernel: (ins) => ins[0] as IntArray };
  },
};

export const Concat: OpSpec = {
  minInputs: 1,
  maxInputs: 64,
  attributes: { axis: AttributeType.INT },
  analyse(c) {
    const first = requireData(c, 0);
    const rank = first.shape.length;
    if (rank === 0) c.fail("cannot concatenate scalars");
    const axis = axisOf(c, "axis", rank, undefined);
    const parts: ValueFacts[] = [];
    for (let i = 0; i < c.node.inputs.length; i++) {
      const v = requireData(c, i);
      if (v.dtype !== first.dtype) c.fail(`input ${i} is ${dataTypeName(v.dtype)}, input 0 is ${dataTypeName(first.dtype)}`);
      if (v.shape.length !== rank || v.shape.some((d, k) => k !== axis && d !== first.shape[k])) {
        c.fail(`input ${i} has shape ${fmtShape(v.shape)}, which does not match ${fmtShape(first.shape)} off axis ${axis}`);
      }
      parts.push(v);
    }
    const shape = [...first.shape];
    shape[axis] = parts.reduce((s, p) => s + p.shape[axis]!, 0);
    const outer = product(first.shape.slice(0, axis));
    const blocks = parts.map((p) => product(p.shape.slice(axis)));
    const rowLen = blocks.reduce((s, b) => s + b, 0);
    const dtype = first.dtype;
    const kernel: Kernel = (ins) => {
      const out = allocate(dtype, outer * rowLen) as Values;
      let at = 0;
      for (let o = 0; o < outer; o++) {
        for (let p = 0; p < blocks.length; p++) {
          const b = blocks[p]!;
          out.set((ins[p] as Values).subarray(o * b, o * b + b), at);
          at += b;
        }
      }
      return out;
    };
    const lo = parts.reduce((m, p) => (p.lo < m ? p.lo : m), first.lo);
    const hi = parts.reduce((m, p) => (p.hi > m ? p.hi : m), first.hi);
    return { out: { dtype, shape, lo, hi }, kernel };
  },
};
