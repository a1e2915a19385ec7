import { describe, expect, it } from "vitest";
import { ChainError } from "../errors.ts";
import { fromBech32, toBech32 } from "./bech32.ts";

function invalidAddressMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ChainError);
    expect([(e as ChainError).codespace, (e as ChainError).code]).toEqual(["sdk", 7]);
    return (e as ChainError).message;
  }
  throw new Error("expected invalidAddress");
}

describe("bech32", () => {
  const bytes = Uint8Array.from({ length: 20 }, (_, i) => i);

  it("round-trips 20- and 32-byte payloads", () => {
    const addr = toBech32("trib", bytes);
    expect(addr.startsWith("trib1")).toBe(true);
    expect(fromBech32(addr, "trib")).toEqual({ prefix: "trib", data: bytes });
    const long = new Uint8Array(32).fill(0xab);
    expect(fromBech32(toBech32("trib", long)).data).toEqual(long);
  });

  it("matches a known CosmJS address for the pinned vector key", () => {
    expect(fromBech32("cosmos14qemq0vw6y3gc3u3e0aty2e764u4gs5le3hada").prefix).toBe("cosmos");
  });

  it("rejects a wrong prefix, a bad checksum, mixed case and garbage with code 7 and the input quoted", () => {
    const addr = toBech32("trib", bytes);
    expect(invalidAddressMessage(() => fromBech32(toBech32("cosmos", bytes), "trib"))).toContain('expected prefix "trib", got "cosmos"');
    const badChecksum = addr.slice(0, -1) + (addr.endsWith("q") ? "p" : "q");
    expect(invalidAddressMessage(() => fromBech32(badChecksum))).toContain(JSON.stringify(badChecksum));
    invalidAddressMessage(() => fromBech32(addr.slice(0, 8).toUpperCase() + addr.slice(8)));
    invalidAddressMessage(() => fromBech32("not an address"));
    invalidAddressMessage(() => fromBech32(""));
  });
});
