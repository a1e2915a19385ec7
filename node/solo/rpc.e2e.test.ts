/** The solo driver behind the real RPC server, read by an unmodified CosmJS Comet38 client. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { toBase64, toHex } from "@cosmjs/encoding";
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { startRpcServer, type RpcServer } from "../rpc/server.ts";
import { SoloDriver } from "./driver.ts";
import { TestApp } from "./testApp.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const seed = sha256(utf8("solo e2e validator"));
const pubkey = ed25519.getPublicKey(seed);
const genesisJson = JSON.stringify({
  genesis_time: "2024-05-01T00:00:00Z",
  chain_id: "tributary-e2e-1",
  initial_height: "1",
  consensus_params: {
    block: { max_bytes: "22020096", max_gas: "-1" },
    evidence: { max_age_num_blocks: "100000", max_age_duration: "172800000000000", max_bytes: "1048576" },
    validator: { pub_key_types: ["ed25519"] },
    version: { app: "0" },
    abci: { vote_extensions_enable_height: "0" },
  },
  validators: [{ address: "", pub_key: { type: "tendermint/PubKeyEd25519", value: toBase64(pubkey) }, power: "7", name: "v" }],
  app_hash: "",
  app_state: {},
});

let dir: string;
let driver: SoloDriver;
let server: RpcServer;
let client: Comet38Client;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "solo-e2e-"));
  driver = await SoloDriver.open({ app: new TestApp(), dataDir: dir, genesisJson, validatorKey: { seed, pubkey }, timeoutCommitMs: 20 });
  driver.start();
  server = await startRpcServer({ backend: driver.rpc, laddr: "tcp://127.0.0.1:0", logger: pino({ level: "silent" }) });
  client = await Comet38Client.connect(`http://127.0.0.1:${server.address.port}`);
});

afterEach(async () => {
  client.disconnect();
  await server.close();
  await driver.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("solo driver via RPC and CosmJS", () => {
  it("serves status, blocks, commits, validators, txs and searches that CosmJS decodes", async () => {
    const sent = await client.broadcastTxSync({ tx: utf8("fruit=apple") });
    expect(sent.code).toBe(0);
    expect(toHex(sent.hash)).toBe(toHex(sha256(utf8("fruit=apple"))));
    await driver.waitForHeight(2n);
    const status = await client.status();
    expect(status.nodeInfo.network).toBe("tributary-e2e-1");
    expect(status.syncInfo.latestBlockHeight).toBeGreaterThanOrEqual(2);
    const found = await client.tx({ hash: sent.hash });
    expect(found.result.code).toBe(0);
    expect(found.result.events[0]?.attributes[0]).toEqual({ key: "key", value: "fruit" });
    const search = await client.txSearchAll({ query: "app.key='fruit'" });
    expect(search.totalCount).toBe(1);
    expect(search.txs[0]?.height).toBe(found.height);
    const block = await client.block(found.height);
    expect(block.block.txs).toHaveLength(1);
    expect(block.blockId.hash).toEqual((await driver.rpc.block(BigInt(found.height)))?.blockId.hash);
    const commit = await client.commit(2);
    expect(commit.commit.signatures[0]?.blockIdFlag).toBe(2);
    const validators = await client.validatorsAll(2);
    expect(validators.validators[0]?.votingPower).toBe(7n);
    const results = await client.blockResults(found.height);
    expect(results.results[0]?.code).toBe(0);
    const blocks = await client.blockSearchAll({ query: "block.height<=2" });
    expect(blocks.blocks.map((b) => b.block.header.height).sort()).toEqual([1, 2]);
  });
});
