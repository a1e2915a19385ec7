/**
 * The channel between the pool (pool.ts, main thread) and one signature worker
 * (sigWorkerMain.ts): shared memory instead of a message per batch. Under RPC load a batch held
 * one or a few txs, and each `postMessage` cost the main thread tens of µs (serialising,
 * transferring, waking the worker, and the reply's message event), about as much as the
 * verification it moved away. Here a request is a copy of the tx into a SharedArrayBuffer
 * ring and one atomic store (plus a futex wake only when the worker sleeps); the answers are
 * one byte each in a shared array, collected by the main thread whenever it is woken
 * (`Atomics.waitAsync`), however many are ready by then.
 *
 * Layout (all counters wrap at 2^32; one writer each):
 * - `control` Int32Array: WRITE (bytes published by the main thread), READ (bytes the worker
 *   has consumed), DONE (txs answered), SLEEPING (1 while the worker waits), STOP.
 * - `data`: records back to back, each 8-byte aligned: u32 tx length, u32 signer count,
 *   u64 account number per signer, the tx bytes. A record never wraps: when it does not fit
 *   before the end, a WRAP marker sends the reader back to 0.
 * - `results`: one byte per tx (tx i at i mod size): 1 = every signature verified.
 */

const WRITE = 0;
const READ = 1;
const DONE = 2;
const SLEEPING = 3;
const STOP = 4;
const CONTROL_INTS = 8;
const WRAP = 0xffffffff;
const HEADER = 8;
// Node 20 has Atomics.waitAsync; the project's TypeScript lib (ES2022) does not declare it yet.
type WaitAsyncResult = { async: false; value: "not-equal" | "timed-out" } | { async: true; value: Promise<"ok" | "timed-out"> };
const waitAsync = (Atomics as unknown as { waitAsync(array: Int32Array, index: number, value: number): WaitAsyncResult }).waitAsync;
if (typeof waitAsync !== "function") throw new Error("Atomics.waitAsync is missing: the signature pool needs Node 16 or later");

/** While txs queue up, the worker wakes the main thread once per this many answers (≈ 0.6 ms of verification). */
const NOTIFY_EVERY = 16;
/** More signers than this are not checked here (the ante verifies them). */
export const MAX_SIGNERS = 255;

export interface RingBuffers {
  control: SharedArrayBuffer;
  data: SharedArrayBuffer;
  results: SharedArrayBuffer;
}

function isPowerOfTwo(n: number): boolean {
  return Number.isInteger(n) && n >= 8 && (n & (n - 1)) === 0;
}

const DEFAULT_DATA_BYTES = 1 << 20;
const DEFAULT_RESULT_SLOTS = 1 << 16;

/** Throws a RangeError unless both sizes are powers of two in range. */
export function checkRingSizes(dataBytes = DEFAULT_DATA_BYTES, resultSlots = DEFAULT_RESULT_SLOTS): void {
  if (!isPowerOfTwo(dataBytes) || dataBytes > 1 << 30) throw new RangeError(`ring size must be a power of two between 8 and 2^30 bytes, got ${dataBytes}`);
  if (!isPowerOfTwo(resultSlots)) throw new RangeError(`ring result slots must be a power of two ≥ 8, got ${resultSlots}`);
}

/** Shared memory for one worker: `dataBytes` of queued txs, `resultSlots` txs in flight (powers of two). */
export function createRing(dataBytes = DEFAULT_DATA_BYTES, resultSlots = DEFAULT_RESULT_SLOTS): RingBuffers {
  checkRingSizes(dataBytes, resultSlots);
  return { control: new SharedArrayBuffer(CONTROL_INTS * 4), data: new SharedArrayBuffer(dataBytes), results: new SharedArrayBuffer(resultSlots) };
}

function recordBytes(txLength: number, signers: number): number {
  return (HEADER + 8 * signers + txLength + 7) & ~7;
}

class RingViews {
  protected readonly control: Int32Array;
  protected readonly bytes: Uint8Array;
  protected readonly words: Uint32Array;
  protected readonly numbers: BigUint64Array;
  protected readonly results: Uint8Array;
  protected readonly mask: number;
  protected readonly resultMask: number;

  constructor(b: RingBuffers) {
    this.control = new Int32Array(b.control);
    this.bytes = new Uint8Array(b.data);
    this.words = new Uint32Array(b.data);
    this.numbers = new BigUint64Array(b.data);
    this.results = new Uint8Array(b.results);
    this.mask = this.bytes.length - 1;
    this.resultMask = this.results.length - 1;
  }
}

/** The main thread's side: publishes txs and reads their answers in the same order. */
export class RingWriter extends RingViews {
  private write = 0;
  private pushed = 0;
  private answered = 0;

  /** Whether a tx of this size and signer count can ever go through this ring. */
  accepts(txLength: number, signers: number): boolean {
    return signers > 0 && signers <= MAX_SIGNERS && recordBytes(txLength, signers) <= this.bytes.length / 2;
  }

  /** Txs published and not yet taken back. */
  get inflight(): number {
    return (this.pushed - this.answered) | 0;
  }

