import { addressBytes } from "../../../chain/address.ts";
import { type Coin, coinsToString } from "../../../chain/coins.ts";
import type { Context } from "../../../chain/context.ts";
import { sdkErrors } from "../../../chain/errors.ts";
import { u64 } from "../codec.ts";
import type { DatanetKeeper } from "../keeper.ts";

/** Shared pieces of the datanet message handlers. */

/**
 * A required uint64 id of a message. 0 never names anything (ids start at 1), and it is what
 * protobufjs writes for a `bigint`, so the hint says how to pass one.
 */
export function requireId(v: Parameters<typeof u64>[0], field: string): bigint {
  const id = u64(v);
  if (id === 0n) {
    throw sdkErrors.invalidRequest.wrap(`${field} must be set (ids start at 1; give uint64 fields as a number or decimal string: protobufjs encodes a bigint as 0)`);
  }
  return id;
}

/** Checks that `addr` can pay `coins`, naming what they are for (clearer than bank's message). */
export function requireFunds(ctx: Context, keeper: DatanetKeeper, addr: string, coins: readonly Coin[], what: string): void {
  const bytes = addressBytes(addr);
  for (const c of coins) {
    const bal = keeper.bank.getBalance(ctx.kv, bytes, c.denom);
    if (bal < c.amount) {
      throw sdkErrors.insufficientFunds.wrap(`${what} of ${coinsToString([c])}: ${addr} has ${bal}${c.denom}`);
    }
  }
}
