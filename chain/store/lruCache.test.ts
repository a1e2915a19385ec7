import { describe, expect, it } from "vitest";
import { Doorkeeper, LruCache } from "./lruCache.ts";

describe("LruCache", () => {
  it("keeps recently used entries, drops the oldest generation, and never holds more than twice a generation", () => {
    const cache = new LruCache<string, number>(4);
    for (const k of ["a", "b", "c", "d"]) cache.set(k, k.charCodeAt(0));
    expect(cache.get("a")).toBe(97); // moves "a" into the young generation
    cache.set("e", 101);
    cache.set("f", 102); // young fills: the generation holding "b", "c", "d" goes
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(97);
    expect(cache.size).toBeLessThanOrEqual(4);
    cache.delete("a");
    expect(cache.get("a")).toBeUndefined();
  });

  it("capacity 0 stores nothing", () => {
    const cache = new LruCache<string, number>(0);
    cache.set("a", 1);
    expect(cache.get("a")).toBeUndefined();
  });
});

describe("Doorkeeper", () => {
  it("admits a key on its second sighting only", () => {
    const door = new Doorkeeper(100);
    expect(door.seenBefore("bank/b/alice")).toBe(false);
    expect(door.seenBefore("bank/b/bob")).toBe(false);
    expect(door.seenBefore("bank/b/alice")).toBe(true);
    expect(door.seenBefore("bank/b/alice")).toBe(true);
    expect(door.seenBefore("bank/b/bob")).toBe(true);
  });

  it("admits few keys it never saw (16 slots per key of the window)", () => {
    const door = new Doorkeeper(1000);
    let falseAdmits = 0;
    for (let i = 0; i < 1000; i++) if (door.seenBefore(`k${i}`)) falseAdmits++;
    expect(falseAdmits).toBeLessThan(100);
    for (let i = 0; i < 1000; i += 97) expect(door.seenBefore(`k${i}`)).toBe(true);
  });

  it("forgets everything once a window of first sightings is full", () => {
    const door = new Doorkeeper(1);
    expect(door.seenBefore("a")).toBe(false);
    expect(door.seenBefore("a")).toBe(true);
    expect(door.seenBefore("b")).toBe(false); // the second first sighting: bits cleared, "b" recorded
    expect(door.seenBefore("a")).toBe(false);
  });
});
