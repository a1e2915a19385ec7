import { concatBytes, u32be, u64be, utf8 } from "../../chain/keys.ts";

/**
 * Store keys of the staking module (see STORE_LAYOUT.md). `op` is the operator's 20 bytes
 * (the bech32 data of `tribvaloper1…`), `del` a delegator account, `cons` a consensus address.
 * Queue keys start with a 12-byte time (u64 seconds ‖ u32 nanos, big-endian) so a range scan up
 * to the block time finds exactly what has matured.
 */
const MAX_U64 = (1n << 64n) - 1n;

/** 12-byte sortable time; times before 1970 (never a block time) clamp to 0. */
export function timeKey(ns: bigint): Uint8Array {
  const t = ns < 0n ? 0n : ns;
  return concatBytes(u64be(t / 1_000_000_000n), u32be(Number(t % 1_000_000_000n)));
}

/** Power index order: power ascending, then operator bytes inverted, so a reverse scan gives
 * the highest power first and, among equals, the lowest operator address first (as the SDK). */
function powerKeyBody(power: bigint, op: Uint8Array): Uint8Array {
  const inverted = op.map((b) => 255 - b);
  return concatBytes(u64be(power > MAX_U64 ? MAX_U64 : power), inverted);
}

export const stakingKeys = {
  params: utf8("staking/params"),
  lastTotalPower: utf8("staking/ltp"),
  nextUnbondingId: utf8("staking/uid"),

  validatorPrefix: utf8("staking/v/"),
  validator: (op: Uint8Array) => concatBytes(stakingKeys.validatorPrefix, op),
  byConsPrefix: utf8("staking/c/"),
  byCons: (cons: Uint8Array) => concatBytes(stakingKeys.byConsPrefix, cons),
  powerPrefix: utf8("staking/pw/"),
  power: (power: bigint, op: Uint8Array) => concatBytes(stakingKeys.powerPrefix, powerKeyBody(power, op)),
  lastPowerPrefix: utf8("staking/lp/"),
  lastPower: (op: Uint8Array) => concatBytes(stakingKeys.lastPowerPrefix, op),

  delegationPrefix: utf8("staking/d/"),
  delegationsOf: (del: Uint8Array) => concatBytes(stakingKeys.delegationPrefix, del),
  delegation: (del: Uint8Array, op: Uint8Array) => concatBytes(stakingKeys.delegationPrefix, del, op),
  delByValPrefix: utf8("staking/dv/"),
  delegationsTo: (op: Uint8Array) => concatBytes(stakingKeys.delByValPrefix, op),
  delByVal: (op: Uint8Array, del: Uint8Array) => concatBytes(stakingKeys.delByValPrefix, op, del),

  ubdPrefix: utf8("staking/u/"),
  ubdsOf: (del: Uint8Array) => concatBytes(stakingKeys.ubdPrefix, del),
  ubd: (del: Uint8Array, op: Uint8Array) => concatBytes(stakingKeys.ubdPrefix, del, op),
  ubdByValPrefix: utf8("staking/uv/"),
  ubdsFrom: (op: Uint8Array) => concatBytes(stakingKeys.ubdByValPrefix, op),
  ubdByVal: (op: Uint8Array, del: Uint8Array) => concatBytes(stakingKeys.ubdByValPrefix, op, del),

  redPrefix: utf8("staking/r/"),
  redsOf: (del: Uint8Array) => concatBytes(stakingKeys.redPrefix, del),
  red: (del: Uint8Array, src: Uint8Array, dst: Uint8Array) => concatBytes(stakingKeys.redPrefix, del, src, dst),
  redBySrcPrefix: utf8("staking/rs/"),
  redsFrom: (src: Uint8Array) => concatBytes(stakingKeys.redBySrcPrefix, src),
  redBySrc: (src: Uint8Array, del: Uint8Array, dst: Uint8Array) => concatBytes(stakingKeys.redBySrcPrefix, src, del, dst),
  redByDstPrefix: utf8("staking/rd/"),
  /** Redelegations of `del` into `dst` (the transitive-redelegation check). */
  redsInto: (dst: Uint8Array, del: Uint8Array) => concatBytes(stakingKeys.redByDstPrefix, dst, del),
  redByDst: (dst: Uint8Array, del: Uint8Array, src: Uint8Array) => concatBytes(stakingKeys.redByDstPrefix, dst, del, src),

  ubdQueuePrefix: utf8("staking/qu/"),
  ubdQueue: (t: bigint, del: Uint8Array, op: Uint8Array) => concatBytes(stakingKeys.ubdQueuePrefix, timeKey(t), del, op),
  redQueuePrefix: utf8("staking/qr/"),
  redQueue: (t: bigint, del: Uint8Array, src: Uint8Array, dst: Uint8Array) => concatBytes(stakingKeys.redQueuePrefix, timeKey(t), del, src, dst),
  valQueuePrefix: utf8("staking/qv/"),
  valQueue: (t: bigint, height: bigint, op: Uint8Array) => concatBytes(stakingKeys.valQueuePrefix, timeKey(t), u64be(height < 0n ? 0n : height), op),
};
