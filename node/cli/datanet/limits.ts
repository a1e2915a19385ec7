/**
 * How many bytes of records one MsgContribute may carry. Three limits bind, and the smallest
 * wins:
 *
 * - the signed tx must fit the node's mempool.max_tx_bytes;
 * - its simulation goes as a JSON-RPC `abci_query` whose `data` CosmJS hex-encodes (2 bytes per
 *   byte), and the request must fit the node's rpc.max_body_bytes;
 * - its broadcast goes as `broadcast_tx_sync` with the tx base64-encoded (4 bytes per 3), under
 *   the same body limit.
 *
 * With the defaults (1,048,576 and 1,000,000) the simulation binds: about 498 KB of records.
 */

/** The node's default mempool.max_tx_bytes (also the app's limit). */
export const DEFAULT_MAX_TX_BYTES = 1_048_576;
/** Room in each tx for what is not records: the Any wrapper, auth info, signature, fee. */
export const ENVELOPE_BYTES = 1024;
/** The JSON-RPC framing around an encoded tx (method, path, id): about 130 bytes, with room to spare. */
export const JSON_RPC_BYTES = 512;
const SIZE_MARGIN = 0.95;

export interface RecordBudget {
  /** Largest encoded MsgContribute to send. */
  bytes: number;
  /** Which limit set it, for messages. */
  limit: string;
}

export function recordBudget(o: { maxTxBytes: number; maxBodyBytes: number; memoBytes: number }): RecordBudget {
  const framed = o.maxBodyBytes - JSON_RPC_BYTES;
  const budgets: RecordBudget[] = [
    { bytes: Math.floor(o.maxTxBytes * SIZE_MARGIN), limit: `the node's max_tx_bytes of ${o.maxTxBytes}` },
    { bytes: Math.floor(framed / 2), limit: `the node's rpc.max_body_bytes of ${o.maxBodyBytes}, with the simulated tx hex-encoded` },
    { bytes: Math.floor((framed * 3) / 4), limit: `the node's rpc.max_body_bytes of ${o.maxBodyBytes}, with the tx base64-encoded` },
  ].map((b) => ({ ...b, bytes: b.bytes - ENVELOPE_BYTES - o.memoBytes }));
  return budgets.reduce((a, b) => (b.bytes < a.bytes ? b : a));
}
