/**
 * broadcast_tx_commit's wait for its tx to be committed. All waiting requests of a backend share
 * one "Tx" listener and find themselves in a Map by hash, so a committed tx costs one lookup
 * however many requests wait (one listener per request made every tx of a block call each of
 * them: O(txs × waiting requests) per block).
 */
import type { IndexedTx, RpcBackend } from "./backend.ts";
import { hexUpper } from "./encodePrimitives.ts";

export interface TxWait {
  /** The tx's "Tx" event, or undefined after the timeout or cancel(). */
  done: Promise<IndexedTx | undefined>;
  cancel(): void;
}

class Waiter {
  private timer: NodeJS.Timeout | undefined;
  private resolve: (tx: IndexedTx | undefined) => void = () => undefined;
  readonly done: Promise<IndexedTx | undefined>;

  constructor(
    private readonly owner: TxWaiters,
    readonly hashHex: string,
    timeoutMs: number,
  ) {
    this.done = new Promise((resolve) => (this.resolve = resolve));
    this.timer = setTimeout(() => this.settle(undefined), timeoutMs);
  }

  settle(tx: IndexedTx | undefined): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.owner.remove(this);
    this.resolve(tx);
  }
}

export class TxWaiters {
  private readonly byHash = new Map<string, Waiter[]>();
  private listening = false;

  constructor(private readonly backend: RpcBackend) {}

  /** PERF: one hex encoding and one Map lookup per committed tx while any request waits; nothing otherwise. */
  private readonly onTx = (indexed: IndexedTx): void => {
    const waiting = this.byHash.get(hexUpper(indexed.hash));
    if (waiting === undefined) return;
    for (const waiter of [...waiting]) waiter.settle(indexed);
  };

  /** Starts listening for `hashHex` (uppercase hex); call before CheckTx so no commit is missed. */
  wait(hashHex: string, timeoutMs: number): TxWait {
    const waiter = new Waiter(this, hashHex, timeoutMs);
    const list = this.byHash.get(hashHex);
    if (list === undefined) this.byHash.set(hashHex, [waiter]);
    else list.push(waiter);
    if (!this.listening) {
      this.listening = true;
      this.backend.events.on("Tx", this.onTx);
    }
    return { done: waiter.done, cancel: () => waiter.settle(undefined) };
  }

  /** How many requests wait (for tests). */
  get size(): number {
    let n = 0;
    for (const list of this.byHash.values()) n += list.length;
    return n;
  }

  remove(waiter: Waiter): void {
    const list = this.byHash.get(waiter.hashHex);
    if (list === undefined) return;
    const i = list.indexOf(waiter);
    if (i !== -1) list.splice(i, 1);
    if (list.length === 0) this.byHash.delete(waiter.hashHex);
    if (this.byHash.size === 0 && this.listening) {
      this.listening = false;
      this.backend.events.off("Tx", this.onTx);
    }
  }
}

const perBackend = new WeakMap<RpcBackend, TxWaiters>();

/** The waiters of `backend` (one set per backend, shared by every RPC server on it). */
export function txWaitersOf(backend: RpcBackend): TxWaiters {
  let waiters = perBackend.get(backend);
  if (waiters === undefined) {
    waiters = new TxWaiters(backend);
    perBackend.set(backend, waiters);
  }
  return waiters;
}
