/**
 * Worker thread body: builds one index (SA-IS per segment) and serialises it to canonical bytes,
 * off the node's block path. Input: the documents of each segment; output: the index bytes (transferred).
 */
import { parentPort } from "node:worker_threads";
import { buildSegment, makeIndex, type SegmentDoc, serializeIndex } from "../../modules/attribution/engine/index.ts";

export interface BuildRequest {
  id: number;
  segments: SegmentDoc[][];
}

export type BuildReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

parentPort?.on("message", (req: BuildRequest) => {
  try {
    const bytes = serializeIndex(makeIndex(req.segments.map((docs) => buildSegment(docs))));
    parentPort!.postMessage({ id: req.id, bytes } satisfies BuildReply, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: (e as Error).message } satisfies BuildReply);
  }
});
