import { bytesToMapKey } from "../store/bytes.ts";

/**
 * Remembers txs whose signatures CheckTx already verified, so FinalizeBlock does not verify
 * them a second time (secp256k1 verification is the most expensive step of a bank send).
 *
 * Safe to skip: the key covers the exact tx bytes (hence body, auth info, sequences and
 * signatures) and the account numbers the sign docs used; the chain id never changes. So a hit
 * means the same verification, with the same inputs, already succeeded. A miss just verifies.
 * Node-local and bounded; it changes speed, never results.
 */
export class SigVerifyCache {
  private readonly entries = new Set<string>();
  // Needed from CheckTx to the block that commits the tx: a mempool (5,000 by default) plus a
  // block, with room for a larger mempool; a miss only verifies again.
  constructor(private readonly capacity = 20_000) {}

  private static key(txHash: Uint8Array, accountNumbers: readonly bigint[]): string {
    // The hash's bytes as a latin1 string: a third the length of hex and cheaper to build.
    return `${bytesToMapKey(txHash)}:${accountNumbers.join(",")}`;
  }

  has(txHash: Uint8Array, accountNumbers: readonly bigint[]): boolean {
    return this.entries.has(SigVerifyCache.key(txHash, accountNumbers));
  }

  add(txHash: Uint8Array, accountNumbers: readonly bigint[]): void {
    if (this.entries.size >= this.capacity) {
      // Evict the oldest entry (Sets iterate in insertion order).
      const oldest = this.entries.values().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.add(SigVerifyCache.key(txHash, accountNumbers));
  }
}
