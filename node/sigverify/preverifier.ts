/**
 * What the mempool calls before CheckTx: verify a tx's signatures on the worker pool and, when
 * they all verify, record it in the app's SigVerifyCache, so the ante's signature check is a
 * cache hit and the main thread only runs the stateful part. It only ever adds entries for
 * signatures that verified, under the same key the ante looks up (tx hash + the signers'
 * account numbers), so CheckTx results never change: a bad signature, a sign mode other than
 * DIRECT, a signer without an account yet all simply miss and the ante decides as before.
 */
import type { SigVerifyCache } from "../../chain/tx/sigCache.ts";
import type { TxEnvelope } from "../mempool/envelope.ts";
import type { TxPreVerifier } from "../mempool/mempool.ts";
import { type AccountNumbers } from "./accountNumbers.ts";
import type { SigVerifyPool } from "./pool.ts";
import { directSignersOf } from "./verifyDirect.ts";

export class SigPreVerifier implements TxPreVerifier {
  constructor(
    private readonly pool: SigVerifyPool,
    private readonly numbers: AccountNumbers,
    private readonly cache: SigVerifyCache,
  ) {}

  /**
   * Never throws; resolves once the cache holds the tx or it is known not to be added.
   * PERF: on the main thread a public-key decode and a map hit per signer (an address hash and a
   * store read the first time), a copy into a worker's ring; the verification itself on a worker.
   */
  async preverify(tx: Uint8Array, hash: Uint8Array, envelope: TxEnvelope | undefined): Promise<void> {
    const parts = directSignersOf(envelope);
    if (!parts) return;
    const accountNumbers: bigint[] = [];
    for (const pubkey of parts.pubkeys) {
      // The ante's signers are the messages' signers; a key whose address is not the signer's
      // gives other account numbers (a cache miss) or is refused by the ante's key check.
      const n = this.numbers.cached(pubkey) ?? (await this.numbers.of(pubkey));
      if (n === undefined) return;
      accountNumbers.push(n);
    }
    if (this.cache.has(hash, accountNumbers)) return;
    if (await this.pool.verify(tx, accountNumbers)) this.cache.add(hash, accountNumbers);
  }
}
