import { toHex } from "@cosmjs/encoding";
import { makeSignBytes } from "@cosmjs/proto-signing";
import { sha256 } from "@noble/hashes/sha2.js";
import { describe, expect, it } from "vitest";
import { directSignBytes } from "./signBytes.ts";
import { specDirect } from "../../test/support/txVectors.ts";

describe("directSignBytes", () => {
  it("matches the pinned DIRECT SignDoc and its sha256", () => {
    const bytes = directSignBytes(specDirect.bodyBytes, specDirect.authInfoBytes, specDirect.chainId, specDirect.accountNumber);
    expect(toHex(bytes).endsWith("1a0b74657374636861696e2d312007")).toBe(true);
    expect(toHex(sha256(bytes))).toBe(specDirect.signDocSha256);
  });

  it("equals CosmJS makeSignBytes, including proto3 omissions and multi-byte varints", () => {
    const accountNumbers = [0n, 1n, 127n, 128n, 300n, 16_384n, 2n ** 32n, 2n ** 53n - 1n];
    const chainIds = ["tributary-local-1", "", "ü-chain"];
    const payloads = [new Uint8Array(), new Uint8Array(1).fill(7), new Uint8Array(200).fill(1), new Uint8Array(20_000).fill(9)];
    for (const accountNumber of accountNumbers) {
      for (const chainId of chainIds) {
        for (const body of payloads) {
          const auth = payloads[(body.length + Number(accountNumber % 4n)) % payloads.length]!;
          const expected = makeSignBytes({ bodyBytes: body, authInfoBytes: auth, chainId, accountNumber });
          expect(toHex(directSignBytes(body, auth, chainId, accountNumber))).toBe(toHex(expected));
        }
      }
    }
  });

  it("encodes account numbers beyond 2^53 exactly (uint64)", () => {
    const max = 2n ** 64n - 1n;
    const bytes = directSignBytes(new Uint8Array(), new Uint8Array(), "", max);
    expect(toHex(bytes)).toBe("20ffffffffffffffffff01");
    expect(() => directSignBytes(new Uint8Array(), new Uint8Array(), "", max + 1n)).toThrow(/does not fit a uint64/);
  });
});
