import { ClassicLevel } from "classic-level";
import { sdkErrors } from "../errors.ts";
import { bytesToMapKey, compareBytes, concatBytes, concatList, plainBytes, prefixEnd, readU64be, toHex, u64be } from "./bytes.ts";
import { Doorkeeper, LruCache } from "./lruCache.ts";
import { MemBranch } from "./memBranch.ts";
import { EMPTY_HASH, hashBytes } from "./smt/hash.ts";
import { decodeNode, encodedNodeSize, encodeNodeInto, MEMO_DEPTH, nodeKey, nodeKeyDepth, splitNodeKeys, type ChildRef, type NodeLoader, type TreeNode } from "./smt/node.ts";
import { allLeaves, getFromTree, proveInTree, type TreeRoot } from "./smt/read.ts";
import { verifiedLeaves } from "./smt/verify.ts";
import { updateTree, type KeyedChange } from "./smt/update.ts";
import type { Branch, IterateOptions, KVChange, KVReader } from "./types.ts";

// LevelDB layout (one database, one byte-prefix per record kind).
// n/ ‖ version(8) ‖ depth(2) ‖ path → tree node (see smt/node.ts nodeKey)
// One record per version rather than one per node: halves the records a commit writes.
const STALE = new TextEncoder().encode("s/"); // s/ ‖ staleSince(8) → the node keys it replaced, concatenated
const LATEST = new TextEncoder().encode("l/"); // l/ ‖ key → value at the latest version
const ROOT = new TextEncoder().encode("r/"); // r/ ‖ version(8) → root hash(32) ‖ root node version(8), "" when empty
const META_LATEST = new TextEncoder().encode("m/latest"); // → latest version(8)
const NOTHING = new Uint8Array(0);

export interface CommitStoreOptions {
  /** Versions kept readable (the latest included); older ones are pruned. 0 keeps all. Default 100. */
  keepRecent?: number;
  /** Decoded tree nodes kept in memory. Default 200,000 (roughly 60 MB). */
  nodeCacheSize?: number;
  /** Latest values (and absences) kept in memory for `committed()` reads. Default 100,000 (roughly 30 MB). */
  valueCacheSize?: number;
  /**
   * LevelDB's block cache (uncompressed table blocks), in bytes. Default 128 MiB (LevelDB's own
   * default is 8 MiB). Filled only as blocks are read, so a small state costs only its own size.
   */
  blockCacheBytes?: number;
}

/**
 * Measured (CPU time, uniform getSync of `l/` over 1M keys, loaded 2-core VM): 8 MiB 76–107k/s,
 * 64 MiB 160–203k/s, 128 MiB 150–223k/s, 256 MiB 148–232k/s; the `l/` records of 1M keys fit
 * in ~64 MiB, the rest holds tree nodes.
 */
const DEFAULT_BLOCK_CACHE_BYTES = 128 * 1024 * 1024;

/** Larger values are not cached: copying them out costs what the cache would save, and they would crowd memory. */
const MAX_CACHED_VALUE = 16 * 1024;
/** A cached absence: `committed().get` found no value (LruCache treats undefined as a miss). */
const ABSENT = null;

/** The store's files do not hold a whole, self-consistent latest version. */
export class StoreIntegrityError extends Error {
  override readonly name = "StoreIntegrityError";
}

/** The result of `stage()`: the next version's root, computed but not persisted. */
export class StagedCommit {
  /** @internal */
  constructor(
    readonly version: bigint,
    readonly rootHash: Uint8Array,
    /** The committed version this was computed on; commit() refuses it on any other. */
    readonly baseVersion: bigint,
    /** @internal */ readonly owner: CommitStore,
    /** @internal */ readonly root: ChildRef | undefined,
    /** @internal */ readonly rootNode: TreeNode | undefined,
    /** @internal */ readonly newNodes: { key: Uint8Array; node: TreeNode }[],
    /** @internal */ readonly stale: Uint8Array[],
    /** @internal */ readonly changes: KVChange[],
  ) {}
}

/**
 * Tributary's versioned, authenticated store: a sparse Merkle tree (see smt/) whose root is the
 * app hash, plus flat latest values for fast reads. Each commit is one atomic LevelDB batch.
 */
