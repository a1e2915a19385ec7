/**
 * Messages between the pool (pool.ts) and its worker threads (sigWorkerMain.ts). A batch is
 * packed into three typed arrays whose buffers are transferred, not cloned: cloning a tx that
 * is a view into a larger buffer (a pooled Buffer from the RPC's base64 decode) would copy the
 * whole buffer, and one array per tx costs a clone each.
 */

export interface VerifyBatch {
  id: number;
  chainId: string;
  /** The txs, back to back. */
  data: Uint8Array;
  /** End offset of tx i in `data`. */
  ends: Uint32Array;
  /** Number of signers of tx i. */
  signerCounts: Uint8Array;
  /** The signers' account numbers, tx after tx. */
  accountNumbers: BigUint64Array;
}

/** One byte per tx of the batch, in order: 1 = every signature verified, 0 = not verified here. */
export interface VerifyReply {
  id: number;
  verified: Uint8Array;
}

/** What a worker is started with. */
export interface SigWorkerData {
  /** Test only: the worker exits on its first batch without replying (a crash mid-batch). */
  exitOnFirstBatch?: boolean;
}

export interface BatchItem {
  tx: Uint8Array;
  accountNumbers: readonly bigint[];
}

/** PERF: one copy of every tx into one buffer. */
export function packBatch(id: number, chainId: string, items: readonly BatchItem[]): VerifyBatch {
  let bytes = 0;
  let signers = 0;
  for (const it of items) {
    bytes += it.tx.length;
    signers += it.accountNumbers.length;
  }
  const data = new Uint8Array(bytes);
  const ends = new Uint32Array(items.length);
  const signerCounts = new Uint8Array(items.length);
  const accountNumbers = new BigUint64Array(signers);
  let pos = 0;
  let s = 0;
  for (const [i, it] of items.entries()) {
    data.set(it.tx, pos);
    pos += it.tx.length;
    ends[i] = pos;
    // More signers than a byte counts cannot be checked here; 0 makes the worker answer "not verified".
    signerCounts[i] = it.accountNumbers.length > 255 ? 0 : it.accountNumbers.length;
    if (it.accountNumbers.length > 255) continue;
    for (const n of it.accountNumbers) accountNumbers[s++] = n;
  }
  return { id, chainId, data, ends, signerCounts, accountNumbers: accountNumbers.subarray(0, s) };
}

/** The transfer list of a packed batch. */
export function batchTransfer(b: VerifyBatch): ArrayBuffer[] {
  return [b.data.buffer as ArrayBuffer, b.ends.buffer as ArrayBuffer, b.signerCounts.buffer as ArrayBuffer, b.accountNumbers.buffer as ArrayBuffer];
}

/** Calls `each` with every tx of a batch and its account numbers. */
export function unpackBatch(b: VerifyBatch, each: (i: number, tx: Uint8Array, accountNumbers: bigint[]) => void): void {
  let start = 0;
  let s = 0;
  for (let i = 0; i < b.ends.length; i++) {
    const end = b.ends[i]!;
    const count = b.signerCounts[i]!;
    each(i, b.data.subarray(start, end), Array.from(b.accountNumbers.subarray(s, s + count)));
    start = end;
    s += count;
  }
}
