import type { MsgFundCommunityPool, MsgSetWithdrawAddress, MsgWithdrawDelegatorReward, MsgWithdrawValidatorCommission } from "cosmjs-types/cosmos/distribution/v1beta1/tx";

/**
 * Amino JSON of the distribution messages under the SDK's registered names
 * (x/distribution/types/codec.go), which is what Keplr and Ledger sign: snake_case fields,
 * coins `{amount, denom}`. Key order does not matter: the sign doc serialiser sorts keys.
 * Note the names that differ from the proto names (WithdrawDelegationReward,
 * ModifyWithdrawAddress, WithdrawValCommission: amino names are at most 39 characters).
 */
export const AMINO_WITHDRAW_DELEGATOR_REWARD = "cosmos-sdk/MsgWithdrawDelegationReward";
export const AMINO_WITHDRAW_VALIDATOR_COMMISSION = "cosmos-sdk/MsgWithdrawValCommission";
export const AMINO_SET_WITHDRAW_ADDRESS = "cosmos-sdk/MsgModifyWithdrawAddress";
export const AMINO_FUND_COMMUNITY_POOL = "cosmos-sdk/MsgFundCommunityPool";

export const withdrawDelegatorRewardToAmino = (msg: MsgWithdrawDelegatorReward) => ({ delegator_address: msg.delegatorAddress, validator_address: msg.validatorAddress });
export const withdrawValidatorCommissionToAmino = (msg: MsgWithdrawValidatorCommission) => ({ validator_address: msg.validatorAddress });
export const setWithdrawAddressToAmino = (msg: MsgSetWithdrawAddress) => ({ delegator_address: msg.delegatorAddress, withdraw_address: msg.withdrawAddress });
export const fundCommunityPoolToAmino = (msg: MsgFundCommunityPool) => ({
  amount: msg.amount.map((c) => ({ amount: c.amount, denom: c.denom })),
  depositor: msg.depositor,
});
