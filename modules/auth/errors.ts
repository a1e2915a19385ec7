import { sdkErrors } from "../../chain/errors.ts";

/**
 * x/auth registers no codespace of its own: its ante checks fail with the SDK's root errors
 * (codespace "sdk": unauthorized 4, insufficientFee 13, wrongSequence 32, …), which CosmJS and
 * wallets match on. They are registered once in chain/errors.ts; this is auth's name for them.
 */
export const authErrors = sdkErrors;
