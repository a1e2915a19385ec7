/**
 * Worker thread body of the trainer: computes the gradient of one shard of each minibatch over
 * the shared parameters (read-only here) into its own shared gradient buffer. The main thread
 * sums the shards in a fixed order, so the result does not depend on how many threads ran.
 */
import { parentPort } from "node:worker_threads";
import { accumulateGradients, type MlpShape, Scratch, tensorsOf } from "./mlp.ts";

export interface ShardInit {
  shape: MlpShape;
  params: SharedArrayBuffer;
  grads: SharedArrayBuffer;
  ctx: SharedArrayBuffer;
  targets: SharedArrayBuffer;
  maxRows: number;
}

export type ShardReply = { loss: number } | { error: string };

let state: { shape: MlpShape; p: ReturnType<typeof tensorsOf>; gFlat: Float32Array; g: ReturnType<typeof tensorsOf>; ctx: Int32Array; targets: Int32Array; sc: Scratch } | undefined;

parentPort?.on("message", (m: { init: ShardInit } | { rows: number }) => {
  try {
    if ("init" in m) {
      const { shape, params, grads, ctx, targets, maxRows } = m.init;
      const gFlat = new Float32Array(grads);
      state = { shape, p: tensorsOf(shape, new Float32Array(params)), gFlat, g: tensorsOf(shape, gFlat), ctx: new Int32Array(ctx), targets: new Int32Array(targets), sc: new Scratch(shape, maxRows) };
      return;
    }
    const s = state!;
    s.gFlat.fill(0);
    const loss = accumulateGradients(s.shape, s.p, s.g, s.ctx, s.targets, m.rows, s.sc);
    parentPort!.postMessage({ loss } satisfies ShardReply);
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message } satisfies ShardReply);
  }
});
