/** Applying ABCI validator updates to a set (CometBFT: power 0 removes, otherwise sets). */
import { toHex } from "@cosmjs/encoding";
import type { ValidatorUpdate } from "cosmjs-types/tendermint/abci/types";
import type { ValidatorInfo } from "../rpc/backend.ts";
import { validatorInfoFromUpdate } from "./genesis.ts";

/** Ordered as CometBFT orders a set: voting power descending, then address ascending. */
export function applyValidatorUpdates(current: readonly ValidatorInfo[], updates: readonly ValidatorUpdate[]): ValidatorInfo[] {
  const byAddress = new Map(current.map((v) => [toHex(v.address), v]));
  for (const update of updates) {
    const info = validatorInfoFromUpdate(update);
    const key = toHex(info.address);
    if (update.power === 0n) byAddress.delete(key);
    else byAddress.set(key, info);
  }
  return [...byAddress.entries()]
    .sort(([a, va], [b, vb]) => (va.votingPower !== vb.votingPower ? (va.votingPower > vb.votingPower ? -1 : 1) : a < b ? -1 : a > b ? 1 : 0))
    .map(([, v]) => v);
}
