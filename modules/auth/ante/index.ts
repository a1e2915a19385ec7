import type { Context } from "../../../chain/context.ts";
import type { SigVerifyCache } from "../../../chain/tx/sigCache.ts";
import type { AnteHandler, TxContext } from "../../../chain/tx/txContext.ts";
import type { FeeBankKeeper } from "../expected.ts";
import type { AuthKeeper } from "../keeper.ts";
import { consumeTxSizeGas, validateTxBasics } from "./basic.ts";
import { checkMinGasPrice, deductFee, feeCoins } from "./fee.ts";
import { incrementSequences, loadSigners, verifySignatures } from "./signatures.ts";

/**
 * The ante chain, in the Cosmos SDK's order: cheap stateless checks, size gas, fee, public
 * keys, signatures, sequence increment. Its writes (fee, sequence, pubkey) are kept even when
 * the tx's messages later fail.
 */
export function createAnteHandler(auth: AuthKeeper, bank: FeeBankKeeper, sigCache: SigVerifyCache): AnteHandler {
  return (ctx: Context, txc: TxContext) => {
    const params = auth.getParams(ctx.kv);
    validateTxBasics(ctx, txc, params);
    consumeTxSizeGas(ctx, txc, params);
    const fee = feeCoins(txc);
    checkMinGasPrice(ctx, txc, fee.coins);
    deductFee(ctx, bank, txc, fee);
    const accounts = loadSigners(ctx, auth, txc);
    verifySignatures(ctx, txc, accounts, params, sigCache);
    incrementSequences(ctx, auth, txc, accounts);
  };
}
