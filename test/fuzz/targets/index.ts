/** The fuzz targets, in the order a run goes through them. */
import { FuzzChain } from "../chain.ts";
import type { Target } from "../runner.ts";
import { flushBlock } from "./flush.ts";
import { MSG_TYPES, msgCase } from "./msgs.ts";
import { txCase } from "./tx.ts";
import { onnxCase } from "./onnx.ts";
import { genesisTarget } from "./genesis.ts";

/** The in-process chain targets share one chain per target (a fresh one each). */
function chainTarget(name: string, run: typeof msgCase, notes?: (c: FuzzChain) => string[]): Target {
  return {
    name,
    async open() {
      const chain = await FuzzChain.create();
      return {
        run: (rng, i) => run(chain, rng, i),
        async close() {
          const failures: string[] = [];
          const r = await flushBlock(chain, { target: name, index: -1, label: "", outcome: "" }, true);
          if (r.failure) failures.push(r.failure);
          const before = chain.h.height;
          await chain.h.deliver([]);
          if (chain.h.height !== before + 1n) failures.push("the chain did not produce a block after the run");
          notes?.(chain);
          await chain.close();
          return failures;
        },
      };
    },
  };
}

export const TARGETS: Target[] = [chainTarget("msgs", msgCase), chainTarget("tx", txCase), chainTarget("onnx", onnxCase), genesisTarget];
export { MSG_TYPES };
