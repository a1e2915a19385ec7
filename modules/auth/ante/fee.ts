import { addressBytes } from "../../../chain/address.ts";
import { type Coin, coinFromWire, coinsToString, validateCoins } from "../../../chain/coins.ts";
import type { Context } from "../../../chain/context.ts";
import { ChainError, sdkErrors } from "../../../chain/errors.ts";
import type { TxContext } from "../../../chain/tx/txContext.ts";
import { emitTxFee } from "../events.ts";
import type { FeeBankKeeper } from "../expected.ts";
import { FEE_COLLECTOR } from "../keeper.ts";


/** A tx's fee coins (parsed and validated) and their text for the `tx.fee` event. */
export interface TxFee {
  readonly coins: readonly Coin[];
  readonly text: string;
}

/**
 * CheckTx, every ReCheck and FinalizeBlock see the same DecodedTx (App's decode cache), and its
 * fee never changes, so it is parsed once and kept in the tx's `derived` slot. A fee that does
 * not parse is not remembered: it throws the same error every time.
 * PERF: O(fee coins) on a tx's first ante run; a property read after.
 */
export function feeCoins({ tx }: TxContext): TxFee {
  const hit = tx.derived.fee as TxFee | undefined;
  if (hit !== undefined) return hit;
  const coins = (tx.authInfo.fee?.amount ?? []).map(coinFromWire);
  validateCoins(coins, "fee");
  // Frozen: the same objects are handed to every later run of the tx.
  const fee: TxFee = Object.freeze({ coins: Object.freeze(coins.map((c) => Object.freeze(c))), text: coinsToString(coins) });
  tx.derived.fee = fee;
  return fee;
}

/**
 * The node's minimum gas price, enforced in CheckTx only (it is node-local config, so it must
 * not decide block validity): some fee coin must reach ceil(gas_limit × price).
 */
export function checkMinGasPrice(ctx: Context, txc: TxContext, fee: readonly Coin[]): void {
  if (ctx.mode !== "check" || txc.simulate || ctx.minGasPrices.length === 0) return;
  const gas = txc.tx.authInfo.fee?.gasLimit ?? 0n;
  const required = ctx.minGasPrices.map((p) => ({ denom: p.denom, amount: (gas * p.num + p.den - 1n) / p.den }));
  if (required.every((r) => r.amount === 0n)) return;
  const ok = required.some((r) => (fee.find((c) => c.denom === r.denom)?.amount ?? 0n) >= r.amount);
  if (!ok) {
    throw sdkErrors.insufficientFee.wrap(`insufficient fees; got: ${coinsToString(fee) || "0"} required: ${coinsToString(required)}`);
  }
}

/** Moves the fee from the first signer to the fee collector and emits `tx.fee`/`tx.fee_payer`. */
export function deductFee(ctx: Context, bank: FeeBankKeeper, txc: TxContext, { coins: fee, text }: TxFee): void {
  const payer = txc.signers[0];
  // Every message has a signer and a tx has a message, so this holds for a decoded tx.
  if (payer === undefined) throw sdkErrors.noSignatures.wrap("the tx has no signer to pay its fee");
  const charged = txc.simulate && fee.length === 0 ? nominalSimulationFee(ctx, bank, addressBytes(payer)) : fee;
  if (charged.length > 0) {
    try {
      bank.sendCoinsToModule(ctx, addressBytes(payer), FEE_COLLECTOR, charged);
    } catch (e) {
      if (e instanceof ChainError && sdkErrors.insufficientFunds.is(e)) {
        throw new ChainError(e.codespace, e.code, `cannot pay fee ${text}: ${e.message}`);
      }
      throw e;
    }
  }
  emitTxFee(ctx, text, payer);
}

/**
 * CosmJS simulates with an empty fee, so a simulation that skipped the deduction would leave out
 * its reads and writes (about a quarter of a bank send's gas) and `fee: "auto"` would run out
 * of gas. Simulate therefore moves one unit of the fee denom on its throwaway branch.
 */
function nominalSimulationFee(ctx: Context, bank: FeeBankKeeper, payer: Uint8Array): Coin[] {
  const denom = ctx.minGasPrices[0]?.denom ?? "utrib";
  return bank.getBalance(ctx.kv, payer, denom) > 0n ? [{ denom, amount: 1n }] : [];
}
