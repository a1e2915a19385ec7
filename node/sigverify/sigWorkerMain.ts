/**
 * Worker thread body: verifies the signatures of a batch of txs (verifyDirect.ts) and answers
 * one byte per tx. Stateless: account numbers come with each batch.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type SigWorkerData, type VerifyBatch, type VerifyReply, unpackBatch } from "./protocol.ts";
import { verifyDirectTx } from "./verifyDirect.ts";

const options = (workerData ?? {}) as SigWorkerData;

parentPort?.on("message", (batch: VerifyBatch) => {
  if (options.exitOnFirstBatch) process.exit(3);
  const verified = new Uint8Array(batch.ends.length);
  unpackBatch(batch, (i, tx, accountNumbers) => {
    try {
      verified[i] = accountNumbers.length > 0 && verifyDirectTx(tx, batch.chainId, accountNumbers) ? 1 : 0;
    } catch {
      verified[i] = 0;
    }
  });
  parentPort!.postMessage({ id: batch.id, verified } satisfies VerifyReply, [verified.buffer]);
});
