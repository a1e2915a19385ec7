import { concatBytes, utf8 } from "../../chain/keys.ts";

/** Store keys of the auth module (see STORE_LAYOUT.md). */
export const authKeys = {
  accountPrefix: utf8("auth/a/"),
  account: (addr: Uint8Array) => concatBytes(authKeys.accountPrefix, addr),
  nextAccountNumber: utf8("auth/n"),
  params: utf8("auth/p"),
};
