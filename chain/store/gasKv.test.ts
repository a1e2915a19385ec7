import { describe, expect, it } from "vitest";
import { GAS_SCHEDULE, GasMeter, OutOfGasError } from "../gas.ts";
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

describe("GasKVStore charges", () => {
  const s = GAS_SCHEDULE;
  // Below, at and above the length up to which per-byte prices are tabled (256).
  const lengths = [0, 1, 31, 255, 256, 257, 1000];
  const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

  it("flat plus per byte of key and value for get, set, has and delete, at every length", () => {
    for (const k of lengths.filter((n) => n > 0)) {
      for (const v of lengths) {
        const meter = new GasMeter(undefined);
        const kv = new GasKVStore(mapStore(), meter);
        const key = bytes(k, 7);
        kv.set(key, bytes(v, 9));
        expect(meter.consumed, `set ${k}/${v}`).toBe(s.writeCostFlat + s.writeCostPerByte * BigInt(k + v));
        let before = meter.consumed;
        kv.get(key);
        expect(meter.consumed - before, `get ${k}/${v}`).toBe(s.readCostFlat + s.readCostPerByte * BigInt(k + v));
        before = meter.consumed;
        kv.get(bytes(k, 8));
        expect(meter.consumed - before, `get of a missing ${k}`).toBe(s.readCostFlat + s.readCostPerByte * BigInt(k));
        before = meter.consumed;
        kv.has(key);
        kv.delete(key);
        expect(meter.consumed - before).toBe(s.hasCost + s.deleteCost);
      }
    }
  });

  it("per entry landed on by an iterator, long entries included", async () => {
    const entries: [Uint8Array, Uint8Array][] = [[bytes(3, 1), bytes(10, 2)], [bytes(200, 3), bytes(300, 4)]];
    const inner: KVStore = { ...mapStore(), iterate: async function* () { yield* entries; } };
    const meter = new GasMeter(undefined);
    for await (const _ of new GasKVStore(inner, meter).iterate()) void _;
    expect(meter.consumed).toBe(2n * s.iterNextCostFlat + s.readCostPerByte * BigInt(3 + 10 + 200 + 300));
  });

  it("runs out of gas at the same step, naming it, with the same amount wanted", () => {
    const limit = s.readCostFlat + 5n;
    const kv = new GasKVStore(mapStore(), new GasMeter(limit));
    expect(() => kv.get(bytes(300, 1))).toThrow(new OutOfGasError("ReadPerByte", limit, s.readCostFlat + s.readCostPerByte * 300n));
  });
});
