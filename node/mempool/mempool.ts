/**
 * The mempool: txs that passed CheckTx, ordered by fee per gas (then arrival), bounded by count
 * and bytes, with CometBFT's error texts for refusals. Committed txs leave through `update`,
 * which rechecks the rest against the new state.
 */
import { toHex } from "@cosmjs/encoding";
import { sha256 } from "@noble/hashes/sha2.js";
import { CheckTxType, type ResponseCheckTx } from "cosmjs-types/tendermint/abci/types";
import type { AbciApp } from "../../chain/abci.ts";
import { MempoolError } from "./errors.ts";
import { TxCache } from "./cache.ts";
import { comparePriority, feePerGasOf, type FeePerGas } from "./priority.ts";
import { type TxEnvelope, decodeEnvelope } from "./envelope.ts";
import { senderOf, senderOrdered } from "./senderOrder.ts";

export interface MempoolConfig {
  /** Max number of txs held. */
  size: number;
  /** Max total bytes held. */
  max_txs_bytes: number;
  /** Largest single tx. */
  max_tx_bytes: number;
  /** Recently seen hashes remembered to refuse replays. */
  cache_size: number;
}

export const DEFAULT_MEMPOOL_CONFIG: MempoolConfig = {
  size: 5000,
  max_txs_bytes: 1_073_741_824,
  max_tx_bytes: 1_048_576,
  cache_size: 10_000,
};

/**
 * Work done before CheckTx that may only make it cheaper, never change its answer (the
 * signature pre-verification of node/sigverify). Must not throw.
 */
export interface TxPreVerifier {
  /** `envelope`: the tx's TxRaw and AuthInfo, decoded once by the mempool (undefined: they do not decode). */
  preverify(tx: Uint8Array, hash: Uint8Array, envelope: TxEnvelope | undefined): Promise<void>;
}

interface MempoolTx {
  tx: Uint8Array;
  key: string;
  priority: FeePerGas;
  arrival: number;
  gasWanted: bigint;
  /** The fee payer's public key (senderOrder.ts), undefined when the tx carries none. */
  sender: string | undefined;
}

export class Mempool {
  /** Highest priority first; equal priorities in arrival order. */
  private ordered: MempoolTx[] = [];
  private readonly byKey = new Map<string, MempoolTx>();
  private readonly cache: TxCache;
  private bytes = 0;
  private arrivals = 0;
  private waiters: (() => void)[] = [];
  /** Closed from the app's Commit until the recheck ends (see `lock`). */
  private gate: { closed: Promise<void>; open: () => void } | undefined;
  private preverifier: TxPreVerifier | undefined;
  /** Settles when the last admitted-in-order CheckTx has run (see `checkTx`). */
  private lastTurn: Promise<void> = Promise.resolve();

  constructor(
    private readonly app: Pick<AbciApp, "checkTx">,
    private readonly config: MempoolConfig = DEFAULT_MEMPOOL_CONFIG,
  ) {
    this.cache = new TxCache(config.cache_size);
  }

  size(): number {
    return this.ordered.length;
  }

  totalBytes(): number {
    return this.bytes;
  }

  /** Up to `limit` txs, highest priority first (limit < 0: all). */
  txs(limit = -1): Uint8Array[] {
    const slice = limit < 0 ? this.ordered : this.ordered.slice(0, limit);
    return slice.map((m) => m.tx);
  }

  has(hash: Uint8Array): boolean {
    return this.byKey.has(toHex(hash));
  }

