/**
 * The index worker thread: turns a committed block (its txs and its encoded FinalizeBlock
 * response) into the tx index's entries, packed into one buffer (node/store/packedEntries.ts)
 * that is transferred back; the main thread only writes them. Pure: no DB, no state.
 */
import { parentPort } from "node:worker_threads";
import { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { indexEntries } from "../store/txindex.ts";
import { forEachEntry, packEntries } from "../store/packedEntries.ts";
import { sha256Each } from "./merkle.ts";

export interface PackRequest {
  id: number;
  height: bigint;
  /** packEntries of (tx, its sha256) in block order. */
  txs: Uint8Array;
  /** ResponseFinalizeBlock as the block store saved it. */
  results: Uint8Array;
}

export type PackReply = { id: number; packed: Uint8Array } | { id: number; error: string };

/** The packed index entries of one block. PERF: grows with its txs × indexed attributes. */
export function packBlockEntries(req: Omit<PackRequest, "id">): Uint8Array {
  const txs: Uint8Array[] = [];
  const hashes: Uint8Array[] = [];
  forEachEntry(req.txs, (tx, hash) => {
    txs.push(tx);
    hashes.push(hash);
  });
  const response = ResponseFinalizeBlock.decode(req.results);
  const block = { height: req.height, txs, results: response.txResults, blockEvents: response.events, hashes: hashes.every((h) => h.length === 32) ? hashes : sha256Each(txs) };
  return packEntries((put) => indexEntries(block, put));
}

parentPort?.on("message", (req: PackRequest) => {
  try {
    const packed = packBlockEntries(req);
    parentPort!.postMessage({ id: req.id, packed } satisfies PackReply, [packed.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies PackReply);
  }
});
