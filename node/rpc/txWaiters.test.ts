/**
 * broadcast_tx_commit's waiters: one shared "Tx" listener however many requests wait, each
 * request woken by its own tx only, and nothing left listening once they are done.
 */
import { describe, expect, it } from "vitest";
import { sha256 } from "@noble/hashes/sha2.js";
import { TxWaiters } from "./txWaiters.ts";
import { MemoryBackend, fakeTx } from "./testing/memoryBackend.ts";

const hex = (tx: Uint8Array) => Buffer.from(sha256(tx)).toString("hex").toUpperCase();

describe("TxWaiters", () => {
  it("many waiting requests share one listener and each wakes for its own tx", async () => {
    const backend = new MemoryBackend();
    const waiters = new TxWaiters(backend);
    const txs = Array.from({ length: 50 }, (_, i) => fakeTx(i));
    const waits = txs.map((tx) => waiters.wait(hex(tx), 10_000));
    expect(backend.events.listenerCount("Tx")).toBe(1);
    const added = backend.addBlock(txs.slice(0, 10), txs.slice(0, 10).map(() => backend.txs[0]!.result));
    for (const indexed of added.indexed) backend.events.emit("Tx", indexed);
    const woken = await Promise.all(waits.slice(0, 10).map((w) => w.done));
    expect(woken.map((t) => t?.index)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(waiters.size).toBe(40);
    for (const w of waits.slice(10)) w.cancel();
    expect(await Promise.all(waits.slice(10).map((w) => w.done))).toEqual(Array(40).fill(undefined));
    expect(waiters.size).toBe(0);
    expect(backend.events.listenerCount("Tx")).toBe(0);
  });

  it("two requests for one tx both wake; a timeout resolves undefined and stops listening", async () => {
    const backend = new MemoryBackend();
    const waiters = new TxWaiters(backend);
    const tx = fakeTx(200);
    const [a, b] = [waiters.wait(hex(tx), 10_000), waiters.wait(hex(tx), 10_000)];
    const late = waiters.wait(hex(fakeTx(201)), 20);
    backend.events.emit("Tx", backend.addBlock([tx], [backend.txs[0]!.result]).indexed[0]);
    expect((await a.done)?.tx).toEqual(tx);
    expect((await b.done)?.tx).toEqual(tx);
    expect(await late.done).toBeUndefined();
    expect(backend.events.listenerCount("Tx")).toBe(0);
    a.cancel();
    expect(waiters.size).toBe(0);
  });
});
