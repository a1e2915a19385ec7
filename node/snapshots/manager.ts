/**
 * State sync for one node: takes a snapshot every `interval` committed heights (an App listener;
 * the LevelDB iterator is opened in afterCommit, then the snapshot is written in the background
 * while blocks go on), keeps the newest `keepRecent`, and serves the four ABCI snapshot methods
 * CometBFT calls, both as a source (List/LoadSnapshotChunk) and as a joining node
 * (Offer/ApplySnapshotChunk).
 */
import {
  type RequestApplySnapshotChunk,
  type RequestLoadSnapshotChunk,
  type RequestOfferSnapshot,
  type ResponseApplySnapshotChunk,
  ResponseApplySnapshotChunk_Result,
  type ResponseListSnapshots,
  type ResponseLoadSnapshotChunk,
  type ResponseOfferSnapshot,
  ResponseOfferSnapshot_Result,
} from "cosmjs-types/tendermint/abci/types";
import type { Logger } from "pino";
import type { AbciSnapshots } from "../../chain/abci.ts";
import type { AppListener } from "../../chain/appListeners.ts";
import type { CommitStore } from "../../chain/store/commitStore.ts";
import { decodeMetadata, encodeMetadata, SNAPSHOT_FORMAT, SnapshotFormatError } from "./format.ts";
import { type ContentSink, SnapshotRestore } from "./restore.ts";
import type { SnapshotInfo, SnapshotStore } from "./store.ts";
import { type ContentSource, consistentState, takeSnapshot } from "./take.ts";

export interface SnapshotManagerOptions {
  store: CommitStore;
  snapshots: SnapshotStore;
  content?: ContentSource & ContentSink;
  /** Take a snapshot at every height that is a multiple of this; 0 = never (still serves a restore). */
  interval: number;
  /** Snapshots kept (the newest); 0 = all. */
  keepRecent: number;
  chunkBytes?: number;
  logger?: Logger;
  /** After a restore committed (the attribution indexes start building from the restored state). */
  onRestored?: (height: bigint) => void;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex").toUpperCase();

export class SnapshotManager implements AbciSnapshots {
  private taking: Promise<void> | undefined;
  private restore: SnapshotRestore | undefined;
  private restoreStarted = 0;

  constructor(private readonly o: SnapshotManagerOptions) {}

  /** The App listener that takes the periodic snapshots. */
  listener(): AppListener {
    return { name: "state-sync-snapshots", afterCommit: (height) => this.afterCommit(height) };
  }

  private async afterCommit(height: bigint): Promise<void> {
    if (this.o.interval <= 0 || height % BigInt(this.o.interval) !== 0n) return;
    if (this.taking) {
      this.o.logger?.warn({ height: height.toString() }, "state sync snapshot skipped: the previous one is still being written");
      return;
    }
    // Opened here, before Commit returns: the iterator sees exactly this height however far the chain moves on.
    const state = await consistentState(this.o.store.committed());
    const appHash = this.o.store.rootHash;
    this.taking = this.write(height, appHash, state).finally(() => (this.taking = undefined));
  }

  private async write(height: bigint, appHash: Uint8Array, state: AsyncIterable<[Uint8Array, Uint8Array]>): Promise<void> {
    const started = performance.now();
    try {
      const info = await takeSnapshot({ store: this.o.snapshots, height, appHash, state, content: this.o.content, chunkBytes: this.o.chunkBytes });
      const pruned = this.o.snapshots.prune(this.o.keepRecent);
      this.o.logger?.info(
        { height: height.toString(), chunks: info.chunks, bytes: info.bytes, stateKeys: info.stateKeys, contentBodies: info.contentBodies, missingBodies: info.missingBodies, ms: Math.round(performance.now() - started), pruned: pruned.map(String) },
        "state sync snapshot taken",
      );
    } catch (e) {
      this.o.logger?.error({ height: height.toString(), err: e }, "state sync snapshot failed");
    }
  }

  /** Takes a snapshot of the latest committed height now (CLI `snapshots export`, tests). */
  async takeNow(): Promise<SnapshotInfo> {
    await this.idle();
    const height = this.o.store.version;
    if (height === 0n) throw new Error("nothing to snapshot: no block has been committed yet");
    const state = await consistentState(this.o.store.committed());
    const info = await takeSnapshot({ store: this.o.snapshots, height, appHash: this.o.store.rootHash, state, content: this.o.content, chunkBytes: this.o.chunkBytes });
    this.o.snapshots.prune(this.o.keepRecent);
    return info;
  }

