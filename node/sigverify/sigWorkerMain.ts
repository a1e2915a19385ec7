/**
 * Worker thread body: verifies the signatures of the txs the pool puts in its shared ring
 * (ring.ts) and answers one byte per tx. Stateless: account numbers come with each tx. The
 * thread blocks in the ring's loop (it has nothing else to do) until the pool stops or
 * terminates it.
 */
import { workerData } from "node:worker_threads";
import type { SigWorkerData } from "./protocol.ts";
import { RingReader } from "./ring.ts";
import { verifyDirectTx } from "./verifyDirect.ts";

const options = workerData as SigWorkerData;

new RingReader(options.ring).run((tx, accountNumbers) => {
  if (options.exitOnFirstBatch) process.exit(3);
  return accountNumbers.length > 0 && verifyDirectTx(tx, options.chainId, accountNumbers);
});
