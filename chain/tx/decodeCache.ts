import { bytesToMapKey } from "../store/bytes.ts";
import { type DecodeLimits, type DecodedTx, decodeTx } from "./decode.ts";

/**
 * Remembers decoded txs by their exact bytes, so a tx decoded by CheckTx is not decoded again
 * by PrepareProposal, ProcessProposal and FinalizeBlock (each used to decode every tx, and a
 * decode is a wire check, three protobuf decodes and a sha256).
 *
 * Safe to share: `decodeTx` is a pure function of the bytes (and the size limit, checked before
 * any lookup), the key is the whole tx (a hit is byte-for-byte the same tx, no hash collision
 * to reason about), the entry decodes a private copy of the bytes (so a caller reusing its
 * buffer cannot change a cached tx), and nothing on the tx path mutates a DecodedTx. Txs that
 * fail to decode are not remembered: they throw the same error every time. Node-local and
 * bounded (oldest entry out first); it changes speed, never results.
 */
export class DecodedTxCache {
  private readonly entries = new Map<string, DecodedTx>();

  /**
   * A tx is looked up from CheckTx until the block that commits it, so the cache needs to hold a
   * full mempool (5,000 txs by default) plus one block; 10,000. A decoded tx with its key costs
   * a few KB of heap, and 20,000 of them were a large part of the node's RSS growth over the
   * first rounds of bench/rpc-send.ts. A miss only decodes again.
   */
  constructor(private readonly capacity = 10_000) {}

  /** PERF: O(tx bytes) for the key; a full decode only on a miss. */
  decode(raw: Uint8Array, limits: DecodeLimits): DecodedTx {
    if (raw.length > limits.maxTxBytes || raw.length === 0) return decodeTx(raw, limits);
    const key = bytesToMapKey(raw);
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const tx = decodeTx(raw.slice(), limits);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, tx);
    return tx;
  }

  get size(): number {
    return this.entries.size;
  }
}
