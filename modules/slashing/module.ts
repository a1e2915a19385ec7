import type { Module } from "../../chain/module.ts";
import type { Context } from "../../chain/context.ts";
import { handleEquivocation } from "./evidence.ts";
import { type SlashingGenesis, defaultSlashingGenesis, exportSlashingGenesis, initSlashingGenesis, validateSlashingGenesis } from "./genesis.ts";
import type { SlashingKeeper } from "./keeper.ts";
import { handleValidatorSignature } from "./liveness.ts";
import { msgUnjailHandler, msgUpdateParamsHandler } from "./msgs.ts";
import { slashingQueries } from "./queries.ts";

export function slashingModule(k: SlashingKeeper): Module<SlashingGenesis> {
  return {
    name: "slashing",
    msgs: [msgUnjailHandler(k), msgUpdateParamsHandler(k)],
    queries: slashingQueries(k),
    defaultGenesis: defaultSlashingGenesis,
    validateGenesis: validateSlashingGenesis,
    initGenesis: (ctx, g) => initSlashingGenesis(k, ctx, g),
    exportGenesis: (ctx) => exportSlashingGenesis(k, ctx),
    // Liveness for every vote of the last commit, then evidence (the SDK's slashing and
    // evidence BeginBlockers). PERF: grows with the validator set plus the evidence.
    async beginBlock(ctx) {
      for (const vote of ctx.consensus?.votes ?? []) await handleValidatorSignature(k, ctx, vote);
      for (const m of ctx.consensus?.misbehavior ?? []) await handleEquivocation(k, ctx, m);
    },
  };
}

/** The staking hooks slashing implements (staking's StakingHooks): a bonded validator's window starts now. */
export function slashingHooks(k: SlashingKeeper) {
  return {
    afterValidatorBonded(ctx: Context, consAddr: Uint8Array): void {
      const info = k.getSigningInfo(ctx.kv, consAddr);
      if (info) k.setSigningInfo(ctx, consAddr, { ...info, startHeight: ctx.block.height });
      else k.setSigningInfo(ctx, consAddr, k.newSigningInfo(consAddr, ctx.block.height));
    },
  };
}
