import { addressString, moduleAddress } from "./address.ts";

/** Name of the governance module, and so of its module account. */
export const GOV_MODULE_NAME = "gov";

/**
 * The authority of every governance-only message (MsgUpdateParams of each module,
 * MsgCommunityPoolSpend, MsgSoftwareUpgrade, MsgCancelUpgrade): the gov module account, as the
 * SDK's default. Nobody holds its key; only a passed proposal executes messages signed by it.
 */
export const GOV_AUTHORITY = addressString(moduleAddress(GOV_MODULE_NAME));
