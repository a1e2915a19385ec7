/**
 * TributaryClient against a live node: reads, send with fee auto and a fixed fee, typed errors
 * for failed and refused txs, and balances proven against block headers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { TributaryClient, TributaryClientError, TributaryTxError, bankBalanceKey, makeDevWallet } from "../client/index.ts";
import { TEST_NODE_CHAIN_ID, type TestNode, startTestNode } from "./testNode.ts";

const [alice, bob] = DEV_ACCOUNTS;
const STRANGER = "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f";
const FUNDED = 1_000_000_000_000n;

describe("TributaryClient end to end", () => {
  let t: TestNode;
  let client: TributaryClient<SigningStargateClient>;
  beforeAll(async () => {
    t = await startTestNode();
    client = await TributaryClient.connectWithSigner(t.rpcUrl.replace(/^http:/, "tcp:"), await makeDevWallet(alice.mnemonic), { broadcastPollIntervalMs: 100 });
  });
  afterAll(async () => {
    client?.disconnect();
    await t?.stop();
  });

  it("reads chain id, height, accounts, balances and supply", async () => {
    expect(await client.getChainId()).toBe(TEST_NODE_CHAIN_ID);
    expect(await client.getHeight()).toBeGreaterThanOrEqual(1);
    expect((await client.getAccount(alice.address))?.address).toBe(alice.address);
    expect(await client.getAccount(STRANGER)).toBeNull();
    expect(await client.getBalance(bob.address, "utrib")).toEqual({ denom: "utrib", amount: String(FUNDED) });
    expect(await client.getAllBalances(bob.address)).toEqual([{ denom: "utrib", amount: String(FUNDED) }]);
    expect(BigInt((await client.getSupply("utrib")).amount)).toBeGreaterThanOrEqual(FUNDED * BigInt(DEV_ACCOUNTS.length));
  });

  it("proves balances, and absence as zero, against the header of the next block", async () => {
    expect(await client.getBalanceVerified(bob.address, "utrib")).toBe(FUNDED);
    expect(await client.getBalanceVerified(STRANGER, "uother")).toBe(0n);
    const { height } = await client.queryVerified(bankBalanceKey(bob.address, "utrib"));
    expect(await client.getBalanceVerified(bob.address, "utrib", height)).toBe(FUNDED);
  });

  it("sends with fee auto and finds the tx by hash and by sender", async () => {
    const res = await client.send(alice.address, STRANGER, "4321utrib", "auto", "from TributaryClient");
    expect(res.code).toBe(0);
    expect(await client.getBalanceVerified(STRANGER, "utrib")).toBe(4321n);
    expect((await client.getTx(res.transactionHash.toLowerCase()))?.height).toBe(res.height);
    expect((await client.searchTxs(`message.sender='${alice.address}'`)).map((x) => x.hash)).toContain(res.transactionHash);
    expect((await client.getBlock(res.height)).header.chainId).toBe(TEST_NODE_CHAIN_ID);
  });

  it("throws TributaryTxError for a tx that fails in its block and TX_REJECTED for a refused one", async () => {
    const tooMuch = `${FUNDED * 10n}utrib`;
    const fee = { amount: [{ denom: "utrib", amount: "1000" }], gas: "200000" };
    const failed = await client.send(alice.address, bob.address, tooMuch, fee).then(() => undefined, (e: unknown) => e);
    // CheckTx runs the ante handler only, so an overdraft is included and fails in the block.
    expect(failed).toBeInstanceOf(TributaryTxError);
    expect(failed).toBeInstanceOf(TributaryClientError);
    expect((failed as TributaryClientError).code).toBe("TX_FAILED");
    const { response } = failed as TributaryTxError;
    expect(response.code).toBe(5);
    expect(response.height).toBeGreaterThan(0);
    expect((failed as TributaryTxError).message).toMatch(/insufficient funds/);
    const lowFee = { amount: [{ denom: "utrib", amount: "1" }], gas: "200000" };
    await expect(client.send(alice.address, bob.address, "1utrib", lowFee)).rejects.toMatchObject({ code: "TX_REJECTED" });
  });

  it("signs with an amino-only wallet (SIGN_MODE_LEGACY_AMINO_JSON) through the Tributary amino types", async () => {
    const aminoWallet = await Secp256k1HdWallet.fromMnemonic(bob.mnemonic, { prefix: "trib" });
    const aminoClient = await TributaryClient.connectWithSigner(t.rpcUrl, aminoWallet, { broadcastPollIntervalMs: 100 });
    try {
      const before = await aminoClient.getBalanceVerified(STRANGER, "utrib");
      const res = await aminoClient.send(bob.address, STRANGER, [{ denom: "utrib", amount: "7" }], "auto");
      expect(res.code).toBe(0);
      expect(await aminoClient.getBalanceVerified(STRANGER, "utrib")).toBe(before + 7n);
    } finally {
      aminoClient.disconnect();
    }
  });
});
