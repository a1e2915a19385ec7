import type { Context } from "../../chain/context.ts";
import { type Dec, formatDec } from "../../chain/dec.ts";

/** The SDK's `mint` event of BeginBlock: decimals in their dotted form, the amount minted. */
export function emitMint(ctx: Context, e: { bondedRatio: Dec; inflation: Dec; annualProvisions: Dec; amount: bigint }): void {
  ctx.events.emit("mint", [
    ["bonded_ratio", formatDec(e.bondedRatio)],
    ["inflation", formatDec(e.inflation)],
    ["annual_provisions", formatDec(e.annualProvisions)],
    ["amount", e.amount.toString()],
  ]);
}
