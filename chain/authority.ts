import { addressString, moduleAddress } from "./address.ts";
import { registerError, sdkErrors } from "./errors.ts";
import { GenesisError } from "./genesisError.ts";

/** Name of the governance module, and so of its module account. */
export const GOV_MODULE_NAME = "gov";

/**
 * The authority of every governance-only message (MsgUpdateParams of each module,
 * MsgCommunityPoolSpend, MsgSoftwareUpgrade, MsgCancelUpgrade): the gov module account, as the
 * SDK's default. Nobody holds its key; only a passed proposal executes messages signed by it.
 */
export const GOV_AUTHORITY = addressString(moduleAddress(GOV_MODULE_NAME));

/**
 * gov's ErrInvalidSigner (x/gov/types/errors.go, code 13): what the SDK's modules answer a
 * governance-only message whose authority is not the gov account with.
 */
export const invalidAuthority = registerError("gov", 13, "expected gov account as only signer for proposal message");

/** Throws unless `authority` is the gov module account, with the SDK's message. */
export function requireGovAuthority(authority: string): void {
  if (authority !== GOV_AUTHORITY) throw invalidAuthority.wrap(`invalid authority; expected ${GOV_AUTHORITY}, got ${authority}`);
}

/**
 * What every MsgUpdateParams does first: the gov authority, params present (they replace every
 * param), then `parse` (the module's genesis checks) under paramsAsGenesis. Returns the params.
 */
export function paramsFromGov<W, P>(msg: { authority: string; params?: W }, parse: (wire: W) => P): P {
  requireGovAuthority(msg.authority);
  const wire = msg.params;
  if (!wire) throw sdkErrors.invalidRequest.wrap("params: must be set (all parameters are replaced)");
  return paramsAsGenesis(() => parse(wire));
}

/**
 * Runs a module's genesis params check on the params of a MsgUpdateParams, so the message
 * accepts exactly what genesis does: its GenesisError becomes an invalid request naming the field.
 */
export function paramsAsGenesis<T>(check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof GenesisError) throw sdkErrors.invalidRequest.wrap(`${e.field}: ${e.reason}`);
    throw e;
  }
}
