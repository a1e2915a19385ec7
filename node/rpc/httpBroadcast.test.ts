/**
 * The broadcast fast path must be invisible: for every request it takes, its reply is the same
 * bytes the generic dispatcher writes (run on a twin backend in the same state), and every
 * request it does not take is left to the generic path.
 */
import { describe, expect, it } from "vitest";
import pino from "pino";
import { sha256 } from "@noble/hashes/sha2.js";
import { answerBroadcastFast } from "./httpBroadcast.ts";
import { handleRequest, serializeJson } from "./methods.ts";
import type { MethodContext } from "./methodTypes.ts";
import { MemoryBackend, fakeTx } from "./testing/memoryBackend.ts";

function context(): MethodContext & { backend: MemoryBackend } {
  return { backend: new MemoryBackend(), logger: pino({ level: "silent" }), broadcastTxCommitTimeoutMs: 200 };
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const okTx = fakeTx(40);
const rejectedTx = fakeTx(0xff);

/** Runs `request` through both paths, each on its own backend that has first seen `before`. */
async function bothPaths(request: unknown, before: Uint8Array[] = []): Promise<{ fast: string; generic: string; fastCtx: MethodContext & { backend: MemoryBackend } }> {
  const fastCtx = context();
  const genericCtx = context();
  for (const tx of before) {
    await fastCtx.backend.broadcastTx(tx);
    await genericCtx.backend.broadcastTx(tx);
  }
  const fast = answerBroadcastFast(request, fastCtx);
  expect(fast, "the fast path should take this request").toBeDefined();
  const response = await handleRequest(request, genericCtx);
  return { fast: await fast!, generic: serializeJson(response), fastCtx };
}

describe("broadcast fast path", () => {
  it("broadcast_tx_sync: same bytes as the generic path, tx reaches the backend once", async () => {
    const request = { jsonrpc: "2.0", id: 42, method: "broadcast_tx_sync", params: { tx: b64(okTx) } };
    const { fast, generic, fastCtx } = await bothPaths(request);
    expect(fast).toBe(generic);
    expect(JSON.parse(fast).result).toEqual({ code: 0, data: "", log: "", codespace: "", hash: Buffer.from(sha256(okTx)).toString("hex").toUpperCase() });
    expect(fastCtx.backend.mempool).toHaveLength(1);
  });

  it("string ids, positional params and broadcast_tx_async match too", async () => {
    for (const request of [
      { jsonrpc: "2.0", id: "abc \"quoted\"", method: "broadcast_tx_sync", params: { tx: b64(okTx) } },
      { jsonrpc: "2.0", id: 7, method: "broadcast_tx_sync", params: [b64(okTx)] },
      { jsonrpc: "2.0", id: 8, method: "broadcast_tx_async", params: { tx: b64(okTx), extra: 1 } },
    ]) {
      const { fast, generic } = await bothPaths(request);
      expect(fast).toBe(generic);
    }
  });

  it("a CheckTx rejection and a backend error come out as the generic path writes them", async () => {
    const rejected = await bothPaths({ jsonrpc: "2.0", id: 1, method: "broadcast_tx_sync", params: { tx: b64(rejectedTx) } });
    expect(rejected.fast).toBe(rejected.generic);
    expect(JSON.parse(rejected.fast).result.code).toBe(4);
    const duplicate = await bothPaths({ jsonrpc: "2.0", id: 2, method: "broadcast_tx_sync", params: { tx: b64(okTx) } }, [okTx]);
    expect(duplicate.fast).toBe(duplicate.generic);
    expect(JSON.parse(duplicate.fast).error).toEqual({ code: -32603, message: "Internal error", data: "tx already exists in cache" });
    expect(duplicate.fastCtx.backend.mempool).toHaveLength(1);
  });

  it("leaves everything else to the generic path and touches nothing", () => {
    const ctx = context();
    const tx = b64(okTx);
    for (const request of [
      null,
      "text",
      [{ jsonrpc: "2.0", id: 1, method: "broadcast_tx_sync", params: { tx } }],
      { jsonrpc: "2.0", method: "broadcast_tx_sync", params: { tx } },
      { jsonrpc: "2.0", id: null, method: "broadcast_tx_sync", params: { tx } },
      { jsonrpc: "2.0", id: { a: 1 }, method: "broadcast_tx_sync", params: { tx } },
      { jsonrpc: "2.0", id: 1, method: "broadcast_tx_commit", params: { tx } },
      { jsonrpc: "2.0", id: 1, method: "status", params: {} },
      { jsonrpc: "2.0", id: 1, method: "broadcast_tx_sync", params: { tx: "not base64!" } },
      { jsonrpc: "2.0", id: 1, method: "broadcast_tx_sync", params: [tx, tx] },
      { jsonrpc: "2.0", id: 1, method: "broadcast_tx_sync", params: "tx" },
    ]) {
      expect(answerBroadcastFast(request, ctx), JSON.stringify(request)).toBeUndefined();
    }
    expect(ctx.backend.mempool).toHaveLength(0);
  });

  it("an empty tx gets the generic path's error", async () => {
    const { fast, generic } = await bothPaths({ jsonrpc: "2.0", id: 3, method: "broadcast_tx_sync", params: { tx: "" } });
    expect(fast).toBe(generic);
    expect(JSON.parse(fast).error.data).toBe("tx is empty");
  });
});
