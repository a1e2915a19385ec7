import { concatBytes, u32be, u64be, utf8 } from "../../chain/keys.ts";

/**
 * Store keys of the rewards module (see STORE_LAYOUT.md). `addr` is the operator's 20 address
 * bytes, heights and epochs u64 big-endian, challenge indexes u32 big-endian, so prefix scans run
 * in address, then index (or height) order.
 */
export const rewardsKeys = {
  params: utf8("rewards/p"),
  /** The epoch clock (EpochInfo). */
  epoch: utf8("rewards/e"),
  /** Registered nodes: `rewards/n/` ‖ addr → Node. */
  nodePrefix: utf8("rewards/n/"),
  node: (addr: Uint8Array) => concatBytes(rewardsKeys.nodePrefix, addr),
  /** The current epoch's challenges: `rewards/c/` ‖ addr ‖ index → Challenge. */
  challengePrefix: utf8("rewards/c/"),
  challenges: (addr: Uint8Array) => concatBytes(rewardsKeys.challengePrefix, addr),
  challenge: (addr: Uint8Array, index: number) => concatBytes(rewardsKeys.challengePrefix, addr, u32be(index)),
  /** The current epoch's work per node: `rewards/w/` ‖ addr → EpochWork. */
  workPrefix: utf8("rewards/w/"),
  work: (addr: Uint8Array) => concatBytes(rewardsKeys.workPrefix, addr),
  /** Bond refund queue: `rewards/r/` ‖ completion height ‖ addr → BondRefund (same block's refunds merged). */
  refundPrefix: utf8("rewards/r/"),
  refundsUpTo: (height: bigint) => concatBytes(rewardsKeys.refundPrefix, u64be(height + 1n)),
  refund: (height: bigint, addr: Uint8Array) => concatBytes(rewardsKeys.refundPrefix, u64be(height), addr),
  /** Index of the queue by operator: `rewards/ro/` ‖ addr ‖ completion height → empty. */
  refundByOperatorPrefix: utf8("rewards/ro/"),
  refundsOf: (addr: Uint8Array) => concatBytes(rewardsKeys.refundByOperatorPrefix, addr),
  refundByOperator: (addr: Uint8Array, height: bigint) => concatBytes(rewardsKeys.refundByOperatorPrefix, addr, u64be(height)),
};
