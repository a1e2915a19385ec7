import { describe, expect, it } from "vitest";
import { Any } from "cosmjs-types/google/protobuf/any";
import { encodeBaseAccountAny, isBaseAccountAny } from "./accountCodec.ts";
import { accountToAny, accountFromAny } from "./types.ts";

describe("hand-written account encoding", () => {
  it("gives exactly the bytes of the cosmjs-types encoder, and decodes back", () => {
    const pk = Uint8Array.from({ length: 33 }, (_, i) => (i === 0 ? 2 : (i * 7) & 0xff));
    const cases = [0n, 1n, 127n, 128n, 300n, 2n ** 32n, 2n ** 63n - 1n, 2n ** 64n - 1n];
    for (const [i, n] of cases.entries()) {
      for (const pubKey of [undefined, pk]) {
        const acc = { address: Uint8Array.from({ length: 20 }, (_, j) => (i * 31 + j) & 0xff), pubKey, accountNumber: n, sequence: cases[cases.length - 1 - i]! };
        const expected = Any.encode(accountToAny(acc)).finish();
        const actual = encodeBaseAccountAny(acc);
        expect(Buffer.from(actual).toString("hex")).toBe(Buffer.from(expected).toString("hex"));
        expect(accountFromAny(Any.decode(actual))).toEqual(acc);
      }
    }
  });

  it("isBaseAccountAny: true exactly for a stored base account, false for a module account or altered bytes", () => {
    const address = Uint8Array.from({ length: 20 }, (_, j) => j);
    const pk = Uint8Array.from({ length: 33 }, (_, i) => (i === 0 ? 3 : i));
    for (const acc of [
      { address, accountNumber: 0n, sequence: 0n },
      { address, pubKey: pk, accountNumber: 2n ** 40n, sequence: 300n },
    ]) {
      const raw = encodeBaseAccountAny(acc);
      expect(isBaseAccountAny(raw)).toBe(true);
      // A field after the value (e.g. a second type_url) could change what the bytes mean.
      expect(isBaseAccountAny(Uint8Array.of(...raw, 0x0a, 0x00))).toBe(false);
      expect(isBaseAccountAny(raw.subarray(0, raw.length - 1))).toBe(false);
      const other = Uint8Array.from(raw);
      other[10] = other[10]! ^ 1;
      expect(isBaseAccountAny(other)).toBe(false);
    }
    const mod = Any.encode(accountToAny({ address, accountNumber: 1n, sequence: 0n, module: { name: "fee_collector", permissions: [] } })).finish();
    expect(isBaseAccountAny(mod)).toBe(false);
    expect(isBaseAccountAny(new Uint8Array())).toBe(false);
  });
});
