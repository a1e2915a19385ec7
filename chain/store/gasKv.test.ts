import { describe, expect, it } from "vitest";
import { GasMeter } from "../gas.ts";
import { GasKVStore, unmetered } from "./gasKv.ts";
import type { KVStore } from "./types.ts";

const enc = (s: string) => new TextEncoder().encode(s);

/** A map-backed store (point operations only). */
function mapStore(): KVStore {
  const m = new Map<string, Uint8Array>();
  return {
    get: (k) => m.get(Buffer.from(k).toString("hex")),
    has: (k) => m.has(Buffer.from(k).toString("hex")),
    set: (k, v) => void m.set(Buffer.from(k).toString("hex"), v),
    delete: (k) => void m.delete(Buffer.from(k).toString("hex")),
    iterate: async function* () {},
  };
}

describe("unmetered", () => {
  it("reads the store under a gas-metered view without consuming gas", () => {
    const inner = mapStore();
    const meter = new GasMeter(1_000_000n);
    const kv = new GasKVStore(inner, meter);
    kv.set(enc("k"), enc("a value"));
    const spent = meter.consumed;
    expect(spent).toBeGreaterThan(0n);
    expect(unmetered(kv).get(enc("k"))).toEqual(enc("a value"));
    expect(meter.consumed).toBe(spent);
    // The metered view charges the same read.
    kv.get(enc("k"));
    expect(meter.consumed).toBeGreaterThan(spent);
  });

  it("returns any other store as it is", () => {
    const inner = mapStore();
    expect(unmetered(inner)).toBe(inner);
  });
});
