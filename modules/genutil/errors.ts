import { registerError } from "../../chain/errors.ts";

/** genutil's errors: a gentx that InitChain could not deliver stops the chain from starting. */
export const genutilErrors = {
  genTxFailed: registerError("genutil", 2, "gentx failed at InitChain"),
  mixedValidators: registerError("genutil", 3, "validator set given twice"),
};
