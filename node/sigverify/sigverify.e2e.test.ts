/**
 * The compiled node (`bin/tributary.js start`, dist/ with dist/sigWorker.mjs) verifies CheckTx
 * signatures on its worker threads: real CosmJS sends commit, a tampered one is refused with the
 * ante's error, and the node's own count (logged when it stops) shows the workers verified them.
 */
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, assertIsDeliverTxSuccess } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { DEV_ACCOUNTS } from "../cli/devAccounts.ts";
import { loadNodeConfig, writeNodeConfig } from "../config.ts";
import { spawnNode } from "../../test/processNode.ts";
import { makeTestHome } from "../../test/testNode.ts";

const [alice, bob] = DEV_ACCOUNTS;

describe("signature workers in the compiled node", () => {
  it("verifies CosmJS sends on worker threads; a bad signature gets the ante's refusal", async () => {
    const home = makeTestHome();
    const config = loadNodeConfig(home);
    config.log_level = "info";
    config.mempool.sig_verify_workers = 2;
    writeNodeConfig(home, config);
    const node = await spawnNode(["--home", home, "--api.address", "", "--grpc.address", "", "--metrics.address", "", "--storage.address", ""]);
    try {
      expect(node.lines.find((l) => l.msg === "CheckTx signatures verified on worker threads")).toMatchObject({ workers: 2 });
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(alice!.mnemonic, { prefix: "trib" });
      const client = await SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice: GasPrice.fromString("0.0025utrib") });
      for (const amount of ["11", "12"]) {
        assertIsDeliverTxSuccess(await client.sendTokens(alice!.address, bob!.address, [{ denom: "utrib", amount }], "auto"));
      }
      // A signed send with one signature bit flipped: refused at CheckTx, as without the workers.
      const signed = await client.sign(alice!.address, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: alice!.address, toAddress: bob!.address, amount: [{ denom: "utrib", amount: "13" }] } }], { amount: [{ denom: "utrib", amount: "500" }], gas: "200000" }, "");
      const sig = Uint8Array.from(signed.signatures[0]!);
      sig[5]! ^= 0x01;
      const comet = await Comet38Client.connect(node.rpcUrl);
      const refused = await comet.broadcastTxSync({ tx: TxRaw.encode({ ...signed, signatures: [sig] }).finish() });
      comet.disconnect();
      client.disconnect();
      expect(refused.code).toBe(4);
      expect(refused.log).toMatch(/^signature verification failed; please verify account number \(\d+\) and chain-id \(tributary-e2e-1\): unauthorized$/);
    } finally {
      expect(await node.stop()).toBe(0);
      rmSync(home, { recursive: true, force: true });
    }
    const stopped = node.lines.find((l) => l.msg === "signature workers stopped");
    // Two sends (CosmJS simulates first: simulate never pre-verifies) verified by workers; the bad one was not.
    expect(stopped).toMatchObject({ verified: 2, notVerified: 1, crashes: 0, workers: 2 });
  });
});
