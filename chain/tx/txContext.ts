import type { RoutedMsg } from "../router.ts";
import type { DecodedTx } from "./decode.ts";

/** A decoded tx with its routed messages and signers, as the ante handler sees it. */
export interface TxContext {
  tx: DecodedTx;
  msgs: RoutedMsg[];
  /** Bech32 signer addresses in order of first appearance across messages. */
  signers: string[];
  /** Simulate: signatures are not checked, fees not enforced (CosmJS sends an empty fee). */
  simulate: boolean;
}

/** Checks and charges a tx before its messages run; throws ChainError (or OutOfGasError). */
export type AnteHandler = (ctx: import("../context.ts").Context, tx: TxContext) => void;
