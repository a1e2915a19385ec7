import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toBase64, toHex } from "@cosmjs/encoding";
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { GetTxRequest, GetTxResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { SoloDriver, type SoloDriverOptions } from "./driver.ts";
import { TestApp, stateHash } from "./testApp.ts";
import { HandshakeError } from "./chain.ts";
import { precommitSignBytes, verifyPrecommit } from "./signing.ts";
import { dataHash, headerHash } from "./hashes.ts";
import { type IndexedTx, RpcBackendError, type StoredBlock } from "../rpc/backend.ts";
import { MempoolError } from "../mempool/errors.ts";
import { waitFor } from "../../test/support/waitFor.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const seed = sha256(utf8("solo test validator"));
const validatorKey = { seed, pubkey: ed25519.getPublicKey(seed) };
const genesisJson = JSON.stringify({
  genesis_time: "2024-01-01T00:00:00.5Z",
  chain_id: "tributary-test-1",
  initial_height: "1",
  consensus_params: { block: { max_bytes: "22020096", max_gas: "-1" } },
  validators: [{ address: "", pub_key: { type: "tendermint/PubKeyEd25519", value: toBase64(validatorKey.pubkey) }, power: "10", name: "v" }],
  app_hash: "",
  app_state: { genesis: "yes" },
});

let dir: string;
let driver: SoloDriver | undefined;
const statePath = () => join(dir, "app-state.json");
const options = (app: TestApp, extra: Partial<SoloDriverOptions> = {}): SoloDriverOptions => ({
  app,
  dataDir: join(dir, "data"),
  genesisJson,
  validatorKey,
  timeoutCommitMs: 5,
  ...extra,
});
const openDriver = async (app = new TestApp({ statePath: statePath() }), extra: Partial<SoloDriverOptions> = {}) => {
  driver = await SoloDriver.open(options(app, extra));
  return driver;
};
const closeDriver = async () => {
  await driver?.stop();
  driver = undefined;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "solo-"));
});
afterEach(async () => {
  await closeDriver();
  rmSync(dir, { recursive: true, force: true });
});

