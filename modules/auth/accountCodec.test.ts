import { describe, expect, it } from "vitest";
import { Any } from "cosmjs-types/google/protobuf/any";
import { decodeBaseAccountAny, encodeBaseAccountAny, isBaseAccountAny } from "./accountCodec.ts";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { BASE_ACCOUNT_URL, accountToAny, accountFromAny } from "./types.ts";

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
        expect(decodeBaseAccountAny(actual)).toEqual(acc);
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

  it("decodeBaseAccountAny leaves every other shape to the generic decoder (undefined), never a different account", () => {
    const address = Uint8Array.from({ length: 20 }, (_, j) => 200 - j);
    const pk = Uint8Array.from({ length: 33 }, (_, i) => (i === 0 ? 2 : i));
    const good = encodeBaseAccountAny({ address, pubKey: pk, accountNumber: 5n, sequence: 9n });
    const base = BaseAccount.decode(Any.decode(good).value);
    const wrap = (value: Uint8Array) => Any.encode({ typeUrl: BASE_ACCOUNT_URL, value }).finish();
    const cases: Uint8Array[] = [
      // a repeated field (proto: last wins) and an unknown field
      wrap(Uint8Array.of(...BaseAccount.encode(base).finish(), 0x20, 0x07)),
      wrap(Uint8Array.of(...BaseAccount.encode(base).finish(), 0x28, 0x01)),
      // an empty pub_key value (decodes to an empty key) and a pub_key with an empty type URL
      wrap(BaseAccount.encode({ ...base, pubKey: { typeUrl: "/x", value: new Uint8Array() } }).finish()),
      // truncated
      good.subarray(0, good.length - 3),
      Any.encode(accountToAny({ address, accountNumber: 1n, sequence: 0n, module: { name: "bonded_tokens_pool", permissions: ["burner"] } })).finish(),
    ];
    for (const raw of cases) {
      const fast = decodeBaseAccountAny(raw);
      if (fast !== undefined) expect(fast).toEqual(accountFromAny(Any.decode(raw)));
    }
    expect(decodeBaseAccountAny(cases[0]!)).toBeUndefined();
    expect(decodeBaseAccountAny(cases[1]!)).toBeUndefined();
    expect(decodeBaseAccountAny(cases[4]!)).toBeUndefined();
    const emptyUrl = wrap(BaseAccount.encode({ ...base, pubKey: { typeUrl: "", value: Uint8Array.of(0x0a, 0x01, 0x05) } }).finish());
    expect(decodeBaseAccountAny(emptyUrl)).toEqual(accountFromAny(Any.decode(emptyUrl)));
    expect(decodeBaseAccountAny(emptyUrl)?.pubKey).toBeUndefined();
  });
});
