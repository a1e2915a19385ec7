/**
 * The REST API and gRPC of an app under a real CometBFT v0.38 (`start --consensus cometbft`):
 * the block, validator-set and tx routes read CometBFT's RPC (it owns the blocks and the tx
 * index there) and answer what they answer on a solo node, for a CosmJS send made through
 * CometBFT; broadcasts over REST reach CometBFT's mempool and commit.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { toBase64 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { type DeliverTxResponse, GasPrice, SigningStargateClient, assertIsDeliverTxSuccess, calculateFee } from "@cosmjs/stargate";
import { GetBlockByHeightRequest, GetBlockByHeightResponse } from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import { GetTxRequest, GetTxResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { addGenesisAccount } from "../../genesis/accounts.ts";
import { newGenesisDoc } from "../../genesis/create.ts";
import { DEV_ACCOUNT_FUNDS, DEV_ACCOUNTS } from "../../node/cli/devAccounts.ts";
import { loadNodeConfig, writeNodeConfig } from "../../node/config.ts";
import { type ManagedProcess, cometbftBinary, freePorts, killAllProcesses, spawnComet, waitForRpcHeight } from "../../node/testnet/processes.ts";
import { rawCall } from "../grpcClient.ts";
import { type ProcessNode, spawnNode, waitFor } from "../processNode.ts";
import { type CometNodeHome, writeAppHome, writeCometNodeHome } from "./cometNode.ts";
import { take } from "../support/take.ts";

const CHAIN_ID = "tributary-comet-api-1";
const [alice, bob] = DEV_ACCOUNTS;
const dir = mkdtempSync(join(tmpdir(), "trib-comet-api-"));
const appHome = join(dir, "app");
let comet: CometNodeHome;
let cometProc: ManagedProcess | undefined;
let app: ProcessNode | undefined;
let api: string;
let grpcAddress: string;
let sent: DeliverTxResponse;

async function get(path: string): Promise<{ status: number; body: any }> {
  const r = await fetch(api + path);
  return { status: r.status, body: await r.json() };
}

beforeAll(async () => {
  const doc = newGenesisDoc({ chainId: CHAIN_ID });
  for (const a of DEV_ACCOUNTS) addGenesisAccount(doc, a.address, DEV_ACCOUNT_FUNDS);
  // Fixed free ports for every listener (a port-0 bind could be handed one of the others first).
  const [rpc, p2p, abciPort, apiPort, grpcPort] = take(await freePorts(5), 5);
  comet = writeCometNodeHome(join(dir, "comet"), { genesisDoc: doc, ports: { rpc, p2p, abci: abciPort }, timeoutCommit: "200ms" });
  writeAppHome(appHome, { abciLaddr: `tcp://127.0.0.1:${abciPort}` });
  const config = loadNodeConfig(appHome);
  config.rpc.laddr = `tcp://127.0.0.1:${rpc}`; // CometBFT's RPC: where REST and gRPC read blocks and broadcast
  config.api.address = `tcp://127.0.0.1:${apiPort}`;
  config.grpc.address = `tcp://127.0.0.1:${grpcPort}`;
  writeNodeConfig(appHome, config);
  api = `http://127.0.0.1:${apiPort}`;
  grpcAddress = `127.0.0.1:${grpcPort}`;
  app = await spawnNode(["--consensus", "cometbft", "--home", appHome], 60_000, "app waiting for CometBFT (point its proxy_app here)");
  cometProc = spawnComet(comet.home, cometbftBinary());
  await waitForRpcHeight(comet.rpcUrl, 2n, 40_000);
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(alice.mnemonic, { prefix: "trib" });
  const client = await SigningStargateClient.connectWithSigner(comet.rpcUrl, wallet, { gasPrice: GasPrice.fromString("0.0025utrib"), broadcastPollIntervalMs: 200 });
  try {
    sent = await client.sendTokens(alice.address, bob.address, [{ denom: "utrib", amount: "4321" }], "auto", "through comet");
    assertIsDeliverTxSuccess(sent);
  } finally {
    client.disconnect();
  }
}, 120_000);

afterEach((ctx) => {
  if (ctx.task.result?.state !== "fail") return;
  console.error(`--- app ---\n${app?.lines.slice(-30).map((l) => JSON.stringify(l)).join("\n")}\n--- cometbft.log ---\n${readFileSync(join(comet.home, "cometbft.log"), "utf8").slice(-3000)}`);
});

afterAll(async () => {
  await cometProc?.stop();
  await app?.stop();
  await killAllProcesses();
  rmSync(dir, { recursive: true, force: true });
});

describe("REST and gRPC of an app under CometBFT", { timeout: 60_000 }, () => {
  it("node_info, latest block and validator set come from CometBFT", async () => {
    const info = await get("/cosmos/base/tendermint/v1beta1/node_info");
    expect(info.status).toBe(200);
    expect(info.body.default_node_info).toMatchObject({ network: CHAIN_ID, default_node_id: comet.nodeId, version: expect.stringMatching(/^0\.38\./) });
    const latest = await get("/cosmos/base/tendermint/v1beta1/blocks/latest");
    expect(latest.status).toBe(200);
    expect(latest.body.block.header.chain_id).toBe(CHAIN_ID);
    expect(BigInt(latest.body.block.header.height)).toBeGreaterThanOrEqual(BigInt(sent.height));
    expect(latest.body.sdk_block.header.proposer_address).toMatch(/^tribvalcons1/);
    const vals = await get("/cosmos/base/tendermint/v1beta1/validatorsets/latest");
    expect(vals.body.validators).toHaveLength(1);
    expect(vals.body.validators[0]).toMatchObject({ address: expect.stringMatching(/^tribvalcons1/), voting_power: expect.stringMatching(/^[1-9]\d*$/) });
  });

  it("the block holding the send, and the send by hash and by event query, as the solo node answers", async () => {
    const block = await get(`/cosmos/base/tendermint/v1beta1/blocks/${sent.height}`);
    expect(block.status).toBe(200);
    expect(block.body.block.data.txs).toHaveLength(1);
    expect(block.body.block_id.hash).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const byHash = await get(`/cosmos/tx/v1beta1/txs/${sent.transactionHash}`);
    expect(byHash.status).toBe(200);
    expect(byHash.body.tx.body.memo).toBe("through comet");
    expect(byHash.body.tx_response).toMatchObject({ height: String(sent.height), txhash: sent.transactionHash, code: 0, gas_used: String(sent.gasUsed) });
    expect(byHash.body.tx_response.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    const search = await get(`/cosmos/tx/v1beta1/txs?query=${encodeURIComponent(`message.sender='${alice.address}'`)}`);
    expect(search.body.total).toBe("1");
    expect(search.body.tx_responses[0].txhash).toBe(sent.transactionHash);
    const missing = await get(`/cosmos/tx/v1beta1/txs/${"AB".repeat(32)}`);
    expect(missing.status).toBe(404);
    const future = await get(`/cosmos/base/tendermint/v1beta1/blocks/99999999`);
    expect(future.status).toBe(400);
  });

  it("gRPC answers the same lookups from CometBFT", async () => {
    const tx = GetTxResponse.decode(await rawCall(grpcAddress, "/cosmos.tx.v1beta1.Service/GetTx", GetTxRequest.encode({ hash: sent.transactionHash }).finish()));
    expect(tx.txResponse).toMatchObject({ height: BigInt(sent.height), txhash: sent.transactionHash, code: 0 });
    const block = GetBlockByHeightResponse.decode(await rawCall(grpcAddress, "/cosmos.base.tendermint.v1beta1.Service/GetBlockByHeight", GetBlockByHeightRequest.encode({ height: BigInt(sent.height) }).finish()));
    expect(block.block?.header?.chainId).toBe(CHAIN_ID);
    expect(block.block?.data?.txs).toHaveLength(1);
  });

  it("a tx broadcast over REST goes to CometBFT's mempool, commits, and is found by hash", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(bob.mnemonic, { prefix: "trib" });
    const client = await SigningStargateClient.connectWithSigner(comet.rpcUrl, wallet);
    const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: bob.address, toAddress: alice.address, amount: [{ denom: "utrib", amount: "11" }] } };
    const signed = await client.sign(bob.address, [msg], calculateFee(200_000, GasPrice.fromString("0.0025utrib")), "over rest");
    client.disconnect();
    const r = await fetch(`${api}/cosmos/tx/v1beta1/txs`, { method: "POST", body: JSON.stringify({ tx_bytes: toBase64(TxRaw.encode(signed).finish()), mode: "BROADCAST_MODE_SYNC" }) });
    const { tx_response: accepted } = (await r.json()) as { tx_response: { code: number; txhash: string } };
    expect(accepted.code).toBe(0);
    const found = await waitFor("the REST broadcast committed", async () => {
      const x = await get(`/cosmos/tx/v1beta1/txs/${accepted.txhash}`);
      return x.status === 200 ? x.body : undefined;
    });
    expect(found.tx.body.memo).toBe("over rest");
    expect(found.tx_response.code).toBe(0);
  });
});
