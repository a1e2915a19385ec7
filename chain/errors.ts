/**
 * Errors with a codespace and a code, as in the Cosmos SDK (`types/errors`).
 *
 * Every rejection a user can see is a `ChainError`: the codespace and code land in
 * `ResponseCheckTx` / `ExecTxResult` / `ResponseQuery`, the message says what was wrong with
 * the input. Codes in the `sdk` codespace keep the SDK's numbers so wallets and explorers that
 * special-case them (32 = sequence mismatch, 13 = insufficient fee, …) keep working.
 */
export class ChainError extends Error {
  override readonly name = "ChainError";
  constructor(
    readonly codespace: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** A registered (codespace, code, description) triple; `.wrap()` makes a concrete error. */
export interface ErrorKind {
  readonly codespace: string;
  readonly code: number;
  readonly description: string;
  /** `<message>: <description>`, the SDK's `errors.Wrap` text shape. */
  wrap(message: string): ChainError;
  is(err: unknown): boolean;
}

export function registerError(codespace: string, code: number, description: string): ErrorKind {
  return {
    codespace,
    code,
    description,
    wrap: (message: string) => new ChainError(codespace, code, message ? `${message}: ${description}` : description),
    is: (err: unknown) => err instanceof ChainError && err.codespace === codespace && err.code === code,
  };
}

/** The SDK root codespace; numbers match cosmos-sdk `types/errors/errors.go`. */
export const sdkErrors = {
  txDecode: registerError("sdk", 2, "tx parse error"),
  invalidSequence: registerError("sdk", 3, "invalid sequence"),
  unauthorized: registerError("sdk", 4, "unauthorized"),
  insufficientFunds: registerError("sdk", 5, "insufficient funds"),
  unknownRequest: registerError("sdk", 6, "unknown request"),
  invalidAddress: registerError("sdk", 7, "invalid address"),
  invalidPubKey: registerError("sdk", 8, "invalid pubkey"),
  unknownAddress: registerError("sdk", 9, "unknown address"),
  invalidCoins: registerError("sdk", 10, "invalid coins"),
  outOfGas: registerError("sdk", 11, "out of gas"),
  memoTooLarge: registerError("sdk", 12, "memo too large"),
  insufficientFee: registerError("sdk", 13, "insufficient fee"),
  tooManySignatures: registerError("sdk", 14, "maximum number of signatures exceeded"),
  noSignatures: registerError("sdk", 15, "no signatures supplied"),
  jsonMarshal: registerError("sdk", 16, "failed to marshal JSON bytes"),
  invalidRequest: registerError("sdk", 18, "invalid request"),
  txInMempoolCache: registerError("sdk", 19, "tx already in mempool"),
  mempoolIsFull: registerError("sdk", 20, "mempool is full"),
  txTooLarge: registerError("sdk", 21, "tx too large"),
  keyNotFound: registerError("sdk", 22, "key not found"),
  wrongPassword: registerError("sdk", 23, "invalid account password"),
  invalidChainId: registerError("sdk", 28, "invalid chain-id"),
  invalidType: registerError("sdk", 29, "invalid type"),
  txTimeoutHeight: registerError("sdk", 30, "tx timeout height"),
  unknownExtensionOptions: registerError("sdk", 31, "unknown extension options"),
  wrongSequence: registerError("sdk", 32, "incorrect account sequence"),
  invalidGasLimit: registerError("sdk", 41, "invalid gas limit"),
  notSupported: registerError("sdk", 37, "feature not supported"),
  notFound: registerError("sdk", 38, "not found"),
  logic: registerError("undefined", 1, "internal logic error"),
} as const;

/** Turns anything thrown in tx or query processing into (codespace, code, log). */
export function toAbciError(err: unknown): { codespace: string; code: number; log: string } {
  if (err instanceof ChainError) return { codespace: err.codespace, code: err.code, log: err.message };
  // A non-ChainError is a bug in our code, not bad input: report it as an internal error.
  const msg = err instanceof Error ? err.message : String(err);
  return { codespace: "undefined", code: 1, log: `internal error: ${msg}` };
}
