import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { coinFromWire } from "../../../chain/coins.ts";
import { sdkErrors } from "../../../chain/errors.ts";

/** A message's single coin: valid denom and a positive integer amount (else invalidRequest). */
export function parseBondCoin(c: Coin | undefined, what: string): bigint {
  if (!c) throw sdkErrors.invalidRequest.wrap(`${what}: missing amount`);
  let amount: bigint;
  try {
    amount = coinFromWire(c).amount;
  } catch (e) {
    throw sdkErrors.invalidRequest.wrap(`${what}: ${(e as Error).message}`);
  }
  if (amount <= 0n) throw sdkErrors.invalidRequest.wrap(`${what}: ${c.amount}${c.denom} is not positive`);
  return amount;
}
