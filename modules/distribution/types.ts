import type { Dec } from "../../chain/dec.ts";

/** The distribution module account: holds every validator's outstanding rewards and the community pool. */
export const DISTRIBUTION = "distribution";

export interface DistributionParams {
  /** Share of every allocation that goes to the community pool, in [0, 1]. */
  communityTax: Dec;
  /** Deprecated in SDK 0.50 (proposer rewards are gone): always 0, kept for the wire shape. */
  baseProposerReward: Dec;
  bonusProposerReward: Dec;
  withdrawAddrEnabled: boolean;
}

/** The SDK defaults: 2 % community tax, withdraw addresses allowed. */
export const DEFAULT_DISTRIBUTION_PARAMS: DistributionParams = {
  communityTax: 2n * 10n ** 16n,
  baseProposerReward: 0n,
  bonusProposerReward: 0n,
  withdrawAddrEnabled: true,
};
