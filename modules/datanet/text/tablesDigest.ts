/**
 * A SHA-256 over the frozen tables, so that a test (and anyone auditing a node) can tell at once
 * whether two builds tokenize identically. Layout: for each array in a fixed order, its length as
 * a little-endian uint32, then each element as a little-endian int32.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

export interface FrozenTables {
  starts: Int32Array;
  values: Uint8Array;
  from: Int32Array;
  offsets: Int32Array;
  to: Int32Array;
}

function serialize(tables: FrozenTables): Uint8Array {
  const arrays: ArrayLike<number>[] = [tables.starts, tables.values, tables.from, tables.offsets, tables.to];
  let words = 0;
  for (const a of arrays) words += 1 + a.length;
  const view = new DataView(new ArrayBuffer(words * 4));
  let at = 0;
  for (const a of arrays) {
    view.setUint32(at, a.length, true);
    at += 4;
    for (let i = 0; i < a.length; i++, at += 4) view.setInt32(at, a[i]!, true);
  }
  return new Uint8Array(view.buffer);
}

/** Hex SHA-256 of the tables. PERF: linear in the table size (~40k words); not on the block path. */
export function tablesDigestHex(tables: FrozenTables, hash: (b: Uint8Array) => Uint8Array = sha256): string {
  return bytesToHex(hash(serialize(tables)));
}