  /** Resolves once the mempool holds at least one tx. */
  whenNotEmpty(): Promise<void> {
    if (this.ordered.length > 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Pre-verification before each CheckTx (undefined: none). */
  setPreVerifier(preverifier: TxPreVerifier | undefined): void {
    this.preverifier = preverifier;
  }

  /**
   * Holds new CheckTx calls from just before the app's Commit until `update` has rechecked the
   * pool, as CometBFT's mempool lock does. Without it a tx checked against the fresh check state
   * would be rechecked against the same state, fail its own sequence and be silently dropped.
   */
  lock(): void {
    if (this.gate) return;
    let open!: () => void;
    const closed = new Promise<void>((resolve) => (open = resolve));
    this.gate = { closed, open };
  }

  unlock(): void {
    const gate = this.gate;
    this.gate = undefined;
    gate?.open();
  }

  /**
   * Runs CheckTx (NEW) and admits the tx on code 0. Throws MempoolError for mempool refusals.
   * With a pre-verifier, the signature check runs first (off the main thread) and CheckTx then
   * finds it in the app's signature cache.
   * PERF: grows with the CheckTx cost + log(mempool size) for the ordered insert.
   */
  async checkTx(tx: Uint8Array): Promise<ResponseCheckTx> {
    if (tx.length > this.config.max_tx_bytes) {
      throw new MempoolError("TX_TOO_LARGE", `tx too large. Max size is ${this.config.max_tx_bytes}, but got ${tx.length}`);
    }
    if (this.gate) await this.unlocked();
    this.refuseIfFull(tx.length);
    const hash = sha256(tx);
    const key = toHex(hash);
    if (!this.cache.push(key) || this.byKey.has(key)) throw new MempoolError("TX_IN_CACHE", "tx already exists in cache");
    // CheckTx runs in arrival order even when pre-verifications finish out of order, so a
    // sender's sequence k+1 sent right behind k is not checked first and refused.
    const previous = this.lastTurn;
    let done!: () => void;
    this.lastTurn = new Promise<void>((resolve) => (done = resolve));
    const envelope = decodeEnvelope(tx);
    let response: ResponseCheckTx;
    try {
      if (this.preverifier) await this.preverifier.preverify(tx, hash, envelope).catch(() => undefined);
      await previous;
      // A block may have committed while the signature was checked: wait for its recheck.
      if (this.gate) await this.unlocked();
      response = await this.app.checkTx({ tx, type: CheckTxType.NEW });
    } catch (err) {
      this.cache.remove(key);
      throw err;
    } finally {
      done();
    }
    if (response.code !== 0) {
      this.cache.remove(key);
      return response;
    }
    // The pool may have filled while CheckTx ran.
    this.refuseIfFull(tx.length, key);
    this.insert({ tx, key, priority: feePerGasOf(envelope), arrival: this.arrivals++, gasWanted: response.gasWanted, sender: senderOf(envelope) });
    return response;
  }

  private async unlocked(): Promise<void> {
    while (this.gate) await this.gate.closed;
  }

  private refuseIfFull(txBytes: number, cacheKeyToForget?: string): void {
    const count = this.ordered.length;
    if (count >= this.config.size || this.bytes + txBytes > this.config.max_txs_bytes) {
      if (cacheKeyToForget) this.cache.remove(cacheKeyToForget);
      throw new MempoolError(
        "MEMPOOL_FULL",
        `mempool is full: number of txs ${count} (max: ${this.config.size}), total txs bytes ${this.bytes} (max: ${this.config.max_txs_bytes})`,
      );
    }
  }

  private insert(entry: MempoolTx): void {
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.ordered[mid];
      if (other && comparePriority(other.priority, entry.priority) >= 0) lo = mid + 1;
      else hi = mid;
    }
    this.ordered.splice(lo, 0, entry);
    this.byKey.set(entry.key, entry);
    this.bytes += entry.tx.length;
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /**
   * Txs for a proposal, by priority but each sender's in admission (sequence) order (see
   * senderOrder.ts), while they fit in `maxBytes` (proto-encoded size, as CometBFT counts it)
   * and `maxGas` (sum of CheckTx gas_wanted); -1 means no limit.
   * PERF: grows with the number of txs reaped (n log n when senders have several txs waiting).
   */
  reap(maxBytes: number, maxGas: bigint): Uint8Array[] {
    const out: Uint8Array[] = [];
    let bytes = 0;
    let gas = 0n;
    for (const entry of senderOrdered(this.ordered)) {
      const size = protoTxSize(entry.tx.length);
      if (maxBytes > -1 && bytes + size > maxBytes) break;
      if (maxGas > -1n && gas + entry.gasWanted > maxGas) break;
      bytes += size;
      gas += entry.gasWanted;
      out.push(entry.tx);
    }
    return out;
  }

  /**
   * After a block: drops its txs (keeping them in the cache so replays are refused), then
   * rechecks the rest with CheckTx RECHECK and drops those that now fail. The recheck rebuilds
   * the app's check state (reset at Commit) with the remaining txs' fees and sequence
   * increments, so it replays them in the order CheckTx admitted them: in priority order a
   * sender's sequence k+1 paying more than k would be checked first and wrongly dropped. Their
   * signatures are cache hits (verified at admission), so each recheck is the stateful ante only.
   * `hashes`: sha256 of each committed tx when the caller has them (the block builder does).
   * PERF: grows with committed txs (a hex key and a cache refresh each) + the pool size (one
   * pass to drop them) + one CheckTx (without signature check) per remaining tx.
   */
  async update(committed: readonly Uint8Array[], hashes?: readonly Uint8Array[]): Promise<void> {
    if (hashes !== undefined && hashes.length !== committed.length) {
      throw new Error(`mempool update: ${hashes.length} hashes for ${committed.length} committed txs`);
    }
    const done: MempoolTx[] = [];
    for (let i = 0; i < committed.length; i++) {
      const key = hexKey(hashes?.[i] ?? sha256(committed[i]!));
      this.cache.push(key);
      const entry = this.byKey.get(key);
      if (entry) done.push(entry);
    }
    this.removeEntries(done);
    const failed = new Set<string>();
    const inArrivalOrder = [...this.ordered].sort((a, b) => a.arrival - b.arrival);
    for (const entry of inArrivalOrder) {
      const response = await this.app.checkTx({ tx: entry.tx, type: CheckTxType.RECHECK });
      if (response.code !== 0) {
        failed.add(entry.key);
        this.cache.remove(entry.key);
      } else {
        entry.gasWanted = response.gasWanted;
      }
    }
    this.removeAll(failed);
  }

  /** PERF: grows with the pool size (one filter pass), not with a lookup per entry. */
  private removeEntries(entries: readonly MempoolTx[]): void {
    if (entries.length === 0) return;
    const leaving = new Set<MempoolTx>();
    for (const entry of entries) {
      if (this.byKey.get(entry.key) !== entry) continue;
      this.byKey.delete(entry.key);
      this.bytes -= entry.tx.length;
      leaving.add(entry);
    }
    this.ordered = this.ordered.filter((e) => !leaving.has(e));
  }

  private removeAll(keys: ReadonlySet<string>): void {
    if (keys.size === 0) return;
    for (const key of keys) {
      const entry = this.byKey.get(key);
      if (!entry) continue;
      this.byKey.delete(key);
      this.bytes -= entry.tx.length;
    }
    this.ordered = this.ordered.filter((e) => !keys.has(e.key));
  }
}

/** The pool's key of a tx hash: lowercase hex, as `toHex` writes it (Buffer's hex is native). */
function hexKey(hash: Uint8Array): string {
  return Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength).toString("hex");
}

/** Bytes a tx takes in the block's Data proto: tag + length varint + payload. */
function protoTxSize(length: number): number {
  let varint = 1;
  for (let n = length; n >= 0x80; n = Math.floor(n / 0x80)) varint++;
  return 1 + varint + length;
}
