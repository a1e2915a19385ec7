/**
 * Chunked artifact uploads: one MsgUploadArtifactChunk tx per chunk, in order, each in a block
 * before the next is sent, with a progress line per chunk on stderr. The chain keeps chunks per
 * uploader and hash, and a re-sent chunk replaces the earlier one, so an interrupted upload is
 * simply run again.
 */
import type { DeliverTxResponse } from "@cosmjs/stargate";
import { bytesToHex } from "@noble/hashes/utils.js";
import { artifactChunks, uploadArtifactChunkResponse, uploadMsgs } from "../../../client/inferenceMsgs.ts";
import type { FromOpts } from "../datanet/txFlags.ts";
import { deliver, gasFor, type TxSession } from "./session.ts";

export interface UploadResult {
  artifactHash: Uint8Array;
  chunks: number;
  txs: DeliverTxResponse[];
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

/** Describes the upload before it is confirmed. */
export function uploadPlan(artifact: Uint8Array, chunkSize: number): { hash: string; chunks: number; text: string } {
  const c = artifactChunks(artifact, chunkSize);
  return { hash: bytesToHex(c.hash), chunks: c.chunks.length, text: `upload ${artifact.length} bytes (sha256 ${bytesToHex(c.hash)}) in ${c.chunks.length} chunk(s) of at most ${kib(chunkSize)}` };
}

/** PERF: one tx (simulated, then delivered) per chunk; O(artifact bytes) over the wire. */
export async function uploadChunks(s: TxSession, o: FromOpts, artifact: Uint8Array, chunkSize: number, progress: (line: string) => void): Promise<UploadResult> {
  const c = artifactChunks(artifact, chunkSize);
  const txs: DeliverTxResponse[] = [];
  let sent = 0;
  for (const [i, msg] of uploadMsgs(s.from, c).entries()) {
    const limit = await gasFor(o, () => s.client.simulate(s.from, [msg], o.memo));
    const tx = await deliver(s, o, [msg], limit);
    const { received, totalChunks } = uploadArtifactChunkResponse(tx);
    txs.push(tx);
    sent += c.chunks[i]!.length; // one msg per chunk
    progress(`uploaded chunk ${i + 1}/${c.chunks.length} (${sent}/${c.totalSize} bytes, ${Math.floor((sent * 100) / c.totalSize)}%) in block ${tx.height}; the chain holds ${received}/${totalChunks}`);
  }
  return { artifactHash: c.hash, chunks: c.chunks.length, txs };
}