export class CommitStore {
  private readonly cache: LruCache<string, TreeNode>;
  /**
   * Latest committed values by key (ABSENT for none), read through by `committed()` and kept
   * exact by `commit()`, which sets every key it writes. Values are copied in and out, so no
   * caller can change what the next reader gets.
   */
  private readonly values: LruCache<string, Uint8Array | typeof ABSENT>;
  /** Which read misses enter `values`: only keys read twice within a window (see Doorkeeper). */
  private readonly admit: Doorkeeper;
  private readonly load: NodeLoader = (version, pathSource, depth, hash) => this.loadNode(version, pathSource, depth, hash);
  /** The latest root, decoded, with the children memoised below it (see InternalNode.memo). */
  private rootNode: TreeNode | undefined;

  private constructor(
    private readonly db: ClassicLevel<Uint8Array, Uint8Array>,
    private readonly keepRecent: bigint,
    nodeCacheSize: number,
    valueCacheSize: number,
    private latest: bigint,
    private root: ChildRef | undefined,
    private earliest: bigint,
  ) {
    this.cache = new LruCache(nodeCacheSize);
    this.values = new LruCache(valueCacheSize);
    this.admit = new Doorkeeper(Math.max(1, valueCacheSize));
  }

  static async open(path: string, opts: CommitStoreOptions = {}): Promise<CommitStore> {
    const keepRecent = opts.keepRecent ?? 100;
    if (!Number.isSafeInteger(keepRecent) || keepRecent < 0) throw new Error(`keepRecent must be a non-negative integer, got ${keepRecent}`);
    const cacheSize = opts.blockCacheBytes ?? DEFAULT_BLOCK_CACHE_BYTES;
    if (!Number.isSafeInteger(cacheSize) || cacheSize < 0 || cacheSize > 0xffff_ffff) throw new Error(`blockCacheBytes must be an integer from 0 to 4 GiB - 1, got ${cacheSize}`);
    const db = new ClassicLevel<Uint8Array, Uint8Array>(path, { keyEncoding: "view", valueEncoding: "view", cacheSize });
    await db.open();
    const latestBytes = db.getSync(META_LATEST);
    const latest = latestBytes ? readU64be(latestBytes) : 0n;
    let root: ChildRef | undefined;
    let earliest = 0n;
    if (latest > 0n) {
      const record = db.getSync(concatBytes(ROOT, u64be(latest)));
      if (record === undefined) throw new Error(`corrupt store at ${path}: no root record for latest version ${latest}`);
      root = decodeRootRecord(record);
      for await (const k of db.keys({ gte: ROOT, lt: prefixEnd(ROOT), limit: 1 })) earliest = readU64be(k, ROOT.length);
    }
    return new CommitStore(db, BigInt(keepRecent), opts.nodeCacheSize ?? 200_000, opts.valueCacheSize ?? 100_000, latest, root, earliest);
  }

  /** The last committed version (0n when nothing was committed). */
  get version(): bigint {
    return this.latest;
  }

  /** The app hash of the last committed version (32 zero bytes for an empty store). */
  get rootHash(): Uint8Array {
    return Uint8Array.from(this.root?.hash ?? EMPTY_HASH);
  }

  /** The oldest version still readable through `at()` (0n when nothing was committed). */
  get earliestVersion(): bigint {
    return this.earliest;
  }

  /**
   * The latest committed state.
   * PERF: get = a value-cache lookup, else one LevelDB getSync (≈ 8 µs CPU at 1M keys);
   * iterate = a LevelDB range scan.
   */
  committed(): KVReader {
    return {
      get: (key) => {
        const value = this.getLatest(key);
        return value === undefined ? undefined : value.slice();
      },
      has: (key) => this.getLatest(key) !== undefined,
      iterate: (opts) => this.iterateLatest(opts ?? {}),
    };
  }

  /** The latest value of `key`, through the value cache; the result must not escape uncopied. */
  private getLatest(key: Uint8Array): Uint8Array | undefined {
    const mapKey = bytesToMapKey(key);
    const cached = this.values.get(mapKey);
    if (cached !== undefined) return cached ?? undefined;
    const stored = this.db.getSync(concatBytes(LATEST, key));
    const value = stored === undefined ? undefined : plainBytes(stored);
    // A key read once stays out: uniform reads over a state far larger than the cache otherwise
    // replace its entries on nearly every read. Measured (CPU time, 200k uniform reads over 1M
    // keys, 4 passes, two runs each, loaded VM): 110–143k/s -> 130–159k/s, GC and cache upkeep
    // ~3x smaller in a profile; getSync is then ~3/4 of the time.
    if ((value === undefined || value.length <= MAX_CACHED_VALUE) && this.admit.seenBefore(mapKey)) this.values.set(mapKey, value ?? ABSENT);
    return value;
  }

