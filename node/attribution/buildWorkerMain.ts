/**
 * Worker thread body: builds one segment (SA-IS) and serialises it as a one-segment index in the
 * canonical format, off the node's block path. Input: the segment's documents; output: the
 * bytes (transferred). The provider assembles indexes from such segments.
 */
import { parentPort } from "node:worker_threads";
import { buildSegment, makeIndex, type SegmentDoc, serializeIndex } from "../../modules/attribution/engine/index.ts";

export interface BuildRequest {
  id: number;
  docs: SegmentDoc[];
}

export type BuildReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

parentPort?.on("message", (req: BuildRequest) => {
  try {
    const bytes = serializeIndex(makeIndex([buildSegment(req.docs)]));
    parentPort!.postMessage({ id: req.id, bytes } satisfies BuildReply, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: (e as Error).message } satisfies BuildReply);
  }
});
