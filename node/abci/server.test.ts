/**
 * The ABCI socket server against the real App (real store, modules and signed txs), driven the
 * way CometBFT drives it: several connections, pipelined requests, Flush.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import {
  CheckTxType,
  type Request,
  type RequestFinalizeBlock,
  ResponseApplySnapshotChunk_Result,
  ResponseOfferSnapshot_Result,
  ResponseVerifyVoteExtension_VerifyStatus,
} from "cosmjs-types/tendermint/abci/types";
import type { AbciApp } from "../../chain/abci.ts";
import { App } from "../../chain/app.ts";
import { CommitStore } from "../../chain/store/commitStore.ts";
import { createModules } from "../../modules/index.ts";
import { AppHarness, TEST_CHAIN_ID } from "../../test/appHarness.ts";
import { encodeFrame, encodeUvarint } from "./framing.ts";
import { type AbciFatalError, type AbciServer, startAbciServer } from "./server.ts";
import { AbciTestClient } from "./testClient.ts";
import { nextTurn, waitFor } from "../../test/support/waitFor.ts";

const silent = pino({ level: "silent" });
const STRANGER = "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f";

function balanceQuery(address: string): Request {
  return { query: { path: "/cosmos.bank.v1beta1.Query/Balance", data: QueryBalanceRequest.encode({ address, denom: "utrib" }).finish(), height: 0n, prove: false } };
}
const balanceOf = (res: { query?: { value: Uint8Array } }) => BigInt(QueryBalanceResponse.decode(res.query!.value).balance!.amount);

function finalizeRequest(height: bigint, txs: Uint8Array[]): RequestFinalizeBlock {
  return {
    txs,
    decidedLastCommit: { round: 0, votes: [] },
    misbehavior: [],
    hash: new Uint8Array(32),
    height,
    time: { seconds: 1_700_000_000n + height, nanos: 0 },
    nextValidatorsHash: new Uint8Array(32),
    proposerAddress: new Uint8Array(20),
  };
}

describe("ABCI socket server", () => {
  let h: AppHarness;
  let server: AbciServer;
  const clients: AbciTestClient[] = [];
  const open = async (address = server.address) => {
    const c = await AbciTestClient.connect(address);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    h = await AppHarness.create({ accounts: 3 });
    server = await startAbciServer({ app: h.app, laddr: "tcp://127.0.0.1:0", logger: silent });
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });
  afterAll(async () => {
    await server?.close();
    await h?.close();
  });

  it("binds the port it was given (0 → a free one) and answers Echo", async () => {
    expect(server.address).toMatch(/^tcp:\/\/127\.0\.0\.1:[1-9][0-9]*$/);
    const c = await open();
    const [res] = await c.call({ echo: { message: "hello ABCI" } });
    expect(res.echo).toEqual({ message: "hello ABCI" });
  });

  it("answers 50 pipelined CheckTx in order, writes nothing before the Flush, then the Flush", async () => {
    // Sequences 0…49 from one account pass only if handled in order, each on the check state.
    const txs: Uint8Array[] = [];
    for (let i = 0; i < 50; i++) {
      txs.push(await h.signTx(0, { msgs: [h.send(0, STRANGER, "1")], sequence: BigInt(i) }));
    }
    // Counts the CheckTx the app answered (the server calls app.checkTx), so the check below runs once all 50 are handled.
    const checkTx = h.app.checkTx.bind(h.app);
    let handled = 0;
    h.app.checkTx = async (req) => {
      const res = await checkTx(req);
      handled++;
      return res;
    };
    const c = await open();
    c.send(...txs.map((tx) => ({ checkTx: { tx, type: CheckTxType.NEW } })));
    await waitFor("the 50 CheckTx handled", () => handled === 50, 20_000, 10);
    await nextTurn();
    Reflect.deleteProperty(h.app, "checkTx");
    expect(c.bytesReceived, "responses are held until a Flush").toBe(0);
    c.send({ flush: {} });
    await c.waitFor(51);
    expect(c.responses.slice(0, 50).map((r) => r.checkTx?.code)).toEqual(new Array(50).fill(0));
    expect(c.responses[50]!.flush).toEqual({});
    // The check state now expects sequence 50: a replay of sequence 0 is refused.
    const [again] = await c.call({ checkTx: { tx: txs[0]!, type: CheckTxType.NEW } });
    expect(again.checkTx?.code).not.toBe(0);
    expect(again.checkTx?.log).toMatch(/sequence/);
  });

  it("answers vote-extension and snapshot requests itself: empty extension, ACCEPT, no snapshots, REJECT, ABORT", async () => {
    const c = await open();
    const res = await c.call(
      { extendVote: { hash: new Uint8Array(32), height: 5n, time: { seconds: 1n, nanos: 0 }, txs: [], proposedLastCommit: { round: 0, votes: [] }, misbehavior: [], nextValidatorsHash: new Uint8Array(), proposerAddress: new Uint8Array() } },
      { verifyVoteExtension: { hash: new Uint8Array(32), validatorAddress: new Uint8Array(20), height: 5n, voteExtension: new Uint8Array([1]) } },
      { listSnapshots: {} },
      { offerSnapshot: { snapshot: undefined, appHash: new Uint8Array() } },
      { loadSnapshotChunk: { height: 1n, format: 1, chunk: 0 } },
      { applySnapshotChunk: { index: 0, chunk: new Uint8Array(), sender: "" } },
    );
    expect(res[0]!.extendVote?.voteExtension).toEqual(new Uint8Array());
    expect(res[1]!.verifyVoteExtension?.status).toBe(ResponseVerifyVoteExtension_VerifyStatus.ACCEPT);
    expect(res[2]!.listSnapshots?.snapshots).toEqual([]);
    expect(res[3]!.offerSnapshot?.result).toBe(ResponseOfferSnapshot_Result.REJECT);
    expect(res[4]!.loadSnapshotChunk?.chunk).toEqual(new Uint8Array());
    expect(res[5]!.applySnapshotChunk?.result).toBe(ResponseApplySnapshotChunk_Result.ABORT);
  });

  it("answers an empty Request and undecodable bytes with ResponseException, and keeps the connection", async () => {
    const c = await open();
    c.sendRaw(encodeFrame(new Uint8Array(0)));
    c.sendRaw(encodeFrame(Uint8Array.from([0x0a, 0x7f, 0x01])));
    c.send({ echo: { message: "still here" } }, { flush: {} });
    await c.waitFor(4);
    expect(c.responses[0]!.exception?.error).toMatch(/unknown or empty ABCI request: no method field is set/);
    expect(c.responses[1]!.exception?.error).toMatch(/cannot decode ABCI Request \(3 bytes\)/);
    expect(c.responses[2]!.echo?.message).toBe("still here");
    expect(c.closed).toBe(false);
  });

  it("answers what came before a broken length prefix, then an exception, then closes that connection", async () => {
    const c = await open();
    const other = await open();
    c.sendRaw(Buffer.concat([AbciTestClient.frame({ echo: { message: "before" } }), new Uint8Array(10).fill(0xff)]));
    await c.waitFor(2);
    expect(c.responses[0]!.echo?.message).toBe("before");
    expect(c.responses[1]!.exception?.error).toMatch(/closing connection: malformed length prefix/);
    await c.waitClosed();
    const [res] = await other.call({ echo: { message: "unaffected" } });
    expect(res.echo?.message).toBe("unaffected");
  });

  it("survives a client disconnecting mid-message and mid-pipeline; other connections keep working", async () => {
    // A server of its own, whose debug log says when it has seen connections open and close.
    const log: string[] = [];
    const own = await startAbciServer({ app: h.app, laddr: "tcp://127.0.0.1:0", logger: pino({ level: "debug" }, new Writable({ write: (c, _e, cb) => (log.push(String(c)), cb()) })) });
    const logged = (event: "opened" | "closed") => log.join("").split("\n").filter((l) => l.includes(`"msg":"ABCI connection ${event}"`)).length;
    try {
      const a = await open(own.address);
      const b = await open(own.address);
      // Half a frame, then gone.
      a.sendRaw(encodeUvarint(1000));
      a.sendRaw(new Uint8Array(10));
      a.close();
      // A pipeline whose responses can no longer be delivered.
      const d = await open(own.address);
      d.send(...Array.from({ length: 20 }, () => balanceQuery(STRANGER)));
      d.close();
      await waitFor("the server to see a and d close", () => logged("opened") === 3 && logged("closed") === 2, 10_000, 10);
      const [res] = await b.call({ echo: { message: "ok" } });
      expect(res.echo?.message).toBe("ok");
      const fresh = await open(own.address);
      expect((await fresh.call({ echo: { message: "new" } }))[0]!.echo?.message).toBe("new");
    } finally {
      await own.close();
    }
  });

  it("serves Info and Query from the committed state", async () => {
    const c = await open();
    const [info, balance] = await c.call({ info: { version: "0.38.17", blockVersion: 11n, p2pVersion: 8n, abciVersion: "2.0.0" } }, balanceQuery(h.accounts[1]!.address));
    expect(info.info?.lastBlockHeight).toBe(h.height);
    expect(info.info?.lastBlockAppHash).toEqual(h.store.rootHash);
    expect(balance.query?.code).toBe(0);
    expect(balance.query?.height).toBe(h.height);
    expect(balanceOf(balance)).toBe(await h.balance(h.accounts[1]!.address));
  });

  it("answers CheckTx and Query on another connection from the committed state while a big block is finalised", { timeout: 60_000 }, async () => {
    const to = h.accounts[2]!.address;
    const before = await h.balance(to);
    const block: Uint8Array[] = [];
    const seq0 = (await h.signTx(1, { msgs: [h.send(1, to, "1")] }), h.accounts[1]!.sequence);
    for (let i = 0n; i < 150n; i++) block.push(await h.signTx(1, { msgs: [h.send(1, to, "1")], sequence: seq0 + i }));
    // A tx with the first sequence of the block, sent by CheckTx: valid against the committed state.
    const competing = await h.signTx(1, { msgs: [h.send(1, STRANGER, "5")], sequence: seq0 });

    const consensus = await open();
    const mempool = await open();
    const query = await open();
    const height = h.height + 1n;
    consensus.send({ finalizeBlock: finalizeRequest(height, block) }, { flush: {} });
    mempool.send({ checkTx: { tx: competing, type: CheckTxType.NEW } }, { flush: {} });
    query.send(balanceQuery(to), { flush: {} });
    await Promise.all([consensus.waitFor(2), mempool.waitFor(2), query.waitFor(2)]);

    const fin = consensus.responses[0]!.finalizeBlock!;
    expect(fin.txResults.map((r) => r.code)).toEqual(new Array(150).fill(0));
    expect(mempool.responses[0]!.checkTx?.code, mempool.responses[0]!.checkTx?.log).toBe(0);
    expect(balanceOf(query.responses[0]!), "query reads the committed state, not the block").toBe(before);
    expect(query.responses[0]!.query?.height).toBe(height - 1n);

    const [commit] = await consensus.call({ commit: {} });
    expect(commit.commit).toBeDefined();
    h.height = height;
    h.accounts[1]!.sequence = seq0 + 150n;
    const [after] = await query.call(balanceQuery(to));
    expect(balanceOf(after)).toBe(before + 150n);
    expect(h.store.rootHash).toEqual(fin.appHash);
  });
});

describe("ABCI socket server: unix socket", () => {
  it("listens on unix:///path, replaces a stale socket file, refuses a live one, and removes it on close", async () => {
    const h = await AppHarness.create({ accounts: 1 });
    const dir = mkdtempSync(join(tmpdir(), "trib-sock-"));
    const laddr = `unix://${join(dir, "app.sock")}`;
    try {
      const first = await startAbciServer({ app: h.app, laddr, logger: silent });
      expect(first.address).toBe(laddr);
      await expect(startAbciServer({ app: h.app, laddr, logger: silent })).rejects.toThrow(/another process is serving it/);
      const c = await AbciTestClient.connect(laddr);
      expect((await c.call({ echo: { message: "over unix" } }))[0]!.echo?.message).toBe("over unix");
      c.close();
      await first.close();
      expect(existsSync(join(dir, "app.sock"))).toBe(false);
      // A socket file left by a crashed run: a process that listened there and was SIGKILLed.
      const script = `require("net").createServer().listen(${JSON.stringify(join(dir, "app.sock"))}, () => process.kill(process.pid, "SIGKILL"))`;
      expect(spawnSync(process.execPath, ["-e", script]).signal).toBe("SIGKILL");
      expect(existsSync(join(dir, "app.sock"))).toBe(true);
      const second = await startAbciServer({ app: h.app, laddr, logger: silent });
      const d = await AbciTestClient.connect(laddr);
      expect((await d.call({ echo: { message: "again" } }))[0]!.echo?.message).toBe("again");
      d.close();
      await second.close();
    } finally {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects addresses it cannot serve, naming the forms it takes", async () => {
    for (const laddr of ["unix://relative.sock", "http://127.0.0.1:1", "tcp://127.0.0.1:99999", "127.0.0.1"]) {
      await expect(startAbciServer({ app: {} as AbciApp, laddr, logger: silent }), laddr).rejects.toThrow(/^invalid ABCI address .*: expected (tcp|unix):\/\//);
    }
  });
});

describe("ABCI socket server: the first block", () => {
  it("InitChain over the socket; CheckTx between FinalizeBlock(1) and Commit sees the genesis state; a repeated FinalizeBlock(1) gives the same hash", async () => {
    const signer = await AppHarness.create({ accounts: 1 });
    const dir = mkdtempSync(join(tmpdir(), "trib-abci-"));
    const store = await CommitStore.open(join(dir, "app.db"));
    const { modules, ante } = createModules();
    const server = await startAbciServer({ app: new App({ store, modules, ante }), laddr: "tcp://127.0.0.1:0", logger: silent });
    try {
      const a = signer.accounts[0]!;
      const appState = {
        auth: { accounts: [{ "@type": "/cosmos.auth.v1beta1.BaseAccount", address: a.address, pub_key: null, account_number: "0", sequence: "0" }] },
        bank: { balances: [{ address: a.address, coins: [{ denom: "utrib", amount: "1000000000" }] }] },
      };
      const consensus = await AbciTestClient.connect(server.address);
      const mempool = await AbciTestClient.connect(server.address);
      const [init] = await consensus.call({
        initChain: {
          time: { seconds: 1_700_000_000n, nanos: 0 },
          chainId: TEST_CHAIN_ID,
          consensusParams: { block: { maxBytes: 22020096n, maxGas: 100_000_000n }, evidence: undefined, validator: undefined, version: undefined, abci: undefined },
          validators: [],
          appStateBytes: new TextEncoder().encode(JSON.stringify(appState)),
          initialHeight: 1n,
        },
      });
      expect(init.initChain?.appHash).toHaveLength(32);
      const tx = await signer.signTx(0, { msgs: [signer.send(0, STRANGER, "10")], sequence: 0n });
      const [first] = await consensus.call({ finalizeBlock: finalizeRequest(1n, [tx]) });
      expect(first.finalizeBlock?.txResults[0]!.code).toBe(0);
      // Sequence 0 is still the next one in the check state: the block is not committed yet.
      const [check] = await mempool.call({ checkTx: { tx, type: CheckTxType.NEW } });
      expect(check.checkTx?.code, check.checkTx?.log).toBe(0);
      const [again] = await consensus.call({ finalizeBlock: finalizeRequest(1n, [tx]) });
      expect(again.finalizeBlock?.txResults[0]!.code).toBe(0);
      expect(again.finalizeBlock?.appHash).toEqual(first.finalizeBlock?.appHash);
      await consensus.call({ commit: {} });
      expect(store.version).toBe(1n);
      expect(store.rootHash).toEqual(first.finalizeBlock?.appHash);
      consensus.close();
      mempool.close();
    } finally {
      await server.close();
      await store.close();
      await signer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("ABCI socket server: fatal errors", () => {
  it("a FinalizeBlock error logs one fatal line, closes every connection and calls onFatal", async () => {
    const h = await AppHarness.create({ accounts: 1 });
    const lines: string[] = [];
    const logger = pino({ level: "info" }, new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }));
    const app: AbciApp = Object.assign(Object.create(h.app) as AbciApp, {
      finalizeBlock: async () => {
        throw new Error("disk on fire");
      },
    });
    const fatal: AbciFatalError[] = [];
    const server = await startAbciServer({ app, laddr: "tcp://127.0.0.1:0", logger, onFatal: (e) => fatal.push(e) });
    try {
      const consensus = await AbciTestClient.connect(server.address);
      const query = await AbciTestClient.connect(server.address);
      consensus.send({ finalizeBlock: finalizeRequest(2n, []) }, { flush: {} });
      await consensus.waitClosed();
      await query.waitClosed();
      expect(consensus.responses, "no response: CometBFT must not take a block the app did not run").toEqual([]);
      expect(fatal).toHaveLength(1);
      expect(fatal[0]!.method).toBe("finalizeBlock");
      expect(fatal[0]!.height).toBe(2n);
      expect(fatal[0]!.message).toBe("ABCI finalizeBlock at height 2 failed: disk on fire");
      const fatalLines = lines.map((l) => JSON.parse(l)).filter((l) => l.level === 60);
      expect(fatalLines).toHaveLength(1);
      expect(fatalLines[0]).toMatchObject({ method: "finalizeBlock", height: "2", err: { message: "disk on fire" } });
      expect(fatalLines[0].msg).toMatch(/ABCI finalizeBlock failed at height 2; stopping/);
    } finally {
      await server.close();
      await h.close();
    }
  });

  it("a CheckTx error is answered with ResponseException and logged; the server goes on", async () => {
    const h = await AppHarness.create({ accounts: 1 });
    const app: AbciApp = Object.assign(Object.create(h.app) as AbciApp, {
      checkTx: async () => {
        throw new Error("check state unavailable");
      },
    });
    const fatal: AbciFatalError[] = [];
    const server = await startAbciServer({ app, laddr: "tcp://127.0.0.1:0", logger: silent, onFatal: (e) => fatal.push(e) });
    try {
      const c = await AbciTestClient.connect(server.address);
      const [res, echo] = await c.call({ checkTx: { tx: new Uint8Array([1]), type: CheckTxType.NEW } }, { echo: { message: "after" } });
      expect(res.exception?.error).toBe("checkTx failed: check state unavailable");
      expect(echo.echo?.message).toBe("after");
      expect(fatal).toEqual([]);
      c.close();
    } finally {
      await server.close();
      await h.close();
    }
  });
});

describe("ABCI socket server: stopping mid-block", () => {
  /** A fresh App that has run InitChain over `consensus`, and the store to inspect. */
  async function freshChain(commitGraceMs: number) {
    const dir = mkdtempSync(join(tmpdir(), "trib-abci-stop-"));
    const store = await CommitStore.open(join(dir, "app.db"));
    const { modules, ante } = createModules();
    const logs: { msg: string; height?: string }[] = [];
    const logger = pino({ level: "info" }, new Writable({ write: (c, _e, cb) => (logs.push(JSON.parse(String(c))), cb()) }));
    const server = await startAbciServer({ app: new App({ store, modules, ante }), laddr: "tcp://127.0.0.1:0", logger, commitGraceMs });
    const consensus = await AbciTestClient.connect(server.address);
    await consensus.call({
      initChain: {
        time: { seconds: 1_700_000_000n, nanos: 0 },
        chainId: TEST_CHAIN_ID,
        consensusParams: { block: { maxBytes: 22020096n, maxGas: 100_000_000n }, evidence: undefined, validator: undefined, version: undefined, abci: undefined },
        validators: [],
        appStateBytes: new TextEncoder().encode("{}"),
        initialHeight: 1n,
      },
    });
    const cleanup = async () => (consensus.close(), await server.close(), await store.close(), rmSync(dir, { recursive: true, force: true }));
    return { store, server, consensus, logs, cleanup };
  }

  it("close() after FinalizeBlock waits for CometBFT's Commit, answers it, then closes (a restart stops between blocks)", async () => {
    const { store, server, consensus, logs, cleanup } = await freshChain(20_000);
    try {
      const [fin] = await consensus.call({ finalizeBlock: finalizeRequest(1n, []) });
      const closing = server.close();
      // The server says it waits (before the fix it closed the connection at once).
      const waiting = () => logs.find((l) => l.msg === "stopping: waiting for CometBFT's Commit of the block in progress");
      expect((await waitFor("the server's waiting-for-Commit log line", waiting, 5_000, 10)).height).toBe("1");
      expect(consensus.closed).toBe(false);
      // Before the fix the connection was closed here and CometBFT's Commit failed. CometBFT's
      // Commit call waits for the Commit's response and then for the Flush's: both must come.
      const [commit] = await consensus.call({ commit: {} });
      expect(commit.commit).toBeDefined();
      await closing;
      await consensus.waitClosed();
      expect(store.version).toBe(1n);
      expect(store.rootHash).toEqual(fin.finalizeBlock!.appHash);
    } finally {
      await cleanup();
    }
  });

  it("close() with a Commit answered but its Flush not yet received waits for the Flush and answers it", async () => {
    const { store, server, consensus, logs, cleanup } = await freshChain(20_000);
    try {
      await consensus.call({ finalizeBlock: finalizeRequest(1n, []) });
      const before = consensus.responses.length;
      consensus.send({ commit: {} });
      // The server is stopped while the Commit is being handled; its Flush comes after.
      const waiting = () => logs.some((l) => l.msg === "stopping: waiting for CometBFT's Commit of the block in progress");
      const closing = server.close();
      await waitFor("the server's waiting-for-Commit log line", waiting, 5_000, 5);
      await waitFor("the Commit written to the store", () => store.version >= 1n, 5_000, 5);
      consensus.send({ flush: {} });
      await consensus.waitFor(before + 2);
      expect(consensus.responses[before]!.commit).toBeDefined();
      expect(consensus.responses[before + 1]!.flush).toBeDefined();
      await closing;
      await consensus.waitClosed();
      expect(logs.some((l) => l.msg.startsWith("stopping without"))).toBe(false);
    } finally {
      await cleanup();
    }
  });

  it("close() between blocks does not wait; with no Commit coming it gives up after the grace period, the block uncommitted", async () => {
    const between = await freshChain(60_000);
    try {
      await between.consensus.call({ finalizeBlock: finalizeRequest(1n, []) }, { commit: {} });
      await between.server.close(); // would take 60 s if it waited
      await between.consensus.waitClosed();
      expect(between.store.version).toBe(1n);
    } finally {
      await between.cleanup();
    }
    const stuck = await freshChain(300);
    try {
      await stuck.consensus.call({ finalizeBlock: finalizeRequest(1n, []) });
      await stuck.server.close();
      await stuck.consensus.waitClosed();
      expect(stuck.store.version, "nothing committed without the Commit").toBe(0n);
    } finally {
      await stuck.cleanup();
    }
  });
});
