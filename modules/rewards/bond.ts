import { ONE } from "../../chain/dec.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { RewardsDatanetKeeper } from "./expected.ts";
import type { RewardsParams } from "./types.ts";

/**
 * The anti-farming rule: a node's bond must cover min_bond plus bond_per_byte for every byte it
 * claims to serve, so registering many nodes, or claiming more data, costs capital that
 * slashing can take. Integer arithmetic on the LegacyDec scale (10^18), rounded against the node.
 */

/** Bytes a node serves: the sizes of the challengeable records of its datanets. PERF: one read per datanet. */
export function bytesServed(kv: KVReader, datanet: RewardsDatanetKeeper, datanetIds: readonly bigint[]): bigint {
  let total = 0n;
  for (const id of datanetIds) total += datanet.rootedTotals(kv, id).bytes;
  return total;
}

/** min_bond + ⌈bond_per_byte × bytes⌉. */
export function requiredBond(p: RewardsParams, bytes: bigint): bigint {
  return p.minBond.amount + (p.bondPerByte * bytes + ONE - 1n) / ONE;
}

/** Bytes a bond covers: ⌊(bond − min_bond) / bond_per_byte⌋, all of `bytes` when the rate is 0. */
export function bytesCovered(p: RewardsParams, bond: bigint, bytes: bigint): bigint {
  if (bond < p.minBond.amount) return 0n;
  if (p.bondPerByte === 0n) return bytes;
  const covered = ((bond - p.minBond.amount) * ONE) / p.bondPerByte;
  return covered < bytes ? covered : bytes;
}
