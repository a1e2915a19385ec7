import { describe, expect, it } from "vitest";
import { ChainError } from "../errors.ts";
import { decodeTx } from "./decode.ts";
import { DecodedTxCache } from "./decodeCache.ts";
import { specTxRaw } from "../../test/support/txVectors.ts";

const limits = { maxTxBytes: 1 << 20 };
/** The Cosmos SDK's spec tx (a signed MsgSend). */
const tx = { raw: specTxRaw() };

describe("DecodedTxCache", () => {
  it("gives decodeTx's result, and the same object for the same bytes from another buffer", () => {
    const cache = new DecodedTxCache();
    const a = cache.decode(tx.raw, limits);
    expect(a).toEqual(decodeTx(tx.raw, limits));
    expect(cache.decode(Uint8Array.from(tx.raw), limits)).toBe(a);
    expect(cache.size).toBe(1);
  });

  it("keeps its own copy: a caller reusing its buffer does not change the cached tx", () => {
    const cache = new DecodedTxCache();
    const buf = Uint8Array.from(tx.raw);
    const first = cache.decode(buf, limits);
    const hash = Uint8Array.from(first.hash);
    buf.fill(0);
    expect(first.raw).toEqual(tx.raw);
    expect(first.hash).toEqual(hash);
    expect(cache.decode(tx.raw, limits)).toBe(first);
  });

  it("throws decodeTx's errors every time and remembers nothing for a bad or oversized tx", () => {
    const cache = new DecodedTxCache();
    const bad = Uint8Array.of(0xff, 0xff);
    for (let i = 0; i < 2; i++) {
      expect(() => cache.decode(bad, limits)).toThrow(ChainError);
      expect(() => cache.decode(new Uint8Array(), limits)).toThrow(/empty tx/);
    }
    cache.decode(tx.raw, limits);
    // A size limit below the tx refuses it even though the bytes are cached.
    expect(() => cache.decode(tx.raw, { maxTxBytes: 10 })).toThrow(/maximum is 10/);
    expect(cache.size).toBe(1);
  });

  it("stays within its capacity, dropping the oldest entry", () => {
    const cache = new DecodedTxCache(1);
    const other = Uint8Array.from(tx.raw);
    other[other.length - 1] = other[other.length - 1]! ^ 1; // another signature byte: still decodes
    const a = cache.decode(tx.raw, limits);
    cache.decode(other, limits);
    expect(cache.size).toBe(1);
    expect(cache.decode(tx.raw, limits)).not.toBe(a);
  });
});
