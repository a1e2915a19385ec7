/**
 * Unmodified CosmJS against a node started by the test: every StargateClient and
 * SigningStargateClient call a wallet or dapp makes, an amino (Ledger-style) signer, a
 * websocket subscription, and bad input through broadcast_tx_sync.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { BroadcastTxError, GasPrice, SigningStargateClient, StargateClient, assertIsDeliverTxSuccess } from "@cosmjs/stargate";
import { Comet38Client, WebsocketClient } from "@cosmjs/tendermint-rpc";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { TEST_NODE_CHAIN_ID, type TestNode, startTestNode } from "./testNode.ts";
import { waitFor } from "./support/waitFor.ts";
import { sha256 } from "@noble/hashes/sha2.js";

const [alice, bob, carol, dave] = DEV_ACCOUNTS;
const gasPrice = GasPrice.fromString("0.0025utrib");
const STRANGER = "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f";

describe("CosmJS end to end", () => {
  let t: TestNode;
  let client: SigningStargateClient;
  beforeAll(async () => {
    t = await startTestNode();
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(alice.mnemonic, { prefix: "trib" });
    client = await SigningStargateClient.connectWithSigner(t.rpcUrl, wallet, { gasPrice, broadcastPollIntervalMs: 100 });
  });
  afterAll(async () => {
    client?.disconnect();
    await t?.stop();
  });

  it("reads chain id, height, accounts and balances", async () => {
    expect(await client.getChainId()).toBe(TEST_NODE_CHAIN_ID);
    expect(await client.getHeight()).toBeGreaterThanOrEqual(1);
    expect(await client.getAccount(STRANGER)).toBeNull();
    const acc = await client.getAccount(alice.address);
    expect(acc?.address).toBe(alice.address);
    expect(await client.getBalance(bob.address, "utrib")).toEqual({ denom: "utrib", amount: "1000000000000" });
    expect(await client.getBalance(STRANGER, "utrib")).toEqual({ denom: "utrib", amount: "0" });
    expect(await client.getAllBalances(carol.address)).toEqual([{ denom: "utrib", amount: "1000000000000" }]);
  });

  it("sendTokens with fee auto, then getTx, searchTx by sender and by height, getBlock", async () => {
    const res = await client.sendTokens(alice.address, STRANGER, [{ denom: "utrib", amount: "12345" }], "auto", "hello");
    assertIsDeliverTxSuccess(res);
    expect(await client.getBalance(STRANGER, "utrib")).toEqual({ denom: "utrib", amount: "12345" });
    const acc = await client.getAccount(alice.address);
    expect(acc?.pubkey).not.toBeNull();
    expect(acc?.sequence).toBe(1);

    const tx = await client.getTx(res.transactionHash);
    expect(tx?.height).toBe(res.height);
    expect(tx?.code).toBe(0);
    const bySender = await client.searchTx(`message.sender='${alice.address}'`);
    expect(bySender.map((x) => x.hash)).toContain(res.transactionHash);
    const byRecipient = await client.searchTx([{ key: "transfer.recipient", value: STRANGER }]);
    expect(byRecipient.map((x) => x.hash)).toEqual([res.transactionHash]);
    const byHeight = await client.searchTx([{ key: "tx.height", value: res.height }]);
    expect(byHeight.map((x) => x.hash)).toContain(res.transactionHash);
    const block = await client.getBlock(res.height);
    expect(block.header.height).toBe(res.height);
    expect(block.header.chainId).toBe(TEST_NODE_CHAIN_ID);
    expect(block.txs.length).toBeGreaterThanOrEqual(1);
  });

  it("signAndBroadcast with two messages", async () => {
    const msgs = [bob, carol].map((to) => ({
      typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: { fromAddress: alice.address, toAddress: to.address, amount: [{ denom: "utrib", amount: "7" }] },
    }));
    const res = await client.signAndBroadcast(alice.address, msgs, "auto");
    assertIsDeliverTxSuccess(res);
    expect(res.msgResponses.map((m) => m.typeUrl)).toEqual(["/cosmos.bank.v1beta1.MsgSendResponse", "/cosmos.bank.v1beta1.MsgSendResponse"]);
    expect(res.gasUsed).toBeGreaterThan(0n);
  });

  it("an amino-only signer (Ledger-style, SIGN_MODE_LEGACY_AMINO_JSON) can send", async () => {
    const amino = await Secp256k1HdWallet.fromMnemonic(dave.mnemonic, { prefix: "trib" });
    const c = await SigningStargateClient.connectWithSigner(t.rpcUrl, amino, { gasPrice, broadcastPollIntervalMs: 100 });
    const res = await c.sendTokens(dave.address, bob.address, [{ denom: "utrib", amount: "99" }], "auto", "a&b<c>");
    assertIsDeliverTxSuccess(res);
    c.disconnect();
  });

  it("a websocket subscription sees the tx", async () => {
    const ws = new WebsocketClient(t.rpcUrl.replace("http://", "ws://"));
    const comet = Comet38Client.create(ws);
    const seen = new Promise<string>((resolve, reject) => {
      const sub = comet.subscribeTx(`transfer.recipient='${carol.address}'`).subscribe({
        next: (e) => {
          sub.unsubscribe();
          resolve(Buffer.from(e.hash).toString("hex").toUpperCase());
        },
        error: reject,
      });
    });
    // The node registers a connection's subscribe requests as they arrive, in order: once a call
    // sent after it on the same socket is answered, the subscription is in place.
    await comet.status();
    const res = await client.sendTokens(alice.address, carol.address, [{ denom: "utrib", amount: "1" }], "auto");
    expect(await seen).toBe(res.transactionHash);
    comet.disconnect();
  });
});

describe("bad input through broadcast_tx_sync", () => {
  let t: TestNode;
  let client: SigningStargateClient;
  let reader: StargateClient;
  beforeAll(async () => {
    t = await startTestNode();
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(bob.mnemonic, { prefix: "trib" });
    client = await SigningStargateClient.connectWithSigner(t.rpcUrl, wallet, { gasPrice, broadcastPollIntervalMs: 100 });
    reader = await StargateClient.connect(t.rpcUrl);
  });
  afterAll(async () => {
    client?.disconnect();
    reader?.disconnect();
    await t?.stop();
  });

  const fee = { amount: [{ denom: "utrib", amount: "500" }], gas: "200000" };
  const send = (amount = "1") => [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: bob.address, toAddress: carol.address, amount: [{ denom: "utrib", amount }] } }];
  async function signed(over: { chainId?: string; accountNumber?: bigint; sequence?: number; fee?: typeof fee; memo?: string } = {}) {
    const acc = (await reader.getAccount(bob.address))!;
    const tx = await client.sign(bob.address, send(), over.fee ?? fee, over.memo ?? "", {
      accountNumber: over.accountNumber ?? acc.accountNumber,
      sequence: over.sequence ?? acc.sequence,
      chainId: over.chainId ?? TEST_NODE_CHAIN_ID,
    });
    return TxRaw.encode(tx).finish();
  }
  async function rejected(tx: Uint8Array): Promise<BroadcastTxError> {
    const err = await reader.broadcastTxSync(tx).then(() => undefined, (e) => e);
    expect(err).toBeInstanceOf(BroadcastTxError);
    return err as BroadcastTxError;
  }

  it("each bad tx answers a code, a codespace and a log naming the problem, and changes nothing", async () => {
    const before = await reader.getBalance(bob.address, "utrib");
    const h0 = await reader.getHeight();
    const cases: [string, Promise<Uint8Array>, number, RegExp][] = [
      ["random bytes", Promise.resolve(Uint8Array.from({ length: 100 }, (_, i) => (i * 91 + 7) & 0xff)), 2, /tx parse error/],
      ["truncated protobuf", signed().then((b) => b.subarray(0, b.length - 10)), 2, /tx parse error/],
      ["wrong chain id", signed({ chainId: "evil-1" }), 4, /signature verification failed/],
      ["wrong account number", signed({ accountNumber: 999n }), 4, /account number \(\d+\)/],
      ["fee below minimum", signed({ fee: { amount: [{ denom: "utrib", amount: "1" }], gas: "200000" } }), 13, /insufficient fees/],
      ["gas above block max", signed({ fee: { amount: [{ denom: "utrib", amount: "1000000" }], gas: "300000000" } }), 41, /exceeds block max gas/],
      ["memo too long", signed({ memo: "m".repeat(300) }), 12, /maximum number of characters is 256/],
    ];
    for (const [name, txp, code, log] of cases) {
      const err = await rejected(await txp);
      expect(err.code, name).toBe(code);
      expect(err.codespace, name).toBe("sdk");
      expect(err.log, name).toMatch(log);
    }
    // A reused sequence: commit one tx, then replay its sequence with a different body.
    const good = await client.signAndBroadcast(bob.address, send("2"), fee);
    assertIsDeliverTxSuccess(good);
    const stale = await rejected(await signed({ sequence: 0 }));
    expect([stale.code, stale.log]).toEqual([32, expect.stringMatching(/account sequence mismatch, expected 1, got 0/)]);
    // The same bytes twice: the mempool cache refuses the duplicate (a JSON-RPC error, as CometBFT).
    const once = await signed();
    await reader.broadcastTxSync(once);
    await expect(reader.broadcastTxSync(once)).rejects.toThrow(/tx already exists in cache/);
    // Oversized: the RPC body limit (max_body_bytes, 1 MB) refuses it before the mempool sees it.
    await expect(reader.broadcastTxSync(new Uint8Array(1_100_000))).rejects.toThrow(/Bad status on response: 413/);

    // Blocks keep coming, nothing but the two good txs changed state, and a valid tx succeeds.
    // The second good tx went in by broadcast_tx_sync: wait for its block, which is past h0 too.
    const onceHash = Buffer.from(sha256(once)).toString("hex").toUpperCase();
    await waitFor("the duplicate-checked tx in a block", async () => (await reader.getTx(onceHash)) ?? false, 20_000, 100);
    expect(await reader.getHeight()).toBeGreaterThan(h0);
    const after = await reader.getBalance(bob.address, "utrib");
    expect(BigInt(before.amount) - BigInt(after.amount)).toBe(2n + 1n + 2n * 500n);
    assertIsDeliverTxSuccess(await client.signAndBroadcast(bob.address, send("3"), fee));
  });
});