  /** Resolves once no snapshot is being written (before the store closes). */
  async idle(): Promise<void> {
    await this.taking;
  }

  async listSnapshots(): Promise<ResponseListSnapshots> {
    return {
      snapshots: this.o.snapshots.list().map((s) => ({ height: s.height, format: s.format, chunks: s.chunks, hash: s.hash, metadata: encodeMetadata(s.chunkHashes).metadata })),
    };
  }

  async loadSnapshotChunk(req: RequestLoadSnapshotChunk): Promise<ResponseLoadSnapshotChunk> {
    // An empty chunk tells CometBFT this node does not have it (it asks another peer).
    return { chunk: this.o.snapshots.chunk(req.height, req.format, req.chunk) ?? new Uint8Array() };
  }

  async offerSnapshot(req: RequestOfferSnapshot): Promise<ResponseOfferSnapshot> {
    const s = req.snapshot;
    const log = this.o.logger;
    const answer = (result: ResponseOfferSnapshot_Result, reason?: string) => {
      if (reason) log?.warn({ height: s?.height.toString(), format: s?.format, reason }, `state sync: snapshot offer answered ${ResponseOfferSnapshot_Result[result]}`);
      return { result };
    };
    if (!s) return answer(ResponseOfferSnapshot_Result.REJECT, "no snapshot in the offer");
    if (s.format !== SNAPSHOT_FORMAT) return answer(ResponseOfferSnapshot_Result.REJECT_FORMAT, `format ${s.format} is unknown (this node restores format ${SNAPSHOT_FORMAT})`);
    if (this.o.store.version !== 0n) return answer(ResponseOfferSnapshot_Result.ABORT, `the state store already holds height ${this.o.store.version}; state sync needs an empty one`);
    if (req.appHash.length !== 32) return answer(ResponseOfferSnapshot_Result.REJECT, `the trusted app hash has ${req.appHash.length} bytes, not 32`);
    let chunkHashes: Uint8Array[];
    try {
      chunkHashes = decodeMetadata(s.metadata, s.chunks, s.hash);
    } catch (e) {
      if (e instanceof SnapshotFormatError) return answer(ResponseOfferSnapshot_Result.REJECT, e.message);
      throw e;
    }
    if (chunkHashes.length === 0) return answer(ResponseOfferSnapshot_Result.REJECT, "the snapshot has no chunks");
    this.restore = new SnapshotRestore(this.o.store, this.o.content, s.height, chunkHashes, req.appHash);
    this.restoreStarted = performance.now();
    log?.info({ height: s.height.toString(), chunks: s.chunks, appHash: hex(req.appHash) }, "state sync: restoring snapshot");
    return { result: ResponseOfferSnapshot_Result.ACCEPT };
  }

  async applySnapshotChunk(req: RequestApplySnapshotChunk): Promise<ResponseApplySnapshotChunk> {
    const R = ResponseApplySnapshotChunk_Result;
    const log = this.o.logger;
    const restore = this.restore;
    if (!restore) {
      log?.error({ index: req.index }, "state sync: a chunk arrived but no snapshot was accepted");
      return { result: R.ABORT, refetchChunks: [], rejectSenders: [] };
    }
    const out = await restore.apply(req.index, req.chunk);
    if (out.result === "retry") {
      log?.warn({ index: req.index, sender: req.sender, reason: out.reason }, "state sync: bad chunk, refetching it from another peer");
      return { result: R.RETRY, refetchChunks: [req.index], rejectSenders: req.sender ? [req.sender] : [] };
    }
    if (out.result === "reject") {
      this.restore = undefined;
      log?.warn({ height: restore.height.toString(), reason: out.reason }, "state sync: snapshot rejected");
      return { result: R.REJECT_SNAPSHOT, refetchChunks: [], rejectSenders: [] };
    }
    if (out.done) {
      this.restore = undefined;
      log?.info(
        { height: restore.height.toString(), stateKeys: restore.stateKeys, contentBodies: restore.contentBodies, ms: Math.round(performance.now() - this.restoreStarted) },
        "state sync: snapshot restored; the app hash matches the light client's",
      );
      this.o.onRestored?.(restore.height);
    }
    return { result: R.ACCEPT, refetchChunks: [], rejectSenders: [] };
  }
}
