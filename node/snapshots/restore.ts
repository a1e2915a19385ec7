/**
 * Rebuilds the state from a snapshot's chunks, applied in order. Each chunk is checked against
 * the hash its metadata lists before it is decoded; the state KVs are held until the last chunk,
 * then staged as one version at the snapshot height and committed only if the recomputed root
 * equals the app hash the light client vouched for. Content bodies are written as they arrive:
 * each is stored under its own SHA-256, so a body can never be wrong, at worst unused.
 */
import type { CommitStore } from "../../chain/store/commitStore.ts";
import type { KVChange } from "../../chain/store/types.ts";
import { decodeChunk, equalBytes, RecordKind, sha256, SnapshotFormatError } from "./format.ts";

/** The node's content store as a restore fills it (node/content/store.ts). */
export interface ContentSink {
  put(body: Uint8Array, expected?: Uint8Array): Uint8Array;
}

export type ApplyOutcome =
  | { result: "accept"; done: boolean }
  /** The chunk does not match its hash: fetch it again, from someone else. */
  | { result: "retry"; reason: string }
  /** The snapshot as a whole is bad (undecodable chunk, wrong root): try another one. */
  | { result: "reject"; reason: string };

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

export class SnapshotRestore {
  private next = 0;
  private readonly changes: KVChange[] = [];
  contentBodies = 0;

  constructor(
    private readonly target: CommitStore,
    private readonly content: ContentSink | undefined,
    readonly height: bigint,
    private readonly chunkHashes: Uint8Array[],
    /** The app hash CometBFT's light client gives in OfferSnapshot. */
    private readonly appHash: Uint8Array,
  ) {
    if (target.version !== 0n) throw new Error(`state sync restores into an empty store, but this one is at height ${target.version}`);
  }

  /** State KVs applied so far. */
  stateKeys = 0;

  /** Applies chunk `index`; chunks come in order (CometBFT applies them 0, 1, …). */
  async apply(index: number, chunk: Uint8Array): Promise<ApplyOutcome> {
    if (index !== this.next) return { result: "reject", reason: `chunk ${index} applied out of order (expected ${this.next})` };
    const want = this.chunkHashes[index];
    if (!want) return { result: "reject", reason: `chunk ${index} is beyond the snapshot's ${this.chunkHashes.length} chunks` };
    if (!equalBytes(sha256(chunk), want)) return { result: "retry", reason: `chunk ${index} hashes to ${hex(sha256(chunk))}, the metadata lists ${hex(want)}` };
    let records;
    try {
      records = decodeChunk(chunk);
    } catch (e) {
      if (e instanceof SnapshotFormatError) return { result: "reject", reason: `chunk ${index}: ${e.message}` };
      throw e;
    }
    for (const r of records) {
      if (r.kind === RecordKind.state) {
        this.changes.push({ key: r.key, value: r.value });
        this.stateKeys++;
      } else {
        try {
          this.content?.put(r.value, r.key);
        } catch (e) {
          return { result: "reject", reason: `chunk ${index}: content body ${hex(r.key)}: ${(e as Error).message}` };
        }
        this.contentBodies++;
      }
    }
    this.next++;
    if (this.next < this.chunkHashes.length) return { result: "accept", done: false };
    return this.finish();
  }

  /** Stages every KV at the snapshot height; commits only when the root is the trusted app hash. */
  private async finish(): Promise<ApplyOutcome> {
    const staged = this.target.stage(this.changes, this.height);
    if (!equalBytes(staged.rootHash, this.appHash)) {
      return { result: "reject", reason: `restored state at height ${this.height} has root ${hex(staged.rootHash)}, but the trusted app hash is ${hex(this.appHash)}` };
    }
    await this.target.commit(staged);
    this.changes.length = 0;
    return { result: "accept", done: true };
  }
}
