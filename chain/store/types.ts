/**
 * The key-value interfaces every piece of consensus code reads and writes through.
 *
 * Point reads and writes are synchronous (classic-level's `getSync` on the committed view,
 * maps in branches), so a tx's ante checks and handlers stay straight-line code. Ordered
 * iteration is async because LevelDB iterators are.
 *
 * Keys are whole store keys: a module's prefix followed by the module's own key
 * (see `prefixStore`). Values are protobuf encodings of the module's types.
 */
export interface IterateOptions {
  /** Inclusive lower bound. */
  gte?: Uint8Array;
  /** Exclusive upper bound. */
  lt?: Uint8Array;
  reverse?: boolean;
  limit?: number;
}

export interface KVReader {
  get(key: Uint8Array): Uint8Array | undefined;
  has(key: Uint8Array): boolean;
  /** Entries in ascending byte order of key (descending with `reverse`). */
  iterate(opts?: IterateOptions): AsyncIterable<[Uint8Array, Uint8Array]>;
}

export interface KVStore extends KVReader {
  set(key: Uint8Array, value: Uint8Array): void;
  delete(key: Uint8Array): void;
}

/** One change in a changeset: a value, or `undefined` for a deletion. */
export interface KVChange {
  key: Uint8Array;
  value: Uint8Array | undefined;
}

/**
 * A write cache over a parent. Nothing reaches the parent until `write()`; dropping the
 * branch discards its writes. A tx runs on a branch of the block branch, which is written
 * back only when the tx succeeds.
 */
export interface Branch extends KVStore {
  /** Applies this branch's writes to its parent (in key order). */
  write(): void;
  /** The pending writes, sorted by key. */
  changes(): KVChange[];
  /** A child branch over this one. */
  branch(): Branch;
}
