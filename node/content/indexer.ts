/**
 * Fills the node's content store from the blocks it executes, for either consensus driver: an
 * App listener (chain/appListeners.ts) that, after FinalizeBlock, takes every record a
 * successful MsgContribute carried (located by its typed EventContribution's record_index and
 * the tx pipeline's msg_index), turns it into its stored form with the module's own
 * `storedBody`, checks the hash the chain recorded, and writes it. After InitChain it imports
 * the bodies a genesis carries (`app_state.datanet.contents`), so a network forked from an
 * export has its data.
 *
 * Written after FinalizeBlock rather than Commit: the App awaits the listener before
 * FinalizeBlock returns, so the bodies are on disk before the driver commits; writes are
 * content-addressed and idempotent, so a block that is replayed or never committed leaves at
 * most an unused file, while a crash between Commit and a later write could lose a body.
 */
import { fromBase64, fromHex } from "@cosmjs/encoding";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Logger } from "pino";
import { type AppListener, type FinalizedBlock, txEvents } from "../../chain/appListeners.ts";
import { storedBody } from "../../modules/datanet/content.ts";
import { decodeContribution } from "../../modules/datanet/events.ts";
import * as pb from "../../proto/gen/tributary/datanet/v1/index.ts";
import type { ContentStore } from "./store.ts";
import { decode } from "../../proto/codec.ts";

const MSG_CONTRIBUTE = "/tributary.datanet.v1.MsgContribute";

/** One record to store: where it is in the block and what the chain says its stored hash is. */
export interface RecordRef {
  txIndex: number;
  msgIndex: number;
  recordIndex: number;
  contentHash: Uint8Array;
  redacted: boolean;
}

/** The records of a block's successful txs, from their typed EventContribution events. */
export function contributedRecords(block: Pick<FinalizedBlock, "txResults">): RecordRef[] {
  return txEvents(block, decodeContribution).map(({ txIndex, msgIndex, event }) => {
    if (msgIndex === undefined) throw new Error(`tx ${txIndex}: an EventContribution without msg_index (the tx pipeline tags every message event)`);
    return { txIndex, msgIndex, recordIndex: event.recordIndex, contentHash: event.contentHash, redacted: event.redacted };
  });
}

/** The body bytes of record `ref` in the raw tx. */
export function recordBody(tx: Uint8Array, ref: Pick<RecordRef, "msgIndex" | "recordIndex">): Uint8Array {
  const any = TxBody.decode(TxRaw.decode(tx).bodyBytes).messages[ref.msgIndex];
  if (any?.typeUrl !== MSG_CONTRIBUTE) throw new Error(`message ${ref.msgIndex} is ${any?.typeUrl ?? "missing"}, not ${MSG_CONTRIBUTE}`);
  const record = decode(pb.MsgContributeSchema, any.value).records[ref.recordIndex];
  if (!record?.body) throw new Error(`MsgContribute has no record ${ref.recordIndex}`);
  return record.body;
}

/** Stores the bodies of `refs`; returns how many were stored. PERF: one SHA-256 and one file write per record. */
export function storeRecords(store: ContentStore, txs: readonly Uint8Array[], refs: readonly RecordRef[]): number {
  for (const ref of refs) {
    const tx = txs[ref.txIndex];
    if (!tx) throw new Error(`the block has no tx ${ref.txIndex}`);
    const { body } = storedBody(recordBody(tx, ref), ref.redacted);
    store.put(body, ref.contentHash);
  }
  return refs.length;
}

/** `app_state.datanet.contents` of a genesis: [{hash: hex, body: base64}]. */
export function importGenesisContents(store: ContentStore, appStateBytes: Uint8Array): number {
  if (appStateBytes.length === 0) return 0;
  const contents = (JSON.parse(new TextDecoder().decode(appStateBytes)) as { datanet?: { contents?: { hash: string; body: string }[] } }).datanet?.contents ?? [];
  for (const c of contents) store.put(fromBase64(c.body), fromHex(c.hash));
  return contents.length;
}

/** The content indexer as an App listener (registered by node/node.ts openApp). */
export function contentIndexListener(store: ContentStore, logger?: Logger): AppListener {
  return {
    name: "content-indexer",
    afterInitChain(req) {
      const n = importGenesisContents(store, req.appStateBytes);
      if (n > 0) logger?.info({ records: n }, "imported datanet contents from genesis");
    },
    afterFinalizeBlock(block) {
      // The chain already accepted these records: a failure here is a local problem (a full
      // disk), reported by the App's listener error handler while the chain goes on;
      // `tributary datanet rebuild-content` refills the store.
      try {
        storeRecords(store, block.txs, contributedRecords(block));
      } catch (e) {
        throw new Error(`could not store datanet record bodies of block ${block.height} (run \`tributary datanet rebuild-content\`): ${(e as Error).message}`, { cause: e });
      }
    },
  };
}
