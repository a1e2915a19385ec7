import { concatBytes, utf8, utf8Interned } from "../../chain/keys.ts";

/** Store keys of the bank module (see STORE_LAYOUT.md). */
export const bankKeys = {
  balancePrefix: utf8("bank/b/"),
  /** All balances of one address: `bank/b/` ‖ addr. */
  balancesOf: (addr: Uint8Array) => concatBytes(bankKeys.balancePrefix, addr),
  balance: (addr: Uint8Array, denom: string) => concatBytes(bankKeys.balancePrefix, addr, utf8Interned(denom)),
  supplyPrefix: utf8("bank/s/"),
  supply: (denom: string) => concatBytes(bankKeys.supplyPrefix, utf8(denom)),
  metadataPrefix: utf8("bank/m/"),
  metadata: (denom: string) => concatBytes(bankKeys.metadataPrefix, utf8(denom)),
  sendEnabledPrefix: utf8("bank/e/"),
  // Read by every send (assertSendEnabled): the denom's bytes are interned, as for balances.
  sendEnabled: (denom: string) => concatBytes(bankKeys.sendEnabledPrefix, utf8Interned(denom)),
  params: utf8("bank/p"),
};
