/**
 * Why the mempool refused a tx before (or after) CheckTx. The messages are CometBFT's texts,
 * which clients match on; the code says which refusal it is without parsing them. The RPC
 * backend (node/solo/rpcBackend.ts) turns these into the RPC layer's error.
 */
export type MempoolErrorCode = "TX_TOO_LARGE" | "TX_IN_CACHE" | "MEMPOOL_FULL";

export class MempoolError extends Error {
  override readonly name = "MempoolError";

  constructor(
    readonly code: MempoolErrorCode,
    message: string,
  ) {
    super(message);
  }
}
