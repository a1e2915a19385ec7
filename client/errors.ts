import type { DeliverTxResponse } from "@cosmjs/stargate";

/** What went wrong, as a stable string a caller can switch on (the message is for humans). */
export type TributaryClientErrorCode =
  | "ENDPOINT_INVALID"
  | "CONNECT_FAILED"
  | "ADDRESS_INVALID"
  | "SIGNER_INVALID"
  | "QUERY_FAILED"
  | "PROOF_INVALID"
  | "PROOF_TIMEOUT"
  | "VALUE_INVALID"
  | "TYPE_CONFLICT"
  | "TX_REJECTED"
  | "TX_TIMEOUT"
  | "TX_FAILED"
  | "NOT_SIGNING";

export interface TributaryClientErrorOptions {
  /** What the caller can do about it. */
  hint?: string;
  /** Extra facts (node reply, heights) shown under the message. */
  details?: string;
  cause?: unknown;
}

/**
 * Every error the SDK throws on purpose. `shortMessage` is one line; `message` adds the hint and
 * details so a log line alone is enough to act on (viem style).
 */
export class TributaryClientError extends Error {
  override name = "TributaryClientError";
  readonly code: TributaryClientErrorCode;
  readonly shortMessage: string;
  readonly hint: string | undefined;
  readonly details: string | undefined;

  constructor(code: TributaryClientErrorCode, shortMessage: string, opts: TributaryClientErrorOptions = {}) {
    super(composeMessage(shortMessage, opts), opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = code;
    this.shortMessage = shortMessage;
    this.hint = opts.hint;
    this.details = opts.details;
  }
}

/** A transaction was included in a block but its execution failed (non-zero code). */
export class TributaryTxError extends TributaryClientError {
  override name = "TributaryTxError";
  readonly response: DeliverTxResponse;

  constructor(response: DeliverTxResponse) {
    super("TX_FAILED", `transaction ${response.transactionHash} failed at height ${response.height} with code ${response.code}`, {
      hint: "the fee was charged and the sequence advanced; fix the cause in the log and send a new transaction",
      details: response.rawLog ?? "",
    });
    this.response = response;
  }
}

function composeMessage(shortMessage: string, opts: TributaryClientErrorOptions): string {
  const lines = [shortMessage];
  if (opts.hint) lines.push("", `Hint: ${opts.hint}`);
  if (opts.details) lines.push("", `Details: ${opts.details}`);
  return lines.join("\n");
}

/** The text of any thrown value, for wrapping foreign errors. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
