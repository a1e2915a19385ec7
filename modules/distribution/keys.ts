import { concatBytes, u64be, utf8 } from "../../chain/keys.ts";

/**
 * Store keys of the distribution module (see STORE_LAYOUT.md). `op` is a validator operator's
 * 20 bytes (`tribvaloper1…`), `del` a delegator account's 20 bytes. Per-validator records start
 * with `op`, so a validator's periods, delegations and slash events are each one range; periods
 * and heights are u64 big-endian, so ranges come out in numeric order.
 */
export const distributionKeys = {
  params: utf8("distribution/params"),
  feePool: utf8("distribution/fp"),
  previousProposer: utf8("distribution/pp"),
  /** Tributary: the inference compute share (pending, last allocated, total). */
  computeRewards: utf8("distribution/cr"),

  outstandingPrefix: utf8("distribution/o/"),
  outstanding: (op: Uint8Array) => concatBytes(distributionKeys.outstandingPrefix, op),
  commissionPrefix: utf8("distribution/a/"),
  commission: (op: Uint8Array) => concatBytes(distributionKeys.commissionPrefix, op),
  currentPrefix: utf8("distribution/c/"),
  current: (op: Uint8Array) => concatBytes(distributionKeys.currentPrefix, op),
  historicalPrefix: utf8("distribution/h/"),
  historicalOf: (op: Uint8Array) => concatBytes(distributionKeys.historicalPrefix, op),
  historical: (op: Uint8Array, period: bigint) => concatBytes(distributionKeys.historicalPrefix, op, u64be(period)),
  startingInfoPrefix: utf8("distribution/s/"),
  startingInfosOf: (op: Uint8Array) => concatBytes(distributionKeys.startingInfoPrefix, op),
  startingInfo: (op: Uint8Array, del: Uint8Array) => concatBytes(distributionKeys.startingInfoPrefix, op, del),
  slashEventPrefix: utf8("distribution/e/"),
  slashEventsOf: (op: Uint8Array) => concatBytes(distributionKeys.slashEventPrefix, op),
  /** Events of `op` from `height` on (the lower bound of a height range). */
  slashEventsFrom: (op: Uint8Array, height: bigint) => concatBytes(distributionKeys.slashEventPrefix, op, u64be(height)),
  slashEvent: (op: Uint8Array, height: bigint, period: bigint) => concatBytes(distributionKeys.slashEventPrefix, op, u64be(height), u64be(period)),
  withdrawAddrPrefix: utf8("distribution/w/"),
  withdrawAddr: (del: Uint8Array) => concatBytes(distributionKeys.withdrawAddrPrefix, del),
};

/** Length of an address in a key (every account and operator address here is 20 bytes). */
export const ADDR_LEN = 20;
