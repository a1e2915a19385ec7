/** The fuzz targets, in the order a run goes through them. */
import { FuzzChain } from "../chain.ts";
import type { CaseResult } from "../report.ts";
import type { Rng } from "../../support/rng.ts";
import type { Target } from "../runner.ts";
import { flushBlock } from "./flush.ts";
import { genesisTarget } from "./genesis.ts";
import { httpTarget } from "./http.ts";
import { MSG_TYPES, msgCase } from "./msgs.ts";
import { onnxCase } from "./onnx.ts";
import { txCase } from "./tx.ts";

/** One chain for the in-process targets (its setup is most of a small run's time). */
let shared: Promise<FuzzChain> | undefined;

/** Closes the shared chain; call once after a run. */
export async function closeTargets(): Promise<void> {
  const c = shared;
  shared = undefined;
  if (c) await (await c).close();
}

function chainTarget(name: string, run: (chain: FuzzChain, rng: Rng, index: number) => Promise<CaseResult>): Target {
  return {
    name,
    async open() {
      const chain = await (shared ??= FuzzChain.create());
      return {
        run: (rng, i) => run(chain, rng, i),
        async close() {
          const failures: string[] = [];
          const r = await flushBlock(chain, { target: name, index: -1, label: "", outcome: "" }, true);
          if (r.failure) failures.push(r.failure);
          const before = chain.h.height;
          await chain.h.deliver([]);
          if (chain.h.height !== before + 1n) failures.push("the chain did not produce a block after the run");
          if (chain.probeMismatches > 0) {
            console.log(`  ${name}: ${chain.probeMismatches} txs so far had another outcome in their block than when probed:`);
            for (const n of chain.mismatchNotes) console.log(`    ${n}`);
          }
          return failures;
        },
      };
    },
  };
}

export const TARGETS: Target[] = [chainTarget("msgs", msgCase), chainTarget("tx", txCase), chainTarget("onnx", onnxCase), genesisTarget, httpTarget];
export { MSG_TYPES };
