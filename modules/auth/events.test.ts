import { toBase64 } from "@cosmjs/encoding";
import { describe, expect, it } from "vitest";
import type { Context } from "../../chain/context.ts";
import { EventManager, event } from "../../chain/events.ts";
import { emitSignature } from "./events.ts";

describe("tx.signature event", () => {
  it("carries the signature in CosmJS's base64 (padded), for every length and for a view into a larger buffer", () => {
    const events = new EventManager();
    const ctx = { events } as unknown as Context;
    const big = Uint8Array.from({ length: 80 }, (_, i) => (i * 53 + 7) & 0xff);
    const sigs = [new Uint8Array(), ...[1, 2, 3, 63, 64, 65].map((n) => big.slice(0, n)), big.subarray(5, 69)];
    for (const sig of sigs) emitSignature(ctx, sig);
    expect(events.events).toEqual(sigs.map((sig) => event("tx", [["signature", toBase64(sig)]])));
  });
});
