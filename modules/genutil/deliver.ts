import { MAX_TX_BYTES } from "../../chain/app.ts";
import type { Context } from "../../chain/context.ts";
import type { Module } from "../../chain/module.ts";
import { Router } from "../../chain/router.ts";
import type { Branch, KVStore } from "../../chain/store/types.ts";
import { runTx } from "../../chain/tx/runTx.ts";
import type { AnteHandler } from "../../chain/tx/txContext.ts";
import type { GenTxDeliverer } from "./expected.ts";

function asBranch(kv: KVStore): Branch {
  const b = kv as Partial<Branch>;
  if (typeof b.branch !== "function" || typeof b.write !== "function") throw new Error("gen_txs are delivered on InitChain's genesis branch; this context's store is not a branch");
  return kv as Branch;
}

/**
 * Delivers a tx exactly as FinalizeBlock does (runTx: decode, ante, messages on branches that
 * are kept only on success), in "genesis" mode on the InitChain state. `modules` is read on
 * the first delivery: the router covers every module, genutil included, once they all exist.
 */
export function genesisTxDeliverer(modules: () => readonly Module[], ante: AnteHandler): GenTxDeliverer {
  let router: Router | undefined;
  return {
    async deliverTx(ctx: Context, tx: Uint8Array) {
      router ??= new Router(modules());
      const out = await runTx({ router, ante, maxTxBytes: MAX_TX_BYTES }, asBranch(ctx.kv), {
        mode: "genesis",
        block: ctx.block,
        blockMaxGas: -1n,
        minGasPrices: [],
        rules: ctx.rules,
      }, tx);
      return { code: out.code, codespace: out.codespace, log: out.log };
    },
  };
}
