import { describe, expect, it } from "vitest";
import { sha256, sha256Native } from "./hash.ts";

describe("sha256Native", () => {
  it("gives @noble's digest as a plain 32-byte Uint8Array, for empty, short and subarray inputs", () => {
    const big = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 13) & 0xff);
    for (const data of [new Uint8Array(), Uint8Array.of(1, 2, 3), big, big.subarray(100, 300)]) {
      const d = sha256Native(data);
      expect(d).toEqual(sha256(data));
      expect(d.constructor).toBe(Uint8Array);
      expect(d.length).toBe(32);
    }
  });
});
