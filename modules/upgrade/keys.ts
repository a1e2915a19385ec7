import { concatBytes, utf8 } from "../../chain/keys.ts";

/** Store keys of the upgrade module (see STORE_LAYOUT.md). */
export const upgradeKeys = {
  /** The scheduled plan, at most one. */
  plan: utf8("upgrade/plan"),
  /** Applied plans: name → height it ran at. */
  donePrefix: utf8("upgrade/done/"),
};

export const doneKey = (name: string): Uint8Array => concatBytes(upgradeKeys.donePrefix, utf8(name));
