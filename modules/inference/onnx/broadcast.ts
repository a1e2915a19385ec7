/**
 * Numpy-style (ONNX "multidirectional") broadcasting over static shapes. The index maps are
 * computed once when the model is compiled, so an elementwise kernel is one flat loop.
 */

/** The broadcast shape of `a` and `b`, or undefined when they are incompatible. */
export function broadcastShape(a: readonly number[], b: readonly number[]): number[] | undefined {
  const rank = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    const da = a[a.length - rank + i] ?? 1;
    const db = b[b.length - rank + i] ?? 1;
    if (da === db || db === 1) out.push(da);
    else if (da === 1) out.push(db);
    else return undefined;
  }
  return out;
}

/**
 * For each element of `out`, the flat index of the `input` element it reads; undefined when
 * the input already has the output's shape (the identity map).
 * PERF: O(output elements), once per model.
 */
export function broadcastIndex(input: readonly number[], out: readonly number[]): Int32Array | undefined {
  const n = out.reduce((p, d) => p * d, 1);
  // Same element count: the input differs only by leading 1s, so its layout is the output's.
  if (input.reduce((p, d) => p * d, 1) === n) return undefined;
  const rank = out.length;
  // Stride of each output axis in the input; 0 where the input is broadcast along it.
  const strides = new Array<number>(rank).fill(0);
  let s = 1;
  for (let i = input.length - 1; i >= 0; i--) {
    const axis = rank - input.length + i;
    strides[axis] = input[i] === 1 ? 0 : s;
    s *= input[i]!;
  }
  const map = new Int32Array(n);
  const counter = new Array<number>(rank).fill(0);
  let at = 0;
  for (let i = 0; i < n; i++) {
    map[i] = at;
    for (let axis = rank - 1; axis >= 0; axis--) {
      counter[axis]!++;
      at += strides[axis]!;
      if (counter[axis]! < out[axis]!) break;
      at -= strides[axis]! * out[axis]!;
      counter[axis] = 0;
    }
  }
  return map;
}