  /** Makes the value cache say what `commit()` just wrote (reads during its write may have cached older values). */
  private cacheCommitted(changes: KVChange[]): void {
    for (const c of changes) {
      const mapKey = bytesToMapKey(c.key);
      if (c.value === undefined) this.values.set(mapKey, ABSENT);
      else if (c.value.length <= MAX_CACHED_VALUE) this.values.set(mapKey, c.value.slice());
      else this.values.delete(mapKey);
    }
  }

  branch(): Branch {
    return new MemBranch(this.committed());
  }

  /**
   * Computes the root of `version` = the latest committed state + `changes`, persisting nothing
   * and leaving every reader's view unchanged. Staging the same version again is safe.
   * PERF: O(K log K) sort + O(K · depth) hashing and node loads for K changes.
   */
  stage(changes: KVChange[], version: bigint): StagedCommit {
    if (version <= this.latest) {
      throw new Error(`cannot stage version ${version}: it must be above the last committed version ${this.latest}`);
    }
    const unique = dedupeLastWins(changes);
    const keyed: KeyedChange[] = unique.map((c) => ({ keyHash: hashBytes(c.key), key: c.key, value: c.value }));
    keyed.sort((a, b) => compareBytes(a.keyHash, b.keyHash));
    const update = updateTree(this.load, this.root, this.rootNode, keyed, version);
    const rootHash = Uint8Array.from(update.root?.hash ?? EMPTY_HASH);
    return new StagedCommit(version, rootHash, this.latest, this, update.root, update.rootNode, update.newNodes, update.stale, unique);
  }

  /**
   * Persists a staged version in one atomic batch: new tree nodes, stale-node index, flat
   * values, root record, latest version, and the deletions of pruned versions.
   * PERF: O(K · depth) writes for K changes, plus the nodes that fall out of the kept window.
   */
  async commit(staged: StagedCommit): Promise<void> {
    if (staged.owner !== this) throw new Error("cannot commit a StagedCommit made by another store");
    if (staged.baseVersion !== this.latest) {
      throw new Error(`cannot commit version ${staged.version}: it was staged on version ${staged.baseVersion} but the store is now at ${this.latest}; stage it again`);
    }
    const v = staged.version;
    const pruneTo = this.keepRecent > 0n && v - this.keepRecent + 1n > 0n ? v - this.keepRecent + 1n : undefined;
    const batch = this.db.batch();
    putNodes(batch, staged.newNodes);
    const pruned: Uint8Array[] = [];
    // Replaced now, so only versions < v need them: with a window that starts at v they are garbage already.
    if (pruneTo !== undefined && v <= pruneTo) for (const key of staged.stale) pruned.push(key);
    else if (staged.stale.length > 0) batch.put(concatBytes(STALE, u64be(v)), concatList(staged.stale));
    for (const c of staged.changes) {
      if (c.value === undefined) batch.del(concatBytes(LATEST, c.key));
      else batch.put(concatBytes(LATEST, c.key), c.value);
    }
    batch.put(concatBytes(ROOT, u64be(v)), encodeRootRecord(staged.root));
    batch.put(META_LATEST, u64be(v));
    if (pruneTo !== undefined) await this.collectPrunable(pruneTo, batch, pruned);
    for (const key of pruned) batch.del(key);
    await batch.write();

    this.latest = v;
    this.cacheCommitted(staged.changes);
    this.root = staged.root;
    this.rootNode = staged.rootNode;
    if (this.earliest === 0n || (pruneTo !== undefined && pruneTo > this.earliest)) this.earliest = pruneTo ?? v;
    for (const key of pruned) this.cache.delete(bytesToMapKey(key));
    // Replaced nodes are off the latest tree (only at() of a past version reads them, from disk if
    // need be): dropping them keeps the cache for live nodes. A block writes ~3 new internal nodes
    // per changed key, so otherwise replaced ones crowd live ones out and stage() re-reads those
    // from LevelDB (measured at 100k keys: ~35k getSync per 15,000-key block).
    for (const key of staged.stale) this.cache.delete(bytesToMapKey(key));
    // Internal nodes only: a new leaf is re-read only when a later block touches a key next to it.
    // Nor those down to MEMO_DEPTH: each is memoised in its new parent (join), reached from rootNode.
    for (const { key, node } of staged.newNodes) {
      if (node.kind === "internal" && nodeKeyDepth(key) > MEMO_DEPTH) this.cache.set(bytesToMapKey(key), node);
    }
  }

