import { concatBytes, utf8, utf8Interned } from "../../chain/keys.ts";

const BALANCE_PREFIX = utf8("bank/b/");
const SEND_ENABLED_PREFIX = utf8("bank/e/");

/** `prefix` ‖ `a` ‖ `b` in one allocation. PERF: O(key length); two per send and fee. */
function join3(prefix: Uint8Array, a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(prefix.length + a.length + b.length);
  out.set(prefix, 0);
  out.set(a, prefix.length);
  out.set(b, prefix.length + a.length);
  return out;
}

/**
 * Send-enabled keys by denom: every send reads its denom's flag, and there are few denoms. The
 * arrays are shared; store keys are never changed in place.
 */
const sendEnabledKeys = new Map<string, Uint8Array>();

function sendEnabledKey(denom: string): Uint8Array {
  let key = sendEnabledKeys.get(denom);
  if (key === undefined) {
    if (sendEnabledKeys.size >= 10_000) sendEnabledKeys.clear();
    sendEnabledKeys.set(denom, (key = concatBytes(SEND_ENABLED_PREFIX, utf8Interned(denom))));
  }
  return key;
}

/** Store keys of the bank module (see STORE_LAYOUT.md). */
export const bankKeys = {
  balancePrefix: BALANCE_PREFIX,
  /** All balances of one address: `bank/b/` ‖ addr. */
  balancesOf: (addr: Uint8Array) => concatBytes(BALANCE_PREFIX, addr),
  balance: (addr: Uint8Array, denom: string) => join3(BALANCE_PREFIX, addr, utf8Interned(denom)),
  supplyPrefix: utf8("bank/s/"),
  supply: (denom: string) => concatBytes(bankKeys.supplyPrefix, utf8(denom)),
  metadataPrefix: utf8("bank/m/"),
  metadata: (denom: string) => concatBytes(bankKeys.metadataPrefix, utf8(denom)),
  sendEnabledPrefix: SEND_ENABLED_PREFIX,
  // Read by every send (assertSendEnabled): the whole key is interned per denom.
  sendEnabled: sendEnabledKey,
  params: utf8("bank/p"),
};
