import { addressString, valoperString } from "../../chain/address.ts";
import { type Coin, coinsToString } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { decCoinsFromCoins, subDec, truncateDec } from "./decCoins.ts";
import { distributionErrors } from "./errors.ts";
import { emitSetWithdrawAddress, emitWithdrawCommission } from "./events.ts";
import type { DistributionKeeper } from "./keeper.ts";

/**
 * Keeper.WithdrawValidatorCommission: pays the whole-coin part of the accumulated commission to
 * the operator's withdraw address; the fractional rest stays accumulated for later.
 * PERF: two reads, two writes, one transfer.
 */
export function withdrawValidatorCommission(k: DistributionKeeper, ctx: Context, op: Uint8Array): Coin[] {
  const accumulated = k.getCommission(ctx.kv, op);
  if (accumulated.length === 0) throw distributionErrors.noValidatorCommission.wrap(`${valoperString(op)} has no commission to withdraw`);
  const { coins, change } = truncateDec(accumulated);
  k.setCommission(ctx, op, change);
  k.setOutstanding(ctx, op, subDec(k.getOutstanding(ctx.kv, op), decCoinsFromCoins(coins), `outstanding rewards of ${valoperString(op)}`));
  // The operator's account has the operator address's bytes.
  if (coins.length > 0) k.bank.sendCoins(ctx, k.moduleAccount(ctx), k.getWithdrawAddr(ctx.kv, op), coins);
  emitWithdrawCommission(ctx, coinsToString(coins));
  return coins;
}

/**
 * Keeper.SetWithdrawAddr: where `del`'s rewards (and an operator's commission) are paid. A
 * module account may not receive them (its balance is bookkept by its module); the
 * withdraw_addr_enabled param can turn the feature off.
 */
export function setWithdrawAddr(k: DistributionKeeper, ctx: Context, del: Uint8Array, to: Uint8Array): void {
  const blocked = k.bank.blockedReason(ctx.kv, to);
  if (blocked) throw sdkErrors.unauthorized.wrap(`${addressString(to)} is not allowed to receive external funds (${blocked})`);
  if (!k.getParams(ctx.kv).withdrawAddrEnabled) throw distributionErrors.setWithdrawAddrDisabled.wrap("withdraw_addr_enabled is false");
  emitSetWithdrawAddress(ctx, addressString(to));
  k.setWithdrawAddrRecord(ctx, del, to);
}