  /** Point reads at a retained version, through the tree. Iteration only at the latest version. */
  at(version: bigint): KVReader {
    const root = this.rootAt(version);
    const latest = version === this.latest;
    return {
      get: (key) => getFromTree(this.load, root, key),
      has: (key) => getFromTree(this.load, root, key) !== undefined,
      iterate: (opts) => {
        if (!latest) throw sdkErrors.notSupported.wrap(`iteration at past version ${version} (latest is ${this.latest}); only point reads are available there`);
        return this.iterateLatest(opts ?? {});
      },
    };
  }

  /**
   * A reader over the whole state at a retained version, iteration included: the tree's leaves
   * are collected and sorted once (they hold each key and value). Point reads at past versions
   * are what `at()` is for; this is for `genesis export --height`.
   * PERF: O(entries at `version`) node loads and memory.
   */
  snapshotAt(version: bigint): KVReader {
    if (version === this.latest) return this.committed();
    const entries: [Uint8Array, Uint8Array][] = [];
    for (const leaf of allLeaves(this.load, this.rootAt(version))) entries.push([leaf.key, leaf.value]);
    entries.sort((a, b) => compareBytes(a[0], b[0]));
    return sortedEntriesReader(entries);
  }

  /** The value of `key` at `version` and an encoded `tributary.store.v1.SmtProof` against that version's root. */
  getWithProof(key: Uint8Array, version: bigint): { value: Uint8Array | undefined; proof: Uint8Array } {
    return proveInTree(this.load, this.rootAt(version), key);
  }

