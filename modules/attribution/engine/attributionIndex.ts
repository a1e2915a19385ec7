/**
 * An index: the segments of one datanet version plus a deletion bitmap over its
 * documents, numbered across segments in order (segment 0's documents first). Deleting only
 * flips bits: segments never change, so their hashes stay valid.
 */
import { AttributionEngineError } from "./errors.ts";
import type { Segment } from "./segment.ts";

export interface AttributionIndex {
  readonly segments: readonly Segment[];
  /** Bit d (byte d >> 3, bit d & 7) set: document d is deleted; padding bits are 0. */
  readonly deleted: Uint8Array;
  /** Derived: number of the first document of each segment, then the total. */
  readonly docBase: Int32Array;
}

export function documentCount(index: AttributionIndex): number {
  return index.docBase[index.segments.length]!;
}

/** An index over `segments`; `deleted` (copied) defaults to none. */
export function makeIndex(segments: readonly Segment[], deleted?: Uint8Array): AttributionIndex {
  const docBase = new Int32Array(segments.length + 1);
  for (let s = 0; s < segments.length; s++) {
    const total = docBase[s]! + segments[s]!.docStart.length;
    if (total > 0x7fffffff) throw new AttributionEngineError(`index: more than 2^31 - 1 documents`);
    docBase[s + 1] = total;
  }
  const docs = docBase[segments.length]!;
  const bytes = (docs + 7) >> 3;
  const bitmap = new Uint8Array(bytes);
  if (deleted !== undefined) {
    if (deleted.length !== bytes) throw new AttributionEngineError(`index: deletion bitmap has ${deleted.length} bytes, ${docs} documents need ${bytes}`);
    if ((docs & 7) !== 0 && deleted[bytes - 1]! >> (docs & 7) !== 0) throw new AttributionEngineError(`index: deletion bitmap sets bits past document ${docs - 1}`);
    bitmap.set(deleted);
  }
  return { segments: [...segments], deleted: bitmap, docBase };
}

export function isDeleted(index: AttributionIndex, doc: number): boolean {
  return ((index.deleted[doc >> 3]! >> (doc & 7)) & 1) === 1;
}

/**
 * A copy of the index with every document of the given contributions deleted. Unknown ids
 * are an error naming them (the caller passes ids it knows are in this version).
 * PERF: O(documents + ids · log ids).
 */
export function deleteContributions(index: AttributionIndex, contributionIds: readonly bigint[]): AttributionIndex {
  const wanted = [...contributionIds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const found = new Uint8Array(wanted.length);
  const bitmap = Uint8Array.from(index.deleted);
  for (let s = 0; s < index.segments.length; s++) {
    const ids = index.segments[s]!.docContribution;
    for (let d = 0; d < ids.length; d++) {
      const at = bigintSearch(wanted, ids[d]!);
      if (at < 0) continue;
      const doc = index.docBase[s]! + d;
      bitmap[doc >> 3]! |= 1 << (doc & 7);
      found[at] = 1;
    }
  }
  const missing = wanted.filter((_, i) => found[i] === 0);
  if (missing.length > 0) throw new AttributionEngineError(`index: contributions ${missing.join(", ")} are not in this index`);
  return { segments: index.segments, deleted: bitmap, docBase: index.docBase };
}

/** Index of `v` in ascending `sorted`, or -1. PERF: O(log n). */
export function bigintSearch(sorted: readonly bigint[], v: bigint): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else if (sorted[mid]! > v) hi = mid - 1;
    else return mid;
  }
  return -1;
}