  /**
   * Copies the tx into the ring and wakes the worker if it sleeps; false when the ring is full
   * (nothing written). The caller checked `accepts`.
   * PERF: a copy of the tx, two atomic loads and a store; a futex wake only when the worker is idle.
   */
  tryPush(tx: Uint8Array, accountNumbers: readonly bigint[]): boolean {
    if (this.inflight >= this.results.length) return false;
    const size = recordBytes(tx.length, accountNumbers.length);
    const capacity = this.bytes.length;
    let pos = this.write & this.mask;
    const pad = size > capacity - pos ? capacity - pos : 0;
    const used = (this.write - Atomics.load(this.control, READ)) >>> 0;
    if (used + pad + size > capacity) return false;
    if (pad > 0) {
      this.words[pos >> 2] = WRAP;
      pos = 0;
    }
    this.words[pos >> 2] = tx.length;
    this.words[(pos >> 2) + 1] = accountNumbers.length;
    const first = (pos >> 3) + 1;
    for (let i = 0; i < accountNumbers.length; i++) this.numbers[first + i] = accountNumbers[i]!;
    this.bytes.set(tx, pos + HEADER + 8 * accountNumbers.length);
    this.write = (this.write + pad + size) | 0;
    // The sequentially consistent store publishes the plain writes above to the worker.
    Atomics.store(this.control, WRITE, this.write);
    this.pushed = (this.pushed + 1) | 0;
    if (Atomics.load(this.control, SLEEPING) === 1) Atomics.notify(this.control, WRITE, 1);
    return true;
  }

  /** Answers ready to take. PERF: one atomic load. */
  ready(): number {
    return (Atomics.load(this.control, DONE) - this.answered) | 0;
  }

  /** The next tx's answer (in push order); only after `ready()` said it is there. */
  take(): boolean {
    const ok = this.results[this.answered & this.resultMask] === 1;
    this.answered = (this.answered + 1) | 0;
    return ok;
  }

  /**
   * Resolves once the worker has answered past what was taken; undefined when answers are
   * already there. Does not keep the event loop alive (the pool refs the worker for that).
   */
  whenAnswered(): Promise<unknown> | undefined {
    const r = waitAsync(this.control, DONE, this.answered);
    return r.async ? r.value : undefined;
  }

  /** Releases a pending `whenAnswered` (the worker is gone). */
  release(): void {
    Atomics.notify(this.control, DONE);
  }

  /** Asks the worker to leave its loop. */
  stop(): void {
    Atomics.store(this.control, STOP, 1);
    Atomics.notify(this.control, WRITE);
  }
}

/** The worker's side: takes txs in order and answers each. */
export class RingReader extends RingViews {
  /**
   * Blocks the calling (worker) thread: answers every tx with `verify`, sleeping while the ring
   * is empty, until `stop()`. The tx handed to `verify` is a private copy.
   * PERF: per tx a copy out of the ring, `verify`, three atomic stores and a notify (a wake of
   * the main thread only when it waits for answers).
   */
  run(verify: (tx: Uint8Array, accountNumbers: bigint[]) => boolean): void {
    const capacity = this.bytes.length;
    let read = Atomics.load(this.control, READ);
    let done = Atomics.load(this.control, DONE);
    let unnotified = 0;
    while (Atomics.load(this.control, STOP) === 0) {
      if (Atomics.load(this.control, WRITE) === read) {
        Atomics.store(this.control, SLEEPING, 1);
        // Checked again after announcing the sleep: a push in between either is seen here or
        // sees SLEEPING and wakes us (and `wait` returns at once if WRITE moved meanwhile).
        if (Atomics.load(this.control, WRITE) === read && Atomics.load(this.control, STOP) === 0) Atomics.wait(this.control, WRITE, read);
        Atomics.store(this.control, SLEEPING, 0);
        continue;
      }
      const pos = read & this.mask;
      const length = this.words[pos >> 2]!;
      if (length === WRAP) {
        read = (read + capacity - pos) | 0;
        Atomics.store(this.control, READ, read);
        continue;
      }
      const signers = this.words[(pos >> 2) + 1]!;
      const first = (pos >> 3) + 1;
      const accountNumbers = Array.from(this.numbers.subarray(first, first + signers));
      const start = pos + HEADER + 8 * signers;
      const tx = this.bytes.slice(start, start + length);
      // The record is copied out: its space is free for the main thread while we verify.
      read = (read + recordBytes(length, signers)) | 0;
      Atomics.store(this.control, READ, read);
      let ok: boolean;
      try {
        ok = verify(tx, accountNumbers);
      } catch {
        ok = false;
      }
      this.results[done & this.resultMask] = ok ? 1 : 0;
      done = (done + 1) | 0;
      Atomics.store(this.control, DONE, done);
      // The main thread is woken when the ring is empty (an answer it may be waiting on now) or
      // every NOTIFY_EVERY answers of a backlog, not once per tx: each wake costs it a task.
      if (++unnotified >= NOTIFY_EVERY || Atomics.load(this.control, WRITE) === read) {
        Atomics.notify(this.control, DONE);
        unnotified = 0;
      }
    }
  }
}
