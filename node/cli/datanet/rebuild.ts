/**
 * Refills a node's content store from the chain: the contributions whose bodies the store
 * lacks are found by listing contributions (their content hash and height), and each such
 * block and its results are fetched over RPC; the records are located by their
 * EventContribution and stored with the same helpers the node's indexer uses, so a body is
 * only written under the hash the chain recorded.
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import type { Comet38Client } from "@cosmjs/tendermint-rpc";
import type { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { allPages, type DatanetQueries } from "../../../client/datanetQueries.ts";
import { execTxResult } from "../../cometbft/execTxResult.ts";
import { contributedRecords, storeRecords } from "../../content/indexer.ts";
import type { ContentStore } from "../../content/store.ts";

export interface RebuildResult {
  contributions: number;
  missing: number;
  restored: number;
  blocks: number;
  /** Hashes still missing afterwards (e.g. the node's blocks were pruned). */
  unrestored: string[];
}

type TxResults = Pick<ResponseFinalizeBlock, "txResults">;

/** block_results as the `{ txResults }` shape of ResponseFinalizeBlock that `contributedRecords` reads. */
export function finalizeShape(results: Awaited<ReturnType<Comet38Client["blockResults"]>>["results"]): TxResults {
  return { txResults: results.map(execTxResult) };
}

export async function rebuildContent(
  store: ContentStore,
  queries: DatanetQueries,
  comet: Comet38Client,
  onBlock?: (height: number, stored: number) => void,
): Promise<RebuildResult> {
  const all = await allPages((page) => queries.contributions({}, page), 500);
  // Heights to visit, each with the hashes it should give back.
  const wanted = new Map<number, Set<string>>();
  const missing = new Set<string>();
  for (const c of all) {
    if (store.has(c.contentHash)) continue;
    const hex = bytesToHex(c.contentHash);
    missing.add(hex);
    const h = Number(c.height);
    if (!wanted.has(h)) wanted.set(h, new Set());
    wanted.get(h)!.add(hex);
  }
  const heights = [...wanted.keys()].sort((a, b) => a - b);
  for (const height of heights) {
    const [block, results] = await Promise.all([comet.block(height), comet.blockResults(height)]);
    const hashes = wanted.get(height)!;
    const refs = contributedRecords(finalizeShape(results.results)).filter((r) => hashes.has(bytesToHex(r.contentHash)));
    const stored = storeRecords(store, block.block.txs, refs);
    onBlock?.(height, stored);
  }
  const unrestored = [...missing].filter((hex) => !store.has(hexToBytes(hex)));
  return { contributions: all.length, missing: missing.size, restored: missing.size - unrestored.length, blocks: heights.length, unrestored };
}

function hexToBytes(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex, "hex"));
}
