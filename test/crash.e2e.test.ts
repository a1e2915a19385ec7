/**
 * Crash safety: the node process is killed with SIGKILL at random points while txs stream in,
 * then restarted, several times. Every tx the node reported committed must still be there,
 * balances must add up to the supply, and the height must continue.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, StargateClient } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { QueryBalanceRequest, QueryBalanceResponse, QueryTotalSupplyRequest, QueryTotalSupplyResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { loadNodeConfig, writeNodeConfig } from "../node/config.ts";
import { TEST_NODE_CHAIN_ID, makeTestHome } from "./testNode.ts";
import { Rng } from "./support/rng.ts";
import { waitFor } from "./support/waitFor.ts";
import { addressString, moduleAddress } from "../chain/address.ts";

const [alice, bob, carol, dave] = DEV_ACCOUNTS;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function startProcess(home: string): { proc: ChildProcess; exited: Promise<unknown> } {
  const proc = spawn(process.execPath, ["bin/tributary.js", "start", "--home", home], { stdio: ["ignore", "ignore", "pipe"] });
  return { proc, exited: new Promise((r) => proc.once("exit", r)) };
}

function waitForRpc(url: string, timeoutMs = 30_000): Promise<StargateClient> {
  return waitFor(`the node's RPC at ${url}`, async () => {
    const c = await StargateClient.connect(url);
    await c.getHeight();
    return c;
  }, timeoutMs, 200);
}

describe("crash recovery", () => {
  const home = makeTestHome({ timeoutCommitMs: 150 });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it("survives repeated SIGKILL under load", { timeout: 240_000 }, async () => {
    const port = await freePort();
    const config = loadNodeConfig(home);
    config.rpc.laddr = `tcp://127.0.0.1:${port}`;
    // Off: a port-0 metrics bind in the restarted node could be handed the RPC port picked above.
    config.metrics.address = "";
    config.api.address = ""; // off for the same reason
    config.grpc.address = ""; // and gRPC
    writeNodeConfig(home, config);
    const url = `http://127.0.0.1:${port}`;
    const seed = Date.now() % 100000;
    const rng = new Rng(seed); // seeded so a failing run can be repeated (the seed is printed)
    const senders = [alice, bob, carol];
    const wallets = await Promise.all(senders.map((a) => DirectSecp256k1HdWallet.fromMnemonic(a.mnemonic, { prefix: "trib" })));
    const committed = new Set<string>();
    let lastHeight = 0;

    for (let round = 0; round < 4; round++) {
      const { proc, exited } = startProcess(home);
      let stderr = "";
      proc.stderr!.on("data", (d) => (stderr += d));
      const reader = await waitForRpc(url).catch((e) => {
        throw new Error(`node did not come back in round ${round} (seed ${seed}): ${e}\n${stderr}`);
      });
      const height = await reader.getHeight();
      expect(height, `height continues after restart ${round}`).toBeGreaterThanOrEqual(lastHeight);
      for (const hash of committed) expect((await reader.getTx(hash))?.code, `tx ${hash} survived`).toBe(0);

      // Stream txs from the three senders, and kill the node at a random moment.
      const killAfterMs = rng.range(300, 1_499);
      const killAt = Date.now() + killAfterMs;
      const streams = senders.map(async (s, i) => {
        const client = await SigningStargateClient.connectWithSigner(url, wallets[i]!, { gasPrice: GasPrice.fromString("0.0025utrib") });
        try {
          while (Date.now() < killAt) {
            const acc = await client.getSequence(s.address);
            const tx = await client.sign(s.address, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: s.address, toAddress: dave.address, amount: [{ denom: "utrib", amount: "1" }] } }], { amount: [{ denom: "utrib", amount: "600" }], gas: "200000" }, "", { ...acc, chainId: TEST_NODE_CHAIN_ID });
            const res = await client.broadcastTx(TxRaw.encode(tx).finish(), 5_000, 100).catch(() => undefined);
            if (res?.code === 0) committed.add(res.transactionHash);
          }
        } catch {
          // The node died under us: expected.
        } finally {
          client.disconnect();
        }
      });
      await new Promise((r) => setTimeout(r, killAfterMs));
      lastHeight = await reader.getHeight().catch(() => lastHeight);
      proc.kill("SIGKILL");
      await Promise.all(streams);
      await exited;
      reader.disconnect();
    }

    // Final restart: everything adds up.
    const { proc, exited } = startProcess(home);
    try {
      const reader = await waitForRpc(url);
      expect(await reader.getHeight()).toBeGreaterThanOrEqual(lastHeight);
      for (const hash of committed) expect((await reader.getTx(hash))?.code).toBe(0);
      // Every block mints: read the supply and the balances at one height.
      const comet = await Comet38Client.connect(url);
      const height = (await comet.status()).syncInfo.latestBlockHeight;
      const query = async (path: string, data: Uint8Array) => (await comet.abciQuery({ path, data, height })).value;
      const supplyRes = await query("/cosmos.bank.v1beta1.Query/TotalSupply", QueryTotalSupplyRequest.encode({}).finish());
      const supply = BigInt(QueryTotalSupplyResponse.decode(supplyRes).supply.find((c) => c.denom === "utrib")!.amount);
      const balance = async (address: string) =>
        BigInt(QueryBalanceResponse.decode(await query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address, denom: "utrib" }).finish())).balance!.amount);
      let sum = 0n;
      for (const a of DEV_ACCOUNTS) sum += await balance(a.address);
      // The module accounts fees and minted coins flow through: fee_collector, then in the same
      // block the storage rewards pool's share and distribution (the rest).
      for (const pool of ["fee_collector", "storage_rewards_pool", "distribution"]) sum += await balance(addressString(moduleAddress(pool)));
      comet.disconnect();
      expect(sum, `balances add up to the supply (seed ${seed})`).toBe(supply);
      expect(committed.size).toBeGreaterThan(0);
      reader.disconnect();
    } finally {
      proc.kill("SIGTERM");
      await exited;
    }
  });
});
