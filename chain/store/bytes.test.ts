import { describe, expect, it } from "vitest";
import { bytesToMapKey, compareBytes, mapKeyToBytes } from "./bytes.ts";

describe("map keys", () => {
  const keys = [
    new Uint8Array(),
    Uint8Array.of(0),
    Uint8Array.of(0x7f, 0x80, 0xff),
    Uint8Array.from({ length: 256 }, (_, i) => i),
    Uint8Array.from({ length: 5000 }, (_, i) => (i * 37) & 0xff),
  ];

  it("round-trips every byte value, short and long keys, Buffers and subarrays", () => {
    for (const k of keys) {
      expect(mapKeyToBytes(bytesToMapKey(k))).toEqual(k);
      expect(bytesToMapKey(Buffer.from(k))).toBe(bytesToMapKey(k));
    }
    const inner = Uint8Array.of(9, 1, 2, 3, 9).subarray(1, 4);
    expect(bytesToMapKey(inner)).toBe(bytesToMapKey(Uint8Array.of(1, 2, 3)));
  });

  it("orders map keys exactly as their bytes", () => {
    const sorted = [...keys].sort(compareBytes).map(bytesToMapKey);
    expect([...sorted].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(sorted);
  });

  it("hands out a fresh, plain Uint8Array for each conversion", () => {
    const a = mapKeyToBytes("ab");
    const b = mapKeyToBytes("ab");
    a[0] = 0;
    expect(b).toEqual(Uint8Array.of(0x61, 0x62));
    expect(a.constructor).toBe(Uint8Array);
  });
});