  /**
   * Checks that the latest version is whole: every tree node down from the root record hashes
   * to what its parent recorded (smt/verify.ts), and the flat latest values (`l/`, what queries
   * and the next block read) are exactly the tree's leaves. Throws a StoreIntegrityError naming
   * the first difference. For start-up after a crash or a damaged file: LevelDB can drop a
   * damaged write from the middle of its log and keep the later ones.
   * PERF: O(keys) node loads, hashes and point reads, plus one scan of `l/`.
   */
  async verifyLatest(): Promise<{ version: bigint; keys: number }> {
    let keys = 0;
    try {
      for (const leaf of verifiedLeaves(this.load, this.root)) {
        const flat = this.db.getSync(concatBytes(LATEST, leaf.key));
        if (flat === undefined) throw new Error(`key ${toHex(leaf.key)} is in the tree but has no latest value`);
        if (compareBytes(plainBytes(flat), leaf.value) !== 0) throw new Error(`the latest value of key ${toHex(leaf.key)} differs from the tree's`);
        keys++;
      }
    } catch (e) {
      throw new StoreIntegrityError(`version ${this.latest} does not match its root ${toHex(this.rootHash)}: ${(e as Error).message}`);
    }
    let flat = 0;
    for await (const _ of this.db.keys({ gte: LATEST, lt: prefixEnd(LATEST) })) flat++;
    if (flat !== keys) throw new StoreIntegrityError(`version ${this.latest} holds ${flat} latest values but its tree has ${keys} keys`);
    return { version: this.latest, keys };
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  private rootAt(version: bigint): TreeRoot {
    if (version === this.latest) return { ref: this.root, node: this.rootNode };
    if (version > this.latest) throw sdkErrors.invalidRequest.wrap(`version ${version} is in the future; the latest committed version is ${this.latest}`);
    if (version < this.earliest) {
      throw sdkErrors.invalidRequest.wrap(`version ${version} has been pruned; the earliest retained version is ${this.earliest} (keeping the last ${this.keepRecent})`);
    }
    const record = this.db.getSync(concatBytes(ROOT, u64be(version)));
    if (record === undefined) throw sdkErrors.invalidRequest.wrap(`version ${version} was never committed (retained versions are ${this.earliest}..${this.latest})`);
    return { ref: decodeRootRecord(record) };
  }

  private loadNode(version: bigint, pathSource: Uint8Array, depth: number, hash: Uint8Array): TreeNode {
    const key = nodeKey(version, pathSource, depth);
    const cacheKey = bytesToMapKey(key);
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const bytes = this.db.getSync(key);
    if (bytes === undefined) throw new Error(`store tree node missing (version ${version}, depth ${depth}): pruned or corrupt store`);
    const node = decodeNode(plainBytes(bytes), hash);
    this.cache.set(cacheKey, node);
    return node;
  }

  /** Adds to `batch` the deletion of stale lists up to `pruneTo` and of root records below it; collects their nodes. */
  private async collectPrunable(pruneTo: bigint, batch: ReturnType<typeof this.db.batch>, pruned: Uint8Array[]): Promise<void> {
    const staleEnd = concatBytes(STALE, u64be(pruneTo + 1n));
    for await (const [k, list] of this.db.iterator({ gte: STALE, lt: staleEnd })) {
      batch.del(k);
      for (const key of splitNodeKeys(list)) pruned.push(key);
    }
    for await (const k of this.db.keys({ gte: ROOT, lt: concatBytes(ROOT, u64be(pruneTo)) })) batch.del(k);
  }

  private async *iterateLatest(opts: IterateOptions): AsyncIterable<[Uint8Array, Uint8Array]> {
    const gte = concatBytes(LATEST, opts.gte ?? NOTHING);
    const lt = opts.lt ? concatBytes(LATEST, opts.lt) : prefixEnd(LATEST);
    const it = this.db.iterator({ gte, lt, reverse: opts.reverse ?? false, limit: opts.limit ?? -1 });
    for await (const [k, v] of it) yield [plainBytes(k).subarray(LATEST.length), plainBytes(v)];
  }
}

/**
 * Adds every new node to `batch`, all encoded into one buffer (LevelDB copies each value into
 * the batch, so views of one buffer are safe and spare an off-heap allocation per node).
 * PERF: O(total encoded size); one allocation.
 */
function putNodes(batch: { put(key: Uint8Array, value: Uint8Array): unknown }, nodes: readonly { key: Uint8Array; node: TreeNode }[]): void {
  let size = 0;
  for (const { node } of nodes) size += encodedNodeSize(node);
  const slab = new Uint8Array(size);
  let offset = 0;
  for (const { key, node } of nodes) {
    const end = encodeNodeInto(node, slab, offset);
    batch.put(key, slab.subarray(offset, end));
    offset = end;
  }
}

function encodeRootRecord(root: ChildRef | undefined): Uint8Array {
  return root ? concatBytes(root.hash, u64be(root.version)) : NOTHING;
}

function decodeRootRecord(record: Uint8Array): ChildRef | undefined {
  return record.length === 0 ? undefined : { hash: record.slice(0, 32), version: readU64be(record, 32) };
}

/** A read-only view of entries sorted by key. PERF: get = O(log n); iterate = O(log n + entries yielded). */
function sortedEntriesReader(entries: [Uint8Array, Uint8Array][]): KVReader {
  /** Index of the first entry whose key is ≥ `key`. */
  const lowerBound = (key: Uint8Array): number => {
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareBytes(entries[mid]![0], key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const get = (key: Uint8Array): Uint8Array | undefined => {
    const i = lowerBound(key);
    const entry = entries[i];
    return entry !== undefined && compareBytes(entry[0], key) === 0 ? entry[1] : undefined;
  };
  return {
    get,
    has: (key) => get(key) !== undefined,
    async *iterate(opts: IterateOptions = {}) {
      const from = opts.gte ? lowerBound(opts.gte) : 0;
      const to = opts.lt ? lowerBound(opts.lt) : entries.length;
      const limit = opts.limit === undefined || opts.limit < 0 ? Infinity : opts.limit;
      let yielded = 0;
      for (let i = opts.reverse ? to - 1 : from; opts.reverse ? i >= from : i < to; i += opts.reverse ? -1 : 1) {
        if (yielded++ >= limit) return;
        yield entries[i]!;
      }
    },
  };
}

/** One change per key, the last one winning, in first-appearance order. */
function dedupeLastWins(changes: KVChange[]): KVChange[] {
  const byKey = new Map<string, KVChange>();
  for (const c of changes) byKey.set(bytesToMapKey(c.key), c);
  return byKey.size === changes.length ? changes : [...byKey.values()];
}
