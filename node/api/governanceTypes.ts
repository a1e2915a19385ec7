/**
 * The SDK messages a gov proposal carries (signed by the gov module account) that CosmJS's default
 * registry leaves out, and v1beta1's TextProposal content: so a proposal's messages print as JSON
 * (REST, `tx decode`, `query gov proposal`) and a proposal file's `{"@type", …}` messages encode.
 */
import { MsgUpdateParams as AuthUpdateParams } from "cosmjs-types/cosmos/auth/v1beta1/tx";
import { MsgSetSendEnabled, MsgUpdateParams as BankUpdateParams } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgExecLegacyContent } from "cosmjs-types/cosmos/gov/v1/tx";
import { MsgCommunityPoolSpend, MsgUpdateParams as DistributionUpdateParams } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { TextProposal } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import { MsgUpdateParams as MintUpdateParams } from "cosmjs-types/cosmos/mint/v1beta1/tx";
import { MsgUnjail, MsgUpdateParams as SlashingUpdateParams } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { MsgUpdateParams as StakingUpdateParams } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from "cosmjs-types/cosmos/upgrade/v1beta1/tx";

export const GOVERNANCE_TYPES = [
  ["/cosmos.auth.v1beta1.MsgUpdateParams", AuthUpdateParams],
  ["/cosmos.bank.v1beta1.MsgUpdateParams", BankUpdateParams],
  ["/cosmos.bank.v1beta1.MsgSetSendEnabled", MsgSetSendEnabled],
  ["/cosmos.gov.v1.MsgExecLegacyContent", MsgExecLegacyContent],
  ["/cosmos.staking.v1beta1.MsgUpdateParams", StakingUpdateParams],
  ["/cosmos.slashing.v1beta1.MsgUpdateParams", SlashingUpdateParams],
  ["/cosmos.slashing.v1beta1.MsgUnjail", MsgUnjail],
  ["/cosmos.distribution.v1beta1.MsgUpdateParams", DistributionUpdateParams],
  ["/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", MsgCommunityPoolSpend],
  ["/cosmos.mint.v1beta1.MsgUpdateParams", MintUpdateParams],
  ["/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", MsgSoftwareUpgrade],
  ["/cosmos.upgrade.v1beta1.MsgCancelUpgrade", MsgCancelUpgrade],
  ["/cosmos.gov.v1beta1.TextProposal", TextProposal],
] as const;
