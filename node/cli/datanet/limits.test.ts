import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { toBase64, toHex } from "@cosmjs/encoding";
import { encodePubkey } from "@cosmjs/proto-signing";
import { SigningStargateClient } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { describe, expect, it } from "vitest";
import { makeDevWallet } from "../../../client/address.ts";
import { msgContribute, msgContributeSize } from "../../../client/datanetMsgs.ts";
import { createTributaryRegistry } from "../../../client/registry.ts";
import { DEV_ACCOUNTS } from "../devAccounts.ts";
import { DEFAULT_MAX_BODY_BYTES } from "../tooLarge.ts";
import { SIMULATE_PATH, simulateRequestData } from "./chainBackend.ts";
import { DEFAULT_MAX_TX_BYTES, ENVELOPE_BYTES, JSON_RPC_BYTES, recordBudget } from "./limits.ts";

const [ALICE] = DEV_ACCOUNTS;

/** The JSON-RPC body CosmJS posts (jsonrpc, a 12-digit id, method, params), as a byte count. */
const body = (method: string, params: Record<string, unknown>) => Buffer.byteLength(JSON.stringify({ jsonrpc: "2.0", id: 999_999_999_999, method, params }));

describe("recordBudget", () => {
  it("with the node's defaults the hex-encoded simulation binds: about half the body limit", () => {
    const b = recordBudget({ maxTxBytes: DEFAULT_MAX_TX_BYTES, maxBodyBytes: DEFAULT_MAX_BODY_BYTES, memoBytes: 0 });
    expect(b.bytes).toBe(Math.floor((DEFAULT_MAX_BODY_BYTES - JSON_RPC_BYTES) / 2) - ENVELOPE_BYTES);
    expect(b.limit).toBe("the node's rpc.max_body_bytes of 1000000, with the simulated tx hex-encoded");
  });

  it("a small max_tx_bytes binds instead, and the memo comes off every budget", () => {
    const b = recordBudget({ maxTxBytes: 100_000, maxBodyBytes: DEFAULT_MAX_BODY_BYTES, memoBytes: 0 });
    expect(b).toEqual({ bytes: 95_000 - ENVELOPE_BYTES, limit: "the node's max_tx_bytes of 100000" });
    expect(recordBudget({ maxTxBytes: 100_000, maxBodyBytes: DEFAULT_MAX_BODY_BYTES, memoBytes: 300 }).bytes).toBe(b.bytes - 300);
  });

  it("a message of exactly the budget, signed or simulated, gives requests within both limits", async () => {
    const wallet = await makeDevWallet(ALICE.mnemonic);
    const account = (await wallet.getAccounts())[0]!;
    const memo = "é".repeat(100);
    for (const [maxTxBytes, maxBodyBytes] of [[DEFAULT_MAX_TX_BYTES, DEFAULT_MAX_BODY_BYTES], [300_000, DEFAULT_MAX_BODY_BYTES], [DEFAULT_MAX_TX_BYTES, 200_000]] as const) {
      const budget = recordBudget({ maxTxBytes, maxBodyBytes, memoBytes: Buffer.byteLength(memo) });
      // Records of 10,000 bytes and one to fill the budget exactly.
      const records = [];
      while (msgContributeSize(account.address, 7n, [...records, { body: "x".repeat(10_000) }]) <= budget.bytes) records.push({ body: "x".repeat(10_000) });
      let room = budget.bytes - msgContributeSize(account.address, 7n, [...records, { body: "" }]);
      while (msgContributeSize(account.address, 7n, [...records, { body: "y".repeat(room) }]) > budget.bytes) room--; // the length varints grow
      records.push({ body: "y".repeat(room) });
      expect(msgContributeSize(account.address, 7n, records)).toBeGreaterThanOrEqual(budget.bytes - 1);

      const registry = createTributaryRegistry();
      const message = registry.encodeAsAny(msgContribute(account.address, 7n, records));
      const sim = simulateRequestData(message, encodePubkey(encodeSecp256k1Pubkey(account.pubkey)), 123_456, memo);
      expect(body("abci_query", { path: SIMULATE_PATH, data: toHex(sim) })).toBeLessThanOrEqual(maxBodyBytes);

      const signer = await SigningStargateClient.offline(wallet, { registry });
      const fee = { amount: [{ denom: "utrib", amount: "999999999999" }], gas: "99999999999" };
      const signed = TxRaw.encode(await signer.sign(account.address, [msgContribute(account.address, 7n, records)], fee, memo, { accountNumber: 123_456n, sequence: 123_456, chainId: "tributary-some-long-chain-id-1" })).finish();
      expect(signed.length).toBeLessThanOrEqual(maxTxBytes);
      expect(body("broadcast_tx_sync", { tx: toBase64(signed) })).toBeLessThanOrEqual(maxBodyBytes);
    }
  });
});
