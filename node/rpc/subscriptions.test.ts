/**
 * The subscription hub on the real query language and the in-memory backend's events: frames are
 * the bytes of JSON.stringify of the JSON-RPC response, each client gets what its queries match,
 * and event kinds no query can match are not built.
 */
import pino from "pino";
import { describe, expect, it } from "vitest";
import { cometQueryMatcher } from "../query/index.ts";
import { newBlockEventMessage, newBlockHeaderEventMessage, txEventMessage } from "./encodeTx.ts";
import { SubscriptionHub, type QueryMatcher } from "./subscriptions.ts";
import { MemoryBackend } from "./testing/memoryBackend.ts";

interface Frame {
  id: unknown;
  result: { query: string; data: { type: string }; events: Record<string, string[]> };
}

function setup(matcher: QueryMatcher = cometQueryMatcher) {
  const backend = new MemoryBackend();
  const hub = new SubscriptionHub(backend, matcher, pino({ level: "silent" }));
  const client = () => {
    const frames: string[] = [];
    return { frames, subs: hub.client((frame) => frames.push(frame.toString())) };
  };
  /** Emits a block with two txs as the block loop does: NewBlock, then one Tx per tx. */
  const emitBlock = () => {
    const { block, results, indexed } = backend.addBlock([backend.okTx, backend.failedTx], backend.results[1]!.txResults);
    backend.events.emit("NewBlock", block, results);
    for (const tx of indexed) backend.events.emit("Tx", tx);
    return { block, results, indexed };
  };
  return { backend, hub, client, emitBlock };
}

const expectedFrame = (id: unknown, query: string, message: { data: unknown; events: Record<string, string[]> }) =>
  JSON.stringify({ jsonrpc: "2.0", id, result: { query, data: message.data, events: message.events } });

describe("subscription hub", () => {
  it("sends each matching event as JSON.stringify of the response, to every client whose query matches", () => {
    const { client, emitBlock } = setup();
    const a = client();
    const b = client();
    a.subs.subscribe("blocks-a", "tm.event='NewBlock'");
    a.subs.subscribe(7, "tm.event='Tx' AND message.sender='trib1sender'");
    b.subs.subscribe(null, "tm.event='NewBlock'");
    b.subs.subscribe("hdr", "tm.event = 'NewBlockHeader'");
    const { block, results, indexed } = emitBlock();

    const newBlock = newBlockEventMessage(block, results);
    const header = newBlockHeaderEventMessage(block, results);
    const okTx = txEventMessage(indexed[0]!);
    expect(a.frames).toEqual([expectedFrame("blocks-a", "tm.event='NewBlock'", newBlock), expectedFrame(7, "tm.event='Tx' AND message.sender='trib1sender'", okTx)]);
    expect(b.frames).toEqual([expectedFrame(null, "tm.event='NewBlock'", newBlock), expectedFrame("hdr", "tm.event = 'NewBlockHeader'", header)]);
    const [first] = a.frames.map((f) => JSON.parse(f) as Frame);
    expect(first!.result.data.type).toBe("tendermint/event/NewBlock");
    expect(first!.result.events["rewards.amount"]).toEqual(["5utrib"]);
  });

  it("builds an event kind only while some query can match it", () => {
    const { hub, client, emitBlock } = setup();
    const a = client();
    expect(hub.wants("NewBlock")).toBe(false);
    a.subs.subscribe(1, "tm.event='NewBlock'");
    expect([hub.wants("NewBlock"), hub.wants("NewBlockHeader"), hub.wants("Tx")]).toEqual([true, false, false]);
    emitBlock();
    expect(a.frames.map((f) => (JSON.parse(f) as Frame).result.data.type)).toEqual(["tendermint/event/NewBlock"]);

    // A query without a tm.event condition may match any kind; CONTAINS admits both block kinds.
    a.subs.subscribe(2, "message.sender='trib1sender'");
    expect(hub.wants("Tx")).toBe(true);
    a.subs.unsubscribe("message.sender='trib1sender'");
    expect(hub.wants("Tx")).toBe(false);
    a.subs.subscribe(3, "tm.event CONTAINS 'Block'");
    expect([hub.wants("NewBlock"), hub.wants("NewBlockHeader"), hub.wants("Tx")]).toEqual([true, true, false]);
    a.subs.close();
    expect(hub.wants("NewBlock")).toBe(false);
  });

  it("without the matcher's `admits`, builds every kind and still delivers only matches", () => {
    const { hub, client, emitBlock } = setup({ parse: cometQueryMatcher.parse, matches: cometQueryMatcher.matches });
    const a = client();
    a.subs.subscribe(1, "tm.event='Tx' AND tx.height=4");
    expect(hub.wants("NewBlock")).toBe(true);
    emitBlock();
    expect(a.frames.map((f) => (JSON.parse(f) as Frame).result.events["tx.height"])).toEqual([["4"], ["4"]]);
  });

  it("keeps delivering to the other clients when one client's socket throws", () => {
    const { backend, hub, client, emitBlock } = setup();
    const broken = hub.client(() => {
      throw new Error("socket gone");
    });
    broken.subscribe(1, "tm.event='NewBlock'");
    const ok = client();
    ok.subs.subscribe(2, "tm.event='NewBlock'");
    emitBlock();
    expect(ok.frames).toHaveLength(1);
    hub.close();
    emitBlock();
    expect(ok.frames).toHaveLength(1);
    expect(backend.events.listenerCount("NewBlock")).toBe(0);
  });
});
