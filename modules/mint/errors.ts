import { registerError } from "../../chain/errors.ts";

/**
 * Errors the mint module returns. x/mint registers none of its own: MsgUpdateParams refuses a
 * wrong authority with the gov module's ErrInvalidSigner (x/gov/types/errors.go, code 13), and
 * bad params are an invalid request.
 */
export const mintErrors = {
  invalidSigner: registerError("gov", 13, "expected gov account as only signer for proposal message"),
};
