/**
 * Mempool priority: the fee per unit of gas of a Cosmos tx, as an exact fraction (amount of
 * the first fee coin / gas limit). Undecodable txs get priority zero (CheckTx decides on them).
 */
import { type TxEnvelope, decodeEnvelope } from "./envelope.ts";

export interface FeePerGas {
  fee: bigint;
  gas: bigint;
}

export const ZERO_PRIORITY: FeePerGas = { fee: 0n, gas: 1n };

export function feePerGas(tx: Uint8Array): FeePerGas {
  return feePerGasOf(decodeEnvelope(tx));
}

/** The priority of an already decoded tx (undefined: it did not decode). */
export function feePerGasOf(envelope: TxEnvelope | undefined): FeePerGas {
  const fee = envelope?.authInfo.fee;
  const first = fee?.amount[0];
  if (!fee || !first || fee.gasLimit <= 0n || !/^\d+$/.test(first.amount)) return ZERO_PRIORITY;
  return { fee: BigInt(first.amount), gas: fee.gasLimit };
}

/** Sign of a − b, compared as fractions without division. */
export function comparePriority(a: FeePerGas, b: FeePerGas): number {
  const left = a.fee * b.gas;
  const right = b.fee * a.gas;
  return left < right ? -1 : left > right ? 1 : 0;
}
