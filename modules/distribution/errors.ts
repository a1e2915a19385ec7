import { registerError } from "../../chain/errors.ts";

/** Distribution module errors (codespace "distribution"; numbers follow x/distribution/types/errors.go). */
export const distributionErrors = {
  emptyDelegatorAddr: registerError("distribution", 2, "delegator address is empty"),
  emptyWithdrawAddr: registerError("distribution", 3, "withdraw address is empty"),
  emptyValidatorAddr: registerError("distribution", 4, "validator address is empty"),
  emptyDelegationDistInfo: registerError("distribution", 5, "no delegation distribution info"),
  noValidatorDistInfo: registerError("distribution", 6, "no validator distribution info"),
  noValidatorCommission: registerError("distribution", 7, "no validator commission to withdraw"),
  setWithdrawAddrDisabled: registerError("distribution", 8, "set withdraw address disabled"),
  badDistribution: registerError("distribution", 9, "community pool does not have sufficient coins to distribute"),
  noValidatorExists: registerError("distribution", 12, "validator does not exist"),
  noDelegationExists: registerError("distribution", 13, "delegation does not exist"),
};

/**
 * What an SDK chain answers when distribution looks up a validator or delegation that does not
 * exist: x/staking's errors (Keeper.Validator / Keeper.Delegation fail before distribution's own
 * checks), so the codes match what wallets see on an SDK chain.
 */
export const stakingLookupErrors = {
  noValidatorFound: registerError("staking", 3, "validator does not exist"),
  noDelegation: registerError("staking", 19, "no delegation for (address, validator) tuple"),
};
