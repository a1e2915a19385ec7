import { utf8 } from "../../chain/keys.ts";

/** Store keys of the mint module (see STORE_LAYOUT.md): two single values. */
export const mintKeys = {
  minter: utf8("mint/minter"),
  params: utf8("mint/params"),
};
