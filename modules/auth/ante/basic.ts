import type { Context } from "../../../chain/context.ts";
import { sdkErrors } from "../../../chain/errors.ts";
import type { TxContext } from "../../../chain/tx/txContext.ts";
import type { AuthParams } from "../types.ts";

/**
 * Stateless checks first, so a bad tx costs as little as possible: memo size, timeout height,
 * gas limit bounds, signature count. (SDK: ValidateBasic, TxTimeoutHeight, ValidateMemo.)
 */
const enc = new TextEncoder();

export function validateTxBasics(ctx: Context, { tx, signers, simulate }: TxContext, params: AuthParams): void {
  const memoBytes = utf8Length(tx.body.memo);
  if (BigInt(memoBytes) > params.maxMemoCharacters) {
    throw sdkErrors.memoTooLarge.wrap(`maximum number of characters is ${params.maxMemoCharacters} but received ${memoBytes} characters`);
  }
  const timeout = tx.body.timeoutHeight;
  if (timeout > 0n && ctx.block.height > timeout) {
    throw sdkErrors.txTimeoutHeight.wrap(`block height: ${ctx.block.height}, timeout height: ${timeout}`);
  }
  const gasLimit = tx.authInfo.fee?.gasLimit ?? 0n;
  if (!simulate) {
    if (gasLimit === 0n) throw sdkErrors.invalidGasLimit.wrap("gas limit must be positive");
    if (ctx.blockMaxGas >= 0n && gasLimit > ctx.blockMaxGas) {
      throw sdkErrors.invalidGasLimit.wrap(`tx gas limit ${gasLimit} exceeds block max gas ${ctx.blockMaxGas}`);
    }
  }
  if (BigInt(tx.signatures.length) > params.txSigLimit) {
    throw sdkErrors.tooManySignatures.wrap(`signatures: ${tx.signatures.length}, limit: ${params.txSigLimit}`);
  }
  if (tx.authInfo.signerInfos.length !== signers.length) {
    throw sdkErrors.unauthorized.wrap(`invalid number of signer infos; expected: ${signers.length}, got ${tx.authInfo.signerInfos.length}`);
  }
  if (tx.signatures.length !== signers.length) {
    throw sdkErrors.unauthorized.wrap(`wrong number of signatures; expected ${signers.length}, got ${tx.signatures.length}`);
  }
  const fee = tx.authInfo.fee;
  if (fee && (fee.payer !== "" || fee.granter !== "")) {
    throw sdkErrors.notSupported.wrap("fee payer and fee granter are not supported; the first signer pays");
  }
}

/** Charges gas for the tx's size before anything expensive runs. */
export function consumeTxSizeGas(ctx: Context, { tx }: TxContext, params: AuthParams): void {
  ctx.gasMeter.consume(BigInt(tx.size) * params.txSizeCostPerByte, "txSize");
}

/** The memo's UTF-8 length; an ASCII memo (nearly all) is measured without encoding it. */
function utf8Length(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return enc.encode(s).length;
  return s.length;
}
