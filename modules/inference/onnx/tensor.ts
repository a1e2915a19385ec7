import { DataType, dataTypeName, type OnnxTensor } from "./types.ts";

/**
 * Runtime tensors of the interpreter and the analysis: a typed array per element type.
 * int64 appears only in constant shape / index tensors, as a BigInt64Array.
 */
export type IntArray = Int8Array | Uint8Array | Int32Array | BigInt64Array;

/** The element types a Tributary graph may carry. */
export const ALLOWED_TYPES: readonly number[] = [DataType.INT8, DataType.UINT8, DataType.INT32, DataType.INT64];

/** Element types arithmetic and data may use (int64 is for constant shapes and indices only). */
export const DATA_TYPES: readonly number[] = [DataType.INT8, DataType.UINT8, DataType.INT32];

export function elementSize(t: number): number {
  switch (t) {
    case DataType.INT8:
    case DataType.UINT8:
      return 1;
    case DataType.INT32:
      return 4;
    case DataType.INT64:
      return 8;
    default:
      throw new Error(`no element size for ${dataTypeName(t)}`);
  }
}

/** The inclusive value range of an element type. */
export function typeRange(t: number): [bigint, bigint] {
  switch (t) {
    case DataType.INT8:
      return [-128n, 127n];
    case DataType.UINT8:
      return [0n, 255n];
    case DataType.INT32:
      return [-2147483648n, 2147483647n];
    case DataType.INT64:
      return [-(2n ** 63n), 2n ** 63n - 1n];
    default:
      throw new Error(`no range for ${dataTypeName(t)}`);
  }
}

export function allocate(t: number, n: number): IntArray {
  switch (t) {
    case DataType.INT8:
      return new Int8Array(n);
    case DataType.UINT8:
      return new Uint8Array(n);
    case DataType.INT32:
      return new Int32Array(n);
    case DataType.INT64:
      return new BigInt64Array(n);
    default:
      throw new Error(`cannot allocate ${dataTypeName(t)}`);
  }
}

/** Cap on any one value's element count, so a small artifact cannot ask for huge tensors. */
export const MAX_VALUE_ELEMENTS = 1 << 24;

export function product(dims: readonly number[]): number {
  let n = 1;
  for (const d of dims) n *= d;
  return n;
}

/**
 * The elements of an initializer as a typed array (a copy: little-endian raw_data is read
 * explicitly, so the host's byte order does not matter). Throws a plain message on a payload
 * that does not match dims × element size; the caller names the initializer.
 */
export function tensorData(t: OnnxTensor): IntArray {
  const n = product(t.dims);
  const size = elementSize(t.dataType);
  const sources = (t.rawData ? 1 : 0) + (t.int32Data ? 1 : 0) + (t.int64Data ? 1 : 0);
  if (sources > 1) throw new Error("has more than one of raw_data, int32_data, int64_data");
  const out = allocate(t.dataType, n);
  if (t.rawData) {
    if (t.rawData.length !== n * size) throw new Error(`raw_data has ${t.rawData.length} bytes, dims ${fmtShape(t.dims)} need ${n * size}`);
    const view = new DataView(t.rawData.buffer, t.rawData.byteOffset, t.rawData.byteLength);
    for (let i = 0; i < n; i++) {
      if (out instanceof BigInt64Array) out[i] = view.getBigInt64(i * 8, true);
      else if (out instanceof Int32Array) out[i] = view.getInt32(i * 4, true);
      else if (out instanceof Int8Array) out[i] = view.getInt8(i);
      else out[i] = view.getUint8(i);
    }
    return out;
  }
  if (t.int64Data) {
    if (!(out instanceof BigInt64Array)) throw new Error(`int64_data is only for INT64 tensors, this one is ${dataTypeName(t.dataType)}`);
    if (t.int64Data.length !== n) throw new Error(`int64_data has ${t.int64Data.length} elements, dims ${fmtShape(t.dims)} need ${n}`);
    for (let i = 0; i < n; i++) out[i] = t.int64Data[i]!;
    return out;
  }
  if (t.int32Data) {
    if (out instanceof BigInt64Array) throw new Error("int32_data cannot hold an INT64 tensor");
    if (t.int32Data.length !== n) throw new Error(`int32_data has ${t.int32Data.length} elements, dims ${fmtShape(t.dims)} need ${n}`);
    const [lo, hi] = typeRange(t.dataType);
    for (let i = 0; i < n; i++) {
      const v = t.int32Data[i]!;
      if (BigInt(v) < lo || BigInt(v) > hi) throw new Error(`int32_data element ${i} (${v}) is outside ${dataTypeName(t.dataType)}`);
      out[i] = v;
    }
    return out;
  }
  if (n !== 0) throw new Error(`has no data for ${n} elements`);
  return out;
}

/** Smallest and largest element (0, 0 for an empty tensor). PERF: O(elements). */
export function minMax(a: IntArray): [bigint, bigint] {
  if (a.length === 0) return [0n, 0n];
  if (a instanceof BigInt64Array) {
    let lo = a[0]!;
    let hi = a[0]!;
    for (const v of a) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return [lo, hi];
  }
  let lo = a[0]!;
  let hi = a[0]!;
  for (let i = 1; i < a.length; i++) {
    const v = a[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [BigInt(lo), BigInt(hi)];
}

export function fmtShape(dims: readonly (number | string | null)[]): string {
  return `[${dims.map((d) => (d === null ? "?" : String(d))).join(", ")}]`;
}
