/**
 * What a signature worker (sigWorkerMain.ts) is started with. Requests and answers then go
 * through the shared ring (ring.ts), never through messages.
 */
import type { RingBuffers } from "./ring.ts";

/** Test-only switches of a worker. */
export interface SigWorkerTestFlags {
  /** The worker exits (code 3) on its first tx without answering (a crash mid-batch). */
  exitOnFirstBatch?: boolean;
}

export interface SigWorkerData extends SigWorkerTestFlags {
  chainId: string;
  ring: RingBuffers;
}
