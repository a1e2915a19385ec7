/**
 * NewBlock payloads rendered on the worker thread: the same bytes as the main thread's
 * JSON.stringify, delivered in emission order, and a failed rendering falls back to the main thread.
 */
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import { Block } from "cosmjs-types/tendermint/types/block";
import { waitFor } from "../../test/support/waitFor.ts";
import { cometQueryMatcher } from "../query/index.ts";
import { encodeResults } from "../store/resultsCodec.ts";
import type { StoredBlock, StoredBlockResults } from "./backend.ts";
import { newBlockEventMessage, txEventMessage } from "./encodeTx.ts";
import { NewBlockJsonWorker, newBlockDataJson } from "./newBlockJson.ts";
import { SubscriptionHub } from "./subscriptions.ts";
import { MemoryBackend } from "./testing/memoryBackend.ts";

const attr = (key: string, value: string) => ({ key, value, index: true });

/** The memory backend's block 2 with rich results: events with non-ASCII text, updates, params. */
function richBlock(backend: MemoryBackend): { block: StoredBlock; results: StoredBlockResults } {
  const block = backend.blocks[1]!;
  const results: StoredBlockResults = {
    height: block.block.header.height,
    txResults: [
      ExecTxResult.fromPartial({
        data: Uint8Array.from([1, 2, 3]),
        log: "",
        gasWanted: 200_000n,
        gasUsed: 61_000n,
        events: [{ type: "transfer", attributes: [attr("recipient", "trib1x"), attr("memo", "héllo \"quoted\" \\ 🎉 \u2028"), { key: "k", value: "", index: false }] }],
      }),
      ExecTxResult.fromPartial({ code: 5, codespace: "bank", log: "insufficient funds", gasWanted: 90_000n, gasUsed: 90_001n }),
    ],
    finalizeBlockEvents: [{ type: "mint", attributes: [attr("amount", "10utrib")] }, { type: "", attributes: [] }],
    validatorUpdates: [{ pubKey: { ed25519: new Uint8Array(32).fill(4) }, power: 10n }],
    consensusParamUpdates: ConsensusParams.fromPartial({ block: { maxBytes: 100n, maxGas: -1n } }),
    appHash: new Uint8Array(32).fill(9),
  };
  return { block, results };
}

const encodedOf = (block: StoredBlock, results: StoredBlockResults) => ({ block: Block.encode(block.block).finish(), results: encodeResults(results).encoded });

let worker: NewBlockJsonWorker | undefined;
let hub: SubscriptionHub | undefined;
afterEach(async () => {
  hub?.close();
  await worker?.close();
  hub = worker = undefined;
});

describe("NewBlock payload from the block's encodings", () => {
  it("is the bytes of JSON.stringify of the main thread's payload, here and on the worker", async () => {
    const { block, results } = richBlock(new MemoryBackend());
    const expected = JSON.stringify(newBlockEventMessage(block, results).data);
    const req = { encoded: encodedOf(block, results), blockId: block.blockId, height: results.height };
    expect(newBlockDataJson(req).toString()).toBe(expected);
    worker = new NewBlockJsonWorker();
    const [a, b] = await Promise.all([worker.render(req), worker.render(req)]);
    expect(a.toString()).toBe(expected);
    expect(b.equals(a)).toBe(true);
  });

  it("rejects a request whose encodings do not decode, and keeps serving", async () => {
    const { block, results } = richBlock(new MemoryBackend());
    worker = new NewBlockJsonWorker();
    await expect(worker.render({ encoded: { block: Uint8Array.from([0xff, 0xff]), results: new Uint8Array() }, blockId: block.blockId, height: 2n })).rejects.toThrow();
    const req = { encoded: encodedOf(block, results), blockId: block.blockId, height: results.height };
    expect((await worker.render(req)).toString()).toBe(JSON.stringify(newBlockEventMessage(block, results).data));
  });
});

describe("subscription hub with the worker", () => {
  function setup() {
    const backend = new MemoryBackend();
    hub = new SubscriptionHub(backend, cometQueryMatcher, pino({ level: "silent" }));
    const frames: string[] = [];
    const subs = hub.client((frame) => frames.push(typeof frame === "string" ? `s:${frame}` : `b:${frame.toString()}`));
    return { backend, frames, subs };
  }

  it("sends the worker's payload as the same bytes, and the block's Tx events after it", async () => {
    const { backend, frames, subs } = setup();
    subs.subscribe(1, "tm.event='NewBlock'");
    subs.subscribe("tx", "tm.event='Tx'");
    const { block, results } = richBlock(backend);
    const tx = { hash: new Uint8Array(32).fill(1), height: results.height, index: 0, tx: backend.okTx, result: results.txResults[0]! };
    backend.events.emit("NewBlock", block, results, encodedOf(block, results));
    backend.events.emit("Tx", tx);
    // The Tx event waits behind the NewBlock payload still on the worker.
    expect(frames).toEqual([]);
    await waitFor("both frames", () => frames.length === 2);
    const newBlock = newBlockEventMessage(block, results);
    const txMessage = txEventMessage(tx);
    expect(frames).toEqual([
      `b:${JSON.stringify({ jsonrpc: "2.0", id: 1, result: { query: "tm.event='NewBlock'", data: newBlock.data, events: newBlock.events } })}`,
      `s:${JSON.stringify({ jsonrpc: "2.0", id: "tx", result: { query: "tm.event='Tx'", data: txMessage.data, events: txMessage.events } })}`,
    ]);
    // Once the queue is empty, events go out at once again.
    backend.events.emit("Tx", tx);
    expect(frames).toHaveLength(3);
  });

  it("renders on the main thread when the worker cannot (same bytes)", async () => {
    const { backend, frames, subs } = setup();
    subs.subscribe(1, "tm.event='NewBlock'");
    const { block, results } = richBlock(backend);
    backend.events.emit("NewBlock", block, results, { block: Uint8Array.from([0xff, 0xff]), results: new Uint8Array() });
    await waitFor("the frame", () => frames.length === 1);
    const newBlock = newBlockEventMessage(block, results);
    expect(frames).toEqual([`s:${JSON.stringify({ jsonrpc: "2.0", id: 1, result: { query: "tm.event='NewBlock'", data: newBlock.data, events: newBlock.events } })}`]);
  });
});
