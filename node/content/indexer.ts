/**
 * Fills the node's content store from the blocks it executes, for either consensus driver: a
 * thin AbciApp wrapper that, after FinalizeBlock, takes every record a successful MsgContribute
 * carried (located by its EventContribution's msg_index and record_index), turns it into its
 * stored form with the module's own `storedBody`, checks the hash the chain recorded, and writes
 * it. InitChain imports the bodies a genesis carries (`app_state.datanet.contents`), so a
 * network forked from an export has its data.
 *
 * Written at FinalizeBlock rather than Commit: writes are content-addressed and idempotent, so a
 * block that is replayed or never committed leaves at most an unused file, while a crash
 * between Commit and a later write could lose a body.
 */
import { fromBase64, fromHex } from "@cosmjs/encoding";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type {
  RequestCheckTx,
  RequestFinalizeBlock,
  RequestInfo,
  RequestInitChain,
  RequestPrepareProposal,
  RequestProcessProposal,
  RequestQuery,
  ResponseFinalizeBlock,
  ResponseInitChain,
} from "cosmjs-types/tendermint/abci/types";
import type { Logger } from "pino";
import type { AbciApp } from "../../chain/abci.ts";
import { storedBody } from "../../modules/datanet/content.ts";
import { EVENT } from "../../modules/datanet/events.ts";
import { tributary } from "../../proto/gen/tributary/datanet/v1/tx.js";
import type { ContentStore } from "./store.ts";

const MSG_CONTRIBUTE = "/tributary.datanet.v1.MsgContribute";

/** One record to store: where it is in the block and what the chain says its stored hash is. */
export interface RecordRef {
  txIndex: number;
  msgIndex: number;
  recordIndex: number;
  contentHash: Uint8Array;
  redacted: boolean;
}

/** The records of a block's successful txs, from their EventContribution events. */
export function contributedRecords(res: Pick<ResponseFinalizeBlock, "txResults">): RecordRef[] {
  const refs: RecordRef[] = [];
  res.txResults.forEach((r, txIndex) => {
    if (r.code !== 0) return;
    for (const e of r.events) {
      if (e.type !== EVENT.contribution) continue;
      const attr = (k: string) => e.attributes.find((a) => a.key === k)?.value ?? "";
      refs.push({ txIndex, msgIndex: Number(attr("msg_index")), recordIndex: Number(attr("record_index")), contentHash: fromHex(attr("content_hash")), redacted: attr("redacted") === "true" });
    }
  });
  return refs;
}

/** The body bytes of record `ref` in the raw tx. */
export function recordBody(tx: Uint8Array, ref: Pick<RecordRef, "msgIndex" | "recordIndex">): Uint8Array {
  const any = TxBody.decode(TxRaw.decode(tx).bodyBytes).messages[ref.msgIndex];
  if (any?.typeUrl !== MSG_CONTRIBUTE) throw new Error(`message ${ref.msgIndex} is ${any?.typeUrl ?? "missing"}, not ${MSG_CONTRIBUTE}`);
  const record = tributary.datanet.v1.MsgContribute.decode(any.value).records[ref.recordIndex];
  if (!record?.body) throw new Error(`MsgContribute has no record ${ref.recordIndex}`);
  return record.body;
}

/** Stores the bodies of `refs`; returns how many were stored. PERF: one SHA-256 and one file write per record. */
export function storeRecords(store: ContentStore, txs: readonly Uint8Array[], refs: readonly RecordRef[]): number {
  for (const ref of refs) {
    const { body } = storedBody(recordBody(txs[ref.txIndex], ref), ref.redacted);
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

export class ContentIndexingApp implements AbciApp {
  constructor(
    private readonly inner: AbciApp,
    private readonly store: ContentStore,
    private readonly logger?: Logger,
  ) {}

  info(req: RequestInfo) {
    return this.inner.info(req);
  }

  async initChain(req: RequestInitChain): Promise<ResponseInitChain> {
    const res = await this.inner.initChain(req);
    const n = importGenesisContents(this.store, req.appStateBytes);
    if (n > 0) this.logger?.info({ records: n }, "imported datanet contents from genesis");
    return res;
  }

  checkTx(req: RequestCheckTx) {
    return this.inner.checkTx(req);
  }

  prepareProposal(req: RequestPrepareProposal) {
    return this.inner.prepareProposal(req);
  }

  processProposal(req: RequestProcessProposal) {
    return this.inner.processProposal(req);
  }

  async finalizeBlock(req: RequestFinalizeBlock): Promise<ResponseFinalizeBlock> {
    const res = await this.inner.finalizeBlock(req);
    const refs = contributedRecords(res);
    if (refs.length > 0) {
      // The chain already accepted these records; failing here would stop the node for a
      // local disk problem, so log loudly instead: `tributary datanet rebuild-content` refills.
      try {
        storeRecords(this.store, req.txs, refs);
      } catch (e) {
        this.logger?.error({ height: Number(req.height), err: (e as Error).message }, "could not store datanet record bodies; run `tributary datanet rebuild-content`");
      }
    }
    return res;
  }

  commit() {
    return this.inner.commit();
  }

  query(req: RequestQuery) {
    return this.inner.query(req);
  }
}
