import { bytesToMapKey, compareBytes, mapKeyToBytes } from "./bytes.ts";
import type { Branch, IterateOptions, KVChange, KVReader, KVStore } from "./types.ts";

/** Pending write: a value, or `undefined` as a tombstone hiding the parent's value. */
type Pending = Uint8Array | undefined;

/** The sorted keys of a branch without writes, shared (never changed: a new key replaces it). */
const NO_KEYS: readonly string[] = Object.freeze([]);

/**
 * A write cache over a parent (the committed view, or another branch). Writes live in a Map
 * keyed by the key's latin1 string, whose `<` order equals byte order; a sorted key list is
 * rebuilt only when iteration or `changes()` needs it after a new key was added.
 */
export class MemBranch implements Branch {
  private readonly writes = new Map<string, Pending>();
  private sorted: readonly string[] | undefined = NO_KEYS;

  /** `parent` receives `write()`; a branch over a read-only view cannot be written back. */
  constructor(private readonly parent: KVReader | KVStore) {}

  get(key: Uint8Array): Uint8Array | undefined {
    return this.getKeyed(bytesToMapKey(key), key);
  }

  /**
   * `get` with the key already converted: nested branches (tx over block state) hand the map
   * key down instead of converting the same bytes again at every level.
   * PERF: one Map lookup per level until a hit, then the committed view.
   */
  private getKeyed(k: string, key: Uint8Array): Uint8Array | undefined {
    const v = this.writes.get(k);
    if (v !== undefined || this.writes.has(k)) return v;
    const parent = this.parent;
    return parent instanceof MemBranch ? parent.getKeyed(k, key) : parent.get(key);
  }

  has(key: Uint8Array): boolean {
    return this.get(key) !== undefined;
  }

  set(key: Uint8Array, value: Uint8Array): void {
    if (!(value instanceof Uint8Array)) throw new TypeError("store value must be a Uint8Array");
    this.put(bytesToMapKey(key), value);
  }

  delete(key: Uint8Array): void {
    this.put(bytesToMapKey(key), undefined);
  }

  branch(): Branch {
    return new MemBranch(this);
  }

  /** PERF: O(writes · log writes) the first time after new keys, then O(writes). */
  changes(): KVChange[] {
    return this.sortedKeys().map((k) => ({ key: mapKeyToBytes(k), value: this.writes.get(k) }));
  }

  /** PERF: O(writes) parent operations. */
  write(): void {
    if (this.parent instanceof MemBranch) {
      // The same writes as parent.set/delete, minus a bytes round trip per key; unsorted, since
      // a MemBranch sorts its keys itself whenever order matters (changes, iterate, write).
      const parent = this.parent;
      this.writes.forEach((v, k) => parent.put(k, v));
      this.writes.clear();
      this.sorted = NO_KEYS;
      return;
    }
    const parent = this.parent as Partial<KVStore>;
    if (typeof parent.set !== "function" || typeof parent.delete !== "function") {
      throw new Error("cannot write a branch of the committed view back: stage() and commit() its changes() instead");
    }
    for (const k of this.sortedKeys()) {
      const v = this.writes.get(k);
      if (v === undefined) parent.delete(mapKeyToBytes(k));
      else parent.set(mapKeyToBytes(k), v);
    }
    this.writes.clear();
    this.sorted = NO_KEYS;
  }

  /** Merges this branch's writes (a snapshot taken at the start) with the parent's entries. */
  async *iterate(opts: IterateOptions = {}): AsyncIterable<[Uint8Array, Uint8Array]> {
    const local = this.localRange(opts);
    const limit = opts.limit ?? Infinity;
    if (limit <= 0) return;
    const reverse = opts.reverse === true;
    let i = 0;
    let yielded = 0;
    // `before(a, b)`: a comes first in iteration order.
    const before = (a: Uint8Array, b: Uint8Array) => (reverse ? compareBytes(a, b) > 0 : compareBytes(a, b) < 0);
    for await (const [pk, pv] of this.parent.iterate({ gte: opts.gte, lt: opts.lt, reverse })) {
      while (i < local.length && before(local[i]![0], pk)) {
        const [lk, lv] = local[i++]!;
        if (lv === undefined) continue;
        yield [lk, lv];
        if (++yielded >= limit) return;
      }
      if (i < local.length && compareBytes(local[i]![0], pk) === 0) {
        // The local write (value or tombstone) shadows the parent's entry.
        const [lk, lv] = local[i++]!;
        if (lv === undefined) continue;
        yield [lk, lv];
      } else {
        yield [pk, pv];
      }
      if (++yielded >= limit) return;
    }
    for (; i < local.length; i++) {
      const [lk, lv] = local[i]!;
      if (lv === undefined) continue;
      yield [lk, lv];
      if (++yielded >= limit) return;
    }
  }

  // PERF: one Map update; a new key (the size grew) drops the sorted key list.
  private put(k: string, v: Pending): void {
    const size = this.writes.size;
    this.writes.set(k, v);
    if (this.writes.size !== size) this.sorted = undefined;
  }

  private sortedKeys(): readonly string[] {
    if (this.sorted === undefined) this.sorted = [...this.writes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return this.sorted;
  }

  private localRange(opts: IterateOptions): [Uint8Array, Pending][] {
    const gte = opts.gte ? bytesToMapKey(opts.gte) : undefined;
    const lt = opts.lt ? bytesToMapKey(opts.lt) : undefined;
    const out: [Uint8Array, Pending][] = [];
    for (const k of this.sortedKeys()) {
      if (gte !== undefined && k < gte) continue;
      if (lt !== undefined && k >= lt) break;
      out.push([mapKeyToBytes(k), this.writes.get(k)]);
    }
    if (opts.reverse) out.reverse();
    return out;
  }
}
