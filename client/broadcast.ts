import type { EncodeObject, OfflineSigner } from "@cosmjs/proto-signing";
import { BroadcastTxError, type DeliverTxResponse, type SigningStargateClient, type StdFee, TimeoutError } from "@cosmjs/stargate";
import { TRIBUTARY_PREFIX } from "./address.ts";
import { TributaryClientError, TributaryTxError, errorText } from "./errors.ts";

/** A fixed fee, `"auto"` (simulate × 1.4 at the client's gas price) or a simulation multiplier. */
export type FeeInput = StdFee | "auto" | number;

/**
 * `SigningStargateClient.signAndBroadcast`, with CosmJS's three outcomes turned into one:
 * success returns the response; CheckTx refusal, timeout and execution failure throw typed errors.
 */
export async function signAndBroadcastChecked(
  client: SigningStargateClient,
  signerAddress: string,
  messages: readonly EncodeObject[],
  fee: FeeInput,
  memo = "",
): Promise<DeliverTxResponse> {
  let response: DeliverTxResponse;
  try {
    response = await client.signAndBroadcast(signerAddress, messages, fee, memo);
  } catch (e) {
    throw broadcastError(e, signerAddress);
  }
  if (response.code !== 0) throw new TributaryTxError(response);
  return response;
}

function broadcastError(e: unknown, signerAddress: string): TributaryClientError {
  if (e instanceof TributaryClientError) return e;
  if (e instanceof BroadcastTxError) {
    return new TributaryClientError("TX_REJECTED", `the node refused the transaction (code ${e.code}, codespace "${e.codespace}")`, {
      hint: rejectionHint(e.codespace, e.code),
      details: e.log,
      cause: e,
    });
  }
  if (e instanceof TimeoutError) {
    return new TributaryClientError("TX_TIMEOUT", `transaction ${e.txId} was accepted but not found in a block in time`, {
      hint: "it may still be included; look it up later with getTx(hash)",
      cause: e,
    });
  }
  const text = errorText(e);
  if (/does not exist on chain/i.test(text)) {
    return new TributaryClientError("TX_REJECTED", `account ${signerAddress} does not exist on chain yet`, {
      hint: "an account exists once it has received tokens; fund it first",
      cause: e,
    });
  }
  return new TributaryClientError("QUERY_FAILED", "signing or broadcasting the transaction failed", { details: text, cause: e });
}

// Codes of the Cosmos SDK "sdk" codespace most users hit; others get the log only.
function rejectionHint(codespace: string, code: number): string | undefined {
  if (codespace !== "sdk") return undefined;
  const hints: Record<number, string> = {
    4: "the signature does not verify: check the chain id and the signer's account number",
    5: "insufficient funds for the amount plus the fee",
    11: "out of gas: raise the gas limit or use fee 'auto'",
    13: "fee too low for the node's minimum gas price: raise gasPrice",
    19: "the same transaction is already in the mempool or a block",
    32: "wrong sequence: another transaction from this account is pending; wait for it and retry",
  };
  return hints[code];
}

/** Refuses a signer whose accounts are not Tributary addresses, before the first tx fails oddly. */
export async function assertTributarySigner(signer: OfflineSigner): Promise<void> {
  const accounts = await signer.getAccounts();
  if (accounts.length === 0) throw new TributaryClientError("SIGNER_INVALID", "the signer has no accounts");
  const foreign = accounts.find((a) => !a.address.startsWith(`${TRIBUTARY_PREFIX}1`));
  if (foreign) {
    throw new TributaryClientError("SIGNER_INVALID", `signer account ${foreign.address} is not a ${TRIBUTARY_PREFIX}1… address`, {
      hint: `create the wallet with prefix "${TRIBUTARY_PREFIX}", e.g. makeDevWallet(mnemonic)`,
    });
  }
}
