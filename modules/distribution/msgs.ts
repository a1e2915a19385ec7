import {
  MsgCommunityPoolSpend, MsgCommunityPoolSpendResponse, MsgUpdateParams, MsgUpdateParamsResponse,
  MsgFundCommunityPool, MsgFundCommunityPoolResponse, MsgSetWithdrawAddress, MsgSetWithdrawAddressResponse, MsgWithdrawDelegatorReward,
  MsgWithdrawDelegatorRewardResponse, MsgWithdrawValidatorCommission, MsgWithdrawValidatorCommissionResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { addressBytes, addressString, valoperBytes } from "../../chain/address.ts";
import { paramsFromGov, requireGovAuthority } from "../../chain/authority.ts";
import { type Coin, coinFromWire, coinToWire, validateCoins } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { decFromWire, formatDec } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";
import type { MsgHandler } from "../../chain/module.ts";
import {
  AMINO_FUND_COMMUNITY_POOL, AMINO_SET_WITHDRAW_ADDRESS, AMINO_WITHDRAW_DELEGATOR_REWARD, AMINO_WITHDRAW_VALIDATOR_COMMISSION,
  fundCommunityPoolToAmino, setWithdrawAddressToAmino, withdrawDelegatorRewardToAmino, withdrawValidatorCommissionToAmino,
} from "./amino.ts";
import { withdrawDelegationRewardsOf } from "./delegation.ts";
import { distributionErrors } from "./errors.ts";
import type { DistributionKeeper } from "./keeper.ts";
import { paramsFromJson } from "./genesisJson.ts";
import { distributeFromCommunityPool, fundCommunityPool } from "./pool.ts";
import { setWithdrawAddr, withdrawValidatorCommission } from "./withdraw.ts";

const TX = "/cosmos.distribution.v1beta1.";

/** An address field: empty is the module's own error (as the SDK's ValidateBasic), malformed is invalidAddress. */
function account(s: string, field: string, empty: typeof distributionErrors.emptyDelegatorAddr): Uint8Array {
  if (s === "") throw empty.wrap(`${field} is empty`);
  return addressBytes(s, field);
}

function validator(s: string): Uint8Array {
  if (s === "") throw distributionErrors.emptyValidatorAddr.wrap("validator address is empty");
  return valoperBytes(s);
}

function amount(coins: { denom: string; amount: string }[]): Coin[] {
  if (coins.length === 0) throw sdkErrors.invalidCoins.wrap("amount cannot be empty");
  let parsed: Coin[];
  try {
    parsed = coins.map(coinFromWire);
  } catch (e) {
    throw sdkErrors.invalidCoins.wrap((e as Error).message);
  }
  validateCoins(parsed, "amount");
  return parsed;
}

export function msgWithdrawDelegatorRewardHandler(k: DistributionKeeper): MsgHandler<MsgWithdrawDelegatorReward> {
  return {
    typeUrl: TX + "MsgWithdrawDelegatorReward",
    responseTypeUrl: TX + "MsgWithdrawDelegatorRewardResponse",
    module: "distribution",
    decode: (b) => MsgWithdrawDelegatorReward.decode(b),
    validateBasic(msg) {
      account(msg.delegatorAddress, "delegator address", distributionErrors.emptyDelegatorAddr);
      validator(msg.validatorAddress);
    },
    signers: (msg) => [msg.delegatorAddress],
    // PERF: O(slash events of the validator since the delegation's start) + one transfer.
    async handle(ctx: Context, msg) {
      const paid = await withdrawDelegationRewardsOf(k, ctx, addressBytes(msg.delegatorAddress), valoperBytes(msg.validatorAddress));
      return MsgWithdrawDelegatorRewardResponse.encode({ amount: paid.map(coinToWire) }).finish();
    },
    amino: { name: AMINO_WITHDRAW_DELEGATOR_REWARD, toAmino: withdrawDelegatorRewardToAmino },
  };
}

export function msgWithdrawValidatorCommissionHandler(k: DistributionKeeper): MsgHandler<MsgWithdrawValidatorCommission> {
  return {
    typeUrl: TX + "MsgWithdrawValidatorCommission",
    responseTypeUrl: TX + "MsgWithdrawValidatorCommissionResponse",
    module: "distribution",
    decode: (b) => MsgWithdrawValidatorCommission.decode(b),
    validateBasic: (msg) => void validator(msg.validatorAddress),
    // The operator's account (same bytes as the operator address) signs.
    signers: (msg) => [addressStringOf(msg.validatorAddress)],
    // PERF: two reads, two writes, one transfer.
    handle(ctx: Context, msg) {
      const paid = withdrawValidatorCommission(k, ctx, valoperBytes(msg.validatorAddress));
      return MsgWithdrawValidatorCommissionResponse.encode({ amount: paid.map(coinToWire) }).finish();
    },
    amino: { name: AMINO_WITHDRAW_VALIDATOR_COMMISSION, toAmino: withdrawValidatorCommissionToAmino },
  };
}

export function msgSetWithdrawAddressHandler(k: DistributionKeeper): MsgHandler<MsgSetWithdrawAddress> {
  return {
    typeUrl: TX + "MsgSetWithdrawAddress",
    responseTypeUrl: TX + "MsgSetWithdrawAddressResponse",
    module: "distribution",
    decode: (b) => MsgSetWithdrawAddress.decode(b),
    validateBasic(msg) {
      account(msg.delegatorAddress, "delegator address", distributionErrors.emptyDelegatorAddr);
      account(msg.withdrawAddress, "withdraw address", distributionErrors.emptyWithdrawAddr);
    },
    signers: (msg) => [msg.delegatorAddress],
    // PERF: two reads, one write.
    handle(ctx: Context, msg) {
      setWithdrawAddr(k, ctx, addressBytes(msg.delegatorAddress), addressBytes(msg.withdrawAddress));
      return MsgSetWithdrawAddressResponse.encode({}).finish();
    },
    amino: { name: AMINO_SET_WITHDRAW_ADDRESS, toAmino: setWithdrawAddressToAmino },
  };
}

export function msgFundCommunityPoolHandler(k: DistributionKeeper): MsgHandler<MsgFundCommunityPool> {
  return {
    typeUrl: TX + "MsgFundCommunityPool",
    responseTypeUrl: TX + "MsgFundCommunityPoolResponse",
    module: "distribution",
    decode: (b) => MsgFundCommunityPool.decode(b),
    validateBasic(msg) {
      account(msg.depositor, "depositor address", distributionErrors.emptyDelegatorAddr);
      amount(msg.amount);
    },
    signers: (msg) => [msg.depositor],
    // PERF: O(denoms) transfers, one read and one write.
    handle(ctx: Context, msg) {
      fundCommunityPool(k, ctx, addressBytes(msg.depositor), amount(msg.amount));
      return MsgFundCommunityPoolResponse.encode({}).finish();
    },
    amino: { name: AMINO_FUND_COMMUNITY_POOL, toAmino: fundCommunityPoolToAmino },
  };
}

function addressStringOf(valoper: string): string {
  return addressString(valoperBytes(valoper));
}

/**
 * MsgUpdateParams (v0.47+): replaces every distribution param; only the gov module account may
 * send it, and the params pass genesis's checks (Params.ValidateBasic).
 */
export function msgUpdateParamsHandler(k: DistributionKeeper): MsgHandler<MsgUpdateParams> {
  return {
    typeUrl: TX + "MsgUpdateParams",
    responseTypeUrl: TX + "MsgUpdateParamsResponse",
    module: "distribution",
    decode: (b) => MsgUpdateParams.decode(b),
    validateBasic: (msg) => void addressBytes(msg.authority, "authority"),
    signers: (msg) => [msg.authority],
    // PERF: one write.
    handle(ctx: Context, msg) {
      const dec = (s: string, name: string) => formatDec(decFromWire(s || "0", `params.${name}`));
      const params = paramsFromGov(msg, (w) =>
        paramsFromJson({
          community_tax: dec(w.communityTax, "community_tax"),
          base_proposer_reward: dec(w.baseProposerReward, "base_proposer_reward"),
          bonus_proposer_reward: dec(w.bonusProposerReward, "bonus_proposer_reward"),
          withdraw_addr_enabled: w.withdrawAddrEnabled,
        }),
      );
      k.setParams(ctx, params);
      return MsgUpdateParamsResponse.encode({}).finish();
    },
  };
}

/**
 * MsgCommunityPoolSpend (v0.47+): gov pays `amount` from the community pool to `recipient`.
 * Refused when the pool holds less (badDistribution) or the recipient is a blocked module
 * account (unauthorized), as the SDK's msg server.
 */
export function msgCommunityPoolSpendHandler(k: DistributionKeeper): MsgHandler<MsgCommunityPoolSpend> {
  return {
    typeUrl: TX + "MsgCommunityPoolSpend",
    responseTypeUrl: TX + "MsgCommunityPoolSpendResponse",
    module: "distribution",
    decode: (b) => MsgCommunityPoolSpend.decode(b),
    validateBasic(msg) {
      addressBytes(msg.authority, "authority");
      addressBytes(msg.recipient, "recipient");
      amount(msg.amount);
    },
    signers: (msg) => [msg.authority],
    // PERF: one read, one write, one transfer.
    handle(ctx: Context, msg) {
      requireGovAuthority(msg.authority);
      distributeFromCommunityPool(k, ctx, addressBytes(msg.recipient), amount(msg.amount));
      return MsgCommunityPoolSpendResponse.encode({}).finish();
    },
  };
}
