import { registerError } from "../../chain/errors.ts";

/** Bank module errors (codespace "bank"; numbers follow x/bank/types/errors.go). */
export const bankErrors = {
  noInputs: registerError("bank", 2, "no inputs to send transaction"),
  noOutputs: registerError("bank", 3, "no outputs to send transaction"),
  inputOutputMismatch: registerError("bank", 4, "sum inputs != sum outputs"),
  sendDisabled: registerError("bank", 5, "send transactions are disabled"),
  multipleSenders: registerError("bank", 9, "multiple senders not allowed"),
};
