import { describe, expect, it } from "vitest";
import { Any } from "cosmjs-types/google/protobuf/any";
import { encodeBaseAccountAny } from "./accountCodec.ts";
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
});
