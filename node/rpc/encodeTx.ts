/**
 * Indexed txs (`tx`, `tx_search`) and websocket event payloads.
 */
import type { Event } from "cosmjs-types/tendermint/abci/types";
import type { IndexedTx, StoredBlock, StoredBlockResults } from "./backend.ts";
import { encodeBlock, encodeBlockId, encodeHeader } from "./encodeBlock.ts";
import {
  encodeConsensusParamUpdates,
  encodeEventCmtjson,
  encodeExecTxResult,
  encodeExecTxResultOmitEmpty,
  encodeValidatorUpdate,
} from "./encodeAbci.ts";
import { base64, base64OrNull, hexUpper, int64String } from "./encodePrimitives.ts";

export function encodeResultTx(tx: IndexedTx): Record<string, unknown> {
  return {
    hash: hexUpper(tx.hash),
    height: int64String(tx.height),
    index: tx.index,
    tx_result: encodeExecTxResult(tx.result),
    tx: base64(tx.tx),
  };
}

/** `block_results`, also the `result_finalize_block` of a NewBlock event (minus height). */
export function encodeBlockResults(results: StoredBlockResults): Record<string, unknown> {
  return {
    height: int64String(results.height),
    txs_results: nullIfEmpty(results.txResults.map(encodeExecTxResult)),
    finalize_block_events: nullIfEmpty(results.finalizeBlockEvents.map(encodeEventCmtjson)),
    validator_updates: nullIfEmpty(results.validatorUpdates.map(encodeValidatorUpdate)),
    consensus_param_updates: encodeConsensusParamUpdates(results.consensusParamUpdates),
    app_hash: base64OrNull(results.appHash),
  };
}

/** A nil Go slice (what the block store gives back for "none") encodes as null under cmtjson. */
function nullIfEmpty<T>(items: T[]): T[] | null {
  return items.length === 0 ? null : items;
}

export interface EventMessage {
  /**
   * `tendermint/event/<Name>` payload. Encoded on first read (once), so an event that matches
   * no subscription (every Tx of a block when clients only watch NewBlock) costs no encoding.
   */
  readonly data: { type: string; value: Record<string, unknown> };
  /** Composite keys the subscription query is matched against (and sent to the client). */
  events: Record<string, string[]>;
}

/** Adds `<type>.<key>` → values for every attribute with a non-empty type and key. */
export function compositeEvents(events: Event[], into: Record<string, string[]>): Record<string, string[]> {
  for (const event of events) {
    if (event.type === "") continue;
    for (const attr of event.attributes) {
      if (attr.key === "") continue;
      const key = `${event.type}.${attr.key}`;
      (into[key] ??= []).push(attr.value);
    }
  }
  return into;
}

/** An EventMessage whose data is encoded by `encode` on first read. */
function lazyMessage(events: Record<string, string[]>, encode: () => EventMessage["data"]): EventMessage {
  let data: EventMessage["data"] | undefined;
  return {
    events,
    get data() {
      return (data ??= encode());
    },
  };
}

export function txEventMessage(tx: IndexedTx): EventMessage {
  const events = compositeEvents(tx.result.events, {});
  events["tm.event"] = ["Tx"];
  events["tx.hash"] = [hexUpper(tx.hash)];
  events["tx.height"] = [int64String(tx.height)];
  return lazyMessage(events, () => {
    const txResult: Record<string, unknown> = { height: int64String(tx.height), tx: base64(tx.tx), result: encodeExecTxResultOmitEmpty(tx.result) };
    if (tx.index !== 0) txResult.index = tx.index;
    return { type: "tendermint/event/Tx", value: { TxResult: txResult } };
  });
}

export function newBlockEventMessage(block: StoredBlock, results: StoredBlockResults): EventMessage {
  const events = compositeEvents(results.finalizeBlockEvents, {});
  events["tm.event"] = ["NewBlock"];
  return lazyMessage(events, () => {
    const finalize = encodeBlockResults(results);
    delete finalize.height;
    return {
      type: "tendermint/event/NewBlock",
      value: { block: encodeBlock(block.block), block_id: encodeBlockId(block.blockId), result_finalize_block: finalize },
    };
  });
}

export function newBlockHeaderEventMessage(block: StoredBlock, results: StoredBlockResults): EventMessage {
  const events = compositeEvents(results.finalizeBlockEvents, {});
  events["tm.event"] = ["NewBlockHeader"];
  return lazyMessage(events, () => ({ type: "tendermint/event/NewBlockHeader", value: { header: encodeHeader(block.block.header) } }));
}
