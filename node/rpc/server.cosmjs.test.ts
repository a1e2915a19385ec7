/**
 * Drives the RPC server with the real CosmJS Comet38Client: CosmJS's decoders are strict, so
 * every successful decode below is a shape test of the CometBFT v0.38 JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { sha256 } from "@noble/hashes/sha2.js";
import { Comet38Client, connectComet, isComet38Client } from "@cosmjs/tendermint-rpc";
import { toHex } from "@cosmjs/encoding";
import { startRpcServer, type RpcServer } from "./server.ts";
import { CHAIN_ID, MemoryBackend, VALIDATOR, fakeTx } from "./testing/memoryBackend.ts";
import { waitFor } from "../../test/support/waitFor.ts";

let backend: MemoryBackend;
let server: RpcServer;
let client: Comet38Client;

beforeAll(async () => {
  backend = new MemoryBackend();
  server = await startRpcServer({ backend, laddr: "tcp://127.0.0.1:0", logger: pino({ level: "silent" }) });
  client = await Comet38Client.connect(`http://127.0.0.1:${server.address.port}`);
});

afterAll(async () => {
  client.disconnect();
  await server.close();
});

describe("RPC server under CosmJS Comet38Client", () => {
  it("is picked as a Comet38 client by connectComet", async () => {
    const probed = await connectComet(`http://127.0.0.1:${server.address.port}`);
    expect(isComet38Client(probed)).toBe(true);
    probed.disconnect();
  });

  it("status", async () => {
    const status = await client.status();
    expect(status.nodeInfo.network).toBe(CHAIN_ID);
    expect(status.nodeInfo.version).toBe("0.38.17");
    expect(status.nodeInfo.protocolVersion).toEqual({ p2p: 8, block: 11, app: 1 });
    expect(status.syncInfo.latestBlockHeight).toBe(3);
    expect(toHex(status.syncInfo.latestBlockHash)).toBe(toHex(backend.blocks[2]!.blockId.hash));
    expect(status.syncInfo.latestBlockTime.toISOString()).toBe("2024-05-01T10:00:02.123Z");
    expect((status.syncInfo.latestBlockTime as { nanoseconds?: number }).nanoseconds).toBe(456_789);
    expect(status.validatorInfo.votingPower).toBe(10n);
    expect(status.syncInfo.catchingUp).toBe(false);
  });

  it("block: latest, by height, block 1 with empty last commit", async () => {
    const latest = await client.block();
    expect(latest.block.header.height).toBe(3);
    const two = await client.block(2);
    expect(two.block.txs).toEqual([backend.okTx, backend.failedTx]);
    expect(two.block.lastCommit?.height).toBe(1);
    expect(toHex(two.blockId.hash)).toBe(toHex(backend.blocks[1]!.blockId.hash));
    const one = await client.block(1);
    expect(one.block.txs).toEqual([]);
    expect(one.block.header.lastBlockId).toBeNull();
    expect(one.block.header.time.toISOString()).toBe("2024-05-01T10:00:00.500Z");
  });

  it("block height errors carry CometBFT's texts", async () => {
    await expect(client.block(99)).rejects.toThrow("height 99 must be less than or equal to the current blockchain height 3");
    await expect(client.block(-1)).rejects.toThrow("height must be greater than 0, but got -1");
  });

  it("blockResults", async () => {
    const results = await client.blockResults(2);
    expect(results.height).toBe(2);
    expect(results.results.map((r) => r.code)).toEqual([0, 5]);
    expect(results.results[0]!.gasUsed).toBe(51234n);
    expect(results.results[0]!.events[0]!.attributes[1]).toEqual({ key: "sender", value: "trib1sender" });
    expect(results.finalizeBlockEvents[0]!.type).toBe("rewards");
    expect(results.validatorUpdates).toEqual([]);
  });

  it("blockchain (descending metas)", async () => {
    const chain = await client.blockchain();
    expect(chain.lastHeight).toBe(3);
    expect(chain.blockMetas.map((m) => m.header.height)).toEqual([3, 2, 1]);
    expect(chain.blockMetas[1]!.numTxs).toBe(2);
    const window = await client.blockchain(2, 2);
    expect(window.blockMetas.map((m) => m.header.height)).toEqual([2]);
  });

  it("commit: canonical below latest, not at latest", async () => {
    const latest = await client.commit();
    expect(latest.canonical).toBe(false);
    expect(latest.commit.height).toBe(3);
    const old = await client.commit(2);
    expect(old.canonical).toBe(true);
    expect(old.commit.signatures[0]!.signature).toEqual(new Uint8Array(64).fill(9));
  });

  it("validators: latest+1 by default", async () => {
    const vals = await client.validators({});
    expect(vals.blockHeight).toBe(4);
    expect(vals.total).toBe(1);
    expect(vals.validators[0]!.address).toEqual(VALIDATOR.address);
    expect(vals.validators[0]!.pubkey).toEqual({ algorithm: "ed25519", data: VALIDATOR.pubKey });
  });

  it("genesis keeps the raw app_state and gains consensus_params", async () => {
    const genesis = await client.genesis();
    expect(genesis.chainId).toBe(CHAIN_ID);
    expect(genesis.consensusParams.block?.maxBytes).toBe(22020096);
    expect(genesis.validators[0]!.votingPower).toBe(10n);
  });

  it("tx and txSearch", async () => {
    const hash = sha256(backend.okTx);
    const tx = await client.tx({ hash });
    expect(tx.height).toBe(2);
    expect(tx.index).toBe(0);
    expect(tx.tx).toEqual(backend.okTx);
    const search = await client.txSearch({ query: `tx.hash='${toHex(hash).toUpperCase()}'` });
    expect(search.totalCount).toBe(1);
    expect(search.txs[0]!.result.code).toBe(0);
    const byHeight = await client.txSearchAll({ query: "tx.height=2", per_page: 1 });
    expect(byHeight.txs.map((t) => t.index)).toEqual([0, 1]);
    expect(byHeight.txs[1]!.result.code).toBe(5);
    await expect(client.tx({ hash: new Uint8Array(32) })).rejects.toThrow(`tx (${"00".repeat(32)}) not found`);
    await expect(client.txSearch({ query: "tx.height=2", page: 3, per_page: 1 })).rejects.toThrow(
      "page should be within [1, 2] range, given 3",
    );
  });

  it("abciInfo and abciQuery", async () => {
    const info = await client.abciInfo();
    expect(info.data).toBe("tributary");
    expect(info.lastBlockHeight).toBe(3);
    expect(info.lastBlockAppHash).toEqual(new Uint8Array([1, 2, 3]));
    const echo = await client.abciQuery({ path: "/echo", data: new Uint8Array([0xde, 0xad]) });
    expect(echo.value).toEqual(new Uint8Array([0xde, 0xad]));
    expect(echo.height).toBe(3);
    const failed = await client.abciQuery({ path: "/nope", data: new Uint8Array() });
    expect(failed.code).toBe(6);
    expect(failed.log).toContain("unknown query path");
  });

  it("broadcastTxSync success, CheckTx failure, mempool refusal; numUnconfirmedTxs", async () => {
    const good = fakeTx(40);
    const ok = await client.broadcastTxSync({ tx: good });
    expect(ok.code).toBe(0);
    expect(ok.hash).toEqual(sha256(good));
    const bad = fakeTx(0xff);
    const rejected = await client.broadcastTxSync({ tx: bad });
    expect(rejected.code).toBe(4);
    expect(rejected.codespace).toBe("sdk");
    expect(rejected.log).toContain("signature verification failed");
    await expect(client.broadcastTxSync({ tx: good })).rejects.toThrow("tx already exists in cache");
    const pool = await client.numUnconfirmedTxs();
    expect(pool.total).toBe(1);
    expect(pool.totalBytes).toBe(good.length);
  });

  it("broadcastTxCommit resolves when the tx's block is committed", async () => {
    const tx = fakeTx(41);
    const pending = client.broadcastTxCommit({ tx });
    // The handler listens for the tx's block before CheckTx, so once CheckTx put it in the mempool the block can come.
    await waitFor("the tx in the mempool", () => backend.mempool.some((t) => toHex(t) === toHex(tx)), 10_000, 5);
    const added = backend.addBlock([tx], [backend.txs[0]!.result]);
    backend.events.emit("NewBlock", added.block, added.results);
    for (const indexed of added.indexed) backend.events.emit("Tx", indexed);
    const committed = await pending;
    expect(committed.height).toBe(4);
    expect(committed.txResult?.code).toBe(0);
    expect(committed.hash).toEqual(sha256(tx));
  });

  it("health", async () => {
    await expect(client.health()).resolves.toBeNull();
  });
});