describe("SoloDriver", () => {
  it("produces chained, signed blocks whose header fields are consistent", async () => {
    const d = await openDriver();
    const first = await d.produceOne();
    const second = await d.produceOne();
    const b1 = first.stored.block;
    const b2 = second.stored.block;
    expect(b1.header.height).toBe(1n);
    expect(b1.header.time).toEqual({ seconds: 1704067200n, nanos: 500_000_000 });
    expect(b1.header.appHash).toEqual(stateHash(new Map([["genesis", "yes"]])));
    expect(b2.header.lastBlockId).toEqual(first.stored.blockId);
    expect(first.stored.blockId.hash).toEqual(headerHash(b1.header));
    expect(b2.header.dataHash).toEqual(dataHash([]));
    expect(toHex(b2.header.dataHash)).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // BFT time: block 2's time is block 1's precommit time, later than block 1's.
    const vote = b2.lastCommit!.signatures[0]!;
    expect(b2.header.time).toEqual(vote.timestamp);
    expect(b2.header.time.seconds > b1.header.time.seconds).toBe(true);
    const signBytes = precommitSignBytes("tributary-test-1", 1n, 0, first.stored.blockId, vote.timestamp!);
    expect(verifyPrecommit(validatorKey.pubkey, signBytes, vote.signature)).toBe(true);
    expect(d.latestHeight()).toBe(2n);
    // The size the loop announces is the stored encoding's (what `block` and block_search serve).
    expect(second.stored.size).toBeGreaterThan(0);
    expect(second.stored.size).toBe((await d.rpc.block(2n))?.size);
    expect((await d.rpc.commit(2n))?.blockId).toEqual(second.stored.blockId);
    expect((await d.rpc.blockByHash(second.stored.blockId.hash))?.block.header.height).toBe(2n);
    expect((await d.rpc.validators(2n))[0]?.votingPower).toBe(10n);
    expect(d.rpc.identity().chainId).toBe("tributary-test-1");
  });

  it("a broadcast tx lands in a block and is found by hash, event search and GetTx", async () => {
    const d = await openDriver();
    const seen: string[] = [];
    d.events.on("NewBlock", (b: StoredBlock) => seen.push(`block ${b.block.header.height}`));
    d.events.on("Tx", (t: IndexedTx) => seen.push(`tx ${t.height}/${t.index}`));
    const tx = TxRaw.encode({
      bodyBytes: TxBody.encode(TxBody.fromPartial({ memo: "color=blue" })).finish(),
      authInfoBytes: AuthInfo.encode(AuthInfo.fromPartial({ fee: { amount: [], gasLimit: 1000n } })).finish(),
      signatures: [new Uint8Array(64)],
    }).finish();
    expect((await d.rpc.broadcastTx(tx)).code).toBe(0);
    expect((await d.rpc.broadcastTx(utf8("plain=1"))).code).toBe(0);
    expect((await d.rpc.broadcastTx(utf8("bad"))).code).toBe(1);
    // The mempool's refusal reaches the RPC layer as its own error, with CometBFT's text.
    await expect(d.rpc.broadcastTx(utf8("plain=1"))).rejects.toThrow(new RpcBackendError("tx already exists in cache"));
    await expect(d.mempool.checkTx(utf8("plain=1"))).rejects.toBeInstanceOf(MempoolError);
    expect(d.rpc.unconfirmedTxs(10).total).toBe(2);
    await d.produceOne();
    expect(d.rpc.unconfirmedTxs(10).total).toBe(0);
    expect(seen).toEqual(["block 1", "tx 1/0", "tx 1/1"]);
    const found = await d.rpc.txByHash(sha256(tx));
    expect([found?.height, found?.index, found?.result.code]).toEqual([1n, 0, 0]);
    const search = await d.rpc.searchTxs({ query: "app.value='1' AND tx.height=1", page: 1, perPage: 30, orderBy: "asc" });
    expect(search.items.map((t) => new TextDecoder().decode(t.tx))).toEqual(["plain=1"]);
    const blocks = await d.rpc.searchBlocks({ query: "block.parity='odd'", page: 1, perPage: 30, orderBy: "desc" });
    expect(blocks.items.map((b) => b.block.header.height)).toEqual([1n]);
    const query = await d.rpc.abciQuery("/cosmos.tx.v1beta1.Service/GetTx", GetTxRequest.encode({ hash: toHex(sha256(tx)) }).finish(), 0n, false);
    expect(query.code).toBe(0);
    const response = GetTxResponse.decode(query.value);
    expect(response.tx?.body?.memo).toBe("color=blue");
    expect(response.txResponse?.txhash).toBe(toHex(sha256(tx)).toUpperCase());
    expect(response.txResponse?.timestamp).toBe("2024-01-01T00:00:00Z");
    const missing = await d.rpc.abciQuery("/cosmos.tx.v1beta1.Service/GetTx", GetTxRequest.encode({ hash: "00".repeat(32) }).finish(), 0n, false);
    expect(missing.code).toBe(38);
    expect(new TextDecoder().decode((await d.rpc.abciQuery("/key", utf8("plain"), 0n, false)).value)).toBe("1");
  });

  it("restart resumes at the same height with the same app hash", async () => {
    let d = await openDriver();
    await d.rpc.broadcastTx(utf8("a=1"));
    for (let i = 0; i < 3; i++) await d.produceOne();
    const tip = await d.rpc.block(3n);
    await closeDriver();
    d = await openDriver();
    expect(d.latestHeight()).toBe(3n);
    const next = await d.produceOne();
    expect(next.stored.block.header.height).toBe(4n);
    expect(next.stored.block.header.lastBlockId).toEqual(tip?.blockId);
    expect((await d.rpc.blockResults(4n))?.appHash).toEqual(next.results.appHash);
  });

  it("replays a block that was stored but not committed by the app", async () => {
    let d = await openDriver();
    await d.produceOne();
    copyFileSync(statePath(), join(dir, "state-at-1.json"));
    await d.rpc.broadcastTx(utf8("late=tx"));
    const second = await d.produceOne();
    await closeDriver();
    // Crash simulation: the app's state is back at height 1 while the store has block 2.
    copyFileSync(join(dir, "state-at-1.json"), statePath());
    const app = new TestApp({ statePath: statePath() });
    expect(app.height).toBe(1n);
    d = await openDriver(app);
    expect(app.height).toBe(2n);
    expect(app.committed.get("late")).toBe("tx");
    expect(app.appHash).toEqual(second.results.appHash);
    expect((await d.produceOne()).stored.block.header.height).toBe(3n);
  });

  it("indexes on start what a crash left out of the tx index (state committed, index write lost), and nothing twice", async () => {
    let d = await openDriver();
    await d.rpc.broadcastTx(utf8("a=1"));
    await d.produceOne();
    await closeDriver();
    const indexPath = join(dir, "data", "tx_index.db");
    cpSync(indexPath, join(dir, "index-at-1"), { recursive: true });
    d = await openDriver();
    await d.rpc.broadcastTx(utf8("b=1"));
    await d.produceOne();
    await closeDriver();
    // The crash: state and block store at height 2, the index as it was at height 1.
    rmSync(indexPath, { recursive: true, force: true });
    cpSync(join(dir, "index-at-1"), indexPath, { recursive: true });
    d = await openDriver();
    expect(d.latestHeight()).toBe(2n);
    expect((await d.rpc.txByHash(sha256(utf8("b=1"))))?.height).toBe(2n);
    expect((await d.rpc.txByHash(sha256(utf8("a=1"))))?.height).toBe(1n);
    const all = await d.rpc.searchTxs({ query: "app.value='1'", page: 1, perPage: 30, orderBy: "asc" });
    expect(all.items.map((t) => `${t.height}:${new TextDecoder().decode(t.tx)}`)).toEqual(["1:a=1", "2:b=1"]);
    const blocks = await d.rpc.searchBlocks({ query: "block.parity='even'", page: 1, perPage: 30, orderBy: "asc" });
    expect(blocks.items.map((b) => b.block.header.height)).toEqual([2n]);
    await closeDriver();
    // No index at all (tx_index.db deleted): rebuilt from the block store.
    rmSync(indexPath, { recursive: true, force: true });
    d = await openDriver();
    expect((await d.rpc.txByHash(sha256(utf8("a=1"))))?.height).toBe(1n);
    expect((await d.rpc.searchTxs({ query: "tx.height>=1", page: 1, perPage: 30, orderBy: "asc" })).totalCount).toBe(2);
  });

  it("a failed tx index write stops production and fails index reads with the cause; blocks stay readable", async () => {
    const d = await openDriver();
    await d.rpc.broadcastTx(utf8("a=1"));
    // The index's DB gone underneath (as a failing disk would make its writes fail).
    await d.stores.index.close();
    await d.produceOne();
    await expect(d.rpc.txByHash(sha256(utf8("a=1")))).rejects.toThrow(/^tx index write failed: /);
    await expect(d.rpc.searchTxs({ query: "tx.height=1", page: 1, perPage: 30, orderBy: "asc" })).rejects.toBeInstanceOf(RpcBackendError);
    await expect(d.produceOne()).rejects.toThrow(/^tx index write failed: /);
    expect(d.latestHeight()).toBe(1n);
    expect((await d.rpc.block(1n))?.block.data.txs).toHaveLength(1);
  });

  it("replays everything through InitChain for a fresh app, and fails clearly on an app hash mismatch", async () => {
    const d = await openDriver();
    await d.rpc.broadcastTx(utf8("k=v"));
    await d.produceOne();
    await d.produceOne();
    await closeDriver();
    const fresh = new TestApp();
    await openDriver(fresh);
    expect(fresh.height).toBe(2n);
    expect(fresh.committed.get("k")).toBe("v");
    await closeDriver();
    writeFileSync(statePath(), JSON.stringify({ height: "2", appHash: "ab".repeat(32), entries: [] }));
    await expect(openDriver()).rejects.toThrow(HandshakeError);
    await expect(openDriver()).rejects.toThrow(/app hash mismatch at height 2/);
  });

  it("runs on its own timer, prunes by retain height and stops cleanly", async () => {
    const d = await openDriver(new TestApp({ statePath: statePath(), retainBlocks: 2n }));
    d.start();
    await d.waitForHeight(5n);
    await closeDriver();
    const reopened = await openDriver(new TestApp({ statePath: statePath(), retainBlocks: 2n }));
    expect(reopened.latestHeight()).toBeGreaterThanOrEqual(5n);
    expect(reopened.rpc.earliestHeight()).toBe(reopened.latestHeight() - 1n);
    expect(await reopened.rpc.block(1n)).toBeUndefined();
    await closeDriver();
    // A fresh app cannot be replayed from pruned blocks: the error says why.
    await expect(openDriver(new TestApp())).rejects.toThrow(/cannot replay from height 1: the block store starts at/);
  });

  it("waits for txs when empty blocks are disabled", async () => {
    const d = await openDriver(new TestApp(), { createEmptyBlocks: false });
    // The loop parks on whenNotEmpty once its timeout_commit is over: no block can have been made then.
    let parked = false;
    const whenNotEmpty = d.mempool.whenNotEmpty.bind(d.mempool);
    d.mempool.whenNotEmpty = () => ((parked = true), whenNotEmpty());
    d.start();
    await waitFor("the loop waiting for txs", () => parked, 5_000, 5);
    expect(d.latestHeight()).toBe(0n);
    await d.rpc.broadcastTx(utf8("x=1"));
    await d.waitForHeight(1n, 2000);
    expect((await d.rpc.block(1n))?.block.data.txs).toHaveLength(1);
  });

  it("stops producing on an error: fatal is emitted once, waitForHeight fails at once, the stores stay readable", async () => {
    // The test app's Commit fails from block 2 on, as a full disk under the state DB would.
    class FailingCommitApp extends TestApp {
      override async commit() {
        if (this.height >= 1n) throw new Error("no space left on device");
        return super.commit();
      }
    }
    const d = await openDriver(new FailingCommitApp());
    const fatal: Error[] = [];
    d.events.on("fatal", (e: Error) => fatal.push(e));
    d.start();
    await expect(d.waitForHeight(5n)).rejects.toThrow("block production stopped at 1 before height 5: no space left on device");
    expect(fatal.map((e) => e.message)).toEqual(["no space left on device"]);
    expect(d.fatalError).toBe(fatal[0]);
    await expect(d.waitForHeight(2n)).rejects.toThrow("block production stopped at 1");
    expect(d.latestHeight()).toBe(1n);
    expect((await d.rpc.block(1n))?.block.header.height).toBe(1n);
    expect(await d.rpc.block(2n)).toBeUndefined();
  });
});
