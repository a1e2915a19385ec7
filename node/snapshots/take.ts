/**
 * Writes one snapshot: every KV of the state tree at a height, then the datanet record bodies
 * that height's contributions name (the content store is not in the tree, but a node restored
 * from a snapshot must serve and attribute them like one that replayed the blocks).
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import type { KVReader } from "../../chain/store/types.ts";
import { decodeContribution } from "../../modules/datanet/codec.ts";
import { datanetKeys } from "../../modules/datanet/keys.ts";
import { ChunkWriter, DEFAULT_CHUNK_BYTES, encodeMetadata, RecordKind, sha256, SNAPSHOT_FORMAT } from "./format.ts";
import type { SnapshotInfo, SnapshotStore } from "./store.ts";

/** The node's content store as the snapshot reads it (node/content/store.ts). */
export interface ContentSource {
  get(hash: Uint8Array): Uint8Array | undefined;
}

export interface TakeSnapshotOptions {
  store: SnapshotStore;
  height: bigint;
  appHash: Uint8Array;
  /** The state at `height` in key order, from `consistentState` (its iterator already open). */
  state: AsyncIterable<[Uint8Array, Uint8Array]>;
  content?: ContentSource;
  chunkBytes?: number;
}

/**
 * The entries of `reader` as of now, even if the store commits again while they are read: the
 * LevelDB iterator (and its implicit snapshot) is created before this resolves. PERF: one seek.
 */
export async function consistentState(reader: KVReader): Promise<AsyncIterable<[Uint8Array, Uint8Array]>> {
  const it = reader.iterate()[Symbol.asyncIterator]();
  const first = await it.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    },
  };
}

const startsWith = (b: Uint8Array, prefix: Uint8Array) => b.length >= prefix.length && prefix.every((x, i) => b[i] === x);

/** Writes the snapshot and returns its description. PERF: one pass over the state, one file read per body. */
export async function takeSnapshot(o: TakeSnapshotOptions): Promise<SnapshotInfo & { missingBodies: number }> {
  const writer = o.store.begin(o.height, SNAPSHOT_FORMAT);
  const chunkHashes: Uint8Array[] = [];
  let bytes = 0;
  const chunks = new ChunkWriter(o.chunkBytes ?? DEFAULT_CHUNK_BYTES, async (chunk) => {
    chunkHashes.push(sha256(chunk));
    bytes += chunk.length;
    writer.writeChunk(chunk);
  });
  try {
    let stateKeys = 0;
    const bodies = new Map<string, Uint8Array>();
    for await (const [key, value] of o.state) {
      await chunks.add({ kind: RecordKind.state, key, value });
      stateKeys++;
      if (startsWith(key, datanetKeys.contributionPrefix)) {
        const hash = decodeContribution(value).contentHash;
        bodies.set(bytesToHex(hash), hash);
      }
    }
    let contentBodies = 0;
    let missingBodies = 0;
    for (const hex of [...bodies.keys()].sort()) {
      const body = o.content?.get(bodies.get(hex)!);
      if (!body) {
        missingBodies++;
        continue;
      }
      await chunks.add({ kind: RecordKind.content, key: bodies.get(hex)!, value: body });
      contentBodies++;
    }
    await chunks.flush();
    const { hash } = encodeMetadata(chunkHashes);
    const info: SnapshotInfo = { height: o.height, format: SNAPSHOT_FORMAT, chunks: chunkHashes.length, hash, appHash: o.appHash, chunkHashes, stateKeys, contentBodies, bytes };
    writer.finish(info);
    return { ...info, missingBodies };
  } catch (e) {
    writer.abandon();
    throw e;
  }
}
