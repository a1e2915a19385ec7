/**
 * The solo driver's websocket events through the real RPC server: NewBlock payloads (rendered on
 * the worker thread from the block store's encodings) are the bytes CometBFT's JSON encoders give
 * for the stored block and results, and each block's Tx events follow its NewBlock in order.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { WebSocket } from "ws";
import { toBase64 } from "@cosmjs/encoding";
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { waitFor } from "../../test/support/waitFor.ts";
import { newBlockEventMessage } from "../rpc/encodeTx.ts";
import { startRpcServer, type RpcServer } from "../rpc/server.ts";
import { SoloDriver } from "./driver.ts";
import { TestApp } from "./testApp.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const seed = sha256(utf8("solo events validator"));
const pubkey = ed25519.getPublicKey(seed);
const genesisJson = JSON.stringify({
  genesis_time: "2024-05-01T00:00:00Z",
  chain_id: "tributary-events-1",
  initial_height: "1",
  validators: [{ address: "", pub_key: { type: "tendermint/PubKeyEd25519", value: toBase64(pubkey) }, power: "7", name: "v" }],
  app_hash: "",
  app_state: {},
});

interface EventFrame {
  id: number;
  result?: { query: string; data: { type: string; value: { block?: { header: { height: string } }; TxResult?: { height: string } } } };
}

let dir: string;
let driver: SoloDriver;
let server: RpcServer;
let socket: WebSocket;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "solo-events-"));
  driver = await SoloDriver.open({ app: new TestApp(), dataDir: dir, genesisJson, validatorKey: { seed, pubkey }, timeoutCommitMs: 20 });
  driver.start();
  server = await startRpcServer({ backend: driver.rpc, laddr: "tcp://127.0.0.1:0", logger: pino({ level: "silent" }) });
  socket = new WebSocket(`ws://127.0.0.1:${server.address.port}/websocket`);
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
});

afterEach(async () => {
  socket.close();
  await server.close();
  await driver.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("solo websocket events", () => {
  it("sends NewBlock as the JSON of the stored block and results, each block's Tx events after it", async () => {
    const texts: string[] = [];
    socket.on("message", (data, isBinary) => {
      expect(isBinary).toBe(false);
      texts.push(data.toString());
    });
    const request = (id: number, query: string) => socket.send(JSON.stringify({ jsonrpc: "2.0", id, method: "subscribe", params: { query } }));
    request(1, "tm.event='NewBlock'");
    request(2, "tm.event='Tx'");
    await waitFor("both subscriptions acknowledged", () => texts.filter((t) => (JSON.parse(t) as EventFrame).result?.data === undefined).length === 2);
    const txs = ["fruit=apple", "fruit=pear", "veg=leek"];
    for (const tx of txs) expect((await driver.rpc.broadcastTx(utf8(tx))).code).toBe(0);
    const frames = () => texts.map((t) => JSON.parse(t) as EventFrame).filter((f) => f.result?.data !== undefined);
    await waitFor("a Tx event per tx", () => frames().filter((f) => f.id === 2).length === txs.length);
    const last = BigInt(frames().filter((f) => f.id === 2).at(-1)!.result!.data.value.TxResult!.height);
    await waitFor("the NewBlock after the txs' block", () => frames().some((f) => f.id === 1 && BigInt(f.result!.data.value.block!.header.height) > last));

    // Every block's NewBlock comes before its Tx events, and blocks come in height order.
    const order = frames().map((f) => (f.id === 1 ? `B${f.result!.data.value.block!.header.height}` : `T${f.result!.data.value.TxResult!.height}`));
    let height = 0;
    for (const tag of order) {
      const h = Number(tag.slice(1));
      if (tag.startsWith("B")) {
        expect(h).toBe(height === 0 ? h : height + 1);
        height = h;
      } else {
        expect(h).toBe(height);
      }
    }

    // The NewBlock frame of the txs' block, byte for byte.
    const text = texts.find((t) => {
      const f = JSON.parse(t) as EventFrame;
      return f.id === 1 && f.result?.data?.value.block?.header.height === last.toString();
    })!;
    const stored = (await driver.rpc.block(last))!;
    const results = (await driver.rpc.blockResults(last))!;
    const message = newBlockEventMessage(stored, results);
    expect(text).toBe(JSON.stringify({ jsonrpc: "2.0", id: 1, result: { query: "tm.event='NewBlock'", data: message.data, events: message.events } }));
  });
});
